import type { Project, Step, StepKind, StepOfKind, Workflow } from '../../../engine/model/index.ts';

export interface StepFormProps<K extends StepKind> {
  readonly step: StepOfKind<K>;
  readonly project: Project;
  readonly workflow: Workflow;
  /** Replaces the step; `coalesce` merges typing in one field into one undo step. */
  readonly onChange: (step: Step, coalesce?: string) => void;
  /** Workflow-level edits the step's own fields cannot express (branch list changes). */
  readonly onEdit: (recipe: (workflow: Workflow) => Workflow) => void;
}
