import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../engine/cli/command.ts';
import { runCli } from '../../../engine/cli/run.ts';
import { visibleData } from '../../../engine/cli/terminal.ts';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { cli, testFolder } from './capture.ts';

function dir(): string {
  const t = testFolder();
  writeFileSync(join(t.dir, 'p.json'), saveProject(buildTemplate('nurturing', 'en')));
  return t.dir;
}

/** The process's three channels kept apart: `data` is what main.ts writes raw to a pipe. */
async function run(argv: readonly string[], cwd: string): Promise<{ code: number; out: string; data: string; err: string }> {
  let [out, data, err] = ['', '', ''];
  const io: CliIo = { out: (t) => void (out += t), data: (t) => void (data += t), err: (t) => void (err += t), env: { LANG: 'en_US.UTF-8' }, cwd };
  const code = await runCli(argv, io);
  return { code, out, data, err };
}

const SMALL = ['--generate', '20', '--days', '10'];

describe('--json - and --csv - write to the standard output, which then carries that alone', () => {
  it('simulate --json -: the JSON the file would hold, raw; the summary on stderr; no file named "-"', async () => {
    const cwd = dir();
    const piped = await run(['simulate', 'p.json', ...SMALL, '--json', '-'], cwd);
    expect(piped.code).toBe(0);
    expect(piped.out).toBe('');
    expect(piped.err).toContain('Simulation "');
    expect(existsSync(join(cwd, '-'))).toBe(false);
    expect((await run(['simulate', 'p.json', ...SMALL, '--json', 'file.json'], cwd)).code).toBe(0);
    expect(piped.data).toBe(readFileSync(join(cwd, 'file.json'), 'utf8'));
  });

  it('simulate --csv - in French: BOM and CRLF as in the file, raw; the other output still a file, named on stderr', async () => {
    const cwd = dir();
    const piped = await run(['simulate', 'p.json', ...SMALL, '--csv', '-', '--json', 's.json', '--lang', 'fr'], cwd);
    expect(piped.code).toBe(0);
    expect(piped.out).toBe('');
    expect(piped.data.startsWith('\ufeff')).toBe(true);
    expect(piped.data).toContain('\r\n');
    expect(piped.err).toContain(`Écrit\u00a0: ${join(cwd, 's.json')}`);
    expect(existsSync(join(cwd, 's.json'))).toBe(true);
  });

  it('compare --csv -: the comparison’s CSV on stdout, its text on stderr', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'b.json'), saveProject(buildTemplate('nurturing', 'en')));
    const piped = await run(['compare', 'p.json', 'b.json', ...SMALL, '--replications', '2', '--workers', '1', '--csv', '-'], cwd);
    expect(piped.code).toBe(0);
    expect(piped.out).toBe('');
    expect(piped.data.split('\n')[0]).toContain('A mean');
    expect(piped.err).toContain('Comparing A "');
  });

  it('both on the standard output is refused before anything runs (exit 2), FR/EN', async () => {
    const cwd = dir();
    const en = await cli(['simulate', 'p.json', ...SMALL, '--json', '-', '--csv', '-'], cwd);
    expect([en.code, en.out]).toEqual([2, '']);
    expect(en.err).toBe('--json - and --csv - both ask for the standard output: only one output can go there (nothing was written).\n');
    const fr = await cli(['simulate', 'p.json', ...SMALL, '--json', '-', '--csv', '-', '--lang', 'fr'], cwd);
    expect(fr.err).toBe('--json - et --csv - demandent tous deux la sortie standard\u00a0: une seule sortie peut y aller (rien n’a été écrit).\n');
  });

  it('where the standard output is not taken, "-" is refused, never made a file', async () => {
    const cwd = dir();
    for (const argv of [['report', 'p.json', '--out', '-', ...SMALL], ['template', 'nurturing', '-']]) {
      const r = await cli(argv, cwd);
      expect(r.code).toBe(2);
      expect(r.err).toContain('"-" means the standard output, which is not taken here');
    }
    expect(existsSync(join(cwd, '-'))).toBe(false);
  });

  it('the help says so', async () => {
    for (const name of ['simulate', 'compare']) expect((await cli([name, '--help'], process.cwd())).out.replace(/\s+/g, ' ')).toContain('One of them may be "-", the standard output');
  });

  it('as a real process piped: stdout is the JSON alone (main.ts writes the data raw)', () => {
    const cwd = dir();
    const bin = join(process.cwd(), 'engine/cli/bin.mjs');
    const r = spawnSync(process.execPath, [bin, 'simulate', 'p.json', ...SMALL, '--json', '-', '--lang', 'en'], { cwd, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { horizonDays: number }).horizonDays).toBe(10);
    expect(r.stderr).toContain('Simulation "');
  }, 60_000);

  it('to a terminal, data is escaped as all text, its line breaks kept', () => {
    expect(visibleData('a\u001b[31m;b\r\nc\n')).toBe('a\\u001b[31m;b\r\nc\n');
  });
});
