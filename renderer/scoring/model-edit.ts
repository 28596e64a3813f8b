import type { Project, ScoreGroup, ScoreGroupKind, ScoreModel, ScoreModelRule } from '../../engine/model/index.ts';
import { scoreModelOf } from '../../engine/model/index.ts';
import { scoreModelSchema, THRESHOLDS_GO_UP } from '../../engine/schema/index.ts';
import type { Lang, Localized, ScoreThreshold } from '../../engine/model/index.ts';
import { formatNumber } from '../i18n/format.ts';

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
  /** Where in the model (`thresholds`, 1, `from`), to mark the field at fault. */
  readonly path: readonly (string | number)[];
  /** A second field at fault with it (the start of the tier an out-of-order tier must pass). */
  readonly alsoAt?: readonly (string | number)[];
  readonly message: Localized;
  /** The message names where it is itself (both tiers of an out-of-order pair): no place before it. */
  readonly placed?: boolean;
}

/**
 * What is wrong with a model, in both languages, with the path of each fault (empty: fine). Tiers
 * out of order are named, each against the one before it, where the schema says it of the model.
 */
export function modelIssues(model: ScoreModel): ModelIssue[] {
  const parsed = scoreModelSchema.safeParse(model);
  if (parsed.success) return [];
  const schemaIssues = parsed.error.issues.flatMap((issue): ModelIssue[] => {
    const params = (issue as { params?: { message?: Localized; expected?: Localized } }).params;
    if (params?.message === THRESHOLDS_GO_UP) return [];
    const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
    return [{ path, message: params?.message ?? plainMessage(issue, path, model) }];
  });
  return [...tierOrderIssues(model), ...schemaIssues];
}

/** A field of the model by its last key, as the sentence names it: "the label", "le nom". */
const FIELD_WORDS: Record<string, Localized> = {
  label: { fr: 'le libellé', en: 'the label' },
  name: { fr: 'le nom', en: 'the name' },
  url: { fr: 'l’URL de la page', en: 'the page URL' },
};

/** The value at `path` in the model (to count a label's characters). */
function valueAt(model: ScoreModel, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), model);
}

/**
 * A schema issue said plainly, without the validation library's wording ("Too big: expected
 * string to have <=100 characters"): what is wrong with the field and what it takes.
 */
function plainMessage(issue: { code: string; message: string; maximum?: unknown; minimum?: unknown; params?: unknown }, path: readonly (string | number)[], model: ScoreModel): Localized {
  const key = path.at(-1);
  const word = (typeof key === 'string' ? FIELD_WORDS[key] : undefined) ?? { fr: 'la valeur', en: 'the value' };
  const value = valueAt(model, path);
  const expected = (issue.params as { expected?: Localized } | undefined)?.expected;
  if (key === 'label' && path[0] === 'thresholds' && typeof value === 'string' && value.trim() === '')
    return { fr: 'chaque palier a besoin d’un libellé, celui-ci n’en a pas.', en: 'each tier needs a label, this one has none.' };
  if (issue.code === 'too_big' && typeof value === 'string') {
    const max = Number(issue.maximum);
    const length = Array.from(value).length;
    return {
      fr: `${word.fr} compte ${formatNumber(length, 'fr')}\u00a0caractères, pour ${formatNumber(max, 'fr')} au plus.`,
      en: `${word.en} is ${formatNumber(length, 'en')} characters long, at most ${formatNumber(max, 'en')}.`,
    };
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'number') {
    const big = issue.code === 'too_big';
    const bound = Number(big ? issue.maximum : issue.minimum);
    return big
      ? { fr: `${word.fr} doit être inférieure ou égale à ${formatNumber(bound, 'fr')}.`, en: `${word.en} must be at most ${formatNumber(bound, 'en')}.` }
      : { fr: `${word.fr} doit être supérieure ou égale à ${formatNumber(bound, 'fr')}.`, en: `${word.en} must be at least ${formatNumber(bound, 'en')}.` };
  }
  if (expected) return { fr: `${word.fr} doit être ${expected.fr}.`, en: `${word.en} must be ${expected.en}.` };
  return { fr: issue.message, en: issue.message };
}

/** Each tier starting at or below the one before it: its `from` is at fault, both tiers named. */
function tierOrderIssues(model: ScoreModel): ModelIssue[] {
  return model.thresholds.flatMap((tier, k): ModelIssue[] => {
    const before = model.thresholds[k - 1];
    if (!before || tier.from > before.from) return [];
    return [
      {
        path: ['thresholds', k, 'from'],
        alsoAt: ['thresholds', k - 1, 'from'],
        placed: true,
        message: {
          fr: `${tierName(tier, k, 'fr')} (${formatNumber(tier.from, 'fr')}) doit commencer plus haut que ${tierName(before, k - 1, 'fr')} (${formatNumber(before.from, 'fr')}), le palier d’avant.`,
          en: `${tierName(tier, k, 'en')} (${formatNumber(tier.from, 'en')}) must start above ${tierName(before, k - 1, 'en')} (${formatNumber(before.from, 'en')}), the tier before it.`,
        },
      },
    ];
  });
}

/** A tier by its label, or by its rank when it has none. */
function tierName(tier: ScoreThreshold, index: number, lang: Lang): string {
  if (tier.label.trim() === '') return lang === 'fr' ? `le palier ${index + 1}` : `tier ${index + 1}`;
  return quoted(tier.label, lang);
}

/** A name in the language's quotes, trimmed: « Moyen » / “Medium”. */
function quoted(name: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${name.trim()}\u00a0»` : `“${name.trim()}”`;
}

/** Where an issue is, in words: the tier, the group and rule (by name), the score limit; null: the whole model. */
export function issuePlace(issue: ModelIssue, model: ScoreModel, lang: Lang): string | null {
  const [head, index, sub, rule] = issue.path;
  const fr = lang === 'fr';
  const named = (name: string, fallback: string) => (name.trim() === '' ? fallback : quoted(name, lang));
  if (head === 'limit') return fr ? 'Plafond du score' : 'Score limit';
  if (head === 'thresholds' && typeof index === 'number') {
    const tier = model.thresholds[index];
    return `${fr ? 'Palier' : 'Tier'} ${tier ? named(tier.label, String(index + 1)) : index + 1}`;
  }
  if (head === 'groups' && typeof index === 'number') {
    const group = model.groups[index];
    const place = `${fr ? 'Groupe' : 'Group'} ${group ? named(group.name, String(index + 1)) : index + 1}`;
    if (sub !== 'rules' || typeof rule !== 'number') return place;
    const r = group?.rules[rule];
    return `${place}, ${fr ? 'règle' : 'rule'} ${r ? named(r.name, String(rule + 1)) : rule + 1}`;
  }
  return null;
}

/** An issue as the dialog lists it: where, then what ("Palier « Moyen » : …"); a tier-order issue names its tiers itself. */
export function issueText(issue: ModelIssue, model: ScoreModel, lang: Lang): string {
  const place = issue.placed ? null : issuePlace(issue, model, lang);
  const message = issue.message[lang];
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  if (place === null) return sentence;
  return lang === 'fr' ? `${place}\u00a0: ${message}` : `${place}: ${message}`;
}

/** Whether an issue lies at or under `path` (a tier's `from`, a group), or also concerns it: its field is marked. */
export function hasIssueAt(issues: readonly ModelIssue[], ...path: readonly (string | number)[]): boolean {
  const under = (at: readonly (string | number)[] | undefined) => at !== undefined && path.every((k, n) => at[n] === k);
  return issues.some((issue) => under(issue.path) || under(issue.alsoAt));
}
