import { availableParallelism } from 'node:os';
import type { Lang, Project } from '../../model/index.ts';
import { summaryJson } from '../../results/summary-json.ts';
import type { StudyOptions } from '../../study/index.ts';
import type { CliIo } from '../command.ts';
import type { OutputFile } from '../files.ts';
import type { ContactSpec } from '../workers/protocol.ts';
import { poolSplit } from '../workers/study-pool.ts';
import { describeNotEnrolled } from './not-enrolled.ts';
import { summaryText } from './simulate-report.ts';
import { cancellable, progress, writeThenPrint } from './study-run.ts';

/**
 * `flowbench simulate` of one run on worker threads: contacts never act on one another, so the
 * run is cut into contact ranges run in parallel and merged into the very run one thread gives
 * (engine/study/split.ts; the same summary and JSON, byte for byte). Each part also counts why
 * its contacts were not enrolled (not-enrolled.ts), and the counts add up.
 */

/** Generated contacts from this many are split across the cores without being asked (`--workers`). */
export const SPLIT_FROM = 20_000;
/** Contacts per part at most: a part's run is freed once merged, so smaller parts hold less memory at once. */
export const PART_CONTACTS = 125_000;

/**
 * The workers one run is split across, 0 for none (the run stays in this thread): as many as
 * asked with `--workers`; without, every core for generated contacts from SPLIT_FROM. Given
 * contacts are split only when asked: each part's own are copied to its worker
 * (study-pool.ts#poolSplit), and 100,000 read from a CSV ran 3.8 s split against 4.0 s in one
 * thread, at 510 MB against 390 MB (the file's parsing takes most of it). Never with `--csv`:
 * each enrollment's path needs the run's whole log, kept in one thread (simulate.ts refuses
 * `--workers` with it).
 */
export function splitWorkers(q: { readonly workers: number | undefined; readonly generated: boolean; readonly count: number; readonly csv: boolean }, cores = availableParallelism()): number {
  if (q.csv) return 0;
  if (q.workers !== undefined) return q.workers;
  return q.generated && q.count >= SPLIT_FROM && cores > 1 ? cores : 0;
}

export interface SplitRequest {
  readonly project: Project;
  readonly contacts: ContactSpec;
  readonly contactCount: number;
  readonly options: Omit<StudyOptions, 'replications'>;
  readonly workers: number;
  readonly json: string | undefined;
  readonly lang: Lang;
  readonly io: CliIo;
}

export async function simulateSplit(q: SplitRequest): Promise<number> {
  const { lang, io, project } = q;
  const parts = Math.max(q.workers, Math.ceil(q.contactCount / PART_CONTACTS));
  const p = progress(io, lang, { fr: 'Parties de la simulation', en: 'Parts of the run' });
  const done = await cancellable(io, lang, p, () =>
    poolSplit({ projects: [project], contacts: q.contacts, options: { ...q.options, replications: 1 } }, parts, true, { workers: q.workers, signal: p.signal, onProgress: p.onProgress }),
  );
  if (!done.ok) return done.code;
  const { record, notEnrolled } = done.value;
  const outputs: OutputFile[] = [];
  if (q.json) outputs.push({ path: q.json, text: `${JSON.stringify(summaryJson(project, record, q.contactCount), null, 2)}\n` });
  const reasons = record.workflows.map((w, k) => describeNotEnrolled(project, w.id, notEnrolled![k]!, lang));
  return writeThenPrint(io, lang, outputs, summaryText(project, record, { contacts: q.contactCount, ran: record.contactCount, notEnrolled: reasons }, lang));
}
