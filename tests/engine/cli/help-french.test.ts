import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../engine/cli/command.ts';
import { COMMANDS } from '../../../engine/cli/commands.ts';
import { runCli } from '../../../engine/cli/run.ts';
import { cli } from './capture.ts';

const cwd = process.cwd();

async function help(argv: readonly string[], columns?: number): Promise<string> {
  let out = '';
  const io: CliIo = { out: (t) => void (out += t), err: () => {}, env: {}, cwd, ...(columns === undefined ? {} : { columns }) };
  await runCli([...argv, '--help', '--lang', 'fr'], io);
  return out;
}

/** Every French page: the general usage, then each command's help. */
const PAGES = [[], ...COMMANDS.map((c) => [c.name])] as const;

/** English placeholders a French page must not show. */
const ENGLISH = ['<file>', '<project', '<out', 'out.json', 'out.csv', 'YYYY', 'report.html', 'sheet.md', 'file.csv', 'column=property'];

describe('French help pages use French placeholders, as the French messages do', () => {
  it.each(PAGES.map((p) => [p.join(' ') || '(usage)', p] as const))('%s: no English placeholder', async (_, page) => {
    const text = await help(page);
    for (const word of ENGLISH) expect(text, word).not.toContain(word);
  });

  it('the usage lines name the French placeholders', async () => {
    const usage = (await help([])).replace(/[ \n]+/g, ' ');
    for (const part of ['flowbench validate <fichier>', 'flowbench template <id> <sortie.json>', 'export <projet>', '[--sheet fiche.md]', '<sortie.flowbench.json>', 'flowbench report <projet.json> --out rapport.html', 'flowbench test <projet.json>']) {
      expect(usage).toContain(part);
    }
  });

  it.each(['simulate', 'compare'])('%s: each option of the usage line is written the same in the option lines', async (name) => {
    const text = (await help([name])).replace(/[ \n]+/g, ' ');
    const usage = COMMANDS.find((c) => c.name === name)!.usage.fr;
    expect(text).toContain(usage);
    const options = [...usage.matchAll(/\[--([a-z]+) ([^\]\s|]+)/g)].map((m) => `--${m[1]} ${m[2]}`);
    expect(options).toContain('--start AAAA-MM-JJ');
    const body = text.slice(text.indexOf('Options\u00a0:'));
    for (const option of options) expect(body, option).toContain(option);
  });

  it('a missing value is shown with a French example: --out rapport.html, --sheet fiche.md', async () => {
    const report = await cli(['report', 'p.json', '--out', '--lang', 'fr'], cwd);
    expect(report.err).toBe('--out attend une valeur, par exemple\u00a0: --out rapport.html.\n');
    const sheet = await cli(['hubspot', 'export', 'p.json', '--sheet', '--lang', 'fr'], cwd);
    expect(sheet.err).toBe('--sheet attend une valeur, par exemple\u00a0: --sheet fiche.md.\n');
    const en = await cli(['report', 'p.json', '--out'], cwd);
    expect(en.err).toBe('--out needs a value, for example: --out report.html.\n');
  });
});

describe('French help keeps « and » with their word, and the space before : ; ? ! is a no-break one', () => {
  it.each(PAGES.map((p) => [p.join(' ') || '(usage)', p] as const))('%s: no ordinary space inside « » nor before : ; ? !', async (_, page) => {
    const text = await help(page);
    expect(text).not.toMatch(/« | »/);
    expect(text).not.toMatch(/ [:;?!](\s|$)/m);
  });

  it.each([40, 52, 64, 80, 100])('wrapped to %i columns, no line ends on « nor starts with » or a colon', async (columns) => {
    for (const page of PAGES) {
      const lines = (await help(page, columns)).split('\n');
      for (const line of lines) {
        expect(line.trimEnd(), line).not.toMatch(/«$/);
        expect(line.trimStart(), line).not.toMatch(/^[»:;?!]/);
      }
    }
  });
});
