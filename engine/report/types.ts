import type { Arrivals, Lang, Localized, Project } from '../model/index.ts';
import type { ElkLayout } from '../layout/index.ts';
import type { Interval } from '../programme/index.ts';

/** Where the contacts of a workflow stand at the end of the run. */
export interface EndFigures {
  readonly enrolled: number;
  readonly completed: number;
  readonly goal: number;
  readonly unenrolled: number;
  readonly inProgress: number;
  /** Completed on a path that added them to no static list. */
  readonly lost: number;
}
export type EndFigure = keyof EndFigures;
export const END_FIGURES: readonly EndFigure[] = ['enrolled', 'completed', 'goal', 'unenrolled', 'inProgress', 'lost'];

export interface WorkflowRun {
  readonly id: string;
  readonly end: EndFigures;
  /** Across replications, each end figure's mean and range. */
  readonly intervals?: Readonly<Partial<Record<EndFigure, Interval>>>;
  /** Contacts that entered each step, by step id. */
  readonly entered: Readonly<Record<string, number>>;
  /** Traversals of each edge over the run, by edge key (`from/slot`, as the layout names edges). */
  readonly edges: Readonly<Record<string, number>>;
}

/**
 * What a report needs of a run, small and plain (the app's simulator worker builds it beside the
 * result and posts it to the page). With replications, every figure is the mean over them (whole
 * contacts; the lifecycle stages' daily means as they are), and the intervals cover them all.
 */
export interface ReportRun {
  readonly contacts: number;
  readonly startDate: string;
  readonly horizonDays: number;
  readonly seed: number;
  readonly timeZone: string;
  readonly arrivals: Arrivals;
  /** Runs behind the means and intervals (1: one run, no intervals). Seeds derived from `seed`. */
  readonly replications: number;
  readonly workflows: readonly WorkflowRun[];
  /**
   * All the workflows together: each figure the runs' own sums, averaged, then made whole (67
   * enrolled from a mean of 66.6, where the workflows' rounded means would add up to 66).
   */
  readonly total: EndFigures;
  readonly totalIntervals?: Readonly<Partial<Record<EndFigure, Interval>>>;
  /** Contacts carried by each link of the programme map, by edge key. */
  readonly programme: Readonly<Record<string, number>>;
  readonly programmeIntervals?: Readonly<Record<string, Interval>>;
  /** Members of each static list at the end, by list id. */
  readonly lists: Readonly<Record<string, number>>;
  readonly listIntervals?: Readonly<Record<string, Interval>>;
  /** Contacts per lifecycle stage (and `unknown`) at the end of each day, day 0 first. */
  readonly lifecycle: Readonly<Record<string, readonly number[]>>;
  /** With replications: per stage, each day's 90 % interval over the runs, day 0 first. */
  readonly lifecycleIntervals?: Readonly<Record<string, readonly Interval[]>>;
  readonly emails: { readonly sent: number; readonly opened: number; readonly clicked: number; readonly unsubscribed: number; readonly bounced: number; readonly conversions: number };
  readonly emailIntervals?: Readonly<Record<keyof ReportRun['emails'], Interval>>;
}

/**
 * An expectation written before the rehearsal and whether it held, as the app's Expectations
 * panel and `flowbench test` judge it (`reportExpectations` makes these from engine/expect's outcomes).
 */
export interface ReportExpectation {
  /** What was expected, in the reader's words (a Localized or a plain user text). */
  readonly text: string | Localized;
  /** true held, false did not, null could not be judged (no run, not enough contacts). */
  readonly held: boolean | null;
  /** What was measured, e.g. "41 % (35–48 %)". */
  readonly measured?: string | Localized;
}

export interface ReportInput {
  readonly project: Project;
  readonly lang: Lang;
  /** `YYYY-MM-DD`, the day the report is written (the engine reads no clock). */
  readonly date: string;
  /** The rehearsal; without it the report shows the programme and the workflows only. */
  readonly run?: ReportRun;
  readonly expectations?: readonly ReportExpectation[];
  /** What the expectations were checked on (the project's test population): said under their table. */
  readonly expectationsCheckedOn?: { readonly contacts: number; readonly replications: number };
  /** Who lays the programme map out: `elkInThisThread` (CLI, tests) or the app's layout worker. */
  readonly elk: ElkLayout;
  /**
   * The run behind the figures is older than the project or the contacts the app now has: the
   * report shows the project as it was run (figures and diagrams agree) and says so at its top.
   * The app's export sets it; the CLI never does (it runs the file it reports).
   */
  readonly outdated?: OutdatedRun;
}

/** What changed since the run a report shows. */
export interface OutdatedRun {
  /** When the run ended, in the computer's local time, `YYYY-MM-DDTHH:MM`; null when not known. */
  readonly ranAt: string | null;
  /** Edits to the project since the run (undo steps): 0 when only the contacts changed, null when they cannot be counted. */
  readonly edits: number | null;
  /** The contacts the run read have changed since (generated again, imported, edited). */
  readonly contactsChanged: boolean;
}
