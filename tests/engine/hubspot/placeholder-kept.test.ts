import { describe, expect, it } from 'vitest';
import { addImportToProject, buildTemplate, exportFlowSchema, fromHubSpotFlow, loadProject, saveProject, toHubSpotFlow, type Project, type Step } from '../../../engine/index.ts';

/**
 * Actions Flowbench has no step for (custom code, webhook, enroll in a sequence, an unknown id)
 * become placeholder steps that keep the action as the import read it, less its `actionId` and
 * `connection`; the export writes it back unchanged with its own id and connection.
 */
const go = (n: string) => ({ edgeType: 'STANDARD', nextActionId: n });
const CODE = { type: 'CUSTOM_CODE', runtime: 'NODE20X', sourceCode: 'exports.main = async (e, cb) => cb({outputFields:{}})', secretNames: ['API_KEY'], inputFields: [], outputFields: [{ name: 'score', type: 'NUMBER' }] };
const HOOK = { type: 'WEBHOOK', webhookUrl: 'https://example.com/hook', method: 'POST', queryParams: [], authSettings: { type: 'SIGNATURE' } };
const SEQUENCE = { type: 'SINGLE_CONNECTION', actionTypeId: '0-46510720', actionTypeVersion: 6, fields: { sequenceId: '42', senderEmail: 'a@b.c' } };
const flow = (...kept: object[]) => ({
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Kept',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [
    { type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '1001' }, connection: go('2') },
    ...kept.map((a, k) => ({ ...a, actionId: String(k + 2), ...(k < kept.length - 1 ? { connection: go(String(k + 3)) } : {}) })),
  ],
});

function imported(input: unknown, project: Project = buildTemplate('nurturing', 'en')) {
  const r = fromHubSpotFlow(input, { project });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { r, project: addImportToProject(project, r), workflow: r.workflows[0]! };
}
const placeholders = (steps: readonly Step[]) => steps.filter((s): s is Extract<Step, { kind: 'hubspot-action' }> => s.kind === 'hubspot-action');

describe('a placeholder keeps the HubSpot action', () => {
  it('keeps each action as read, less actionId and connection', () => {
    const { workflow } = imported(flow(CODE, HOOK, SEQUENCE));
    expect(placeholders(workflow.steps).map((s) => s.original)).toEqual([CODE, HOOK, SEQUENCE]);
  });

  it('the export writes them back unchanged, with its own ids and connections, schema-valid', () => {
    const { project, workflow } = imported(flow(CODE, HOOK, SEQUENCE));
    const r = toHubSpotFlow(project, workflow.id);
    if (!r.ok) throw new Error(JSON.stringify(r.problems.filter((p) => p.severity === 'blocking')));
    expect(r.flow.actions.slice(1)).toEqual([
      { ...CODE, actionId: '2', connection: { edgeType: 'STANDARD', nextActionId: '3' } },
      { ...HOOK, actionId: '3', connection: { edgeType: 'STANDARD', nextActionId: '4' } },
      { ...SEQUENCE, actionId: '4' },
    ]);
    expect(exportFlowSchema.safeParse(r.flow).success).toBe(true);
    expect(r.problems.filter((p) => p.message.en.includes('written back as imported')).map((p) => p.message.en)).toEqual([
      'HubSpot action “CUSTOM_CODE” written back as imported: check it in HubSpot (action ids change on export; a reference to another action is not renumbered).',
      'HubSpot action “WEBHOOK” written back as imported: check it in HubSpot (action ids change on export; a reference to another action is not renumbered).',
      'HubSpot action “Enroll in a sequence” (0-46510720) written back as imported: check it in HubSpot (action ids change on export; a reference to another action is not renumbered).',
    ]);
  });

  it('survives saving and opening the project', () => {
    const { project, workflow } = imported(flow(HOOK));
    const loaded = loadProject(saveProject(project));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const back = loaded.project.workflows.find((w) => w.id === workflow.id)!;
    expect(placeholders(back.steps)[0]!.original).toEqual(HOOK);
  });

  it('the import report says it is kept and written back; an action named by its id is not named twice', () => {
    const { r } = imported(flow(HOOK));
    expect(r.notes.find((n) => n.kind === 'placeholder')?.message).toEqual({
      fr: 'Action HubSpot «\u00a0WEBHOOK\u00a0»\u00a0: pas d’équivalent dans Flowbench\u00a0; gardée comme étape provisoire, que l’export réécrit à l’identique.',
      en: 'HubSpot action “WEBHOOK”: no Flowbench equivalent; kept as a placeholder step, which the export writes back unchanged.',
    });
  });
});

describe('what a placeholder cannot keep', () => {
  it('an action over 100,000 characters of JSON: a step to rebuild, said so, the import still made', () => {
    const big = { ...CODE, sourceCode: 'x'.repeat(100_001) };
    const { r, workflow } = imported(flow(big));
    expect(placeholders(workflow.steps)[0]!.original).toBeUndefined();
    expect(r.notes.find((n) => n.kind === 'placeholder')?.message.en).toBe('HubSpot action “CUSTOM_CODE”: no Flowbench equivalent; kept as a step to rebuild (too large to keep its settings).');
  });

  it('a placeholder without the action (a file from before, or too large): the export is blocked, the label not repeated', () => {
    const project = buildTemplate('nurturing', 'en');
    const w = project.workflows[0]!;
    const hook: Step = { id: 'step-hook' as never, kind: 'hubspot-action', actionTypeId: 'WEBHOOK', label: 'WEBHOOK', next: w.start };
    const r = toHubSpotFlow({ ...project, workflows: [{ ...w, start: hook.id, steps: [hook, ...w.steps] }] }, w.id);
    expect(r.ok).toBe(false);
    // Was "(WEBHOOK, WEBHOOK)".
    expect(r.problems.find((p) => p.steps.includes(hook.id) && p.severity === 'blocking')?.message).toEqual({
      fr: 'Action HubSpot importée que Flowbench ne sait pas écrire («\u00a0WEBHOOK\u00a0»)\u00a0: recréez-la dans HubSpot.',
      en: 'Imported HubSpot action Flowbench cannot write (“WEBHOOK”): rebuild it in HubSpot.',
    });
  });
});

describe('the project file holds the kept action within bounds', () => {
  it('a placeholder whose action is over 100,000 characters of JSON is refused at load, with its path', () => {
    const { project, workflow } = imported(flow(HOOK));
    const index = project.workflows.findIndex((w) => w.id === workflow.id);
    const steps = project.workflows[index]!.steps.map((s) => (s.kind === 'hubspot-action' ? { ...s, original: { ...HOOK, webhookUrl: `https://example.com/${'a'.repeat(99_950)}`, extra: 'b'.repeat(100) } } : s));
    const text = saveProject({ ...project, workflows: project.workflows.map((w, i) => (i === index ? { ...w, steps } : w)) });
    const loaded = loadProject(text);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const k = steps.findIndex((s) => s.kind === 'hubspot-action');
    expect(loaded.errors.map((e) => e.path)).toContain(`project.workflows[${index}].steps[${k}].original`);
  });
});
