import { durationMinutes, type Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/** The what-if tests' run: the nurturing template over 40 days, 400 sample contacts, its first delay (5 days) and that length in minutes. */
export const DAY = 1440;
export const project: Project = (() => {
  const base = buildTemplate('nurturing', 'en');
  return { ...base, simulation: { ...base.simulation, horizonDays: 40 } };
})();
export const workflow = project.workflows[0]!;
export const delay = workflow.steps.find((s) => s.kind === 'delay')!;
export const L = delay.kind === 'delay' && delay.delay.mode === 'duration' ? durationMinutes(delay.delay.duration) : NaN;
export const contacts = generateContacts(project, 400, 11);
