import { describeFilter, evaluateFilter, matches, nameLookupFromProject } from '../../criteria/index.ts';
import type { Contact, Criteria, Filter, Lang, Project } from '../../model/index.ts';
import type { ContactEnd, SimulationResult } from '../../sim/index.ts';

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

/**
 * The counts behind `NotEnrolled`, before any words: contacts never enrolled, those failing the
 * trigger, and per trigger filter (in the order of `triggerFilters`) how many it fails. Contacts
 * never act on one another, so the tallies of the parts of a split run add up to the run's
 * (`addTallies`): a worker counts its part, the command adds them (simulate-split.ts).
 */
export interface NotEnrolledTally {
  readonly count: number;
  readonly failingTrigger: number | null;
  readonly fails: readonly number[];
}

type Finished = Pick<SimulationResult, 'contactIds' | 'enrollments' | 'workflows' | 'finalContacts' | 'minuteToMs' | 'lastMinute'>;

function triggerFilters(project: Project, workflowId: string): Filter[] | null {
  const triggers = project.workflows.find((w) => w.id === workflowId)?.enrollment.triggers;
  return !triggers || triggers.groups.length === 0 ? null : triggers.groups.flatMap((g) => g.filters);
}

/** The tally of workflow `workflowIndex` of the run (a full run: it reads the contacts as they end). */
export function notEnrolledTally(project: Project, result: Finished, workflowIndex: number): NotEnrolledTally {
  const total = result.contactIds.length;
  const enrolled = new Uint8Array(total);
  const { enrollments } = result;
  for (let e = 0; e < enrollments.count; e++) if (enrollments.workflow[e] === workflowIndex) enrolled[enrollments.contact[e]!] = 1;
  let count = 0;
  for (let c = 0; c < total; c++) if (!enrolled[c]) count++;
  const workflow = project.workflows.find((w) => w.id === result.workflows[workflowIndex]!.id);
  const triggers = workflow?.enrollment.triggers;
  const filters = workflow ? triggerFilters(project, workflow.id) : null;
  if (!triggers || !filters) return { count, failingTrigger: null, fails: [] };
  const fails = new Array<number>(filters.length).fill(0);
  if (count === 0) return { count, failingTrigger: 0, fails };
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
  return { count, failingTrigger, fails };
}

/**
 * The tallies counted contact by contact as each one's run ends (the run's option `contactEnd`:
 * `onEnd`), so a counts-only run, which keeps no contact once run, still gives them; the same
 * as `notEnrolledTally` over the finished run (tests/engine/cli/not-enrolled.test.ts).
 */
export class NotEnrolledCounter {
  private counts: { count: number; failingTrigger: number | null; fails: number[] }[] | null = null;
  private triggers: (Criteria | null)[] = [];
  private filters: Filter[][] = [];

  constructor(private readonly project: Project) {}

  readonly onEnd = (end: ContactEnd): void => {
    const counts = (this.counts ??= this.start(end.workflows));
    let contact: Contact | null = null;
    for (let w = 0; w < counts.length; w++) {
      if (end.enrolled(w)) continue;
      const tally = counts[w]!;
      tally.count++;
      const triggers = this.triggers[w];
      if (!triggers) continue;
      contact ??= end.contact();
      if (matches(triggers, contact, end.endMs)) continue;
      tally.failingTrigger!++;
      const filters = this.filters[w]!;
      for (let i = 0; i < filters.length; i++) if (!evaluateFilter(filters[i]!, contact, end.endMs)) tally.fails[i]!++;
    }
  };

  /** Each workflow's triggers and their filters, and zero counts. */
  private start(workflows: readonly string[]): NonNullable<typeof this.counts> {
    this.triggers = workflows.map((id) => {
      const triggers = this.project.workflows.find((w) => w.id === id)?.enrollment.triggers;
      return triggers && triggers.groups.length > 0 ? triggers : null;
    });
    this.filters = workflows.map((id) => triggerFilters(this.project, id) ?? []);
    return workflows.map((_, w) => ({ count: 0, failingTrigger: this.triggers[w] ? 0 : null, fails: this.filters[w]!.map(() => 0) }));
  }

  /** The tallies so far, per workflow of the run (its ids, in order: zeros when no contact has ended). */
  tallies(workflows: readonly string[]): NotEnrolledTally[] {
    const counts = (this.counts ??= this.start(workflows));
    return counts.map((t) => ({ count: t.count, failingTrigger: t.failingTrigger, fails: [...t.fails] }));
  }
}

/** The tallies of the parts of one run, workflow by workflow, as the run's. */
export function addTallies(parts: readonly (readonly NotEnrolledTally[])[]): NotEnrolledTally[] {
  return (parts[0] ?? []).map((_, w) => ({
    count: parts.reduce((s, p) => s + p[w]!.count, 0),
    failingTrigger: parts[0]![w]!.failingTrigger === null ? null : parts.reduce((s, p) => s + (p[w]!.failingTrigger ?? 0), 0),
    fails: parts[0]![w]!.fails.map((_, i) => parts.reduce((s, p) => s + p[w]!.fails[i]!, 0)),
  }));
}

/** The tally in words: the filter failing for most (the first of them on a tie). */
export function describeNotEnrolled(project: Project, workflowId: string, tally: NotEnrolledTally, lang: Lang): NotEnrolled {
  const filters = triggerFilters(project, workflowId) ?? [];
  let top = -1;
  tally.fails.forEach((n, i) => {
    if (n > 0 && (top < 0 || n > tally.fails[top]!)) top = i;
  });
  const filter = top < 0 ? undefined : filters[top];
  const topFilter = filter ? { text: describeFilter(filter, nameLookupFromProject(project, lang), lang), count: tally.fails[top]! } : null;
  return { count: tally.count, failingTrigger: tally.failingTrigger, topFilter };
}
