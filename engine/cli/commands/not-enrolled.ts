import { describeFilter, evaluateFilter, matches, nameLookupFromProject } from '../../criteria/index.ts';
import type { Filter, Lang, Project } from '../../model/index.ts';
import type { SimulationResult } from '../../sim/index.ts';

/**
 * Why contacts were not enrolled in a workflow: of those never enrolled, how many do not meet
 * its trigger at the horizon, and which trigger filter fails for most of them.
 */
export interface NotEnrolled {
  /** Contacts (given and arrived) never enrolled in the workflow. */
  readonly count: number;
  /** Of those, how many do not meet the trigger at the horizon; null when the workflow has no trigger. */
  readonly failingTrigger: number | null;
  /** The filter failing for most of them, described in the language asked, and for how many. */
  readonly topFilter: { readonly text: string; readonly count: number } | null;
}

export function notEnrolled(project: Project, result: SimulationResult, workflowIndex: number, lang: Lang): NotEnrolled {
  const total = result.contactIds.length;
  const enrolled = new Uint8Array(total);
  const { enrollments } = result;
  for (let e = 0; e < enrollments.count; e++) if (enrollments.workflow[e] === workflowIndex) enrolled[enrollments.contact[e]!] = 1;
  let count = 0;
  for (let c = 0; c < total; c++) if (!enrolled[c]) count++;
  const workflow = project.workflows.find((w) => w.id === result.workflows[workflowIndex]!.id);
  const triggers = workflow?.enrollment.triggers;
  if (!triggers || triggers.groups.length === 0) return { count, failingTrigger: null, topFilter: null };
  const filters: Filter[] = triggers.groups.flatMap((g) => g.filters);
  const fails = new Array<number>(filters.length).fill(0);
  const now = result.minuteToMs(result.lastMinute);
  const contacts = result.finalContacts;
  let failingTrigger = 0;
  for (let c = 0; c < total; c++) {
    if (enrolled[c]) continue;
    const contact = contacts[c]!;
    if (matches(triggers, contact, now)) continue;
    failingTrigger++;
    filters.forEach((f, i) => {
      if (!evaluateFilter(f, contact, now)) fails[i]!++;
    });
  }
  let top = -1;
  fails.forEach((n, i) => {
    if (n > 0 && (top < 0 || n > fails[top]!)) top = i;
  });
  const topFilter = top < 0 ? null : { text: describeFilter(filters[top]!, nameLookupFromProject(project, lang), lang), count: fails[top]! };
  return { count, failingTrigger, topFilter };
}
