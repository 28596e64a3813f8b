import fc from 'fast-check';
import {
  asBranchId,
  asEmailId,
  asListId,
  asAssetId,
  asStepId,
  asWorkflowId,
  buildTemplate,
  EMAIL_EVENTS,
  LIFECYCLE_STAGES,
  WEEKDAYS,
  type Criteria,
  type Filter,
  type Project,
  type Step,
  type StepId,
  type Workflow,
  type WorkflowTiming,
} from '../../../engine/index.ts';

type Gen = fc.GeneratorValue;

/**
 * Random workflows made only of what v4 can express (what cannot is tested by the pre-flight),
 * inside a project whose properties have one type each: ps string, pn number, pb boolean,
 * pe enumeration, pd date. Built imperatively from fast-check's `gen`, so failures shrink.
 */
const EMAILS = ['e1', 'e2'];
const LISTS = ['l1', 'l2', 'l3'];
const ASSETS = ['a1', 'a2'];
const URLS = ['https://x.fr/prix', '/pricing', 'blog-post'];
const WORDS = ['', 'a', 'Ab', 'été', 'x y'];

export const OTHER = asWorkflowId('wf-other');

export function randomProject(workflow: Workflow): Project {
  const base = buildTemplate('nurturing', 'en');
  return {
    ...base,
    emails: EMAILS.map((id) => ({ id: asEmailId(id), name: `Email ${id}`, subject: id, asset: null, openScale: 1, clickScale: 1 })),
    lists: LISTS.map((id) => ({ id: asListId(id), name: `List ${id}` })),
    assets: ASSETS.map((id) => ({ id: asAssetId(id), name: `Form ${id}`, kind: 'form' as const, conversionScale: 1 })),
    properties: (
      [
        ['ps', 'string'],
        ['pn', 'number'],
        ['pb', 'boolean'],
        ['pe', 'enumeration'],
        ['pd', 'date'],
      ] as const
    ).map(([name, type]) => ({ name, type, label: { fr: name, en: name } })),
    workflows: [workflow, { ...base.workflows[0]!, id: OTHER, name: 'Other' }],
  };
}

const pick = <T>(g: Gen, items: readonly T[]): T => g(fc.constantFrom, ...items);
const int = (g: Gen, min: number, max: number) => g(fc.integer, { min, max });
const day = (g: Gen, year: number) => `${year}-${String(int(g, 1, 12)).padStart(2, '0')}-${String(int(g, 1, 28)).padStart(2, '0')}`;

function filter(g: Gen): Filter {
  const include = pick(g, [undefined, true, false]);
  const inc = include === undefined ? {} : { includeUnknown: include };
  const known = () => ({ op: pick(g, ['is-known', 'is-unknown'] as const) });
  const within = () => (g(fc.boolean) ? { withinDays: int(g, 0, 90) } : {});
  switch (int(g, 0, 9)) {
    case 0:
      return { kind: 'property', property: 'ps', type: 'string', operation: g(fc.boolean) ? known() : { op: pick(g, ['eq', 'neq', 'contains', 'not-contains', 'starts-with', 'ends-with'] as const), value: pick(g, WORDS) }, ...inc };
    case 1: {
      const range = g(fc.boolean);
      // A project's ranges go up (engine/schema/filters.ts): the high bound is the low one or more.
      const low = int(g, -5, 5);
      return {
        kind: 'property',
        property: 'pn',
        type: 'number',
        operation: range ? { op: pick(g, ['between', 'not-between'] as const), low, high: low + int(g, 0, 45) } : { op: pick(g, ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const), value: int(g, -100, 100) },
        ...inc,
      };
    }
    case 2:
      return { kind: 'property', property: 'pb', type: 'boolean', operation: { op: pick(g, ['eq', 'neq'] as const), value: g(fc.boolean) }, ...inc };
    case 3: {
      const property = pick(g, ['pe', 'lifecyclestage']);
      const values = g(fc.subarray, property === 'pe' ? ['x', 'y', ''] : [...LIFECYCLE_STAGES]);
      return { kind: 'property', property, type: 'enumeration', operation: { op: pick(g, ['any-of', 'none-of'] as const), values }, ...inc };
    }
    case 4: {
      const k = int(g, 0, 3);
      const operation =
        k === 0
          ? { op: pick(g, ['on', 'before', 'after'] as const), date: day(g, 2026) }
          : k === 1
            ? { op: 'between' as const, from: day(g, 2025), to: day(g, 2026) }
            : k === 2
              ? { op: pick(g, ['less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now', 'updated-in-last-days'] as const), days: int(g, 0, 400) }
              : known();
      return { kind: 'property', property: pick(g, ['pd', 'createdate']), type: 'date', operation, ...inc };
    }
    case 5:
      return { kind: 'list', list: asListId(pick(g, LISTS)), op: pick(g, ['in', 'not-in'] as const) };
    case 6:
      return { kind: 'form', asset: g(fc.boolean) ? asAssetId(pick(g, ASSETS)) : null, op: pick(g, ['submitted', 'not-submitted'] as const), ...within() };
    case 7:
      return { kind: 'email', email: g(fc.boolean) ? asEmailId(pick(g, EMAILS)) : null, event: pick(g, EMAIL_EVENTS), ...within() };
    default:
      return { kind: 'page-view', url: pick(g, URLS), match: pick(g, ['equals', 'contains'] as const), op: pick(g, ['viewed', 'not-viewed'] as const), ...within() };
  }
}

