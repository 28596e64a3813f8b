import type { CompiledScoreModel } from './score-model.ts';
import type { Asset, Criteria, Email, Filter, Persona, Step, Workflow } from '../../model/index.ts';
import type { Clock } from '../state/clock.ts';

/** What a compiled project holds (compile.ts builds it): dense tables a run indexes by number. */

/** Kinds of change a criteria can notice, one bit each; properties take the bits from 5 on (`Compiled#propertyBit`). */
export const DEP = { list: 1, form: 2, email: 4, page: 8, time: 16 } as const;
/** One bit per kind of event a step can wait for. */
export const WAIT_BITS: Readonly<Record<string, number>> = { 'email-opened': 1, 'email-clicked': 2, 'form-submitted': 4, 'page-viewed': 8 };
/** A filter whose result can change with time alone, and how to find when. */
export type TimeWatch =
  | { readonly kind: 'property'; readonly property: string; readonly days: number; readonly sign: 1 | -1; readonly bit: number }
  | { readonly kind: 'changed'; readonly property: string; readonly days: number; readonly bit: number }
  /** A filter on a lazy score: it can flip where a rule's window closes (flip.ts#scoreFlip). */
  | { readonly kind: 'score'; readonly filter: Filter; readonly days: 0; readonly bit: number }
  | {
      readonly kind: 'event';
      readonly event: 'email' | 'form-submitted' | 'page-viewed';
      readonly days: number;
      readonly bit: number;
      /**
       * What the filter counts, when its verdict is "some such event in the window" (then only the
       * newest one can flip it): email action and email or asset (null: any). Absent: every event
       * of the kind may matter (compound email events, page views).
       */
      readonly exact?: { readonly action: number; readonly ref: string | null };
      /** Page views: the pages the filter counts (views of others flip nothing). */
      readonly page?: { readonly url: string; readonly match: 'equals' | 'contains' };
    };

export interface CompiledCriteria {
  readonly criteria: Criteria;
  readonly deps: number;
  readonly watches: readonly TimeWatch[];
  /** Per watch, the index of the group (of `criteria.groups`) its filter is in, and of the filter in that group. */
  readonly watchGroups: readonly number[];
  readonly watchFilters: readonly number[];
  /** Per group, the changes it can notice (its filters' dependencies, time aside). */
  readonly groupDeps: readonly number[];
}

export interface CompiledStep {
  readonly step: Step;
  readonly index: number;
  readonly workflow: number;
  /** Outgoing edges (global indices) in display order, and the step each leads to (-1: end). */
  readonly edges: readonly number[];
  readonly targets: readonly number[];
  readonly isAction: boolean;
  /** In the table of an edited workflow's steps from the edit (`Compiled#edited`): the edit deleted this step. */
  readonly deleted: boolean;
}

export interface CompiledEdge {
  readonly workflow: number;
  /** Global step index, or -1 for the enrollment card. */
  readonly from: number;
  readonly slot: string;
  readonly to: number;
  readonly label: string;
}

export interface CompiledWorkflow {
  readonly index: number;
  readonly workflow: Workflow;
  readonly triggers: CompiledCriteria;
  readonly goal: CompiledCriteria | null;
  readonly enrollEdge: number;
  readonly startStep: number;
  readonly suppression: readonly string[];
  readonly window: { readonly days: ReadonlySet<string>; readonly start: number; readonly end: number } | null;
  readonly blocked: ReadonlySet<string>;
  readonly clock: Clock;
  /** Earliest anchored moment, for choosing a yearly anchor: offset days and minute of day. */
  readonly firstAnchor: { readonly days: number; readonly minute: number } | null;
  readonly unenrollOthers: 'none' | 'all' | readonly number[];
}

/** A workflow edited at a minute of the run (run/workflow-from.ts; compile/edited-workflow.ts). */
export interface EditedTables {
  readonly minute: number;
  /** The edited workflow's index. */
  readonly workflow: number;
  /** The run's steps from the minute on, by the same indices as `Compiled#steps`. */
  readonly steps: readonly CompiledStep[];
  /** Where enrollments from the minute on start. */
  readonly enrollEdge: number;
  readonly startStep: number;
}

export interface Retention {
  /** Days of history a filter can read, per recorded event kind; 0: not recorded. */
  readonly email: number;
  readonly form: number;
  readonly page: number;
  readonly changed: number;
}

export interface Compiled {
  readonly workflows: readonly CompiledWorkflow[];
  readonly steps: readonly CompiledStep[];
  readonly edges: readonly CompiledEdge[];
  readonly emails: readonly Email[];
  readonly emailIndex: ReadonlyMap<string, number>;
  readonly assets: readonly Asset[];
  readonly assetIndex: ReadonlyMap<string, number>;
  readonly lists: readonly string[];
  readonly listIndex: ReadonlyMap<string, number>;
  readonly personas: readonly Persona[];
  readonly scoreRules: readonly (CompiledCriteria & { readonly points: number })[];
  /** The project's score model (score-model.ts), null: the legacy rules alone. */
  readonly scoreModel: CompiledScoreModel | null;
  /** What the score is made of (legacy rules, or the model's rules with event rules as filters: score-model.ts#scoreInputs). */
  readonly scoreInputs: readonly { readonly criteria: Criteria; readonly points: number }[];
  readonly retention: Retention;
  readonly pageFilters: readonly { readonly url: string; readonly match: 'equals' | 'contains' }[];
  /**
   * Per workflow, the changes it reacts to (triggers, goal, suppression lists) and whether one
   * of its steps waits on criteria: a change concerning neither can skip the workflow.
   */
  readonly care: Int32Array;
  readonly waitsOnCriteria: Uint8Array;
  /** Kinds of event some "wait until" step waits for (WAIT_BITS): the others wake no one. */
  readonly waitedEvents: number;
  /**
   * The score is read when asked, from the rules holding at that instant (score.ts): criteria
   * reading it then depend on what the rules read, and watch their windows.
   */
  readonly lazyScore: boolean;
  /** A workflow edited during the run: its steps from that minute on; null when none is. */
  readonly edited: EditedTables | null;
  /** Whether a filter's verdict can change with time alone (a lazy score's, when a rule reads time). */
  readsTime(f: Filter): boolean;
  propertyBit(name: string): number;
  /** Whether a filter reads the score's value (a score model's parts too). */
  readsScore(f: Filter): boolean;
}

