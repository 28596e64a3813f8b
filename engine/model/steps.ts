import type { AssetId, BranchId, EmailId, ListId, StepId, WorkflowId } from './ids.ts';
import type { Criteria } from './filters.ts';
import type { LifecycleStage, PropertyValue } from './properties.ts';

/**
 * Steps (HubSpot "actions"). A step points at the step that follows it with `next`; null ends
 * the path there ("the contact completes the workflow"). Branches hold one `next` per branch.
 */
interface StepBase {
  readonly id: StepId;
  /** Free text shown on the card: the margin note of the paper stage. */
  readonly note?: string;
  /** A custom title; the card shows a generated summary when absent. */
  readonly title?: string;
  /**
   * What the HubSpot action this step was imported from held beyond what Flowbench models: its
   * `actionTypeId`, its top-level keys other than `type`, `actionId`, `connection` and `fields`
   * (`actionTypeVersion` when not 0), and the `fields` the step does not hold (a task's body,
   * due date and owner; a notification's body and every recipient). The simulation ignores it;
   * the export writes it back under the step's own fields, so a trip through Flowbench loses
   * nothing. Absent on steps made in Flowbench and in files from before it existed.
   */
  readonly keptFromHubSpot?: HubSpotActionJson;
}

export type TimeUnit = 'minutes' | 'hours' | 'days' | 'weeks';
export const TIME_UNITS: readonly TimeUnit[] = ['minutes', 'hours', 'days', 'weeks'];

