import { describe, expect, it } from 'vitest';
import { addImportToProject, buildTemplate, EMPTY_HUBSPOT_MAPPING, fromHubSpotFlow, fromHubSpotText, type Step } from '../../../engine/index.ts';

const go = (n: string, edgeType = 'STANDARD') => ({ edgeType, nextActionId: n });
const single = (actionId: string, actionTypeId: string, fields: object, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId,
  actionTypeVersion: 0,
  fields,
  ...(next ? { connection: go(next) } : {}),
});
const root = (...filters: object[]) => ({
  filterBranchType: 'OR',
  filterBranchOperator: 'OR',
  filters: [],
  filterBranches: [{ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters }],
});
const op = (operationType: string, operator: string, extra: object = {}) => ({ operationType, operator, includeObjectsWithNoValueSet: false, ...extra });
const prop = (property: string, operation: object) => ({ filterType: 'PROPERTY', property, operation });

/** Every action id of §1.5 Flowbench reads, and every filter type of §1.6, written by hand. */
const EVERYTHING = {
  id: '987',
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Hand-written',
  revisionId: '4',
  createdAt: '2026-01-01T00:00:00Z',
  startActionId: '1',
  nextAvailableActionId: '30',
  enrollmentCriteria: {
    type: 'LIST_BASED',
    shouldReEnroll: true,
    unEnrollObjectsNotMeetingCriteria: true,
    reEnrollmentTriggersFilterBranches: [],
    listFilterBranch: root(
      prop('jobtitle', op('STRING', 'CONTAINS', { value: 'CEO' })),
      prop('hubspotscore', op('NUMBER', 'IS_GREATER_THAN_OR_EQUAL_TO', { value: 10 })),
      prop('num_employees', op('NUMBER_RANGED', 'IS_BETWEEN', { lowerBound: 5, upperBound: 50 })),
      prop('opted_in', op('BOOL', 'IS_EQUAL_TO', { value: true })),
      prop('lifecyclestage', op('ENUMERATION', 'IS_NONE_OF', { values: ['customer'] })),
      prop('firstname', op('ALL_PROPERTY', 'IS_KNOWN')),
      { filterType: 'IN_LIST', listId: '55', operator: 'IN_LIST' },
      { filterType: 'FORM_SUBMISSION', operator: 'FILLED_OUT', formId: 'guid-1' },
      { filterType: 'EMAIL_EVENT', operator: 'LINK_CLICKED', emailId: '777', appId: '113', level: 'EMAIL' },
      { filterType: 'PAGE_VIEW', operator: 'HAS_PAGEVIEW_CONTAINS', pageUrl: 'https://x.fr/pricing' },
    ),
  },
  actions: [
    single('1', '0-4', { content_id: '777' }, '2'),
    single('2', '0-1', { delta: '3', time_unit: 'DAYS' }, '3'),
    single('3', '0-29', { event_filter_branches: [{ filterBranchType: 'UNIFIED_EVENTS', filterBranchOperator: 'AND', eventTypeId: '4-666288', operator: 'HAS_COMPLETED', filters: [], filterBranches: [] }], expiration_minutes: '4320' }, '4'),
    { type: 'STATIC_BRANCH', actionId: '4', inputValue: { type: 'FIELD_DATA', actionId: '3', dataKey: 'hs_event_criteria_met' }, staticBranches: [{ branchValue: 'true', connection: go('5') }], defaultBranchName: 'Not met', defaultBranch: go('20') },
    single('5', '0-5', { property_name: 'lifecyclestage', value: { type: 'STATIC_VALUE', staticValue: 'marketingqualifiedlead' } }, '6'),
    single('6', '0-5', { property_name: 'company', value: { type: 'OBJECT_PROPERTY', propertyName: 'jobtitle' } }, '7'),
    single('7', '0-5', { property_name: 'hubspotscore', value: { type: 'INCREMENT', incrementAmount: 5 } }, '8'),
    single('8', '0-8', { user_ids: ['42'], subject: 'Hot lead', body: '<p>Hot lead</p>' }, '9'),
    single('9', '0-3', { task_type: 'TODO', subject: 'Call', body: '', associations: [], use_explicit_associations: 'true' }, '10'),
    single('10', '0-63809083', { listId: '55' }, '11'),
    single('11', '0-63863438', { listId: '56' }, '12'),
    single('12', '0-13', { operation: 'ADD', list_id: '57' }, '13'),
    single('13', '0-35', { date: { type: 'OBJECT_PROPERTY', propertyName: 'renewaldate' }, delta: '-2', time_unit: 'DAYS', time_of_day: { hour: 9, minute: 0 } }, '14'),
    single('14', '0-11', { owners: ['1'] }, '15'),
    {
      type: 'STATIC_BRANCH',
      actionId: '15',
      inputValue: { type: 'OBJECT_PROPERTY', propertyName: 'lifecyclestage' },
      staticBranches: [{ branchValue: 'lead', connection: go('16') }, { branchValue: 'customer' }],
      defaultBranchName: 'Other',
    },
    { type: 'AB_TEST_BRANCH', actionId: '16', testBranches: [go('17'), go('2', 'GO-TO')] },
    single('17', '0-15', { flow_id: '987' }, '18'),
    { type: 'WEBHOOK', actionId: '18', webhookUrl: 'https://x.fr', method: 'POST', connection: go('1', 'GOTO') },
    single('20', '0-35', { date: { type: 'STATIC_VALUE', staticValue: String(Date.UTC(2027, 2, 30)) }, delta: '0', time_unit: 'DAYS', time_of_day: { hour: 10, minute: 30 } }),
  ],
  timeWindows: [
    { day: 'MONDAY', startTime: { hour: 9, minute: 0 }, endTime: { hour: 17, minute: 0 } },
    { day: 'FRIDAY', startTime: { hour: 9, minute: 0 }, endTime: { hour: 17, minute: 0 } },
  ],
  blockedDates: [{ dayOfMonth: 25, month: 'DECEMBER', year: 2026 }],
  suppressionListIds: [99],
  goalFilterBranch: root(prop('lifecyclestage', op('ENUMERATION', 'IS_ANY_OF', { values: ['salesqualifiedlead'] }))),
  unEnrollmentSetting: { type: 'ALL', flowIds: [] },
};

