import { asWorkflowId, type Localized, type Project } from '../../model/index.ts';
import { complain, EXIT, type CliCommand } from '../command.ts';
import { outputClash, outputOptions, readProjectFile, type OutputFile } from '../files.ts';
import { printLoadErrors } from '../load-errors.ts';
import { warnOfErrors } from '../project-findings.ts';
import { poolComparison } from '../workers/study-pool.ts';
import type { ContactSpec } from '../workers/protocol.ts';
import { num } from '../../study/index.ts';
import { DEFAULT_GENERATED } from './simulate.ts';
import { daysOption, generateOption, seedOption, startOption, type OptionValue } from './simulate-options.ts';
import { DEFAULT_REPLICATIONS, MAX_REPLICATIONS, projectStudyRuns, replicationsOption, workersOption } from './study-options.ts';
import { comparisonText, studyCsv, studyJson } from './study-report.ts';
import { noSharedWorkflow } from './compare-workflows.ts';
import { cancellable, progress, writeThenPrint } from './study-run.ts';

/**
 * `flowbench compare a.json b.json`: variant B against A over the same contacts, replication by
 * replication with the same seeds (common random numbers where their steps coincide), on worker
 * threads: A, B, B - A with its 90 % interval and a verdict for every count they share.
 */

const USAGE = {
  fr: '<a.json> <b.json> [--workflow id] [--replications N] [--workers K] [--generate N] [--days D] [--start AAAA-MM-JJ] [--seed S] [--json sortie.json] [--csv sortie.csv]',
  en: '<a.json> <b.json> [--workflow id] [--replications N] [--workers K] [--generate N] [--days D] [--start YYYY-MM-DD] [--seed S] [--json out.json] [--csv out.csv]',
};

