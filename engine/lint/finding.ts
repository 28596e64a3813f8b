import type { Localized, StepId, WorkflowId } from '../model/index.ts';
import type { Finding, FindingLink, RuleInfo, Severity } from './types.ts';

export function finding(
  rule: RuleInfo,
  workflow: WorkflowId | null,
  steps: readonly StepId[],
  message: Localized,
  extra: { severity?: Severity; involves?: readonly FindingLink[]; path?: string } = {},
): Finding {
  const base: Finding = { rule: rule.id, severity: extra.severity ?? rule.severity, workflow, steps, message };
  const linked = extra.involves ? { ...base, involves: extra.involves } : base;
  return extra.path === undefined ? linked : { ...linked, path: extra.path };
}
