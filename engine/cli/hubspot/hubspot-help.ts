import type { Localized } from '../../model/index.ts';

/** `flowbench hubspot --help`: each subcommand, then the options and which subcommand reads each (hubspot-usage.ts). */
export const HUBSPOT_HELP: Localized = {
  fr: [
    'export\u00a0: écrit le corps de POST /automation/v4/flows (API bêta, plus prise en charge par HubSpot après le 2027-03-30) et, avec --sheet, la fiche de construction. check\u00a0: la vérification avant export (identifiants manquants, étapes inexprimables, limites, champs déduits). import\u00a0: lit un GET /automation/v4/flows/{id} (un workflow, une liste ou { results }\u00a0; UTF-8 avec ou sans BOM, UTF-16 LE ou BE, comme l’écrit le > de Windows PowerShell) et l’écrit dans un nouveau fichier projet\u00a0; seuls les workflows de contacts sont lus, les autres (transactions, tickets…) sont laissés de côté et nommés.',
    '',
    'Options\u00a0:',
    '  --workflow id  export\u00a0: le workflow à exporter (sans, le premier workflow du projet)\u00a0; check\u00a0: ne vérifie que ce workflow (sans, tous).',
    '  --out flow.json  export\u00a0: écrit le corps dans ce fichier (sans, sur la sortie standard, les problèmes allant alors tous sur la sortie d’erreur).',
    '  --sheet fiche.md  export\u00a0: écrit aussi la fiche de construction (Markdown)\u00a0; tant que des problèmes bloquants empêchent le corps, elle est écrite seule.',
    'import ne prend aucune option\u00a0: le projet s’écrit dans le fichier donné en second argument.',
    '',
    'Codes de sortie\u00a0: 0 bon, 1 problèmes bloquants, 2 fichier illisible ou ligne de commande incorrecte.',
  ].join('\n'),
  en: [
    'export: writes the body of POST /automation/v4/flows (a beta API HubSpot stops supporting after 2027-03-30) and, with --sheet, the build sheet. check: the pre-flight (missing ids, steps HubSpot cannot express, limits, inferred fields). import: reads a GET /automation/v4/flows/{id} (one flow, a list or { results }; UTF-8 with or without BOM, UTF-16 LE or BE, as Windows PowerShell’s > writes) and writes it to a new project file; contact workflows only are read, the others (deals, tickets…) are skipped and named.',
    '',
    'Options:',
    '  --workflow id  export: the workflow to export (without it, the project’s first workflow); check: checks this workflow only (without it, every one).',
    '  --out flow.json  export: writes the body to this file (without it, to the standard output, every problem then going to the standard error).',
    '  --sheet sheet.md  export: also writes the build sheet (Markdown); while blocking problems keep the body from being made, it is written alone.',
    'import takes no option: the project is written to the file given as its second argument.',
    '',
    'Exit codes: 0 fine, 1 blocking problems, 2 unreadable file or wrong command line.',
  ].join('\n'),
};
