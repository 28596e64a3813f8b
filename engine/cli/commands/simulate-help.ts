import { numberText, type Localized } from '../../model/index.ts';
import { MAX_REPLICATIONS, MAX_WORKERS } from './study-options.ts';
import { FIRST_START, LAST_START } from '../../schema/primitives.ts';

/** `flowbench simulate --help`: what it does, what it reads, each option. */
export function simulateHelp(generated: number, maxDays: number, maxGenerated: number, splitFrom: number): Localized {
  return {
    fr: [
      'Fait passer des contacts dans les workflows du projet et résume où ils sont allés\u00a0: inscrits, non inscrits (et le filtre du déclencheur qui les en empêche le plus souvent), terminés à chaque étape finale, objectif atteint, désinscrits, perdus, en cours\u00a0; segments statiques et phases du cycle de vie à l’horizon\u00a0; e-mails envoyés, ouverts, cliqués, désabonnements.',
      '',
      'Fichiers lus\u00a0: le projet .json (UTF-8 avec ou sans BOM, UTF-16 LE ou BE), ou une image PNG ou SVG exportée par Flowbench, qui contient le projet\u00a0; les contacts en CSV, comme l’import du bac à sable (séparateur , ou ;, UTF-8, UTF-16 ou Windows-1252).',
      '',
      'Options\u00a0:',
      '  --workflow id  ne simule que ce workflow.',
      `  --contacts fichier.csv  les contacts à simuler. Sans --contacts\u00a0: ceux enregistrés dans le projet, sinon ${numberText(generated, 'fr')} contacts générés selon ses personas.`,
      '  --map colonne=propriété  associe une colonne du CSV à une propriété (nom interne ou libellé, ou id, lists, persona, ignore)\u00a0; répétable. Les colonnes des exports HubSpot (français ou anglais) sont reconnues seules, par exemple Email, E-mail, Adresse e-mail, Courriel pour l’e-mail.',
      `  --generate N  génère N contacts selon les personas (0 à ${numberText(maxGenerated, 'fr')}).`,
      `  --days D  durée simulée en jours (1 à ${numberText(maxDays, 'fr')}\u00a0; par défaut celle du projet).`,
      `  --start AAAA-MM-JJ  premier jour simulé (du ${FIRST_START} au ${LAST_START}).`,
      '  --seed S  graine du hasard (même graine, même résultat).',
      '  --json sortie.json  écrit le résumé complet.',
      '  --csv sortie.csv  écrit une ligne par inscription.',
      `  --replications N  N tirages\u00a0: refait la simulation N fois (1 à ${numberText(MAX_REPLICATIONS, 'fr')}), chaque fois avec sa propre graine tirée de --seed, et donne chaque compte avec sa moyenne et son intervalle à 90\u00a0%\u00a0; --json et --csv écrivent alors chaque compte, jour par jour. Par défaut\u00a0: les tirages du projet (le champ Tirages de Simuler), un seul s’il n’en donne pas.`,
      `  --workers K  fils de calcul (1 à ${numberText(MAX_WORKERS, 'fr')}\u00a0; par défaut\u00a0: un par cœur)\u00a0: ils se partagent les tirages\u00a0; sans --replications, les contacts de la simulation, pour le même résultat qu’en un seul fil (fait sans le demander à partir de ${numberText(splitFrom, 'fr')} contacts générés, sans --csv). Ctrl-C annule.`,
      '--json et --csv sont écrits ensemble ou pas du tout\u00a0: si l’un échoue, aucun fichier n’est créé ni modifié. L’un des deux peut être «\u00a0-\u00a0», la sortie standard, qui ne porte alors que lui (le résumé va sur la sortie d’erreur).',
    ].join('\n'),
    en: [
      'Runs contacts through the project’s workflows and sums up where they went: enrolled, not enrolled (and the trigger filter that most often keeps them out), completed at each end step, goal met, unenrolled, lost, in progress; static segments and lifecycle stages at the horizon; emails sent, opened, clicked, unsubscribes.',
      '',
      'Files read: the project .json (UTF-8 with or without BOM, UTF-16 LE or BE), or a PNG or SVG picture exported by Flowbench, which holds the project; contacts as CSV, as the sandbox import reads them (comma or semicolon, UTF-8, UTF-16 or Windows-1252).',
      '',
      'Options:',
      '  --workflow id  simulates only this workflow.',
      `  --contacts file.csv  the contacts to simulate. Without --contacts: those saved in the project, else ${numberText(generated, 'en')} contacts generated from its personas.`,
      '  --map column=property  maps a CSV column to a property (internal name or label, or id, lists, persona, ignore); repeatable. HubSpot export columns (English or French) are recognised by themselves, for example Email, E-mail, Email Address, Courriel for the email.',
      `  --generate N  generates N contacts from the personas (0 to ${numberText(maxGenerated, 'en')}).`,
      `  --days D  simulated time in days (1 to ${numberText(maxDays, 'en')}; default: the project’s).`,
      `  --start YYYY-MM-DD  first simulated day (${FIRST_START} to ${LAST_START}).`,
      '  --seed S  random seed (same seed, same result).',
      '  --json out.json  writes the full summary.',
      '  --csv out.csv  writes one row per enrollment.',
      `  --replications N  runs the simulation N times (1 to ${numberText(MAX_REPLICATIONS, 'en')}), each with its own seed derived from --seed, and gives every count with its mean and 90% interval; --json and --csv then write every count, day by day. Default: the project’s runs (Simulate’s Runs field), one when it gives none.`,
      `  --workers K  worker threads (1 to ${numberText(MAX_WORKERS, 'en')}; default: one per core): they share the runs; without --replications, the run’s contacts, for the result one thread gives (done unasked from ${numberText(splitFrom, 'en')} generated contacts, without --csv). Ctrl-C cancels.`,
      '--json and --csv are written together or not at all: when one fails, no file is created or changed. One of them may be "-", the standard output, which then carries it alone (the summary goes to the standard error).',
    ].join('\n'),
  };
}
