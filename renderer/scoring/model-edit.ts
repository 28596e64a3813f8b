import type { Project, ScoreGroup, ScoreGroupKind, ScoreModel, ScoreModelRule } from '../../engine/model/index.ts';
import { scoreModelOf } from '../../engine/model/index.ts';
import { scoreModelSchema } from '../../engine/schema/index.ts';
import type { Lang, Localized } from '../../engine/model/index.ts';

/**
 * Pure edits of a score model (engine/model/scoring.ts) for the Scoring dialog, and its check
 * through the same schema a project file goes through, with messages in the user's language.
 */

/** The model the dialog edits: the project's, its legacy rules migrated, or a new empty one. */
export function editableModel(project: Project): { readonly model: ScoreModel; readonly origin: 'own' | 'legacy' | 'new' } {
  if (project.scoreModel) return { model: project.scoreModel, origin: 'own' };
  const migrated = scoreModelOf(project);
  return migrated ? { model: migrated, origin: 'legacy' } : { model: { groups: [], limit: null, thresholds: [] }, origin: 'new' };
}

/** The project with this model; legacy rules, now in the model, are dropped. */
export function withModel(project: Project, model: ScoreModel): Project {
  return { ...project, scoreModel: model, scoreRules: [] };
}

/** An id not yet used by a group or rule of the model: `prefix-1`, `prefix-2`... */
export function freshId(model: ScoreModel, prefix: string): string {
  const used = new Set(model.groups.flatMap((g) => [g.id, ...g.rules.map((r) => r.id)]));
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function newGroup(model: ScoreModel, kind: ScoreGroupKind, name: string): ScoreGroup {
  return { id: freshId(model, kind === 'fit' ? 'fit' : 'engagement'), name, kind, limit: null, timeFrameDays: null, decay: null, rules: [] };
}

export function newRule(model: ScoreModel, type: ScoreModelRule['type'], name: string): ScoreModelRule {
  const id = freshId(model, 'rule');
  return type === 'event'
    ? { type, id, name, points: 10, event: { kind: 'email', event: 'clicked', email: null } }
    : { type, id, name, points: 10, criteria: { groups: [{ filters: [{ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: '' } }] }] } };
}

export function setGroup(model: ScoreModel, index: number, group: ScoreGroup | null): ScoreModel {
  return { ...model, groups: group === null ? model.groups.filter((_, i) => i !== index) : model.groups.map((g, i) => (i === index ? group : g)) };
}

export function setRule(group: ScoreGroup, index: number, rule: ScoreModelRule | null): ScoreGroup {
  return { ...group, rules: rule === null ? group.rules.filter((_, i) => i !== index) : group.rules.map((r, i) => (i === index ? rule : r)) };
}

export type Timing = 'always' | 'time-frame' | 'decay';

export function timingOf(group: ScoreGroup): Timing {
  return group.timeFrameDays !== null ? 'time-frame' : group.decay !== null ? 'decay' : 'always';
}

/** A group's timing switched (a time frame and a decay never together, as in HubSpot). */
export function withTiming(group: ScoreGroup, timing: Timing): ScoreGroup {
  if (timing === 'time-frame') return { ...group, timeFrameDays: group.timeFrameDays ?? 30, decay: null };
  if (timing === 'decay') return { ...group, timeFrameDays: null, decay: group.decay ?? { percent: 50, everyDays: 30 } };
  return { ...group, timeFrameDays: null, decay: null };
}

export interface ModelIssue {
  readonly path: string;
  readonly message: Localized;
}

/** What is wrong with a model, in both languages, with the path of each fault (empty: fine). */
export function modelIssues(model: ScoreModel): ModelIssue[] {
  const parsed = scoreModelSchema.safeParse(model);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const params = (issue as { params?: { message?: Localized; expected?: Localized } }).params;
    const message: Localized = params?.message ?? (params?.expected ? { fr: `attendu\u00a0: ${params.expected.fr}`, en: `expected ${params.expected.en}` } : { fr: issue.message, en: issue.message });
    return { path: ['scoreModel', ...issue.path.map(String)].join('.'), message };
  });
}

export function issueText(issue: ModelIssue, lang: Lang): string {
  return `${issue.path}: ${issue.message[lang]}`;
}
