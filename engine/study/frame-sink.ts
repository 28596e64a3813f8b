import type { Project } from '../model/index.ts';
import { createSimulation, type ContactInput, type RowRun, type RowSink, type SimulationOptions, type SimulationResult } from '../sim/index.ts';
import { ProgrammeCounter } from '../programme/counter.ts';
import { completeFrame, countRow } from './frame.ts';
import type { StudyLayout } from './layout.ts';

/**
 * A run's daily frame counted as its rows come (the run's `rows` option), with no log kept: what
 * `dailyFrame` reads off the log, row by row, here added up at once. The run gives each row its
 * day (the horizon's days; `dailyFrame` stops at the days of the series, which are fewer for a run
 * stopped early: rows past them go to the last, as there) and each enrollment's workflow. The
 * programme's links are counted as the rows of each contact come (the run writes them contact by
 * contact), each contact on the day of the row that sends it along.
 * tests/engine/study/frame-sink.test.ts checks it equals `dailyFrame`, cell for cell.
 */
export class FrameSink implements RowSink {
  day = 0;
  private readonly cells: number;
  /** Per day of the horizon, the changes of its cells. */
  private readonly changes: Int32Array;
  private readonly workflowOf: (enrollment: number) => number;
  private readonly programme: ProgrammeCounter | null;

  constructor(
    private readonly layout: StudyLayout,
    run: RowRun,
  ) {
    this.cells = layout.cells.length;
    this.changes = new Int32Array(run.days * this.cells);
    this.workflowOf = (e) => run.workflowOf(e);
    const first = layout.programmeCell;
    this.programme = layout.programme && new ProgrammeCounter(layout.programme, this.workflowOf, (edge) => this.changes[this.day * this.cells + first + edge]!++);
  }

  add(time: number, contact: number, enrollment: number, step: number, kind: number, detail: number, extra: number): void {
    countRow(this.changes, this.day * this.cells, this.layout, kind, step, enrollment, detail, extra, this.workflowOf);
    this.programme?.add(time, contact, enrollment, step, kind, detail, extra);
  }

  /** The frame of the finished run (its series give the days and the midnight counts). */
  frame(series: SimulationResult['series']): Int32Array {
    const C = this.cells;
    const days = series.days;
    const frame = new Int32Array(days * C);
    if (days === 0) return frame;
    frame.set(this.changes.subarray(0, days * C));
    const last = (days - 1) * C;
    for (let o = days * C; o < this.changes.length; o++) frame[last + (o % C)]! += this.changes[o]!;
    return completeFrame(frame, series, this.layout);
  }
}

/** Runs the project for its daily frame only: rows counted as they come, no log kept. */
export function countsOnlyFrame(project: Project, contacts: ContactInput, options: SimulationOptions, layout: StudyLayout): Int32Array {
  const made: { sink?: FrameSink } = {};
  const run = createSimulation(project, contacts, { ...options, rows: (rowRun) => (made.sink = new FrameSink(layout, rowRun)) });
  while (!run.advance(100_000)) {
    /* to the horizon */
  }
  if (!made.sink) throw new Error('The run wrote its rows to no sink.');
  // The series alone: the rest of the result (each workflow's figures, steps, edges) is not read here.
  return made.sink.frame(run.series());
}
