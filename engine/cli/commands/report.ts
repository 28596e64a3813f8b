import { numberText, type Contact, type Lang, type Localized, type Project } from '../../model/index.ts';
import { elkInThisThread } from '../../layout/index.ts';
import { buildReportHtml, checkedExpectations, frameDigest, replicationDigest, singleReportRun, withReplications, type ReplicationDigest, type ReportRun } from '../../report/index.ts';
import { generateContacts } from '../../sample/index.ts';
import { replicationFrame, replicationOptions, studyPopulation, studyShape } from '../../study/index.ts';
import { simulate, type SimulationOptions } from '../../sim/index.ts';
import { complain, EXIT, say, type CliCommand, type CliIo } from '../command.ts';
import { outputClash, readProjectFile, writeText } from '../files.ts';
import { printLoadErrors } from '../load-errors.ts';
import { warnOfErrors } from '../project-findings.ts';
import { DEFAULT_GENERATED } from './simulate.ts';
import { daysOption, generateOption, seedOption, type OptionValue } from './simulate-options.ts';
import { projectStudyRuns, replicationWorkers, workersOption } from './study-options.ts';
import { MAX_REPORT_REPLICATIONS, reportHelp } from './report-help.ts';
import { cancellable, progress } from './study-run.ts';
import { poolReport } from '../workers/report-pool.ts';
import type { ContactSpec } from '../workers/protocol.ts';


function replicationsOption(raw: unknown): OptionValue<number> {
  if (raw === undefined) return { ok: true, value: undefined };
  const text = String(raw);
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= 1 && n <= MAX_REPORT_REPLICATIONS) return { ok: true, value: n };
  return {
    ok: false,
    message: {
      fr: `--replications ${text}\u00a0: attendu le nombre de tirages, un nombre entier de 1 à ${MAX_REPORT_REPLICATIONS}, par exemple --replications 20.`,
      en: `--replications ${text}: expected how many runs, a whole number from 1 to ${MAX_REPORT_REPLICATIONS}, for example --replications 20.`,
    },
  };
}

/** `flowbench report <project.json> --out report.html`: the client-ready report, as the app exports it. */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: {
    fr: '<projet.json> --out rapport.html [--replications N] [--workers K] [--generate N] [--days D] [--seed S]',
    en: '<project.json> --out report.html [--replications N] [--workers K] [--generate N] [--days D] [--seed S]',
  },
  summary: { fr: 'Écrit le rapport HTML d’une répétition (à imprimer en PDF).', en: 'Writes the HTML report of a rehearsal (to print as PDF).' },
  help: reportHelp(),
  options: {
    out: { type: 'string', example: { fr: 'rapport.html', en: 'report.html' } },
    replications: { type: 'string', example: '20' },
    workers: { type: 'string', example: '2' },
    generate: { type: 'string', example: '1000' },
    days: { type: 'string', example: '90' },
    seed: { type: 'string', example: '42' },
  },
  run: async ({ positionals, options, lang, io }) => {
    const refuse = (message: Localized) => {
      complain(io, lang, message);
      return EXIT.usage;
    };
    const [file, ...extra] = positionals;
    if (file === undefined) return refuse({ fr: 'Quel projet\u00a0? Écrivez\u00a0: flowbench report <projet.json> --out rapport.html.', en: 'Which project? Write: flowbench report <project.json> --out report.html.' });
    if (extra.length > 0) return refuse({ fr: `Un seul projet à la fois\u00a0; en trop\u00a0: ${extra.join(' ')}.`, en: `One project at a time; extra: ${extra.join(' ')}.` });
    const out = options['out'];
    if (typeof out !== 'string' || out === '') return refuse({ fr: 'Où écrire le rapport\u00a0? Ajoutez --out rapport.html.', en: 'Where to write the report? Add --out report.html.' });
    const checked: OptionValue<number>[] = [
      replicationsOption(options['replications']),
      generateOption(options['generate']),
      daysOption(options['days']),
      seedOption(options['seed']),
      workersOption(options['workers']),
    ];
    const bad = checked.find((c) => !c.ok);
    if (bad && !bad.ok) return refuse(bad.message);
    const [replications, generate, days, seed, workers] = checked.map((c) => (c.ok ? c.value : undefined));
    const clash = await outputClash(io, [{ path: file, what: { fr: 'le projet lu', en: 'the project read' } }], [{ path: out, option: '--out' }]);
    if (clash) return refuse(clash);
    const loaded = await readProjectFile(io, file);
    if (!loaded.ok) {
      printLoadErrors(io, lang, loaded);
      return EXIT.usage;
    }
    const project = loaded.project;
    warnOfErrors(io, lang, project, file);
    const base = seed ?? project.simulation.seed;
    const own: readonly Contact[] | null = generate === undefined && project.contacts && project.contacts.length > 0 ? project.contacts : null;
    const spec: Exclude<ContactSpec, { kind: 'parts' }> = own ? { kind: 'list', contacts: own } : { kind: 'generate', count: generate ?? DEFAULT_GENERATED, seed: base };
    const runs = replications ?? projectReportRuns(io, lang, project);
    const run = await rehearse(io, lang, spec, { project, replications: runs, seed: base, days, workers });
    if (!run.ok) return run.code;
    const html = await buildReportHtml({ project, lang, elk: elkInThisThread, date: new Date().toISOString().slice(0, 10), run: run.value, ...checkedExpectations(project) });
    const written = await writeText(io, out, html);
    if (!written.ok) {
      complain(io, lang, written.message);
      return refuse({ fr: `Rapport non écrit (${out} inchangé).`, en: `Report not written (${out} unchanged).` });
    }
    say(io, lang, { fr: `Rapport écrit\u00a0: ${out}`, en: `Report written: ${out}` });
    return EXIT.ok;
  },
};

