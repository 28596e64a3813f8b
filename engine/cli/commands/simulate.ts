import { asWorkflowId, type Contact, type Localized } from '../../model/index.ts';
import { generateContacts } from '../../sample/index.ts';
import { simulate } from '../../sim/index.ts';
import { complain, EXIT, type CliCommand } from '../command.ts';
import { outputClash, outputOptions, readProjectFile, type OutputFile } from '../files.ts';
import { writeThenPrint } from './study-run.ts';
import { printLoadErrors } from '../load-errors.ts';
import { warnOfErrors } from '../project-findings.ts';
import { readContactsCsv } from './simulate-contacts.ts';
import { daysOption, generateOption, MAX_DAYS, MAX_GENERATED, seedOption, startOption, type OptionValue } from './simulate-options.ts';
import { enrollmentsCsvChunks, summaryJson } from '../../results/index.ts';
import { summaryText } from './simulate-report.ts';
import { simulateHelp } from './simulate-help.ts';
import { projectStudyRuns, replicationsOption, workersOption } from './study-options.ts';
import { simulateStudy } from './simulate-study.ts';
import { discardRows } from '../../study/index.ts';
import { simulateSplit, SPLIT_FROM, splitWorkers } from './simulate-split.ts';
import { describeNotEnrolled, NotEnrolledCounter } from './not-enrolled.ts';
import type { ContactSpec } from '../workers/protocol.ts';

/** `flowbench simulate <project.json>`: runs the simulator and prints where the contacts went. */

export const DEFAULT_GENERATED = 1000;

const PROJECT_READ: Localized = { fr: 'le projet lu', en: 'the project read' };
const CONTACTS_READ: Localized = { fr: 'le fichier de contacts lu', en: 'the contacts file read' };

const USAGE = {
  fr: '<projet.json> [--workflow id] [--contacts fichier.csv [--map colonne=propriété]... | --generate N] [--days D] [--start AAAA-MM-JJ] [--seed S] [--replications N] [--workers K] [--json sortie.json] [--csv sortie.csv]',
  en: '<project.json> [--workflow id] [--contacts file.csv [--map column=property]... | --generate N] [--days D] [--start YYYY-MM-DD] [--seed S] [--replications N] [--workers K] [--json out.json] [--csv out.csv]',
};

