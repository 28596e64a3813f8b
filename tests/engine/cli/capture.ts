import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../engine/cli/command.ts';
import { runCli } from '../../../engine/cli/run.ts';
import { saveProject } from '../../../engine/io/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process in `cwd`, with captured output and an English locale unless told otherwise. */
export async function cli(argv: readonly string[], cwd: string, env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), env, cwd };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'flowbench-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh temporary folder for the running test, removed when it ends (each one, however many a test makes). */
export function testFolder(): { readonly dir: string } {
  const { dir, cleanup } = tempDir();
  onTestFinished(cleanup);
  return { dir };
}

/** A testFolder holding the nurturing template (English) as p.json, what most command tests run. */
export function nurturingFolder(): string {
  const { dir } = testFolder();
  writeFileSync(join(dir, 'p.json'), saveProject(buildTemplate('nurturing', 'en')));
  return dir;
}
