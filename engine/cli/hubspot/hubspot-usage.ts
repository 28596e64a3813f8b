import type { Lang, Localized } from '../../model/index.ts';
import { didYouMean, extraArguments } from '../args.ts';
import { complain, EXIT, type CliIo, type CommandContext } from '../command.ts';

/** What `flowbench hubspot` takes, and why a command line is not that: said first, then the usage. */

export const HUBSPOT_USAGE: Localized = {
  fr: 'export <projet> [--workflow id] [--out flow.json] [--sheet fiche.md] | check <projet> [--workflow id] | import <flow.json> <sortie.flowbench.json>',
  en: 'export <project> [--workflow id] [--out flow.json] [--sheet sheet.md] | check <project> [--workflow id] | import <flow.json> <out.flowbench.json>',
};

export type Subcommand = 'export' | 'check' | 'import';
const SUBCOMMANDS: readonly Subcommand[] = ['export', 'check', 'import'];

/** The options each subcommand reads; any other is refused rather than ignored (import --out wrote nothing, silently). */
const OPTIONS: Readonly<Record<Subcommand, readonly string[]>> = { export: ['workflow', 'out', 'sheet'], check: ['workflow'], import: [] };

/** The positionals after the subcommand: a project for export and check, the flow and the project to write for import. */
const ARGUMENTS: Readonly<Record<Subcommand, number>> = { export: 1, check: 1, import: 2 };

export type HubSpotArgs = { readonly ok: true; readonly sub: Subcommand; readonly files: readonly string[] } | { readonly ok: false; readonly why: Localized };

const TAKES = { fr: 'hubspot prend export, check ou import.', en: 'hubspot takes export, check or import.' };

function missing(sub: Subcommand, files: readonly string[]): Localized {
  if (sub !== 'import') return { fr: `Quel projet\u00a0? Écrivez\u00a0: flowbench hubspot ${sub} <projet>.`, en: `Which project? Write: flowbench hubspot ${sub} <project>.` };
  if (files.length === 0) {
    return {
      fr: 'Quel workflow HubSpot importer\u00a0? Écrivez\u00a0: flowbench hubspot import <flow.json> <sortie.flowbench.json>.',
      en: 'Which HubSpot workflow to import? Write: flowbench hubspot import <flow.json> <out.flowbench.json>.',
    };
  }
  return {
    fr: `Où écrire le projet importé\u00a0? Ajoutez le fichier de sortie\u00a0: flowbench hubspot import ${files[0]} <sortie.flowbench.json>.`,
    en: `Where to write the imported project? Add the output file: flowbench hubspot import ${files[0]} <out.flowbench.json>.`,
  };
}

function unused(sub: Subcommand, names: readonly string[]): Localized {
  const list = names.map((n) => `--${n}`).join(', ');
  const takes = OPTIONS[sub].map((n) => `--${n}`).join(', ');
  const why =
    sub === 'import'
      ? { fr: 'le projet importé s’écrit dans le fichier donné en second argument', en: 'the imported project is written to the file given as its second argument' }
      : takes === ''
        ? { fr: 'elle ne prend aucune option', en: 'it takes no option' }
        : { fr: `elle prend ${takes}`, en: `it takes ${takes}` };
  return {
    fr: `${list}\u00a0: ${names.length > 1 ? 'options inutiles' : 'option inutile'} pour hubspot ${sub} (${why.fr}).`,
    en: `${list}: not used by hubspot ${sub} (${why.en}).`,
  };
}

/** The subcommand and its files, or what is wrong with the command line. */
export function hubspotArgs({ positionals, options }: Pick<CommandContext, 'positionals' | 'options'>): HubSpotArgs {
  const [sub, ...files] = positionals;
  if (sub === undefined) return { ok: false, why: { fr: `Quelle opération\u00a0? ${TAKES.fr}`, en: `Which operation? ${TAKES.en}` } };
  if (!SUBCOMMANDS.includes(sub as Subcommand)) {
    const guess = didYouMean(sub, SUBCOMMANDS);
    return { ok: false, why: { fr: `Sous-commande inconnue\u00a0: ${sub}.${guess.fr} ${TAKES.fr}`, en: `Unknown subcommand: ${sub}.${guess.en} ${TAKES.en}` } };
  }
  const s = sub as Subcommand;
  const given = Object.keys(options).filter((name) => options[name] !== undefined && name !== 'lang' && name !== 'help');
  const extraOptions = given.filter((name) => !OPTIONS[s].includes(name));
  if (extraOptions.length > 0) return { ok: false, why: unused(s, extraOptions) };
  if (files.length < ARGUMENTS[s]) return { ok: false, why: missing(s, files) };
  const extra = files.slice(ARGUMENTS[s]);
  if (extra.length > 0) return { ok: false, why: extraArguments(extra) };
  return { ok: true, sub: s, files };
}

/** What is wrong, then the usage; exit 2. */
export function refuseUsage(io: CliIo, lang: Lang, why: Localized): number {
  complain(io, lang, why);
  complain(io, lang, { fr: `Utilisation\u00a0: flowbench hubspot ${HUBSPOT_USAGE.fr}`, en: `Usage: flowbench hubspot ${HUBSPOT_USAGE.en}` });
  return EXIT.usage;
}