const only = <T>(r: ReturnType<typeof fromHubSpotFlow>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r as T & Extract<typeof r, { ok: true }>;
};

describe('import of a hand-written v4 body', () => {
  const r = only(fromHubSpotFlow(EVERYTHING));
  const w = r.workflows[0]!;
  const byId = new Map(w.steps.map((s) => [s.id, s]));
  const follow = (id: string | null): Step => byId.get(id as never)!;

  it('reads every action in order, the 0-29 and its met / not-met branch as one wait', () => {
    const kinds: string[] = [];
    let s: Step | undefined = follow(w.start);
    while (s && kinds.length < 20) {
      kinds.push(s.kind);
      s = 'next' in s && s.next ? follow(s.next) : s.kind === 'delay-until-event' ? follow(s.met) : s.kind === 'branch-value' ? follow(s.branches[0]!.next) : s.kind === 'branch-random' ? follow(s.branches[0]!.next) : undefined;
    }
    expect(kinds).toEqual([
      'send-email', 'delay', 'delay-until-event', 'set-lifecycle-stage', 'copy-property', 'increment-property', 'internal-notification',
      'create-task', 'add-to-list', 'remove-from-list', 'add-to-list', 'delay', 'hubspot-action', 'branch-value', 'branch-random',
      'enroll-in-workflow', 'hubspot-action', 'go-to',
    ]);
  });

  it('carries each setting', () => {
    const wait = w.steps.find((s) => s.kind === 'delay-until-event')!;
    expect(wait).toMatchObject({ event: { kind: 'email-clicked', email: null }, maxWait: { amount: 3, unit: 'days' } });
    if (wait.kind !== 'delay-until-event') return;
    expect(follow(wait.notMet)).toMatchObject({ kind: 'delay', delay: { mode: 'until-date', date: '2027-03-30', time: '10:30' }, next: null });
    expect(w.steps.find((s) => s.kind === 'delay' && s.delay.mode === 'until-date-property')).toMatchObject({ delay: { property: 'renewaldate', offsetDays: -2, time: '09:00' } });
    expect(w.steps.find((s) => s.kind === 'increment-property')).toMatchObject({ property: 'hubspotscore', by: 5 });
    expect(w.steps.find((s) => s.kind === 'hubspot-action')).toMatchObject({ actionTypeId: '0-11', label: 'Rotate record to owner' });
    expect(w.steps.filter((s) => s.kind === 'hubspot-action').map((s) => (s as { actionTypeId: string }).actionTypeId)).toEqual(['0-11', 'WEBHOOK']);
    const value = w.steps.find((s) => s.kind === 'branch-value')!;
    expect(value).toMatchObject({ property: 'lifecyclestage', branches: [{ value: 'lead' }, { value: 'customer', next: null }], defaultNext: null });
    const random = w.steps.find((s) => s.kind === 'branch-random')!;
    if (random.kind !== 'branch-random') return;
    expect(random.branches.map((b) => b.percent)).toEqual([50, 50]);
    expect(follow(random.branches[1]!.next)).toMatchObject({ kind: 'go-to', target: w.steps.find((s) => s.kind === 'delay')!.id });
    expect(w.steps.find((s) => s.kind === 'enroll-in-workflow')).toMatchObject({ workflow: w.id });
    expect(w.enrollment).toMatchObject({ reenroll: true, unenrollWhenNotMatching: true, enrollExisting: false });
    expect(w.executionWindow).toEqual({ days: ['monday', 'friday'], start: '09:00', end: '17:00' });
    expect(w.blockedDates).toEqual(['2026-12-25']);
    expect(w.unenrollFromOthers).toEqual({ mode: 'all' });
    expect(w.goal?.groups[0]?.filters).toEqual([{ kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op: 'any-of', values: ['salesqualifiedlead'] } }]);
  });

  it('reads every filter type', () => {
    expect(w.enrollment.triggers.groups[0]!.filters.map((f) => (f.kind === 'property' ? `${f.property}:${f.type}:${f.operation.op}` : f.kind))).toEqual([
      'jobtitle:string:contains', 'hubspotscore:number:gte', 'num_employees:number:between', 'opted_in:boolean:eq',
      'lifecyclestage:enumeration:none-of', 'firstname:string:is-known', 'list', 'form', 'email', 'page-view',
    ]);
  });

  it('creates the resources and keeps their HubSpot ids in the mapping', () => {
    expect(r.emails.map((e) => e.id)).toEqual(['email-hs-777']);
    expect(r.mapping.emails).toEqual({ 'email-hs-777': '777' });
    expect(Object.values(r.mapping.lists).sort()).toEqual(['55', '56', '57', '99']);
    expect(r.mapping.forms).toEqual({ 'form-hs-guid-1': 'guid-1' });
    expect(r.mapping.owners).toEqual({ 'HubSpot user 42': '42' });
    expect(r.mapping.workflows).toEqual({ 'wf-hubspot-987': '987' });
    expect(r.properties.map((p) => `${p.name}:${p.type}`)).toEqual(['num_employees:number', 'opted_in:boolean']);
  });

  it('reports each placeholder with its JSON path, in both languages', () => {
    const placeholders = r.notes.filter((n) => n.kind === 'placeholder');
    expect(placeholders.map((n) => n.path)).toEqual(['actions[13]', 'actions[17]']);
    expect(placeholders[0]!.message.en).toContain('Rotate record to owner');
    expect(placeholders[0]!.message.fr).toContain('Faire tourner le propriétaire');
  });

  it('reads an array or a page of results, GO-TO and GOTO alike', () => {
    const two = only(fromHubSpotFlow([EVERYTHING, { ...EVERYTHING, id: '988' }]));
    expect(two.workflows.map((x) => x.id)).toEqual(['wf-hubspot-987', 'wf-hubspot-988']);
    const page = only(fromHubSpotFlow({ results: [EVERYTHING], paging: {} }));
    expect(page.workflows).toHaveLength(1);
  });

  it('takes control characters and direction overrides out of names, and cuts a name past 1,000 characters', () => {
    // A right-to-left override displayed the app's own sentence around the name backwards; BEL and NUL showed as boxes.
    const hostile = only(fromHubSpotFlow({ ...EVERYTHING, name: 'Démo\u202e client\u0007\u0000\r\nsuite' }));
    expect(hostile.workflows[0]!.name).toBe('Démo client suite');
    const long = only(fromHubSpotFlow({ ...EVERYTHING, name: 'é'.repeat(1500) }));
    expect(Array.from(long.workflows[0]!.name)).toHaveLength(1000);
    expect(long.workflows[0]!.name.endsWith('é…')).toBe(true);
    // Only controls: the name HubSpot's id gives.
    expect(only(fromHubSpotFlow({ ...EVERYTHING, name: '\u202e\u0007' })).workflows[0]!.name).toBe('HubSpot workflow 987');
  });
});

