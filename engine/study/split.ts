import type { Project } from '../model/index.ts';
import { simulate, type ContactInput, type RowSink, type SimulationOptions, type SimulationResult } from '../sim/index.ts';
import { mergeRecords } from './merge.ts';
import { contactRange, partOptions, partRanges, runRecord, type RunRecord } from './record.ts';

/**
 * A run cut into contact ranges: part p of P runs contacts [from, to) (the arrivals in the last
 * part) and gives its record; merged (merge.ts), the parts are the single run. Workers run the
 * parts in parallel (engine/cli/workers/); `runSplit` runs them one after the other here.
 */

export function runPart(project: Project, contacts: ContactInput, options: SimulationOptions, part: number, parts: number, withLog: boolean): RunRecord {
  return runRecord(partResult(project, contacts, options, part, parts, !withLog), withLog);
}

/**
 * The run of part p of P itself: `countsOnly` keeps no log, nor the contacts' histories once run
 * (the result then answers no question about a contact: sim/types.ts, `rows`).
 */
export function partResult(project: Project, contacts: ContactInput, options: SimulationOptions, part: number, parts: number, countsOnly: boolean): SimulationResult {
  const count = 'length' in contacts ? contacts.length : contacts.count;
  const [from, to] = partRanges(count, parts)[part] ?? [0, 0];
  const own = partOptions(options, project.simulation.arrivals, part, parts);
  // Counts only: the rows go nowhere, no log is kept (the record has none to send).
  return simulate(project, contactRange(contacts, from, to), countsOnly ? { ...own, rows: discardRows } : own);
}

/** A sink that keeps no row: a run given it keeps counts only (`options.rows`). */
export function discardRows(): RowSink {
  return { day: 0, add: () => undefined };
}

export function runSplit(project: Project, contacts: ContactInput, options: SimulationOptions, parts: number, withLog = true): RunRecord {
  const count = 'length' in contacts ? contacts.length : contacts.count;
  const n = partRanges(count, parts).length;
  return mergeRecords(Array.from({ length: n }, (_, p) => runPart(project, contacts, options, p, n, withLog)));
}

/**
 * A record as text, every field in a fixed order, typed arrays as plain lists: two runs are the
 * same run when these strings are equal, byte for byte.
 */
export function serializeRecord(record: RunRecord): string {
  return JSON.stringify(record, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value));
}
