import { runTests, testContacts, type TestRun } from '../../expect/index.ts';
import type { Lang, Localized, Project, ProjectTests } from '../../model/index.ts';
import { complain, EXIT, type CliCommand, type CliIo } from '../command.ts';
import { poolTests } from '../workers/test-pool.ts';
import { replicationWorkers, workersOption } from './study-options.ts';
import { cancellable, progress } from './study-run.ts';
import { readProjectFile } from '../files.ts';
import { printLoadErrors } from '../load-errors.ts';
import { testReport } from './test-report.ts';

/** `flowbench test <project.json>`: checks the project's expectations on its test population, for CI. */

export const MAX_REPLICATIONS = 200;

const HELP: Localized = {
  fr: [
    'Simule la population de test du projet et vérifie chacune de ses attentes (section «\u00a0tests\u00a0» du fichier, écrites dans l’application)\u00a0: part d’inscrits dans un segment statique à un jour donné, aucun contact d’un type donné ne passe à une phase, chaque chemin finit dans un segment statique, un persona atteint une étape en N jours, une étape est atteinte, un segment statique contient exactement certains contacts.',
    '',
    'Options\u00a0:',
    `  --replications N  N tirages (1 à ${MAX_REPLICATIONS}), chacun avec sa graine des comportements\u00a0; une attente dont l’intervalle chevauche sa borne est «\u00a0incertaine\u00a0».`,
    '  --workers K  fils de calcul des tirages (sans, un par cœur quand tirages × contacts × jours atteint 60 millions). Ctrl-C annule.',
    '',
    'Les contacts qui font échouer une attente sont nommés (identifiant, nom, raison).',
    'Codes de sortie\u00a0: 0 toutes les attentes tiennent, 1 au moins une échoue ou reste incertaine, 2 fichier illisible ou invalide, ou projet sans attente.',
  ].join('\n'),
  en: [
    'Simulates the project’s test population and checks each of its expectations (the file’s "tests" section, written in the app): share of enrolled contacts in a static segment on a day, no contact of a kind reaching a stage, every path ending in a static segment, a persona reaching a step within N days, a step being reached, a static segment holding exactly some contacts.',
    '',
    'Options:',
    `  --replications N  N runs (1 to ${MAX_REPLICATIONS}), each with its own behaviour seed; an expectation whose interval straddles its bound is "uncertain".`,
    '  --workers K  worker threads for the runs (without it, one per core when runs × contacts × days reaches 60 million). Ctrl-C cancels.',
    '',
    'Contacts that break an expectation are named (id, name, reason).',
    'Exit codes: 0 every expectation holds, 1 at least one fails or is uncertain, 2 file unreadable or invalid, or project without expectations.',
  ].join('\n'),
};

export const testCommand: CliCommand = {
  name: 'test',
  usage: { fr: '<projet.json> [--replications N] [--workers K]', en: '<project.json> [--replications N] [--workers K]' },
  summary: { fr: 'Vérifie les attentes d’un projet (pour l’intégration continue).', en: 'Checks a project’s expectations (for CI).' },
  help: HELP,
  options: { replications: { type: 'string', example: '20' }, workers: { type: 'string', example: '2' } },
  run: async ({ positionals, options, lang, io }) => {
    const refuse = (message: Localized) => {
      complain(io, lang, message);
      return EXIT.usage;
    };
    const [file, ...extra] = positionals;
    if (file === undefined) {
      return refuse({ fr: 'Quel projet tester\u00a0? Écrivez\u00a0: flowbench test <projet.json>.', en: 'Which project to test? Write: flowbench test <project.json>.' });
    }
    if (extra.length > 0) return refuse({ fr: `Un seul projet à la fois\u00a0; en trop\u00a0: ${extra.join(' ')}.`, en: `One project at a time; extra: ${extra.join(' ')}.` });
    const raw = options['replications'];
    const replications = typeof raw === 'string' ? Number(raw) : 1;
    if (!Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS) {
      return refuse({
        fr: `--replications ${String(raw)}\u00a0: un nombre entier de 1 à ${MAX_REPLICATIONS} est attendu (par exemple --replications 20).`,
        en: `--replications ${String(raw)}: a whole number from 1 to ${MAX_REPLICATIONS} is expected (for example --replications 20).`,
      });
    }
    const workers = workersOption(options['workers']);
    if (!workers.ok) return refuse(workers.message);
    const loaded = await readProjectFile(io, file);
    if (!loaded.ok) {
      printLoadErrors(io, lang, loaded);
      return EXIT.usage;
    }
    const project = loaded.project;
    const tests = project.tests;
    if (!tests || tests.expectations.length === 0) {
      return refuse({
        fr: `${file} n’a aucune attente à vérifier\u00a0: ajoutez-en dans l’application (panneau Problèmes > Attentes).`,
        en: `${file} has no expectations to check: add some in the app (Problems panel > Expectations).`,
      });
    }
    const checked = await check(io, lang, project, tests, replications, workers.value);
    if (!checked.ok) return checked.code;
    const run = checked.value;
    io.out(testReport(project, tests.population, run, lang));
    return run.outcomes.every((o) => o.state === 'holds') ? EXIT.ok : EXIT.findings;
  },
};

/**
 * The runs in this thread, or on worker threads when asked or worth it
 * (study-options.ts#replicationWorkers; engine/cli/workers/test-pool.ts), with progress on stderr
 * and Ctrl-C cancelling (exit 130). Either way the outcomes `runTests` gives.
 */
async function check(
  io: CliIo,
  lang: Lang,
  project: Project,
  tests: ProjectTests,
  replications: number,
  workers: number | undefined,
): Promise<{ ok: true; value: TestRun } | { ok: false; code: number }> {
  const contacts = testContacts(project, tests.population);
  const count = replicationWorkers({ workers, replications, contacts: contacts.length, days: project.simulation.horizonDays });
  if (count === 0) return { ok: true, value: runTests(project, tests, replications) };
  const p = progress(io, lang, { fr: 'Tirages', en: 'Runs' });
  const setup = { projects: [project], contacts: { kind: 'list' as const, contacts }, options: { replications } };
  const done = await cancellable(io, lang, p, () => poolTests(setup, { workers: count, signal: p.signal, onProgress: p.onProgress }));
  return done.ok ? { ok: true, value: { outcomes: done.value, contacts: contacts.length, replications } } : done;
}
