import type { Project, Workflow } from '../../engine/model/index.ts';

/** The open workflow's edits since the run, as a what-if from minute t applies them (engine/whatif `whatIf` with `workflow`). */
export interface WorkflowEditSince {
  /** The workflow as it ran, with the steps and first step as they are now: what the re-run switches to at t. */
  readonly workflow: Workflow;
  /** Steps added, deleted or changed (a changed link counts for the step it leaves). */
  readonly steps: number;
  /** Whether its triggers, goal or settings changed too (not applied from t: they stay as they ran). */
  readonly settings: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function workflowEditSince(ran: Project, current: Workflow | undefined): WorkflowEditSince | null {
  const before = current && ran.workflows.find((w) => w.id === current.id);
  if (!current || !before) return null;
  const old = new Map(before.steps.map((s) => [s.id as string, s]));
  const now = new Set(current.steps.map((s) => s.id as string));
  const steps = current.steps.filter((s) => !same(old.get(s.id), s)).length + before.steps.filter((s) => !now.has(s.id)).length;
  if (steps === 0 && before.start === current.start) return null;
  const { steps: _a, start: _b, name: _c, description: _d, ...settingsNow } = current;
  const { steps: _e, start: _f, name: _g, description: _h, ...settingsThen } = before;
  return { workflow: { ...before, start: current.start, steps: current.steps }, steps, settings: !same(settingsNow, settingsThen) };
}
