import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedProjectFile } from '../../../scripts/bench/linked-projects.ts';
import { buildCli } from '../../../scripts/build-cli.ts';
import { tempDir } from '../cli/capture.ts';

/**
 * `flowbench validate` as a user runs it (a real process: the bundled `bin`) on generated hostile
 * projects: it must answer in under 5 s and under 1 GB. The bounds are generous on purpose (a
 * shared machine varies), and the real numbers are printed: before the enroll-cycle fix, the
 * 40-workflow lattice did not answer at all (Fibonacci(40) paths walked one by one).
 */
const tmp = tempDir();
const bundle = join(tmp.dir, 'flowbench.mjs');
beforeAll(() => buildCli(bundle), 60_000);
afterAll(() => tmp.cleanup());

function validate(file: string): { code: number | null; out: string; ms: number; rssMb: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', './tests/engine/hostile/report-usage.mjs', bundle, 'validate', file, '--json', '--lang', 'en'], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const usage = /@usage (\{.*\})/.exec(run.stderr);
  if (!usage) throw new Error(`no usage line (signal ${String(run.signal)}): ${run.stderr.slice(0, 500)}`);
  const { maxRssKb } = JSON.parse(usage[1]!) as { maxRssKb: number };
  const rssMb = maxRssKb / 1024;
  console.info(`validate ${file.split('/').pop()}: ${ms.toFixed(0)} ms (process start included), peak ${rssMb.toFixed(0)} MB`);
  return { code: run.status, out: run.stdout, ms, rssMb };
}

const write = (name: string, text: string) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
};

describe('validate on generated large projects answers in under 5 s and 1 GB', () => {
  it.each([
    ['a chain of 40 linked workflows', 'chain', false, 0],
    ['a lattice of 40 linked workflows', 'lattice', false, 0],
    ['a closed lattice of 40 workflows (Fibonacci(39) cycles, 100 reported)', 'lattice', true, 100],
  ] as const)('%s', (_, shape, closed, cycles) => {
    const result = validate(write(`${shape}-${closed}.json`, linkedProjectFile(40, shape, closed)));
    expect(result.ms).toBeLessThan(5000);
    expect(result.rssMb).toBeLessThan(1024);
    const report = JSON.parse(result.out) as { errors: unknown[]; findings: { rule: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'enroll-cycle')).toHaveLength(cycles);
  }, 60_000);

  it('a 100 MB file of multi-byte text (35 million characters): refused by its size in bytes', () => {
    const text = linkedProjectFile(3, 'chain').replace('"name": "3 linked', `"name": "${'日'.repeat(35_000_000)}3 linked`);
    const path = write('multibyte.json', text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(100_000_000);
    const result = validate(path);
    expect(result.ms).toBeLessThan(5000);
    expect(result.rssMb).toBeLessThan(1024);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.out) as { errors: { message: { en: string } }[] };
    // The CLI now refuses it from its size on disk, before reading it (d990bb0); the same limit
    // counted in UTF-8 bytes of text is loadProject's, tested in project-values.test.ts.
    const mb = Math.ceil(Buffer.byteLength(text) / (1024 * 1024));
    expect(report.errors[0]!.message.en).toMatch(new RegExp(`multibyte\\.json is too large \\(${mb} MB\\): the limit is 40 MB\\. Nothing was read\\.`));
  }, 60_000);
});
