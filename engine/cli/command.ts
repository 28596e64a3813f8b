import type { Lang, Localized } from '../model/index.ts';
import { visible } from './terminal.ts';

/** Where a command reads its environment and writes its output: the process, or a test's capture. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * A status line redrawn in place on stderr (progress): the text is escaped like any other and
   * the carriage return is the CLI's own. Without it (a test's io), `err`.
   */
  readonly status?: (line: string) => void;
  /**
   * A file's content asked on the standard output (`--json -`), as data: the process writes it
   * raw to a pipe or a file, escaped like any text to a terminal (main.ts). Without it, `out`.
   */
  readonly data?: (chunk: string) => void | Promise<void>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative file paths resolve against it. */
  readonly cwd: string;
  /** The terminal's width for `--help`; 80 when unknown (not a terminal). */
  readonly columns?: number;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * A string option shows `example` in messages (`--days 30`), in the message's language when it is
 * a word (`--out rapport.html`); `multiple` ones may repeat (`--map`).
 */
export type OptionSpec = { readonly type: 'string'; readonly example: string | Localized; readonly multiple?: boolean } | { readonly type: 'boolean' };

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly lang: Lang;
  readonly io: CliIo;
}

/**
 * One `flowbench <name>` command. Commands are registered in `commands.ts`; `--help` and
 * `--lang` are handled for all of them, so a command declares only its own options.
 */
export interface CliCommand {
  readonly name: string;
  /** Arguments as shown in the usage line, e.g. `<file> [--json]` / `<fichier> [--json]`: placeholders in the help's language. */
  readonly usage: Localized;
  readonly summary: Localized;
  /** Longer help printed by `flowbench <name> --help`, after the usage line. */
  readonly help: Localized;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly run: (ctx: CommandContext) => Promise<number>;
}

/** One line of output: the message is ours, so anything unsafe in it came from user text. */
export function say(io: CliIo, lang: Lang, text: Localized): void {
  io.out(`${visible(text[lang])}\n`);
}

export function complain(io: CliIo, lang: Lang, text: Localized): void {
  io.err(`${visible(text[lang])}\n`);
}