describe('what an import creates, renames and reuses', () => {
  it('names what it creates in the user’s language, English by default', () => {
    const fr = only(fromHubSpotFlow(EVERYTHING, { lang: 'fr' }));
    expect(fr.emails.map((e) => e.name)).toEqual(['E-mail HubSpot 777']);
    expect(fr.assets.map((a) => a.name)).toEqual(['Formulaire HubSpot guid-1']);
    expect(fr.lists.map((l) => l.name).sort()).toEqual(['Segment HubSpot 55', 'Segment HubSpot 56', 'Segment HubSpot 57', 'Segment HubSpot 99']);
    expect(fr.mapping.owners).toEqual({ 'Utilisateur HubSpot 42': '42' });
    expect(only(fromHubSpotFlow({ ...EVERYTHING, name: '' }, { lang: 'fr' })).workflows[0]!.name).toBe('Workflow HubSpot 987');
    expect(only(fromHubSpotFlow(EVERYTHING)).emails.map((e) => e.name)).toEqual(['HubSpot email 777']);
  });

  it('gives a workflow named as one of the project’s (trimmed, any case) a suffix, and says so', () => {
    const project = buildTemplate('nurturing', 'en');
    const first = only(fromHubSpotFlow(EVERYTHING, { project }));
    expect(first.renamed).toEqual([]);
    const once = addImportToProject(project, first);
    const again = only(fromHubSpotFlow(EVERYTHING, { project: once, lang: 'fr' }));
    expect(again.workflows[0]!.name).toBe('Hand-written (importé)');
    expect(again.renamed).toEqual([{ from: 'Hand-written', to: 'Hand-written (importé)' }]);
    const twice = addImportToProject(once, again);
    expect(only(fromHubSpotFlow(EVERYTHING, { project: twice, lang: 'fr' })).workflows[0]!.name).toBe('Hand-written (importé 2)');
    // Another case and spaces around still name the same workflow to a reader.
    expect(only(fromHubSpotFlow({ ...EVERYTHING, name: '  HAND-WRITTEN ' }, { project: once })).renamed).toHaveLength(1);
    // Two flows of one file under one name: the second is told apart.
    expect(only(fromHubSpotFlow([EVERYTHING, { ...EVERYTHING, id: '988' }])).workflows.map((w) => w.name)).toEqual(['Hand-written', 'Hand-written (imported)']);
  });

  it('keeps a renamed long name within 1,000 characters, the suffix whole', () => {
    const long = { ...EVERYTHING, name: 'é'.repeat(999) };
    const project = addImportToProject(buildTemplate('nurturing', 'en'), only(fromHubSpotFlow(long)));
    const name = only(fromHubSpotFlow(long, { project })).workflows[0]!.name;
    expect(Array.from(name)).toHaveLength(1000);
    // 1000 - " (imported)".length = 989 characters before the suffix, the last an ellipsis.
    expect(name.endsWith('é… (imported)')).toBe(true);
  });

  it('counts the project’s own resources its mapping resolves as reused, not created', () => {
    const project = buildTemplate('nurturing', 'en');
    const email = project.emails[0]!.id;
    const mapped = { ...project, hubspot: { ...EMPTY_HUBSPOT_MAPPING, ...project.hubspot, emails: { [email]: '777' }, lists: { [project.lists[0]!.id]: '55' } } };
    const r = only(fromHubSpotFlow(EVERYTHING, { project: mapped }));
    expect(r.emails).toEqual([]);
    expect(r.reused).toEqual({ emails: [email], lists: [project.lists[0]!.id], forms: [] });
    expect(r.lists.map((l) => l.name).sort()).toEqual(['HubSpot segment 56', 'HubSpot segment 57', 'HubSpot segment 99']);
    // Met again within the same import, a resource it created is not "reused".
    expect(only(fromHubSpotFlow([EVERYTHING, { ...EVERYTHING, id: '988' }])).reused).toEqual({ emails: [], lists: [], forms: [] });
  });
});

