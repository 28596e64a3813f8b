import type { LoadIssue } from '../io/index.ts';
import type { Lang, Localized } from '../model/index.ts';
import { complain, type CliIo } from './command.ts';
import { visible } from './terminal.ts';

/** A project that cannot be loaded: the headline, then each issue with its JSON path. */
export function printLoadErrors(io: CliIo, lang: Lang, failure: { readonly message: Localized; readonly errors: readonly LoadIssue[] }): void {
  complain(io, lang, failure.message);
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const details = failure.errors.filter((e) => e.message !== failure.message);
  for (const e of details) io.err(`  ${visible(`${e.path === '' ? '' : `${e.path}${colon}`}${e.message[lang]}`)}\n`);
}
