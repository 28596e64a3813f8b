import type { PropertyValue, StepId, WorkflowId } from '../model/index.ts';

/**
 * What links two workflows of a project:
 * - `enroll`: a step of one enrolls contacts into the other;
 * - `list`: one adds contacts to (or removes them from) a static list the other reads;
 * - `property`: one sets, clears, copies into or increments a property the other reads;
 * - `stage`: one sets the lifecycle stage to a value the other's criteria accept;
 * - `email`: one sends an email the other reads (an email event filter, or a form filter on the
 *   asset the email offers: a click on it leads to the download).
 */
export type LinkKind = 'enroll' | 'list' | 'property' | 'stage' | 'email';
export const LINK_KINDS: readonly LinkKind[] = ['enroll', 'list', 'property', 'stage', 'email'];

/** Where the target reads the linked item. */
export type ReadPlace = 'enroll' | 'trigger' | 'goal' | 'branch' | 'wait' | 'suppression';
export const READ_PLACES: readonly ReadPlace[] = ['enroll', 'trigger', 'goal', 'branch', 'wait', 'suppression'];

/**
 * What a step does to a contact that another workflow may read. `key` names the thing written
 * (`prop:lifecyclestage`, `list:list-a`, `email:email-x`, `wf:wf-b`), `tag` narrows it (the stage
 * set, `add` or `remove` for a list, empty otherwise).
 */
export interface Write {
  readonly kind: LinkKind;
  readonly key: string;
  readonly tag: string;
  /** The list, property, email or workflow id; for a stage, the stage value. */
  readonly item: string;
  /** The value a property write leaves; undefined when it cannot be known before a run (copy, increment). */
  readonly value?: PropertyValue;
  readonly step: StepId;
}

/** A figure across replications: its mean and a low-high range (see `intervalOf`). */
export interface Interval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

export interface ProgrammeEdge {
  /** `from>to|kind|item|place`: unique in a map, stable across runs. */
  readonly key: string;
  readonly from: WorkflowId;
  readonly to: WorkflowId;
  readonly kind: LinkKind;
  /** As in `Write`. */
  readonly item: string;
  readonly writeKey: string;
  readonly writeTag: string;
  readonly place: ReadPlace;
  /** The steps of `from` that write the item, in workflow order. */
  readonly fromSteps: readonly StepId[];
  /** The steps of `to` that read it (branches, waits); empty for triggers, goals and suppression lists. */
  readonly toSteps: readonly StepId[];
  /** After a run: contacts that went this way (see counter.ts for the precise definition). */
  readonly count?: number;
  /** After replications: the count's mean and range across runs. */
  readonly interval?: Interval;
}

export interface ProgrammeNode {
  readonly workflow: WorkflowId;
  readonly name: string;
  readonly enabled: boolean;
  /** After a run: enrollments in the workflow. */
  readonly enrolled?: number;
  /** After replications: the enrollments' mean and range across runs. */
  readonly enrolledInterval?: Interval;
}

export interface ProgrammeMap {
  /** Every workflow of the project, in project order. */
  readonly nodes: readonly ProgrammeNode[];
  /** Sorted by source, target (project order), kind, item and place. */
  readonly edges: readonly ProgrammeEdge[];
}
