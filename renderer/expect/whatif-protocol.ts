import type { Contact, Localized, Project, PropertyValue, StepId, Workflow, WorkflowId } from '../../engine/model/index.ts';
import type { SimulationOptions } from '../../engine/sim/index.ts';
import type { DelayEditWords, RateChange, StepDifference } from '../../engine/whatif/index.ts';

/** A what-if from minute t (issue #15), asked of the what-if worker: the run as Simulate ran it, plus the change. */
export interface WhatIfRequest {
  readonly project: Project;
  readonly origin: { readonly sandbox: string } | { readonly contacts: readonly Contact[] };
  readonly options: Pick<SimulationOptions, 'workflows' | 'startDate' | 'horizonDays' | 'seed' | 'arrivals'>;
  readonly minute: number;
  readonly changes: readonly RateChange[];
  /**
   * A delay of the run edited at `minute`: its new length in minutes, or null when deleted
   * (previewed, and applied in the re-run); `words`: the step and its old and new length as the
   * preview says them, in both languages (a switch of language redraws it).
   */
  readonly delay?: { readonly workflow: WorkflowId; readonly step: StepId; readonly minutes: number | null; readonly words: { readonly fr: DelayEditWords; readonly en: DelayEditWords } };
  /** Contacts' properties edited at `minute`. */
  readonly properties?: readonly { readonly contact: string; readonly values: Readonly<Record<string, PropertyValue>> }[];
  /** A workflow of the run with its steps as edited since (renderer/expect/workflow-edit.ts), in force from `minute`. */
  readonly workflow?: Workflow;
}

export type WhatIfAnswer =
  | {
      readonly ok: true;
      readonly minute: number;
      readonly steps: readonly StepDifference[];
      readonly opened: readonly [number, number];
      readonly clicked: readonly [number, number];
      readonly delayPreview: Localized | null;
      /** Both timelines: each segment's members at the end of each day, original then changed, with the start value. */
      readonly lists: readonly { readonly id: string; readonly initial: number; readonly original: Int32Array; readonly changed: Int32Array }[];
    }
  | { readonly ok: false; readonly message: string };