export const compareCommand: CliCommand = {
  name: 'compare',
  usage: USAGE,
  summary: { fr: 'Compare deux variantes sur les mêmes contacts, avec intervalles.', en: 'Compares two variants over the same contacts, with intervals.' },
  help: {
    fr: [
      'Simule A et B sur les mêmes contacts (ceux enregistrés dans A, sinon générés selon ses personas) et avec les réglages de simulation de A (début, durée, fuseau, arrivées), tirage par tirage avec les mêmes graines\u00a0: un contact rencontre le même hasard dans A et B tant qu’il passe par les mêmes étapes. Pour chaque compte que les deux partagent (mêmes identifiants d’étapes, de segments...)\u00a0: A, B et B − A avec leur moyenne et leur intervalle à 90\u00a0%, et un verdict («\u00a0pas de différence nette\u00a0» quand l’intervalle de B − A contient 0). Les workflows de A et B sont appariés par identifiant\u00a0: s’ils n’en ont aucun en commun, rien n’est simulé (code de sortie 2).',
      '',
      'Options\u00a0:',
      '  --workflow id  ne compare que ce workflow (présent dans A et B).',
      `  --replications N  nombre de tirages (1 à ${num(MAX_REPLICATIONS, 'fr')}\u00a0; par défaut ceux de A s’il en demande plusieurs, sinon ${DEFAULT_REPLICATIONS}).`,
      '  --workers K  fils de calcul (par défaut un par cœur). Ctrl-C annule.',
      `  --generate N  génère N contacts (par défaut ${num(DEFAULT_GENERATED, 'fr')} quand A n’en a pas).`,
      '  --days D, --start AAAA-MM-JJ, --seed S  comme pour simulate.',
      '  --json sortie.json, --csv sortie.csv  chaque compte partagé, jour par jour\u00a0: A, B, B − A. L’un des deux peut être «\u00a0-\u00a0», la sortie standard, qui ne porte alors que lui (le texte va sur la sortie d’erreur).',
    ].join('\n'),
    en: [
      'Simulates A and B over the same contacts (those saved in A, else generated from its personas) and with A’s simulation settings (start, horizon, zone, arrivals), run by run with the same seeds: a contact makes the same draws in A and B as long as it goes through the same steps. For every count both share (same step, segment... ids): A, B and B − A with their mean and 90% interval, and a verdict ("no clear difference" when the interval of B − A holds 0). The workflows of A and B are matched by id: when they have none in common, nothing is run (exit code 2).',
      '',
      'Options:',
      '  --workflow id  compares this workflow only (present in A and B).',
      `  --replications N  number of runs (1 to ${num(MAX_REPLICATIONS, 'en')}; default: A’s when it asks for more than one, else ${DEFAULT_REPLICATIONS}).`,
      '  --workers K  worker threads (default: one per core). Ctrl-C cancels.',
      `  --generate N  generates N contacts (default ${num(DEFAULT_GENERATED, 'en')} when A has none).`,
      '  --days D, --start YYYY-MM-DD, --seed S  as for simulate.',
      '  --json out.json, --csv out.csv  every shared count, day by day: A, B, B − A. One of them may be "-", the standard output, which then carries it alone (the text goes to the standard error).',
    ].join('\n'),
  },
  options: {
    workflow: { type: 'string', example: 'wf-nurturing' },
    replications: { type: 'string', example: '50' },
    workers: { type: 'string', example: '2' },
    generate: { type: 'string', example: '1000' },
    days: { type: 'string', example: '90' },
    start: { type: 'string', example: '2025-03-01' },
    seed: { type: 'string', example: '42' },
    json: { type: 'string', example: { fr: 'comparaison.json', en: 'comparison.json' } },
    csv: { type: 'string', example: { fr: 'comparaison.csv', en: 'comparison.csv' } },
  },
  run: async ({ positionals, options, lang, io }) => {
    const refuse = (message: Localized) => {
      complain(io, lang, message);
      return EXIT.usage;
    };
    if (positionals.length !== 2) {
      return refuse({
        fr: `Deux projets à comparer, A puis B\u00a0: flowbench compare a.json b.json (reçu ${positionals.length}).`,
        en: `Two projects to compare, A then B: flowbench compare a.json b.json (got ${positionals.length}).`,
      });
    }
    const checked: OptionValue<number | string>[] = [
      daysOption(options['days']),
      seedOption(options['seed']),
      generateOption(options['generate']),
      startOption(options['start']),
      replicationsOption(options['replications']),
      workersOption(options['workers']),
    ];
    const bad = checked.find((c) => !c.ok);
    if (bad && !bad.ok) return refuse(bad.message);
    const [days, seed, generate, start, replications, workers] = checked.map((c) => (c.ok ? c.value : undefined)) as [number?, number?, number?, string?, number?, number?];
    const inputs = positionals.map((path, k) => ({ path, what: { fr: `le projet ${'AB'[k]} lu`, en: `project ${'AB'[k]}, read for the comparison` } }));
    const clash = await outputClash(io, inputs, outputOptions(options, ['json', 'csv'], true));
    if (clash) return refuse(clash);
    const projects: Project[] = [];
    for (const file of positionals) {
      const loaded = await readProjectFile(io, file);
      if (!loaded.ok) {
        printLoadErrors(io, lang, loaded);
        return EXIT.usage;
      }
      projects.push(loaded.project);
    }
    const [a, b] = projects as [Project, Project];
    const unshared = noSharedWorkflow(a, b, [positionals[0]!, positionals[1]!]);
    if (unshared) return refuse(unshared);
    const workflowId = options['workflow'];
    if (typeof workflowId === 'string') {
      for (const [k, p] of projects.entries()) {
        if (!p.workflows.some((w) => w.id === workflowId)) {
          const ids = p.workflows.map((w) => w.id).join(', ');
          return refuse({ fr: `--workflow ${workflowId}\u00a0: workflow inconnu dans ${positionals[k]}. Ses workflows\u00a0: ${ids}.`, en: `--workflow ${workflowId}: no such workflow in ${positionals[k]}. Its workflows: ${ids}.` });
        }
      }
    }
    for (const [k, p] of projects.entries()) warnOfErrors(io, lang, p, positionals[k]!);
    const saved = generate === undefined && a.contacts && a.contacts.length > 0 ? a.contacts : null;
    const contacts: ContactSpec = saved ? { kind: 'list', contacts: saved } : { kind: 'generate', count: generate ?? DEFAULT_GENERATED, seed: seed ?? a.simulation.seed };
    const contactCount = saved ? saved.length : (generate ?? DEFAULT_GENERATED);
    // As the app's Compare: A's runs when it asks for a study, else the default.
    const R = replications ?? projectStudyRuns(a) ?? DEFAULT_REPLICATIONS;
    // B runs with A's simulation settings: the same days, zone and arriving contacts, or nothing would line up.
    const studyOptions = {
      replications: R,
      workflows: typeof workflowId === 'string' ? [asWorkflowId(workflowId)] : undefined,
      horizonDays: days ?? a.simulation.horizonDays,
      startDate: start ?? a.simulation.startDate,
      timeZone: a.simulation.timeZone,
      arrivals: a.simulation.arrivals,
      seed: seed ?? a.simulation.seed,
    };
    const p = progress(io, lang, { fr: 'Tirages A et B', en: 'Runs of A and B' });
    const done = await cancellable(io, lang, p, () => poolComparison({ projects: [a, b], contacts, options: studyOptions }, { workers, signal: p.signal, onProgress: p.onProgress }));
    if (!done.ok) return done.code;
    const c = done.value;
    const heading = { project: a, replications: R, seed: studyOptions.seed, contacts: contactCount, days: c.diff.days };
    const columns = [
      { name: 'A', summary: c.a },
      { name: 'B', summary: c.b },
      { name: 'B-A', summary: c.diff },
    ];
    const outputs: OutputFile[] = [];
    if (typeof options['json'] === 'string') outputs.push({ path: options['json'], text: `${JSON.stringify({ ...(studyJson(heading, c.cells, columns, lang) as object), variant: { id: b.id, name: b.name } }, null, 2)}\n` });
    if (typeof options['csv'] === 'string') outputs.push({ path: options['csv'], text: studyCsv(a, c.cells, columns, lang) });
    return writeThenPrint(io, lang, outputs, comparisonText(heading, b, c, lang));
  },
};
