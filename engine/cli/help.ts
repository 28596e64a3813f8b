import type { Lang } from '../model/index.ts';
import type { CliCommand } from './command.ts';

/** `--help` and usage texts, wrapped to the terminal's width. */

export const DEFAULT_COLUMNS = 80;
/** Narrower than this, wrapping helps nobody: words would stand one per line. */
const MIN_COLUMNS = 40;

/**
 * Wraps each line of `text` at spaces to `columns`. A line's leading spaces are kept on its
 * continuation lines; an option or command line (`--days D  ...`, `flowbench ...`) hangs its
 * continuation four spaces further in. A word longer than the width stands alone on its line.
 */
export function wrap(text: string, columns: number = DEFAULT_COLUMNS): string {
  const width = Math.max(MIN_COLUMNS, Math.floor(columns) || DEFAULT_COLUMNS);
  return text
    .split('\n')
    .flatMap((line) => {
      const indent = line.length - line.trimStart().length;
      const body = line.slice(indent);
      const hang = ' '.repeat(indent + (/^(--|-h|flowbench )/.test(body) ? 4 : 0));
      const out: string[] = [];
      let current = ' '.repeat(indent);
      let empty = true;
      for (const word of body.split(' ')) {
        if (!empty && current.length + 1 + word.length > width) {
          out.push(current);
          current = hang + word;
        } else current = empty ? current + word : `${current} ${word}`;
        empty = false;
      }
      out.push(current);
      return out;
    })
    .join('\n');
}

const COMMON: Readonly<Record<Lang, string>> = {
  fr: 'Options communes\u00a0:\n  --lang fr|en  langue des messages (par défaut celle du système\u00a0: LC_ALL, LC_MESSAGES, LANG, sinon la langue du système d’exploitation).\n  --help, -h  cette aide.',
  en: 'Common options:\n  --lang fr|en  language of the messages (default: the system’s, from LC_ALL, LC_MESSAGES, LANG, else the operating system’s).\n  --help, -h  this help.',
};

export function usageText(commands: readonly CliCommand[], lang: Lang, columns?: number): string {
  const lines = commands.map((c) => `  flowbench ${c.name} ${c.usage[lang]}\n      ${c.summary[lang]}`);
  const intro = lang === 'fr' ? 'Utilisation\u00a0:' : 'Usage:';
  const more =
    lang === 'fr'
      ? 'Aide d’une commande\u00a0: flowbench <commande> --help. Version\u00a0: flowbench --version (ou -v).'
      : 'Help on one command: flowbench <command> --help. Version: flowbench --version (or -v).';
  return `${wrap(`${intro}\n${lines.join('\n')}\n\n${more}\n${COMMON[lang]}`, columns)}\n`;
}

export function commandHelpText(command: CliCommand, lang: Lang, columns?: number): string {
  const head = lang === 'fr' ? 'Utilisation\u00a0:' : 'Usage:';
  return `${wrap(`${head}\n  flowbench ${command.name} ${command.usage[lang]}\n\n${command.summary[lang]}\n\n${command.help[lang]}\n\n${COMMON[lang]}`, columns)}\n`;
}
