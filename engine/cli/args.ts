import type { Localized } from '../model/index.ts';
import type { OptionSpec } from './command.ts';

/**
 * The command line split into options and positionals, with a message in both languages for
 * each mistake (node:util's parseArgs only speaks English and names no remedy).
 */
export type ParsedArgs =
  | { readonly ok: true; readonly positionals: readonly string[]; readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>> }
  | { readonly ok: false; readonly message: Localized };

/** Levenshtein distance, to suggest the option the user meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The one of `known` the user most likely meant by `name` (a typo away), else null: for options, commands and subcommands. */
export function closest(name: string, known: readonly string[]): string | null {
  const best = known.map((k) => ({ k, d: distance(name, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(best.k.length / 3)) ? best.k : null;
}

/** " Did you mean export?" after an unknown name, or nothing when no known one is close (`prefix`: "--" for options). */
export function didYouMean(name: string, known: readonly string[], prefix = ''): Localized {
  const guess = closest(name, known);
  return guess === null ? { fr: '', en: '' } : { fr: ` Vouliez-vous dire ${prefix}${guess}\u00a0?`, en: ` Did you mean ${prefix}${guess}?` };
}

/** "Unexpected argument: b.json." for the positionals a command does not take. */
export function extraArguments(extra: readonly string[]): Localized {
  return { fr: `Argument en trop\u00a0: ${extra.join(' ')}.`, en: `Unexpected argument: ${extra.join(' ')}.` };
}

function unknownOption(arg: string, name: string, specs: Readonly<Record<string, OptionSpec>>, command: string): Localized {
  const known = Object.keys(specs);
  const guess = didYouMean(name, known, '--');
  const list = known.map((k) => `--${k}`).join(', ');
  return {
    fr: `Option inconnue\u00a0: ${arg}.${guess.fr} Options de «\u00a0flowbench ${command}\u00a0»\u00a0: ${list} (détails\u00a0: flowbench ${command} --help).`,
    en: `Unknown option: ${arg}.${guess.en} Options of "flowbench ${command}": ${list} (details: flowbench ${command} --help).`,
  };
}

/** An option's value cannot be another option: `--days --json` is `--days` without its value. */
export const isOptionName = (arg: string): boolean => arg.startsWith('--') && arg.length > 2;

/** `--days needs a value, for example: --days 90.`: the message of every option given without its value. */
export function missingValue(name: string, example: Localized): Localized {
  return { fr: `--${name} attend une valeur, par exemple\u00a0: --${name} ${example.fr}.`, en: `--${name} needs a value, for example: --${name} ${example.en}.` };
}

/** Parses `args` (after the command name) against the command's options; `-h` is `--help`. */
export function parseCommandArgs(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>, command: string): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean | string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options['help'] = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg)) return { ok: false, message: unknownOption(arg, arg.slice(1), specs, command) };
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const spec = specs[name];
    if (!spec) return { ok: false, message: unknownOption(eq < 0 ? arg : arg.slice(0, eq), name, specs, command) };
    if (spec.type === 'boolean') {
      if (eq >= 0) return { ok: false, message: { fr: `--${name} ne prend pas de valeur\u00a0: écrivez --${name} seul.`, en: `--${name} takes no value: write --${name} alone.` } };
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !isOptionName(args[i + 1]!)) value = args[++i];
    if (value === undefined || value === '') {
      return { ok: false, message: missingValue(name, typeof spec.example === 'string' ? { fr: spec.example, en: spec.example } : spec.example) };
    }
    if (spec.multiple) {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else if (options[name] !== undefined && name !== 'lang') {
      return {
        ok: false,
        message: { fr: `--${name} est donné deux fois\u00a0: gardez-en un seul.`, en: `--${name} is given twice: keep only one.` },
      };
    } else options[name] = value;
  }
  return { ok: true, positionals, options };
}
