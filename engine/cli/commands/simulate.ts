import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { autoMapColumns, decodeCsvBytes, parseContactsCsv, readCsvHeader } from '../../csv/index.ts';
import { loadProject } from '../../io/index.ts';
import { asWorkflowId, type Contact, type Lang, type Project } from '../../model/index.ts';
import { generateContacts } from '../../sample/index.ts';
import { simulate } from '../../sim/index.ts';
import { complain, EXIT, say, type CliCommand, type CliIo } from '../command.ts';
import { readText, writeText } from '../files.ts';
import { enrollmentsCsv, summaryJson } from '../../results/index.ts';
import { summaryText } from './simulate-report.ts';

/** `flowbench simulate <project.json>`: runs the simulator and prints where the contacts went. */

const DEFAULT_GENERATED = 1000;

type Loaded<T> = { ok: true; value: T } | { ok: false };

async function readContacts(io: CliIo, lang: Lang, project: Project, path: string): Promise<Loaded<Contact[]>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, path));
  } catch {
    complain(io, lang, { fr: `Impossible de lire ${path}.`, en: `Cannot read ${path}.` });
    return { ok: false };
  }
  const { text } = decodeCsvBytes(bytes);
  const header = readCsvHeader(text);
  if ('fatal' in header) {
    complain(io, lang, header.fatal);
    return { ok: false };
  }
  const parsed = parseContactsCsv(text, autoMapColumns(header.headers, project.properties), {
    custom: project.properties,
    lists: project.lists,
    personas: project.personas,
    delimiter: header.delimiter,
  });
  if (parsed.fatal) {
    complain(io, lang, parsed.fatal);
    return { ok: false };
  }
  for (const e of parsed.errors.slice(0, 10)) complain(io, lang, { fr: `${path}, ligne ${e.line}\u00a0: ${e.reason.fr}`, en: `${path}, line ${e.line}: ${e.reason.en}` });
  if (parsed.errors.length > 10) complain(io, lang, { fr: `… et ${parsed.errors.length - 10} autres lignes ignorées.`, en: `… and ${parsed.errors.length - 10} more rows skipped.` });
  return { ok: true, value: parsed.contacts };
}

function integer(raw: unknown, min: number): number | null {
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min ? n : null;
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  usage: '<project.json> [--workflow id] [--contacts file.csv | --generate N] [--days D] [--start YYYY-MM-DD] [--seed S] [--json out.json] [--csv out.csv]',
  summary: { fr: 'Simule les workflows sur des contacts.', en: 'Simulates the workflows over contacts.' },
  help: {
    fr: `Fait passer des contacts dans les workflows du projet et résume où ils sont allés\u00a0: inscrits, terminés à chaque étape finale, objectif atteint, désinscrits, perdus, en cours\u00a0; listes statiques et phases du cycle de vie à l’horizon\u00a0; e-mails envoyés, ouverts, cliqués, désabonnements. Sans --contacts, les contacts du projet, sinon ${DEFAULT_GENERATED} contacts générés selon ses personas (--generate N pour en choisir le nombre). --json écrit le résumé complet, --csv une ligne par inscription.`,
    en: `Runs contacts through the project's workflows and sums up where they went: enrolled, completed at each end step, goal met, unenrolled, lost, in progress; static lists and lifecycle stages at the horizon; emails sent, opened, clicked, unsubscribes. Without --contacts, the project's own contacts, else ${DEFAULT_GENERATED} contacts generated from its personas (--generate N to choose how many). --json writes the full summary, --csv one row per enrollment.`,
  },
  options: {
    workflow: { type: 'string' },
    contacts: { type: 'string' },
    generate: { type: 'string' },
    days: { type: 'string' },
    start: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'string' },
    csv: { type: 'string' },
  },
  run: async ({ positionals, options, lang, io }) => {
    const [file, ...extra] = positionals;
    const usage = () => {
      complain(io, lang, { fr: `Utilisation\u00a0: flowbench simulate ${simulateCommand.usage}`, en: `Usage: flowbench simulate ${simulateCommand.usage}` });
      return EXIT.usage;
    };
    if (file === undefined || extra.length > 0) return usage();
    const days = options['days'] === undefined ? undefined : integer(options['days'], 1);
    const seed = options['seed'] === undefined ? undefined : integer(options['seed'], -2147483648);
    const generate = options['generate'] === undefined ? undefined : integer(options['generate'], 0);
    const start = options['start'];
    if (days === null || seed === null || generate === null) return usage();
    if (start !== undefined && (typeof start !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(start)))) return usage();
    if (options['contacts'] !== undefined && generate !== undefined) {
      complain(io, lang, { fr: '--contacts et --generate s’excluent.', en: '--contacts and --generate cannot be used together.' });
      return EXIT.usage;
    }
    const text = await readText(io, file);
    if (!text.ok) {
      complain(io, lang, text.message);
      return EXIT.usage;
    }
    const loaded = loadProject(text.value);
    if (!loaded.ok) {
      complain(io, lang, { fr: `${file} ne peut pas être chargé\u00a0:`, en: `${file} cannot be loaded:` });
      for (const e of loaded.errors) io.err(`  ${e.path}: ${e.message[lang]}\n`);
      return EXIT.usage;
    }
    const project = loaded.project;
    const workflowId = options['workflow'];
    if (typeof workflowId === 'string' && !project.workflows.some((w) => w.id === workflowId)) {
      complain(io, lang, { fr: `Workflow inconnu\u00a0: ${workflowId}`, en: `Unknown workflow: ${workflowId}` });
      return EXIT.usage;
    }
    let contacts: Contact[];
    if (typeof options['contacts'] === 'string') {
      const read = await readContacts(io, lang, project, options['contacts']);
      if (!read.ok) return EXIT.usage;
      contacts = read.value;
    } else if (generate === undefined && project.contacts && project.contacts.length > 0) {
      contacts = [...project.contacts];
    } else {
      contacts = generateContacts(project, generate ?? DEFAULT_GENERATED, seed ?? project.simulation.seed);
    }
    const result = simulate(project, contacts, {
      workflows: typeof workflowId === 'string' ? [asWorkflowId(workflowId)] : undefined,
      horizonDays: days,
      startDate: typeof start === 'string' ? start : undefined,
      seed,
      mutateContacts: true,
    });
    io.out(summaryText(project, result, contacts.length, lang));
    for (const [key, content] of [
      ['json', () => `${JSON.stringify(summaryJson(project, result, contacts.length), null, 2)}\n`],
      ['csv', () => enrollmentsCsv(project, result, { lang, contacts })],
    ] as const) {
      const target = options[key];
      if (typeof target !== 'string') continue;
      const written = await writeText(io, target, content());
      if (!written.ok) {
        complain(io, lang, written.message);
        return EXIT.usage;
      }
      say(io, lang, { fr: `Écrit\u00a0: ${written.value}`, en: `Written: ${written.value}` });
    }
    return EXIT.ok;
  },
};
