import type { Lang } from '../model/index.ts';
import { isOptionName } from './args.ts';

/**
 * The language of the user's locale: LC_ALL, then LC_MESSAGES, then LANG, as in POSIX (the
 * first one set wins, even `C`, which is English); when none is set, the system locale as
 * Intl sees it. French if it says so.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>, systemLocale: () => string = intlLocale): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || systemLocale();
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function intlLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/**
 * A `--lang` given anywhere on the command line, read before parsing so errors speak it too; ''
 * when it has no value (last, or followed by another option, as args.ts reads any option).
 */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return langValue(argv, i) ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** The value of the `--lang` at `i`, if the next argument is one (not another option). */
export function langValue(argv: readonly string[], i: number): string | undefined {
  const next = argv[i + 1];
  return next === undefined || isOptionName(next) ? undefined : next;
}
