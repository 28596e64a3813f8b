import type { Lang, Project } from '../../model/index.ts';
import type { StudyOptions } from '../../study/index.ts';
import type { CliIo } from '../command.ts';
import type { OutputFile } from '../files.ts';
import { poolStudy } from '../workers/study-pool.ts';
import type { ContactSpec } from '../workers/protocol.ts';
import { studyCsv, studyJson, studyText } from './study-report.ts';
import { cancellable, progress, writeThenPrint } from './study-run.ts';

/** `flowbench simulate --replications N [--workers K]`: the study on worker threads, every count with its interval. */

export interface StudyRequest {
  readonly project: Project;
  readonly contacts: ContactSpec;
  readonly contactCount: number;
  readonly options: StudyOptions;
  readonly workers: number | undefined;
  readonly json: string | undefined;
  readonly csv: string | undefined;
  readonly lang: Lang;
  readonly io: CliIo;
}

export async function simulateStudy(q: StudyRequest): Promise<number> {
  const { lang, io } = q;
  const p = progress(io, lang, { fr: 'Tirages', en: 'Runs' });
  const done = await cancellable(io, lang, p, () =>
    poolStudy({ projects: [q.project], contacts: q.contacts, options: q.options }, { workers: q.workers, signal: p.signal, onProgress: p.onProgress }),
  );
  if (!done.ok) return done.code;
  const { layout, summary } = done.value;
  const heading = { project: q.project, replications: q.options.replications, seed: q.options.seed ?? q.project.simulation.seed, contacts: q.contactCount, days: summary.days };
  const columns = [{ name: 'study', summary }];
  const outputs: OutputFile[] = [];
  if (q.json) outputs.push({ path: q.json, text: `${JSON.stringify(studyJson(heading, layout.cells, columns, lang), null, 2)}\n` });
  if (q.csv) outputs.push({ path: q.csv, text: studyCsv(q.project, layout.cells, columns, lang) });
  return writeThenPrint(io, lang, outputs, studyText(heading, layout.cells, summary, lang));
}