function criteria(g: Gen, min: number): Criteria {
  const groups = Array.from({ length: int(g, min, 3) }, () => ({ filters: Array.from({ length: int(g, 1, 3) }, () => filter(g)) }));
  return { groups };
}

export function randomWorkflow(g: Gen): Workflow {
  const timingKind = int(g, 0, 2);
  const timing: WorkflowTiming =
    timingKind === 0 ? { type: 'contact' } : timingKind === 1 ? { type: 'fixed-date', anchorDate: day(g, 2026) } : { type: 'date-property', anchorProperty: 'birthday', recurAnnually: g(fc.boolean) };
  const steps: Step[] = [];
  const concrete: StepId[] = [];
  let n = 0;
  const id = () => asStepId(`s-${++n}`);
  const grow = (depth: number, required: boolean): StepId | null => {
    if (!required && (depth > 5 || int(g, 0, 9) < 2)) return null;
    if (concrete.length > 0 && int(g, 0, 11) === 0) {
      const goTo: Step = { id: id(), kind: 'go-to', target: pick(g, concrete) };
      steps.push(goTo);
      return goTo.id;
    }
    const sid = id();
    concrete.push(sid);
    const placeholderIndex = steps.length;
    steps.push({ id: sid, kind: 'create-task', taskTitle: '', next: null });
    const next = () => grow(depth + 1, false);
    const kind = depth > 5 ? 14 : int(g, 0, 14);
    let step: Step;
    switch (kind) {
      case 0:
        step = { id: sid, kind: 'send-email', email: asEmailId(pick(g, EMAILS)), next: next() };
        break;
      case 1: {
        const mode = int(g, 0, timing.type === 'contact' ? 2 : 3);
        const delay =
          mode === 0
            ? { mode: 'duration' as const, duration: { amount: int(g, 0, 30), unit: pick(g, ['minutes', 'hours', 'days', 'weeks'] as const) } }
            : mode === 1
              ? { mode: 'until-date' as const, date: day(g, 2027), time: pick(g, ['00:00', '09:30', '23:59']) }
              : mode === 2
                ? { mode: 'until-date-property' as const, property: 'pd', offsetDays: int(g, -10, 10), time: '10:00' }
                : { mode: 'relative-to-anchor' as const, offsetDays: int(g, -30, 30), time: pick(g, ['08:00', '17:45']) };
        step = { id: sid, kind: 'delay', delay, next: next() };
        break;
      }
      case 2: {
        const k = int(g, 0, 2);
        const event =
          k === 0
            ? { kind: pick(g, ['email-opened', 'email-clicked'] as const), email: g(fc.boolean) ? asEmailId(pick(g, EMAILS)) : null }
            : k === 1
              ? { kind: 'form-submitted' as const, asset: g(fc.boolean) ? asAssetId(pick(g, ASSETS)) : null }
              : { kind: 'page-viewed' as const, url: pick(g, URLS) };
        step = { id: sid, kind: 'delay-until-event', event, maxWait: { amount: int(g, 1, 10), unit: pick(g, ['hours', 'days', 'weeks'] as const) }, met: next(), notMet: next() };
        break;
      }
      case 3: {
        const count = int(g, 1, 3);
        const branches = Array.from({ length: count }, (_, k) => ({ id: asBranchId(`b${k}`), name: `Branch ${k} ${pick(g, WORDS)}`, criteria: criteria(g, 1), next: next() }));
        step = { id: sid, kind: 'branch-if', branches, defaultName: pick(g, ['No', 'Non', 'None met']), defaultNext: next() };
        break;
      }
      case 4: {
        const values = g(fc.uniqueArray, fc.constantFrom('x', 'y', 'z', ''), { minLength: 1, maxLength: 3 }) as string[];
        step = { id: sid, kind: 'branch-value', property: 'pe', branches: values.map((v, k) => ({ id: asBranchId(`v${k}`), name: v, value: v, next: next() })), defaultName: 'Other', defaultNext: next() };
        break;
      }
      case 5: {
        const count = pick(g, [2, 3, 4, 5]);
        // Even (as HubSpot splits), or uneven whole percentages adding up to 100 (written as testBranches[].percentage).
        const weights = g(fc.array, fc.integer({ min: 1, max: 9 }), { minLength: count, maxLength: count }) as number[];
        const uneven = weights.map((w) => Math.floor((100 * w) / weights.reduce((a, b) => a + b, 0)));
        uneven[0]! += 100 - uneven.reduce((a, b) => a + b, 0);
        const shares = g(fc.boolean) ? uneven : Array.from({ length: count }, () => 100 / count);
        step = { id: sid, kind: 'branch-random', branches: shares.map((percent, k) => ({ id: asBranchId(`r${k}`), name: `R${k}`, percent, next: grow(depth + 1, true) })) };
        break;
      }
      case 6: {
        const [property, value] = pick(g, [['ps', pick(g, WORDS)], ['pn', int(g, -3, 3)], ['pb', g(fc.boolean)]] as const);
        step = { id: sid, kind: 'set-property', property, value, next: next() };
        break;
      }
      case 7:
        step = { id: sid, kind: 'copy-property', from: pick(g, ['ps', 'email', 'firstname']), to: pick(g, ['ps', 'company']), next: next() };
        break;
      case 8:
        step = { id: sid, kind: 'increment-property', property: 'pn', by: int(g, -5, 5), next: next() };
        break;
      case 9:
        step = { id: sid, kind: 'set-lifecycle-stage', stage: pick(g, LIFECYCLE_STAGES), next: next() };
        break;
      case 10:
        step = { id: sid, kind: pick(g, ['add-to-list', 'remove-from-list'] as const), list: asListId(pick(g, LISTS)), next: next() };
        break;
      case 11:
        step = { id: sid, kind: 'enroll-in-workflow', workflow: OTHER, next: next() };
        break;
      case 12:
        step = { id: sid, kind: 'internal-notification', recipient: pick(g, ['sales@x.fr', 'owner']), subject: pick(g, WORDS), next: next() };
        break;
      case 13:
        step = { id: sid, kind: 'create-task', taskTitle: pick(g, WORDS), next: next() };
        break;
      default:
        step = { id: sid, kind: 'send-email', email: asEmailId(pick(g, EMAILS)), next: null };
    }
    steps[placeholderIndex] = step;
    return sid;
  };
  const start = grow(0, int(g, 0, 9) > 0);
  const days = g(fc.subarray, [...WEEKDAYS], { minLength: 1 });
  const others = int(g, 0, 2);
  return {
    id: asWorkflowId('wf-random'),
    name: pick(g, ['Random', 'Aléatoire « test »']),
    ...(g(fc.boolean) ? { description: 'Generated' } : {}),
    enabled: true,
    timing,
    enrollment: { triggers: criteria(g, 0), enrollExisting: false, reenroll: g(fc.boolean), unenrollWhenNotMatching: g(fc.boolean) },
    suppressionLists: g(fc.subarray, LISTS.map(asListId)),
    goal: g(fc.boolean) ? criteria(g, 1) : null,
    unenrollFromOthers: others === 0 ? { mode: 'none' } : others === 1 ? { mode: 'all' } : { mode: 'selected', workflows: [OTHER] },
    executionWindow: g(fc.boolean) ? { days, start: pick(g, ['08:00', '09:15']), end: pick(g, ['17:00', '23:59']) } : null,
    blockedDates: g(fc.uniqueArray, fc.constantFrom('2026-12-25', '2027-01-01', '2027-05-01'), { maxLength: 2 }) as string[],
    timeZone: 'Europe/Paris',
    start,
    steps,
  };
}
