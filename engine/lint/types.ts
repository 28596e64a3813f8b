import type { Contact, Localized, Project, StepId, Workflow, WorkflowId } from '../model/index.ts';
import type { ProjectFacts } from './facts.ts';

export const LINT_RULE_IDS = [
  'lost-contacts',
  'unreachable-step',
  'empty-branch',
  'email-after-email',
  'backward-lifecycle',
  'goal-unreachable',
  'delay-date-past',
  'goto-loop-without-delay',
  'trigger-matches-no-contact',
  'enroll-cycle',
  'suppression-list-never-filled',
  'missing-reference',
  'empty-workflow',
  'no-trigger',
  'random-split-sum',
  'date-property-anchor',
  'unknown-property',
  'property-type-mismatch',
  'branch-on-email-too-soon',
  'analytics-branch-without-delay',
  'hubspot-limits',
  'programme-loop',
  'trigger-list-never-filled',
  'opposite-property-writes',
] as const;
export type LintRuleId = (typeof LINT_RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** A step of another workflow that takes part in a finding (enrollment cycles span workflows). */
export interface FindingLink {
  readonly workflow: WorkflowId;
  readonly step: StepId;
}

export interface Finding {
  readonly rule: LintRuleId;
  readonly severity: Severity;
  /** null for a finding about the project itself (an email's asset, for instance). */
  readonly workflow: WorkflowId | null;
  /** Steps of `workflow` concerned, in the order the message names them. */
  readonly steps: readonly StepId[];
  readonly message: Localized;
  /** Every workflow step involved when the finding spans several workflows. */
  readonly involves?: readonly FindingLink[];
  /** The JSON path in the project file of what the finding is about, when it is one field. */
  readonly path?: string;
}

export interface LintOptions {
  /** The sandbox population; rules that judge triggers or lists against contacts need it. */
  readonly contacts?: readonly Contact[];
  /** Evaluation instant in epoch ms; default: the simulation start date, midnight UTC. */
  readonly now?: number;
}

export interface LintContext {
  /** The project, with the linted workflow in place when linting one workflow being edited. */
  readonly project: Project;
  /** The workflows to report on, in project order. */
  readonly workflows: readonly Workflow[];
  /** True when linting the whole project: project-level findings (workflow null) are wanted. */
  readonly wholeProject: boolean;
  /** options.contacts when given, else null. */
  readonly contacts: readonly Contact[] | null;
  readonly now: number;
  /** What the workflows of the project can do, computed once per lint run. */
  readonly facts: ProjectFacts;
}

export interface RuleInfo {
  readonly id: LintRuleId;
  /** The highest severity the rule reports (empty-branch reports defaults one step lower). */
  readonly severity: Severity;
  readonly title: Localized;
  readonly description: Localized;
}

export interface LintRule extends RuleInfo {
  readonly check: (ctx: LintContext) => readonly Finding[];
}
