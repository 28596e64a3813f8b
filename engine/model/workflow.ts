import type { ListId, StepId, WorkflowId } from './ids.ts';
import type { Criteria } from './filters.ts';
import type { Step, Weekday } from './steps.ts';

/**
 * Workflow timing, HubSpot's three contact-based types:
 * - `contact` (standard, "Commencer à partir de zéro"): delays count from the previous step.
 * - `fixed-date` ("Centrer sur une date"): steps anchored on one calendar date.
 * - `date-property` ("Centrer sur une propriété de date"): anchored on each contact's own date,
 *   optionally every year.
 */
export type WorkflowTiming =
  | { readonly type: 'contact' }
  | { readonly type: 'fixed-date'; readonly anchorDate: string }
  | { readonly type: 'date-property'; readonly anchorProperty: string; readonly recurAnnually: boolean };

export type WorkflowType = WorkflowTiming['type'];
export const WORKFLOW_TYPES: readonly WorkflowType[] = ['contact', 'fixed-date', 'date-property'];

export interface Enrollment {
  /** OR of AND groups; no groups means the workflow only enrolls manually or from another workflow. */
  readonly triggers: Criteria;
  /** Enroll contacts who already match when the workflow is turned on (the simulation starts). */
  readonly enrollExisting: boolean;
  /** Re-enroll on a transition from not matching to matching; never while still enrolled. */
  readonly reenroll: boolean;
  /** Unenroll contacts who stop matching the triggers. */
  readonly unenrollWhenNotMatching: boolean;
}

export type UnenrollFromOthers =
  | { readonly mode: 'none' }
  | { readonly mode: 'all' }
  | { readonly mode: 'selected'; readonly workflows: readonly WorkflowId[] };

/** Allowed days and hours for actions; an action due outside waits for the next allowed moment. */
export interface ExecutionWindow {
  readonly days: readonly Weekday[];
  /** `HH:MM` */
  readonly start: string;
  /** `HH:MM`, after start */
  readonly end: string;
}

export interface Workflow {
  readonly id: WorkflowId;
  readonly name: string;
  readonly description?: string;
  /** A disabled workflow is kept in the project but never enrolls anyone. */
  readonly enabled: boolean;
  readonly timing: WorkflowTiming;
  readonly enrollment: Enrollment;
  readonly suppressionLists: readonly ListId[];
  /** Met at enrollment: the contact does not enroll; met later: unenrolled, counted as converted. */
  readonly goal: Criteria | null;
  readonly unenrollFromOthers: UnenrollFromOthers;
  readonly executionWindow: ExecutionWindow | null;
  /** `YYYY-MM-DD` dates on which no action runs. */
  readonly blockedDates: readonly string[];
  /** IANA time zone for times of day, windows and blocked dates. */
  readonly timeZone: string;
  /** The first step after enrollment; null for an empty workflow. */
  readonly start: StepId | null;
  /** Every step, in a stable order (creation order), so files diff well. */
  readonly steps: readonly Step[];
}
