import type { Criteria, Filter } from './filters.ts';
import type { AssetId, EmailId } from './ids.ts';
import type { PropertyDefinition } from './properties.ts';

/**
 * Lead scoring as HubSpot has it since 31 Aug 2025 (reference/hubspot-today.md §2): a score
 * model of fit and engagement groups. Choices where the sources are unclear are written in
 * engine/sim/DECISIONS.md ("Score model").
 *
 * - A **criteria rule** gives its points while its criteria hold (fit: properties, segments; the
 *   legacy HubSpot score's attributes migrate to these).
 * - An **event rule** (engagement groups only) gives its points for each occurrence of an event
 *   (email opened or clicked, form submitted, page viewed), weighted by the group's time frame
 *   ("in the last 30 days": 1 while the event is that recent, then 0) or decay (x % less every
 *   N days since the event, in steps). A group has a time frame or a decay, never both (HubSpot).
 * - A group may cap its points (`limit`), the model its total (`limit`).
 * - The results land in properties workflows read: `hubspotscore` (combined), `fitscore`,
 *   `engagementscore`, `scorethreshold` (the label of the combined score's tier).
 */

/** A legacy HubSpot score attribute (project.ts#ScoreRule), as migration reads it. */
interface LegacyRule {
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly criteria: Criteria;
}

export type ScoreGroupKind = 'fit' | 'engagement';

export interface ScoreCriteriaRule {
  readonly type: 'criteria';
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly criteria: Criteria;
}

/** The events an event rule counts. `null` email or asset: any. */
export type ScoreEvent =
  | { readonly kind: 'email'; readonly event: 'opened' | 'clicked'; readonly email: EmailId | null }
  | { readonly kind: 'form'; readonly asset: AssetId | null }
  | { readonly kind: 'page-view'; readonly url: string; readonly match: 'equals' | 'contains' };

export interface ScoreEventRule {
  readonly type: 'event';
  readonly id: string;
  readonly name: string;
  /** Per occurrence, before the group's time frame or decay. */
  readonly points: number;
  readonly event: ScoreEvent;
}

export type ScoreModelRule = ScoreCriteriaRule | ScoreEventRule;

/** Engagement points lose `percent` % of what is left every `everyDays` days after their event. */
export interface ScoreDecay {
  readonly percent: number;
  readonly everyDays: number;
}

export interface ScoreGroup {
  readonly id: string;
  readonly name: string;
  readonly kind: ScoreGroupKind;
  /** The most points the group gives (its sum is clamped to [-limit, limit]); null: no cap. */
  readonly limit: number | null;
  /** Engagement: an event counts only this many days after it happened; null: always. */
  readonly timeFrameDays: number | null;
  readonly decay: ScoreDecay | null;
  readonly rules: readonly ScoreModelRule[];
}

/** A tier of the combined score: from `from` points up to the next tier's `from`. */
export interface ScoreThreshold {
  readonly label: string;
  readonly from: number;
}

export interface ScoreModel {
  readonly groups: readonly ScoreGroup[];
  /** The most points the combined score gives (clamped to [-limit, limit]); null: no cap. */
  readonly limit: number | null;
  /** Ascending `from`; a combined score below the first has no label. */
  readonly thresholds: readonly ScoreThreshold[];
}

export const SCORE_PROPERTIES = {
  combined: 'hubspotscore',
  fit: 'fitscore',
  engagement: 'engagementscore',
  threshold: 'scorethreshold',
} as const;

const SCORE_NAMES: ReadonlySet<string> = new Set(Object.values(SCORE_PROPERTIES));

export function isScoreProperty(name: string): boolean {
  return SCORE_NAMES.has(name);
}

export const EMPTY_SCORE_MODEL: ScoreModel = { groups: [], limit: null, thresholds: [] };

/** A sum clamped to a cap (null: none): [-limit, limit]. */
export function capped(points: number, limit: number | null): number {
  return limit === null ? points : Math.max(-limit, Math.min(limit, points));
}

/** The label of the tier a combined score falls in, null below the first. */
export function thresholdLabel(thresholds: readonly ScoreThreshold[], score: number): string | null {
  let label: string | null = null;
  for (const t of thresholds) if (score >= t.from) label = t.label;
  return label;
}

/** The weight of an occurrence `ageMs` old in a group: 1, 0 past the time frame, or decayed. */
export function eventWeight(group: Pick<ScoreGroup, 'timeFrameDays' | 'decay'>, ageMs: number): number {
  const day = 86_400_000;
  if (group.timeFrameDays !== null) return ageMs <= group.timeFrameDays * day ? 1 : 0;
  if (group.decay === null) return 1;
  const steps = Math.floor(ageMs / (group.decay.everyDays * day));
  return (1 - group.decay.percent / 100) ** steps;
}

/** Whether a filter reads only what a contact is (properties, segments), not what it did. */
function isFitFilter(f: Filter): boolean {
  return f.kind === 'property' || f.kind === 'list';
}

/**
 * The legacy HubSpot score's attributes as a model giving the same scores: each attribute becomes
 * a criteria rule (points while it holds), those reading only properties and lists in a fit
 * group, the others (forms, emails, page views) in an engagement group; no cap, no decay, no
 * time frame (an attribute's own "within N days" stays in its criteria), no thresholds.
 */
export function migrateScoreRules(rules: readonly LegacyRule[]): ScoreModel {
  const asRule = (r: LegacyRule): ScoreCriteriaRule => ({ type: 'criteria', id: r.id, name: r.name, points: r.points, criteria: r.criteria });
  const fit = rules.filter((r) => r.criteria.groups.every((g) => g.filters.every(isFitFilter)));
  const engagement = rules.filter((r) => !fit.includes(r));
  const group = (id: string, name: string, kind: ScoreGroupKind, of: readonly LegacyRule[]): ScoreGroup[] =>
    of.length === 0 ? [] : [{ id, name, kind, limit: null, timeFrameDays: null, decay: null, rules: of.map(asRule) }];
  return {
    groups: [...group('legacy-fit', 'Fit', 'fit', fit), ...group('legacy-engagement', 'Engagement', 'engagement', engagement)],
    limit: null,
    thresholds: [],
  };
}

/** The model a project scores with: its own, else its legacy rules migrated, else none. */
export function scoreModelOf(project: { readonly scoreModel?: ScoreModel | undefined; readonly scoreRules: readonly LegacyRule[] }): ScoreModel | null {
  if (project.scoreModel) return project.scoreModel;
  return project.scoreRules.length > 0 ? migrateScoreRules(project.scoreRules) : null;
}

/**
 * The score's parts as properties filters can read, in a project that scores (they are not
 * standard properties: contacts do not carry them, the run computes them; `hubspotscore` is).
 */
export const SCORE_PART_PROPERTIES: readonly PropertyDefinition[] = [
  { name: SCORE_PROPERTIES.fit, type: 'number', label: { fr: 'Score d’adéquation', en: 'Fit score' } },
  { name: SCORE_PROPERTIES.engagement, type: 'number', label: { fr: 'Score d’engagement', en: 'Engagement score' } },
  { name: SCORE_PROPERTIES.threshold, type: 'string', label: { fr: 'Seuil du score', en: 'Score threshold' } },
];

/** The project's own properties, plus the score's parts when it has a score model. */
export function propertiesWithScores(project: { readonly properties: readonly PropertyDefinition[]; readonly scoreModel?: ScoreModel | undefined }): readonly PropertyDefinition[] {
  return project.scoreModel ? [...project.properties, ...SCORE_PART_PROPERTIES.filter((p) => !project.properties.some((q) => q.name === p.name))] : project.properties;
}