interface Rehearsal {
  readonly project: Project;
  readonly replications: number;
  readonly seed: number;
  readonly days: number | undefined;
  readonly workers: number | undefined;
}

/** Replication 0 run whole: the report's figures, and its digest for the intervals. */
function firstReplication(project: Project, contacts: readonly Contact[], options: SimulationOptions, count: number): { single: ReportRun; digest: ReplicationDigest } {
  const result = simulate(project, contacts, options);
  const digest = replicationDigest(project, result);
  return { single: singleReportRun(project, result, count, digest), digest };
}

/**
 * The report's run: replication 0 (the run of seed S) whole, for its figures; the others counted
 * as they run, no log kept, each one's digest read off its daily counts (engine/report
 * `frameDigest`: the same as its full run's) and the rest dropped, so memory does not grow with
 * their number. In this thread, or on worker threads when asked or worth it
 * (study-options.ts#replicationWorkers), with progress on stderr and Ctrl-C cancelling (exit 130,
 * nothing written). Either way the figures and intervals `reportRun` gives over all the runs whole.
 */
async function rehearse(io: CliIo, lang: Lang, spec: Exclude<ContactSpec, { kind: 'parts' }>, q: Rehearsal): Promise<{ ok: true; value: ReportRun } | { ok: false; code: number }> {
  const { project } = q;
  const count = spec.kind === 'list' ? spec.contacts.length : spec.count;
  const workers = replicationWorkers({ workers: q.workers, replications: q.replications, contacts: count, days: q.days ?? project.simulation.horizonDays });
  const options = { replications: q.replications, seed: q.seed, horizonDays: q.days };
  if (workers === 0) {
    const contacts: Contact[] = spec.kind === 'list' ? [...spec.contacts] : generateContacts(project, count, q.seed);
    // Replication 0 whole, in a function of its own: its run and log are garbage once it returns.
    const { single, digest } = firstReplication(project, contacts, replicationOptions(project, options, 0), count);
    const digests = [digest];
    if (q.replications > 1) {
      const layout = studyShape(project, options);
      const loaded = studyPopulation(project, contacts, options);
      for (let r = 1; r < q.replications; r++) digests.push(frameDigest(layout, replicationFrame(project, contacts, options, r, layout, loaded)));
    }
    return { ok: true, value: withReplications(project, single, digests) };
  }
  const p = progress(io, lang, { fr: 'Tirages', en: 'Runs' });
  return cancellable(io, lang, p, () => poolReport({ projects: [project], contacts: spec, options }, count, { workers, signal: p.signal, onProgress: p.onProgress }));
}

/**
 * The runs a report makes when --replications is not given: the project's (Simulate's Runs
 * field), at most the report's limit, which is said when it cuts them.
 */
function projectReportRuns(io: CliIo, lang: Lang, project: Project): number {
  const runs = projectStudyRuns(project) ?? 1;
  if (runs <= MAX_REPORT_REPLICATIONS) return runs;
  const [fr, en] = [numberText(MAX_REPORT_REPLICATIONS, 'fr'), numberText(MAX_REPORT_REPLICATIONS, 'en')];
  complain(io, lang, {
    fr: `Le projet demande ${numberText(runs, 'fr')} tirages ; un rapport en fait au plus ${fr} : ${fr} tirages (--replications pour en choisir un autre nombre).`,
    en: `The project asks for ${numberText(runs, 'en')} runs; a report makes at most ${en}: ${en} runs (--replications to choose another number).`,
  });
  return MAX_REPORT_REPLICATIONS;
}
