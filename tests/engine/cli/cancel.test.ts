import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { testFolder } from './capture.ts';

/**
 * Ctrl-C on a command whose replications run on worker threads, as a user presses it: the command
 * runs in a terminal (util-linux's `script` gives it one), and once its progress line shows a
 * replication done, so its workers are running and far from the end, the terminal gets ^C, which
 * its line discipline turns into SIGINT. The command stops every worker, says so in the user's
 * language on a line of its own and exits 130, writing nothing.
 */

const SCRIPT = '/usr/bin/script';

async function pressCtrlC(args: readonly string[], cwd: string, progress: RegExp): Promise<{ code: number | null; screen: string; pressed: boolean }> {
  const quoted = [process.execPath, join(process.cwd(), 'engine/cli/bin.mjs'), ...args].map((a) => `'${a}'`).join(' ');
  // -q no banner, -f flush at once, -e its exit code is the command's, -c the command.
  const child = spawn(SCRIPT, ['-qfec', quoted, '/dev/null'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let pressed = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
    if (!pressed && progress.test(screen)) {
      pressed = true;
      child.stdin.write('\x03');
    }
  });
  child.stderr.resume();
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, screen, pressed };
}

/** A folder holding the lifecycle template as p.json, in the language asked; removed after the test. */
function lifecycleIn(lang: 'fr' | 'en'): string {
  const t = testFolder();
  writeFileSync(join(t.dir, 'p.json'), saveProject(buildTemplate('lifecycle', lang)));
  return t.dir;
}

describe.runIf(existsSync(SCRIPT))('Ctrl-C while replications run on worker threads', () => {
  it('flowbench simulate --replications: exit 130, nothing written, said in French', async () => {
    const dir = lifecycleIn('fr');
    const run = await pressCtrlC(
      ['simulate', 'p.json', '--generate', '5000', '--days', '365', '--replications', '1000', '--workers', '2', '--json', 'out.json', '--lang', 'fr'],
      dir,
      /Tirages\u00a0: \d+ \/ 1\u202f000/,
    );
    expect(run.pressed).toBe(true);
    expect(run.code).toBe(130);
    // The progress line is redrawn in place: a real carriage return, not one escaped into view ("\u000d").
    expect(run.screen).toContain('\rTirages\u00a0: 1 / 1\u202f000');
    expect(run.screen).not.toContain('\\u000d');
    // After the progress line, on its own line.
    expect(run.screen).toMatch(/\d \/ 1\u202f000(\^C)?\r?\n(\r?\n)?Annulé \(Ctrl-C\)\u00a0: aucun fichier écrit\./);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  }, 60_000);

  it('flowbench report --replications: exit 130, no report written, said in English', async () => {
    const dir = lifecycleIn('en');
    const run = await pressCtrlC(
      ['report', 'p.json', '--out', 'r.html', '--generate', '5000', '--days', '365', '--replications', '200', '--workers', '2', '--lang', 'en'],
      dir,
      /Runs: \d+ \/ 200/,
    );
    expect(run.pressed).toBe(true);
    expect(run.code).toBe(130);
    expect(run.screen).not.toContain('\\u000d');
    expect(run.screen).toMatch(/\d \/ 200(\^C)?\r?\n(\r?\n)?Cancelled \(Ctrl-C\): no file written\./);
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  }, 60_000);
});
