import type { Localized, StepId, WorkflowId } from '../model/index.ts';
import type { Finding, FindingLink, RuleInfo, Severity } from './types.ts';

export function finding(
  rule: RuleInfo,
  workflow: WorkflowId | null,
  steps: readonly StepId[],
  message: Localized,
  extra: { severity?: Severity; involves?: readonly FindingLink[] } = {},
): Finding {
  const base: Finding = { rule: rule.id, severity: extra.severity ?? rule.severity, workflow, steps, message };
  return extra.involves ? { ...base, involves: extra.involves } : base;
}
