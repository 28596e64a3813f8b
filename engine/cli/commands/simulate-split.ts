import { availableParallelism } from 'node:os';
import type { Contact, Lang, Project } from '../../model/index.ts';
import { enrollmentsCsvChunks, type EnrollmentsSource } from '../../results/enrollments-csv.ts';
import { summaryJson } from '../../results/summary-json.ts';
import { generateContacts } from '../../sample/index.ts';
import { clockFor } from '../../sim/index.ts';
import { LOG_FIELDS, type RunRecord, type StudyOptions } from '../../study/index.ts';
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
 * (engine/study/split.ts; the same summary, JSON and CSV, byte for byte). Each part also counts
 * why its contacts were not enrolled (not-enrolled.ts), and the counts add up.
 */

/** Generated contacts from this many are split across the cores without being asked (`--workers`). */
export const SPLIT_FROM = 20_000;
/** Contacts per part at most: a part's run is freed once merged, so smaller parts hold less memory at once. */
export const PART_CONTACTS = 125_000;

/**
 * The workers one run is split across, 0 for none (the run stays in this thread): as many as
 * asked with `--workers`; without, every core for generated contacts from SPLIT_FROM. Otherwise
 * split only when asked, since it would gain nothing measurable and take more memory:
 * - given contacts: each part's own are copied to its worker (study-pool.ts#poolSplit), and
 *   100,000 read from a CSV ran 3.8 s split against 4.0 s in one thread, at 510 MB against
 *   390 MB (parsing the file takes most of it);
 * - `--csv`: the parts keep and send their log rows (each enrollment's path), and writing the
 *   CSV takes most of the time: 100,000 generated, 5.4-6.1 s split against 5.4-5.9 s, at 660 MB
 *   against 570 MB.
 */
export function splitWorkers(q: { readonly workers: number | undefined; readonly generated: boolean; readonly count: number; readonly csv: boolean }, cores = availableParallelism()): number {
  if (q.workers !== undefined) return q.workers;
  return q.generated && !q.csv && q.count >= SPLIT_FROM && cores > 1 ? cores : 0;
}

export interface SplitRequest {
  readonly project: Project;
  readonly contacts: ContactSpec;
  readonly contactCount: number;
  readonly options: Omit<StudyOptions, 'replications'>;
  readonly workers: number;
  readonly json: string | undefined;
  readonly csv: string | undefined;
  readonly lang: Lang;
  readonly io: CliIo;
}

export async function simulateSplit(q: SplitRequest): Promise<number> {
  const { lang, io, project } = q;
  const parts = Math.max(q.workers, Math.ceil(q.contactCount / PART_CONTACTS));
  const p = progress(io, lang, { fr: 'Parties de la simulation', en: 'Parts of the run' });
  const ask = { tally: true, withLog: q.csv !== undefined };
  const done = await cancellable(io, lang, p, () =>
    poolSplit({ projects: [project], contacts: q.contacts, options: { ...q.options, replications: 1 } }, parts, ask, { workers: q.workers, signal: p.signal, onProgress: p.onProgress }),
  );
  if (!done.ok) return done.code;
  const { record, notEnrolled, arrivals } = done.value;
  const outputs: OutputFile[] = [];
  if (q.json) outputs.push({ path: q.json, text: `${JSON.stringify(summaryJson(project, record, q.contactCount), null, 2)}\n` });
  if (q.csv) {
    // The CSV names each contact as given (generated here as the workers did), the arrivals as they ended.
    const spec = q.contacts;
    const given = spec.kind === 'list' ? spec.contacts : spec.kind === 'generate' ? generateContacts(project, spec.count, spec.seed) : [];
    outputs.push({ path: q.csv, text: enrollmentsCsvChunks(project, enrollmentsSource(record, [...given, ...arrivals]), { lang, contacts: given }) });
  }
  const reasons = record.workflows.map((w, k) => describeNotEnrolled(project, w.id, notEnrolled![k]!, lang));
  return writeThenPrint(io, lang, outputs, summaryText(project, record, { contacts: q.contactCount, ran: record.contactCount, notEnrolled: reasons }, lang));
}

/** A split run's merged record, with its log rows, as the enrollments CSV reads a run (`finalContacts`: the contacts by index). */
function enrollmentsSource(record: RunRecord, contacts: readonly Contact[]): EnrollmentsSource {
  const rows = record.log;
  if (!rows) throw new Error('The enrollments CSV needs the parts\' log rows.');
  const width = LOG_FIELDS.length;
  const field = (name: (typeof LOG_FIELDS)[number]) => LOG_FIELDS.indexOf(name);
  const [kind, enrollment, step] = [field('kind'), field('enrollment'), field('step')];
  const clock = clockFor(record.startDate, record.timeZone);
  return {
    enrollments: record.enrollments,
    steps: record.steps,
    contactIds: record.contactIds,
    workflows: record.workflows,
    timeZone: record.timeZone,
    finalContacts: contacts,
    minuteToMs: (minute) => clock.toMs(minute),
    log: {
      length: rows.length / width,
      kind: (r) => rows[r * width + kind]!,
      enrollment: (r) => rows[r * width + enrollment]!,
      step: (r) => rows[r * width + step]!,
    },
  };
}
