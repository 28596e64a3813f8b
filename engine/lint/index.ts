import type { Project, StepId, Workflow } from '../model/index.ts';
import { projectFacts } from './facts.ts';
import { RULES } from './registry.ts';
import type { Finding, LintContext, LintOptions } from './types.ts';

export { LINT_RULES } from './registry.ts';
export { LINT_RULE_IDS } from './types.ts';
export type { Finding, FindingLink, LintOptions, LintRuleId, RuleInfo, Severity } from './types.ts';

function startMidnightUtc(project: Project): number {
  const t = Date.parse(`${project.simulation.startDate}T00:00:00Z`);
  return Number.isNaN(t) ? 0 : t;
}

function run(project: Project, workflows: readonly Workflow[], wholeProject: boolean, options: LintOptions): readonly Finding[] {
  const ctx: LintContext = {
    project,
    workflows,
    wholeProject,
    contacts: options.contacts ?? null,
    now: options.now ?? startMidnightUtc(project),
    facts: projectFacts(project.workflows),
  };
  return sortFindings(project, RULES.flatMap((rule) => rule.check(ctx)));
}

/**
 * Workflow order, then the position of the first step named (workflow-level findings before
 * step ones), then rule id. Ties keep the order a rule reported them in (sort is stable).
 */
function sortFindings(project: Project, findings: readonly Finding[]): readonly Finding[] {
  const workflowRank = new Map(project.workflows.map((w, i) => [w.id as string, i]));
  const stepRank = new Map<string, ReadonlyMap<StepId, number>>(
    project.workflows.map((w) => [w.id, new Map(w.steps.map((s, i) => [s.id, i]))]),
  );
  const rankOf = (f: Finding): [number, number] => {
    const wf = f.workflow === null ? -1 : (workflowRank.get(f.workflow) ?? Number.MAX_SAFE_INTEGER);
    const first = f.steps[0];
    const steps = f.workflow === null ? undefined : stepRank.get(f.workflow);
    const st = first === undefined ? -1 : (steps?.get(first) ?? Number.MAX_SAFE_INTEGER);
    return [wf, st];
  };
  return findings
    .map((f) => ({ f, rank: rankOf(f) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0))
    .map((x) => x.f);
}

/** Every finding of the project: project-level ones first, then by workflow, step and rule. */
export function lintProject(project: Project, options: LintOptions = {}): readonly Finding[] {
  return run(project, project.workflows, true, options);
}

/**
 * The findings about one workflow, which may be an edited version not saved into the project
 * yet: it replaces its namesake (or joins the project) so cross-workflow rules see it too.
 */
export function lintWorkflow(workflow: Workflow, project: Project, options: LintOptions = {}): readonly Finding[] {
  const known = project.workflows.some((w) => w.id === workflow.id);
  const workflows = known ? project.workflows.map((w) => (w.id === workflow.id ? workflow : w)) : [...project.workflows, workflow];
  return run({ ...project, workflows }, [workflow], false, options);
}