describe('bad input gets a clear message naming the JSON path, never an exception', () => {
  const errorsOf = (r: ReturnType<typeof fromHubSpotFlow>) => (r.ok ? [] : r.errors);

  it('actions that are not a list', () => {
    const [e] = errorsOf(fromHubSpotFlow({ ...EVERYTHING, actions: 'x' }));
    expect(e).toMatchObject({ path: 'actions' });
    expect(e!.message.fr).toContain('«\u00a0actions\u00a0»');
  });

  it('a connection to an action that does not exist', () => {
    const actions = EVERYTHING.actions.map((a) => (a.actionId === '2' ? single('2', '0-1', { delta: '3', time_unit: 'DAYS' }, '404') : a));
    const [e] = errorsOf(fromHubSpotFlow({ ...EVERYTHING, actions }));
    expect(e).toMatchObject({ path: 'actions[1].connection.nextActionId' });
    expect(e!.message.en).toContain('"404"');
  });

  it('an ENUMERATION without values, in the second flow of a page', () => {
    const bad = { ...EVERYTHING, goalFilterBranch: root(prop('lifecyclestage', op('ENUMERATION', 'IS_ANY_OF'))) };
    const [e] = errorsOf(fromHubSpotFlow({ results: [EVERYTHING, bad] }));
    expect(e!.path).toBe('results[1].goalFilterBranch.filterBranches[0].filters[0].operation.values');
  });

  it('a delay whose delta is not a whole number of units', () => {
    const actions = EVERYTHING.actions.map((a) => (a.actionId === '2' ? single('2', '0-1', { delta: 'soon', time_unit: 'DAYS' }, '3') : a));
    expect(errorsOf(fromHubSpotFlow({ ...EVERYTHING, actions }))[0]!.path).toBe('actions[1].fields.delta');
  });

  it('a field of the wrong type is said to be of the wrong type, not missing', () => {
    const [name] = errorsOf(fromHubSpotFlow({ ...EVERYTHING, name: 42 }));
    expect(name).toMatchObject({ path: 'name' });
    // 42 is there: it is a number where text is expected (engine/io/issue-messages.ts, invalid_type with its input).
    expect(name!.message.en).toBe('The field "name" must be text, not a number.');
    expect(name!.message.en).not.toContain('missing');
    const [delta] = errorsOf(fromHubSpotFlow({ ...EVERYTHING, actions: EVERYTHING.actions.map((a) => (a.actionId === '2' ? single('2', '0-1', { delta: '-5', time_unit: 'DAYS' }, '3') : a)) }));
    expect(delta!.path).toBe('actions[1].fields.delta');
    // Says what a valid value is, where it used to say "must hold a valid value".
    expect(delta!.message.en).toContain('a whole number of 0 or more in digits, as text (for example "3")');
    expect(delta!.message.fr).toContain('un nombre entier de 0 ou plus écrit en chiffres');
  });

  it('refuses what a project cannot hold, naming the workflow and the step, and adds nothing', () => {
    // Action 7 is the 7th action of the list, so the 7th step once read: an increment beyond what a project keeps (±2^53).
    const increment = EVERYTHING.actions.map((a) => (a.actionId === '7' ? single('7', '0-5', { property_name: 'hubspotscore', value: { type: 'INCREMENT', incrementAmount: 1e20 } }, '8') : a));
    const huge = fromHubSpotFlow({ ...EVERYTHING, actions: increment });
    expect(huge.ok).toBe(false);
    const [e] = errorsOf(huge);
    expect(e!.message.en.startsWith('In workflow “Hand-written”, step 7: ')).toBe(true);
    expect(e!.message.fr.startsWith('Dans le workflow «\u00a0Hand-written\u00a0», étape 7\u00a0: ')).toBe(true);
    // A delay of 99,999,999,999 days is over the simulator's ten-year limit: the 2nd action, the 2nd step.
    const delay = EVERYTHING.actions.map((a) => (a.actionId === '2' ? single('2', '0-1', { delta: '99999999999', time_unit: 'DAYS' }, '3') : a));
    const [long] = errorsOf(fromHubSpotFlow({ ...EVERYTHING, actions: delay }));
    expect(long!.message.en).toContain('In workflow “Hand-written”, step 2: ');
    expect(long!.message.en).toContain('10-year limit');
    // Within bounds, the same body reads.
    expect(fromHubSpotFlow(EVERYTHING).ok).toBe(true);
  });

  it('duplicate action ids, a company workflow, deep nesting, nothing at all', () => {
    expect(errorsOf(fromHubSpotFlow({ ...EVERYTHING, actions: [...EVERYTHING.actions, single('1', '0-4', { content_id: '1' })] }))[0]!.path).toBe('actions[19].actionId');
    expect(errorsOf(fromHubSpotFlow({ ...EVERYTHING, type: 'PLATFORM_FLOW', objectTypeId: '0-2' }))[0]!.path).toBe('type');
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { filterBranches: [deep] };
    expect(errorsOf(fromHubSpotFlow({ ...EVERYTHING, goalFilterBranch: deep }))[0]!.message.en).toContain('nested');
    for (const v of [null, 3, 'x', [], {}]) expect(fromHubSpotFlow(v).ok).toBe(false);
  });

  // Line 2 is `  "type": "CONTACT_FLOW",,`: 2 spaces, 7 for "type":, 1 space, 14 for the string, the comma at 25, the stray one at 26.
  it('text that is not JSON, with line and column', () => {
    const r = fromHubSpotText('{\n  "type": "CONTACT_FLOW",,\n}');
    expect(r.ok ? '' : r.errors[0]!.message.en).toContain('line 2, column 26');
  });
});