export interface Duration {
  readonly amount: number;
  readonly unit: TimeUnit;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day, `HH:MM` in the workflow's time zone. */
export type TimeOfDay = string;

/**
 * How long a delay waits. `relative-to-anchor` only exists in date-centred workflows: it waits
 * until N days before (negative) or after (positive) the anchor date, at a time of day.
 */
export type DelaySpec =
  | { readonly mode: 'duration'; readonly duration: Duration }
  | { readonly mode: 'until-date'; readonly date: string; readonly time: TimeOfDay }
  | { readonly mode: 'until-date-property'; readonly property: string; readonly offsetDays: number; readonly time: TimeOfDay }
  | { readonly mode: 'until-weekday'; readonly weekdays: readonly Weekday[]; readonly time: TimeOfDay }
  | { readonly mode: 'until-time'; readonly time: TimeOfDay }
  | { readonly mode: 'relative-to-anchor'; readonly offsetDays: number; readonly time: TimeOfDay };

/** What a delay-until-event waits for: something that happens after the contact arrives. */
export type WaitEvent =
  | { readonly kind: 'email-opened' | 'email-clicked'; readonly email: EmailId | null }
  | { readonly kind: 'form-submitted'; readonly asset: AssetId | null }
  | { readonly kind: 'page-viewed'; readonly url: string }
  | { readonly kind: 'criteria-met'; readonly criteria: Criteria };

export interface SendEmailStep extends StepBase {
  readonly kind: 'send-email';
  readonly email: EmailId;
  readonly next: StepId | null;
}

export interface DelayStep extends StepBase {
  readonly kind: 'delay';
  readonly delay: DelaySpec;
  readonly next: StepId | null;
}

export interface DelayUntilEventStep extends StepBase {
  readonly kind: 'delay-until-event';
  readonly event: WaitEvent;
  /** The longest wait before taking the "not met" path. */
  readonly maxWait: Duration;
  readonly met: StepId | null;
  readonly notMet: StepId | null;
}

export interface IfBranch {
  readonly id: BranchId;
  readonly name: string;
  readonly criteria: Criteria;
  readonly next: StepId | null;
}

/** If/then: branches checked in order, first match wins, else the default ("none met"). */
export interface IfThenStep extends StepBase {
  readonly kind: 'branch-if';
  readonly branches: readonly IfBranch[];
  readonly defaultName: string;
  readonly defaultNext: StepId | null;
}

export interface ValueBranch {
  readonly id: BranchId;
  readonly name: string;
  readonly value: string;
  readonly next: StepId | null;
}

/** Value equals: one property, one branch per value, plus the default. */
export interface ValueEqualsStep extends StepBase {
  readonly kind: 'branch-value';
  readonly property: string;
  readonly branches: readonly ValueBranch[];
  readonly defaultName: string;
  readonly defaultNext: StepId | null;
}

export interface RandomBranch {
  readonly id: BranchId;
  readonly name: string;
  /** Share of contacts, 0-100; the branches of a split add up to 100. */
  readonly percent: number;
  readonly next: StepId | null;
}

export interface RandomSplitStep extends StepBase {
  readonly kind: 'branch-random';
  readonly branches: readonly RandomBranch[];
}

export interface SetPropertyStep extends StepBase {
  readonly kind: 'set-property';
  readonly property: string;
  readonly value: PropertyValue;
  readonly next: StepId | null;
}

export interface ClearPropertyStep extends StepBase {
  readonly kind: 'clear-property';
  readonly property: string;
  readonly next: StepId | null;
}

export interface CopyPropertyStep extends StepBase {
  readonly kind: 'copy-property';
  readonly from: string;
  readonly to: string;
  readonly next: StepId | null;
}

export interface IncrementPropertyStep extends StepBase {
  readonly kind: 'increment-property';
  readonly property: string;
  readonly by: number;
  readonly next: StepId | null;
}

export interface SetLifecycleStageStep extends StepBase {
  readonly kind: 'set-lifecycle-stage';
  readonly stage: LifecycleStage;
  readonly next: StepId | null;
}

export interface AddToListStep extends StepBase {
  readonly kind: 'add-to-list';
  readonly list: ListId;
  readonly next: StepId | null;
}

export interface RemoveFromListStep extends StepBase {
  readonly kind: 'remove-from-list';
  readonly list: ListId;
  readonly next: StepId | null;
}

export interface EnrollInWorkflowStep extends StepBase {
  readonly kind: 'enroll-in-workflow';
  readonly workflow: WorkflowId;
  readonly next: StepId | null;
}

export interface UnenrollFromWorkflowStep extends StepBase {
  readonly kind: 'unenroll-from-workflow';
  readonly workflow: WorkflowId;
  readonly next: StepId | null;
}

/** Logged by the simulator, never sent. */
export interface InternalNotificationStep extends StepBase {
  readonly kind: 'internal-notification';
  readonly recipient: string;
  readonly subject: string;
  readonly next: StepId | null;
}

/** Logged by the simulator, never created anywhere. */
export interface CreateTaskStep extends StepBase {
  readonly kind: 'create-task';
  readonly taskTitle: string;
  readonly next: StepId | null;
}

/**
 * An action read from a HubSpot workflow that Flowbench cannot model (custom code, webhook,
 * "rotate owner"...). Kept as a visible placeholder named after the HubSpot action so nothing
 * is dropped silently; the simulator passes contacts straight through it.
 */
export interface HubSpotActionStep extends StepBase {
  readonly kind: 'hubspot-action';
  /** HubSpot's `actionTypeId` (`0-11`) or action `type` (`WEBHOOK`). */
  readonly actionTypeId: string;
  /** HubSpot's name for the action, as the import found it. */
  readonly label: string;
  /**
   * The v4 action as the import read it, without its `actionId` and `connection` (the export
   * writes those from the workflow): written back as it was, so a webhook's URL or a custom code
   * action's source are not lost on the way through Flowbench. Absent on files written before it
   * existed, and when the action was too large to keep (the import said so).
   */
  readonly original?: HubSpotActionJson;
  readonly next: StepId | null;
}

/** Plain JSON, as a HubSpot action holds it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type HubSpotActionJson = { readonly [key: string]: JsonValue };

/** "Go to action": jumps to another step of the same workflow. */
export interface GoToStep extends StepBase {
  readonly kind: 'go-to';
  readonly target: StepId;
}

export type Step =
  | SendEmailStep
  | DelayStep
  | DelayUntilEventStep
  | IfThenStep
  | ValueEqualsStep
  | RandomSplitStep
  | SetPropertyStep
  | ClearPropertyStep
  | CopyPropertyStep
  | IncrementPropertyStep
  | SetLifecycleStageStep
  | AddToListStep
  | RemoveFromListStep
  | EnrollInWorkflowStep
  | UnenrollFromWorkflowStep
  | InternalNotificationStep
  | CreateTaskStep
  | HubSpotActionStep
  | GoToStep;

export type StepKind = Step['kind'];
export type StepOfKind<K extends StepKind> = Extract<Step, { kind: K }>;

/** Steps with exactly one `next`. */
export type LinearStep = Extract<Step, { next: StepId | null }>;
export type BranchStep = IfThenStep | ValueEqualsStep | RandomSplitStep | DelayUntilEventStep;

/** The palette groups, in the order the editor shows them. */
export const STEP_GROUPS = {
  communication: ['send-email', 'internal-notification', 'create-task'],
  delays: ['delay', 'delay-until-event'],
  branches: ['branch-if', 'branch-value', 'branch-random'],
  records: ['set-property', 'clear-property', 'copy-property', 'increment-property', 'set-lifecycle-stage'],
  lists: ['add-to-list', 'remove-from-list'],
  control: ['enroll-in-workflow', 'unenroll-from-workflow', 'go-to'],
} as const satisfies Record<string, readonly StepKind[]>;

export const STEP_KINDS: readonly StepKind[] = Object.values(STEP_GROUPS).flat();

export function durationMinutes(d: Duration): number {
  const per: Record<TimeUnit, number> = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };
  return d.amount * per[d.unit];
}
