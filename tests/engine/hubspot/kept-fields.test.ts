import { describe, expect, it } from 'vitest';
import { addImportToProject, asStepId, buildTemplate, exportFlowSchema, fromHubSpotFlow, loadProject, saveProject, toHubSpotFlow, type Project, type Step, type Workflow } from '../../../engine/index.ts';
import { fullMapping } from './helpers.ts';

/**
 * Actions Flowbench reads into steps keep what their steps do not hold, and the export writes it
 * back: a round trip (import, then export) gives the actions back as they were. Field names from
 * hubspot-today.md §1.5: a task (0-3) has task_type, subject, body, associations,
 * use_explicit_associations, priority; an internal email notification (0-8) user_ids | team_ids |
 * owner_properties, subject, body; an add to static segment (0-63809083) listId and, in real GETs,
 * targetObject and a version of 3 or 5; an edit record (0-5) may write on an associated record.
 * Before, the task came back with an empty body and no priority, the notification with its
 * subject as body and one recipient, the segment action at version 0 without its target.
 */
const go = (n: number) => ({ edgeType: 'STANDARD', nextActionId: String(n) });
const TASK = {
  type: 'SINGLE_CONNECTION',
  actionTypeId: '0-3',
  actionTypeVersion: 0,
  fields: {
    task_type: 'CALL',
    subject: 'Rappeler {{ enrolled_object.firstname }}',
    body: '<p>Lead chaud\u00a0: «\u00a0Offre 2025\u00a0» téléchargée.</p>\n<ul><li>Budget&nbsp;?</li></ul>',
    associations: [{ target: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }, value: { type: 'ENROLLED_OBJECT' } }],
    use_explicit_associations: 'true',
    priority: 'HIGH',
  },
};
const TO_USERS = {
  type: 'SINGLE_CONNECTION',
  actionTypeId: '0-8',
  actionTypeVersion: 0,
  fields: { user_ids: ['42', '43'], subject: 'Hot lead', body: '<p>{{ enrolled_object.email }} opened the pricing page.</p>' },
};
const TO_TEAM = { type: 'SINGLE_CONNECTION', actionTypeId: '0-8', actionTypeVersion: 0, fields: { team_ids: ['7'], subject: 'For the team', body: '<p>See the lead</p>' } };
const TO_OWNER = { type: 'SINGLE_CONNECTION', actionTypeId: '0-8', actionTypeVersion: 0, fields: { owner_properties: ['hubspot_owner_id'], subject: 'Your lead', body: '' } };
const SEGMENT = { type: 'SINGLE_CONNECTION', actionTypeId: '0-63809083', actionTypeVersion: 3, fields: { listId: '2001', targetObject: '{{ enrolled_object }}' } };
const plain = [TASK, TO_USERS, TO_TEAM, TO_OWNER, SEGMENT];

/** The actions in a line, numbered from 1 as the export numbers them. */
function flow(...actions: object[]) {
  return {
    type: 'CONTACT_FLOW',
    objectTypeId: '0-1',
    flowType: 'WORKFLOW',
    name: 'Kept fields',
    startActionId: '1',
    enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
    actions: actions.map((a, k) => ({ ...a, actionId: String(k + 1), ...(k < actions.length - 1 ? { connection: go(k + 2) } : {}) })),
  };
}

function imported(input: object, project: Project = buildTemplate('nurturing', 'en')) {
  const r = fromHubSpotFlow(input, { project, lang: 'en' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { r, project: addImportToProject(project, r), workflow: r.workflows[0]! };
}

function exported(project: Project, workflow: Workflow) {
  const r = toHubSpotFlow(project, workflow.id);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.filter((p) => p.severity === 'blocking')));
  return r.flow;
}

const edited = (project: Project, workflow: Workflow, change: (s: Step) => Step): Project => ({
  ...project,
  workflows: project.workflows.map((w) => (w.id === workflow.id ? { ...w, steps: w.steps.map(change) } : w)),
});

