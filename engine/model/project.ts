import type { ScoreModel } from './scoring.ts';
import type { AssetId, EmailId, ListId, PersonaId, ProjectId, ScoreRuleId } from './ids.ts';
import type { Criteria } from './filters.ts';
import type { PropertyDefinition } from './properties.ts';
import type { Contact } from './contact.ts';
import type { Workflow } from './workflow.ts';
import type { HubSpotMapping } from './hubspot-mapping.ts';
import type { ProjectTests } from './expectations.ts';

export interface Email {
  readonly id: EmailId;
  readonly name: string;
  readonly subject: string;
  /** The asset the email offers: a click may lead to its download (form submission). */
  readonly asset: AssetId | null;
  /** Multiplies the personas' open rate (a better subject line); 1 is neutral. */
  readonly openScale: number;
  /** Multiplies the personas' click rate; 1 is neutral. */
  readonly clickScale: number;
}

export type AssetKind = 'ebook' | 'form' | 'webinar' | 'page';
export const ASSET_KINDS: readonly AssetKind[] = ['ebook', 'form', 'webinar', 'page'];

export interface Asset {
  readonly id: AssetId;
  readonly name: string;
  readonly kind: AssetKind;
  /** Multiplies the personas' conversion rate; 1 is neutral. */
  readonly conversionScale: number;
}

export interface StaticList {
  readonly id: ListId;
  readonly name: string;
  readonly description?: string;
}

/** Reaction delays are log-normal: half the reactions come before `medianHours`. */
export interface ReactionDelay {
  readonly medianHours: number;
  /** Log-normal sigma; 0 makes every reaction take exactly the median. */
  readonly spread: number;
}

/** A behaviour profile: rates are probabilities between 0 and 1. */
export interface Persona {
  readonly id: PersonaId;
  readonly name: string;
  /** Share of the population, relative to the other personas' shares. */
  readonly share: number;
  /** Probability that a delivered email is opened. */
  readonly openRate: number;
  /** Probability that an opened email is clicked. */
  readonly clickRate: number;
  /** Probability that a click leads to the offered asset's download or form submission. */
  readonly conversionRate: number;
  /** Probability that a delivered email leads to an unsubscribe. */
  readonly unsubscribeRate: number;
  /** Probability that a send bounces (hard bounce: no later email is delivered). */
  readonly bounceRate: number;
  readonly reactionDelay: ReactionDelay;
  /** Spontaneous site visits per week, with no email involved. */
  readonly visitsPerWeek: number;
  /** Spontaneous form submissions per week. */
  readonly formsPerWeek: number;
}

/** HubSpot score attribute: the points apply while the criteria hold (negative points allowed). */
export interface ScoreRule {
  readonly id: ScoreRuleId;
  readonly name: string;
  readonly criteria: Criteria;
  readonly points: number;
}

/** New contacts entering the sandbox over time (Poisson), drawn from the persona mix. */
export interface Arrivals {
  readonly perDay: number;
  /** An asset the new contacts submitted on arrival (e.g. the ebook that brought them); null for none. */
  readonly viaAsset: AssetId | null;
  /** Lifecycle stage of arriving contacts. */
  readonly lifecycleStage: string;
}

export interface SimulationSettings {
  /** `YYYY-MM-DD`, midnight in `timeZone`. */
  readonly startDate: string;
  readonly horizonDays: number;
  readonly seed: number;
  readonly arrivals: Arrivals;
  readonly timeZone: string;
  /**
   * Runs of the simulation, each with its own seed derived from `seed` (engine/study): absent or 1,
   * one run; more, a study giving every count with its 90 % interval. Set in Simulate, read by
   * `flowbench simulate` and `report` when not given on the command line.
   */
  readonly replications?: number;
}

export interface Project {
  readonly id: ProjectId;
  readonly name: string;
  readonly workflows: readonly Workflow[];
  readonly emails: readonly Email[];
  readonly assets: readonly Asset[];
  readonly lists: readonly StaticList[];
  /** Custom properties, beside the standard ones. */
  readonly properties: readonly PropertyDefinition[];
  readonly personas: readonly Persona[];
  readonly scoreRules: readonly ScoreRule[];
  readonly simulation: SimulationSettings;
  /** Sandbox contacts bundled with the project so a run is reproducible elsewhere ("include contacts"). */
  readonly contacts?: readonly Contact[];
  /** Ids of the HubSpot portal this project is exported to (file version 2). */
  readonly hubspot?: HubSpotMapping;
  /** Lead scoring as HubSpot has it since 2025 (scoring.ts); absent: the legacy `scoreRules`, migrated when read. */
  readonly scoreModel?: ScoreModel;
  /** Expectations checked on every edit and by `flowbench test`, with their test population (issue #15). */
  readonly tests?: ProjectTests;
}

/**
 * Whether a run of one project is a run of the other: they are the same but, at most, for their
 * expectations (`tests`: the expectations and their own test population), which no run reads.
 * Writing an expectation after a run leaves that run as good as new (Simulate, the programme map
 * and the report do not call it out of date).
 */
export function sameForRuns(a: Project, b: Project): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Project)[]);
  for (const key of keys) if (key !== 'tests' && a[key] !== b[key]) return false;
  return true;
}
