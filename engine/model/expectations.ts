import type { Contact } from './contact.ts';
import type { Criteria } from './filters.ts';
import type { ListId, PersonaId, StepId, WorkflowId } from './ids.ts';

/**
 * Expectations (issue #15): statements about a run a marketer fills in as a form, saved in the
 * project with the small population they are checked on. engine/expect checks them.
 */

export type Bound = 'at-least' | 'at-most';

interface ExpectationBase {
  /** Unique within the project. */
  readonly id: string;
}

/** Of the contacts enrolled in `workflow` by the end of day `day`, the share that is in `list` then. */
export interface ShareInListExpectation extends ExpectationBase {
  readonly kind: 'share-in-list';
  readonly workflow: WorkflowId;
  readonly list: ListId;
  /**
   * Day number as people read it, the app's one convention (engine/study/days.ts): day 1 is the
   * start date. Enrollment and membership are read at the end of that day, its last minute (a study
   * frame's row `day - 1`). At least 1; a day past the run's horizon makes the expectation fail with
   * that reason. (Files before version 3 counted it from 0: engine/io/migration-v2.ts.)
   */
  readonly day: number;
  readonly bound: Bound;
  /** 0 to 100. */
  readonly percent: number;
}

/** No contact matching `who` (read as the contact stood at the start) is ever moved to `stage` by the run. */
export interface NeverStageExpectation extends ExpectationBase {
  readonly kind: 'never-stage';
  readonly who: Criteria;
  readonly stage: string;
}

/** Every path of `workflow` ends in a static list: no enrollment completes lost, and no end of the workflow lacks a list. */
export interface EndsInListExpectation extends ExpectationBase {
  readonly kind: 'ends-in-list';
  readonly workflow: WorkflowId;
}

/**
 * Contacts of `persona` (any persona when null) enrolled in `workflow` reach `step` within `days`
 * of their enrollment: at least `percent` % of those enrolled early enough to have had the time.
 */
export interface ReachesWithinExpectation extends ExpectationBase {
  readonly kind: 'reaches-within';
  readonly workflow: WorkflowId;
  readonly step: StepId;
  readonly persona: PersonaId | null;
  readonly days: number;
  readonly percent: number;
}

/** At least `count` contacts reach `step` of `workflow` during the run. */
export interface StepReachedExpectation extends ExpectationBase {
  readonly kind: 'step-reached';
  readonly workflow: WorkflowId;
  readonly step: StepId;
  readonly count: number;
}

/**
 * At the end of day `day`, `list` holds exactly the contacts matching `who`: their properties as
 * at the start, and time filters ("more than 730 days ago") read at the midnight starting that
 * day, the last midnight the simulator re-checked them at (a filter flipping at 15:00 is only acted
 * upon at the next midnight).
 */
export interface ListExactlyExpectation extends ExpectationBase {
  readonly kind: 'list-exactly';
  readonly list: ListId;
  readonly who: Criteria;
  /** Day number as people read it (day 1 = the start date), as `ShareInListExpectation.day`. At least 1. */
  readonly day: number;
}

export type Expectation =
  | ShareInListExpectation
  | NeverStageExpectation
  | EndsInListExpectation
  | ReachesWithinExpectation
  | StepReachedExpectation
  | ListExactlyExpectation;

export type ExpectationKind = Expectation['kind'];
export const EXPECTATION_KINDS: readonly ExpectationKind[] = ['share-in-list', 'never-stage', 'ends-in-list', 'reaches-within', 'step-reached', 'list-exactly'];

/** What the expectations are checked on: a seeded sample of the project, or contacts saved with them (a sandbox subset). */
export type TestPopulation =
  | { readonly kind: 'sample'; readonly count: number; readonly seed: number }
  | { readonly kind: 'contacts'; readonly contacts: readonly Contact[] };

export interface ProjectTests {
  readonly expectations: readonly Expectation[];
  readonly population: TestPopulation;
  /** Runs of the test population (1: one run; more: each expectation judged on its 90 % interval, "uncertain" when it straddles the bound). */
  readonly replications?: number;
}
