import { backwardLifecycle } from './rules/backward-lifecycle.ts';
import { branchOnEmailTooSoon } from './rules/branch-on-email-too-soon.ts';
import { analyticsBranchWithoutDelay } from './rules/analytics-branch-without-delay.ts';
import { hubSpotLimits } from './rules/hubspot-limits.ts';
import { datePropertyAnchor } from './rules/date-property-anchor.ts';
import { delayDatePast } from './rules/delay-date-past.ts';
import { emailAfterEmail } from './rules/email-after-email.ts';
import { emptyBranch } from './rules/empty-branch.ts';
import { emptyWorkflow } from './rules/empty-workflow.ts';
import { enrollCycle } from './rules/enroll-cycle.ts';
import { goalUnreachable } from './rules/goal-unreachable.ts';
import { gotoLoopWithoutDelay } from './rules/goto-loop-without-delay.ts';
import { lostContacts } from './rules/lost-contacts.ts';
import { missingReference } from './rules/missing-reference.ts';
import { noTrigger } from './rules/no-trigger.ts';
import { oppositePropertyWrites } from './rules/opposite-property-writes.ts';
import { programmeLoop } from './rules/programme-loop.ts';
import { randomSplitSum } from './rules/random-split-sum.ts';
import { suppressionListNeverFilled } from './rules/suppression-list-never-filled.ts';
import { triggerListNeverFilled } from './rules/trigger-list-never-filled.ts';
import { triggerMatchesNoContact } from './rules/trigger-matches-no-contact.ts';
import { unknownProperty } from './rules/unknown-property.ts';
import { propertyTypeMismatch } from './rules/property-type-mismatch.ts';
import { unreachableStep } from './rules/unreachable-step.ts';
import type { LintRule, RuleInfo } from './types.ts';

/** Every rule, in the order the UI lists them: the seed's concerns first, then plain checks. */
export const RULES: readonly LintRule[] = [
  lostContacts,
  unreachableStep,
  emptyBranch,
  emailAfterEmail,
  backwardLifecycle,
  goalUnreachable,
  delayDatePast,
  gotoLoopWithoutDelay,
  triggerMatchesNoContact,
  enrollCycle,
  suppressionListNeverFilled,
  missingReference,
  emptyWorkflow,
  noTrigger,
  randomSplitSum,
  datePropertyAnchor,
  unknownProperty,
  propertyTypeMismatch,
  branchOnEmailTooSoon,
  analyticsBranchWithoutDelay,
  hubSpotLimits,
  programmeLoop,
  triggerListNeverFilled,
  oppositePropertyWrites,
];

export const LINT_RULES: readonly RuleInfo[] = RULES.map(({ id, severity, title, description }) => ({ id, severity, title, description }));