export const simulateCommand: CliCommand = {
  name: 'simulate',
  usage: USAGE,
  summary: { fr: 'Simule les workflows sur des contacts.', en: 'Simulates the workflows over contacts.' },
  help: simulateHelp(DEFAULT_GENERATED, MAX_DAYS, MAX_GENERATED, SPLIT_FROM),
  options: {
    workflow: { type: 'string', example: 'wf-nurturing' },
    contacts: { type: 'string', example: 'contacts.csv' },
    map: { type: 'string', example: '"Courriel=email"', multiple: true },
    generate: { type: 'string', example: '1000' },
    days: { type: 'string', example: '90' },
    start: { type: 'string', example: '2025-03-01' },
    seed: { type: 'string', example: '42' },
    json: { type: 'string', example: { fr: 'resume.json', en: 'summary.json' } },
    csv: { type: 'string', example: { fr: 'inscriptions.csv', en: 'enrollments.csv' } },
    replications: { type: 'string', example: '50' },
    workers: { type: 'string', example: '2' },
  },
  run: async ({ positionals, options, lang, io }) => {
    const refuse = (message: Localized) => {
      complain(io, lang, message);
      return EXIT.usage;
    };
    const [file, ...extra] = positionals;
    if (file === undefined) {
      return refuse({
        fr: 'Quel projet simuler\u00a0? Écrivez\u00a0: flowbench simulate <projet.json> (ou une image PNG ou SVG exportée par Flowbench).',
        en: 'Which project to simulate? Write: flowbench simulate <project.json> (or a PNG or SVG picture exported by Flowbench).',
      });
    }
    if (extra.length > 0) {
      return refuse({
        fr: `Un seul projet à la fois\u00a0; en trop\u00a0: ${extra.join(' ')}. Les contacts se donnent avec --contacts fichier.csv.`,
        en: `One project at a time; extra: ${extra.join(' ')}. Give contacts with --contacts file.csv.`,
      });
    }
    const checked: OptionValue<number | string>[] = [daysOption(options['days']), seedOption(options['seed']), generateOption(options['generate']), startOption(options['start'])];
    const bad = checked.find((c) => !c.ok);
    if (bad && !bad.ok) return refuse(bad.message);
    const [days, seed, generate, start] = checked.map((c) => (c.ok ? c.value : undefined)) as [number?, number?, number?, string?];
    const [replications, workers] = [replicationsOption(options['replications']), workersOption(options['workers'])];
    if (!replications.ok) return refuse(replications.message);
    if (!workers.ok) return refuse(workers.message);
    const csvPath = typeof options['csv'] === 'string' ? options['csv'] : undefined;
    const jsonPath = typeof options['json'] === 'string' ? options['json'] : undefined;
    const contactsPath = options['contacts'];
    const maps = Array.isArray(options['map']) ? (options['map'] as readonly string[]) : [];
    if (typeof contactsPath === 'string' && generate !== undefined) {
      return refuse({ fr: '--contacts et --generate s’excluent\u00a0: gardez l’un des deux.', en: '--contacts and --generate cannot be used together: keep one of them.' });
    }
    if (maps.length > 0 && typeof contactsPath !== 'string') {
      return refuse({ fr: '--map associe les colonnes du fichier de --contacts\u00a0: ajoutez --contacts fichier.csv.', en: '--map maps the columns of the --contacts file: add --contacts file.csv.' });
    }
    const clash = await outputClash(
      io,
      [{ path: file, what: PROJECT_READ }, ...(typeof contactsPath === 'string' ? [{ path: contactsPath, what: CONTACTS_READ }] : [])],
      outputOptions(options, ['json', 'csv'], true),
    );
    if (clash) return refuse(clash);
    const loaded = await readProjectFile(io, file);
    if (!loaded.ok) {
      printLoadErrors(io, lang, loaded);
      return EXIT.usage;
    }
    const project = loaded.project;
    const workflowId = options['workflow'];
    if (typeof workflowId === 'string' && !project.workflows.some((w) => w.id === workflowId)) {
      const ids = project.workflows.map((w) => w.id).join(', ');
      return refuse({ fr: `--workflow ${workflowId}\u00a0: workflow inconnu dans ${file}. Ses workflows\u00a0: ${ids}.`, en: `--workflow ${workflowId}: no such workflow in ${file}. Its workflows: ${ids}.` });
    }
    warnOfErrors(io, lang, project, file);
    let contacts: Contact[];
    let generated = false;
    if (typeof contactsPath === 'string') {
      const read = await readContactsCsv(io, project, contactsPath, maps);
      if (!read.ok) return refuse(read.message);
      for (const warning of read.value.warnings) complain(io, lang, warning);
      if (read.value.unusable) return refuse(read.value.unusable);
      contacts = read.value.contacts;
    } else if (generate === undefined && project.contacts && project.contacts.length > 0) {
      contacts = [...project.contacts];
    } else {
      // Generated below if the run stays here; workers generate their own, on the fly, rather than receive copies.
      contacts = [];
      generated = true;
    }
    const count = generated ? (generate ?? DEFAULT_GENERATED) : contacts.length;
    const spec: ContactSpec = generated ? { kind: 'generate', count, seed: seed ?? project.simulation.seed } : { kind: 'list', contacts };
    const runOptions = { workflows: typeof workflowId === 'string' ? [asWorkflowId(workflowId)] : undefined, horizonDays: days, startDate: start, seed };
    // The runs the project holds (Simulate's Runs field) unless the command line says.
    const runs = replications.value ?? projectStudyRuns(project);
    if (runs !== undefined) {
      return simulateStudy({
        project,
        contacts: spec,
        contactCount: count,
        options: { replications: runs, ...runOptions },
        workers: workers.value,
        json: jsonPath,
        csv: csvPath,
        lang,
        io,
      });
    }
    const split = splitWorkers({ workers: workers.value, generated, count, csv: csvPath !== undefined });
    if (split > 0) return simulateSplit({ project, contacts: spec, contactCount: count, options: runOptions, workers: split, json: jsonPath, csv: csvPath, lang, io });
    if (generated) contacts = generateContacts(project, count, seed ?? project.simulation.seed);
    // Why contacts were not enrolled, counted as each one's run ends: no rebuild of every contact at the end (finalContacts).
    const counter = new NotEnrolledCounter(project);
    // The summary and the JSON are counts: only the CSV (each enrollment's path) needs the log.
    const rows = csvPath === undefined ? { rows: discardRows } : {};
    const result = simulate(project, contacts, { ...runOptions, mutateContacts: true, contactEnd: counter.onEnd, ...rows });
    const outputs: OutputFile[] = [];
    if (jsonPath) outputs.push({ path: jsonPath, text: `${JSON.stringify(summaryJson(project, result, contacts.length), null, 2)}\n` });
    if (csvPath) outputs.push({ path: csvPath, text: enrollmentsCsvChunks(project, result, { lang, contacts }) });
    const tallies = counter.tallies(result.workflows.map((w) => w.id));
    const reasons = result.workflows.map((w, k) => describeNotEnrolled(project, w.id, tallies[k]!, lang));
    return writeThenPrint(io, lang, outputs, summaryText(project, result, { contacts: contacts.length, ran: result.contactIds.length, notEnrolled: reasons }, lang));
  },
};
