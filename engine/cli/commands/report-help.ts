import { numberText, type Localized } from '../../model/index.ts';
import { MAX_DAYS, MAX_GENERATED } from './simulate-options.ts';
import { DEFAULT_GENERATED } from './simulate.ts';
import { MAX_WORKERS, POOL_FROM } from './study-options.ts';

/** The most replications a report runs: each is a whole run, and beyond this the report takes minutes for little more precision. */
export const MAX_REPORT_REPLICATIONS = 200;

/** `flowbench report --help`: what it writes, then each option with its bounds (the ones report.ts checks). */
export function reportHelp(): Localized {
  const fr = (n: number) => numberText(n, 'fr');
  const en = (n: number) => numberText(n, 'en');
  const millions = POOL_FROM / 1_000_000;
  return {
    fr: [
      'Simule le projet et écrit un fichier HTML autonome\u00a0: couverture, carte du programme, chaque workflow avec ses chiffres, résultats, hypothèses, attentes. Il s’ouvre sans réseau et s’imprime en A4 ou Letter, un workflow par page.',
      '',
      'Options\u00a0:',
      '  --out rapport.html  le fichier à écrire (obligatoire).',
      `  --generate N  simule N contacts générés selon les personas (0 à ${fr(MAX_GENERATED)})\u00a0; sans, les contacts enregistrés dans le projet, sinon ${fr(DEFAULT_GENERATED)} contacts générés.`,
      `  --days D  durée simulée en jours (1 à ${fr(MAX_DAYS)}\u00a0; par défaut celle du projet).`,
      '  --seed S  graine du hasard (par défaut celle du projet)\u00a0; même graine, même rapport.',
      `  --replications N  N tirages (1 à ${fr(MAX_REPORT_REPLICATIONS)}) aux graines dérivées de S comme pour une étude (le premier est S)\u00a0; le rapport donne chaque chiffre en moyenne avec son intervalle à 90\u00a0%. Par défaut\u00a0: les tirages du projet (le champ Tirages de Simuler), un seul s’il n’en donne pas.`,
      `  --workers K  fils de calcul des tirages (1 à ${fr(MAX_WORKERS)})\u00a0; sans, un par cœur quand tirages × contacts × jours atteint ${fr(millions)} millions, sinon aucun (tout dans le fil principal). Ctrl-C annule.`,
      '--lang fr|en choisit aussi la langue du rapport.',
    ].join('\n'),
    en: [
      'Simulates the project and writes one self-contained HTML file: cover, programme map, each workflow with its counts, outcomes, assumptions, expectations. It opens offline and prints to A4 or Letter, one workflow per page.',
      '',
      'Options:',
      '  --out report.html  the file to write (required).',
      `  --generate N  simulates N contacts generated from the personas (0 to ${en(MAX_GENERATED)}); without it, the contacts saved in the project, else ${en(DEFAULT_GENERATED)} generated ones.`,
      `  --days D  simulated time in days (1 to ${en(MAX_DAYS)}; default: the project’s).`,
      '  --seed S  random seed (default: the project’s); same seed, same report.',
      `  --replications N  N runs (1 to ${en(MAX_REPORT_REPLICATIONS)}), seeds derived from S as a study’s (the first is S); the report gives each figure as the mean over the runs, with its 90% interval. Default: the project’s runs (Simulate’s Runs field), one when it gives none.`,
      `  --workers K  worker threads for the runs (1 to ${en(MAX_WORKERS)}); without it, one per core when runs × contacts × days reaches ${en(millions)} million, else none (all in the main thread). Ctrl-C cancels.`,
      '--lang fr|en also picks the report’s language.',
    ].join('\n'),
  };
}