describe('a trip through Flowbench keeps what its steps do not hold', () => {
  it('gives a task and notifications back as they were: bodies, recipients, priority, version', () => {
    const input = flow(...plain);
    const { project, workflow } = imported(input);
    expect(workflow.steps.map((s) => s.kind)).toEqual(['create-task', 'internal-notification', 'internal-notification', 'internal-notification', 'add-to-list']);
    const out = exported(project, workflow);
    expect(out.actions).toEqual(input.actions);
    expect(exportFlowSchema.safeParse(out).success).toBe(true);
  });

  it('still does once the project is saved and opened again', () => {
    const input = flow(...plain);
    const { project, workflow } = imported(input);
    const loaded = loadProject(saveProject(project));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(exported(loaded.project, workflow).actions).toEqual(input.actions);
  });

  it('writes back a field the reference does not list, and an associated record to write on', () => {
    const task = { ...TASK, fields: { ...TASK.fields, unlisted_field: { due: 'P3D' } } };
    const onCompany = { type: 'SINGLE_CONNECTION', actionTypeId: '0-5', actionTypeVersion: 0, fields: { property_name: 'jobtitle', value: { type: 'STATIC_VALUE', staticValue: 'Retail' }, association: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 280 } } };
    const input = flow(task, onCompany);
    const { project, workflow } = imported(input);
    expect(exported(project, workflow).actions).toEqual(input.actions);
    // The association is in the v4 spec; the unlisted field is not, which the strict schema says.
    const listed = imported(flow(TASK, onCompany));
    expect(exportFlowSchema.safeParse(exported(listed.project, listed.workflow)).success).toBe(true);
    expect(exportFlowSchema.safeParse(exported(project, workflow)).success).toBe(false);
  });

  it('writes the step’s own fields over what was kept: a new task title, a new recipient', () => {
    const input = flow(TASK, TO_USERS, TO_TEAM);
    const { project, workflow } = imported(input);
    const changed = edited(project, workflow, (s) => {
      if (s.kind === 'create-task') return { ...s, taskTitle: 'Call back' };
      // The team's notification now goes to HubSpot user 42.
      if (s.kind === 'internal-notification' && s.subject === 'For the team') return { ...s, recipient: 'HubSpot user 42' };
      return s;
    });
    const [task, users, team] = exported(changed, workflow).actions as readonly { readonly fields: unknown }[];
    expect(task!.fields).toEqual({ ...TASK.fields, subject: 'Call back' });
    // Unchanged: both users still.
    expect(users!.fields).toEqual(TO_USERS.fields);
    // Changed: to the new recipient alone, the body kept.
    expect(team!.fields).toEqual({ user_ids: ['42'], subject: 'For the team', body: '<p>See the lead</p>' });
  });

  it('keeps nothing of a workflow Flowbench exported itself, and says nothing', () => {
    const project = buildTemplate('lifecycle', 'en');
    const workflow = project.workflows[0]!;
    const task: Step = { id: asStepId('step-task'), kind: 'create-task', taskTitle: 'Call', next: workflow.start };
    const note: Step = { id: asStepId('step-note'), kind: 'internal-notification', recipient: 'sales@example.com', subject: 'Hot <lead> & co', next: task.id };
    const withBoth = { ...project, workflows: [{ ...workflow, start: note.id, steps: [note, task, ...workflow.steps] }, ...project.workflows.slice(1)] };
    const mapping = fullMapping(withBoth);
    const out = toHubSpotFlow(withBoth, workflow.id, mapping);
    if (!out.ok) throw new Error(JSON.stringify(out.problems.filter((p) => p.severity === 'blocking')));
    const back = fromHubSpotFlow(JSON.parse(JSON.stringify(out.flow)), { project: withBoth, mapping });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.workflows[0]!.steps.slice(0, 2).map((s) => s.kind)).toEqual(['internal-notification', 'create-task']);
    expect(back.workflows[0]!.steps.filter((s) => s.keptFromHubSpot !== undefined)).toEqual([]);
    expect(back.notes.filter((n) => n.kind === 'kept')).toEqual([]);
  });
});

describe('the import report names what was kept and not simulated', () => {
  it('once per kind of action and fields, in French and English', () => {
    const { r } = imported(flow(TASK, TASK, TO_USERS, SEGMENT));
    const kept = r.notes.filter((n) => n.kind === 'kept');
    expect(kept.map((n) => n.path)).toEqual(['actions[0]', 'actions[2]', 'actions[3]']);
    expect(kept.map((n) => n.message)).toEqual([
      {
        fr: 'Action HubSpot «\u00a0Créer une tâche\u00a0» (0-3), 2 fois\u00a0: les champs task_type, body et priority sont gardés tels quels\u00a0; la simulation ne s’en sert pas et l’export les réécrit à l’identique.',
        en: 'HubSpot action “Create task” (0-3), 2 times: the fields task_type, body and priority are kept as they were; the simulation does not use them and the export writes them back unchanged.',
      },
      {
        fr: 'Action HubSpot «\u00a0Envoyer une notification par e-mail interne\u00a0» (0-8)\u00a0: le champ body est gardé tel quel\u00a0; la simulation ne s’en sert pas et l’export le réécrit à l’identique.',
        en: 'HubSpot action “Send internal email notification” (0-8): the field body is kept as it was; the simulation does not use it and the export writes it back unchanged.',
      },
      {
        fr: 'Action HubSpot «\u00a0Ajouter à un segment statique\u00a0» (0-63809083)\u00a0: les champs actionTypeVersion et targetObject sont gardés tels quels\u00a0; la simulation ne s’en sert pas et l’export les réécrit à l’identique.',
        en: 'HubSpot action “Add to static segment” (0-63809083): the fields actionTypeVersion and targetObject are kept as they were; the simulation does not use them and the export writes them back unchanged.',
      },
    ]);
    // Several recipients: the first is shown and simulated, all are written back.
    expect(r.notes.find((n) => n.path === 'actions[2]' && n.kind === 'approximated')?.message.en).toBe('Notification to several recipients: Flowbench shows and simulates the first; the export writes them all back.');
  });

  it('says so when what would be kept is too large for a project, and imports the step all the same', () => {
    const big = { ...TASK, fields: { ...TASK.fields, body: 'x'.repeat(100_001) } };
    const { r, workflow } = imported(flow(big));
    expect(workflow.steps[0]!.keptFromHubSpot).toBeUndefined();
    expect(r.notes.find((n) => n.kind === 'ignored')?.message.en).toBe('HubSpot action “Create task” (0-3): its other fields (task_type, body, priority) are too large to keep; the export writes Flowbench’s, check them in HubSpot.');
  });
});
