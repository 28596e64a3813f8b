import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closingLines, countReport } from '../../scripts/test-counts.mjs';

// The count that closes `npm test`, checked on vitest's real JSON report of the fixture suites in
// tests/tooling/fixtures/counts/ (run here, with this repository's vitest). What they hold:
// - mixed.fixture.ts: 1 passing, 2 failing, 1 skipped, 1 todo test, in one describe block;
// - passing.fixture.ts: 2 passing tests;
// - broken-hook.fixture.ts: 1 passing test, then its afterAll throws;
// - broken-load.fixture.ts: throws while loading, so it holds no test.
// By hand: passed 1 + 2 + 1 = 4, failed 2, skipped 1 + 1 = 2; two files failed outside their tests.
const fixtures = join('tests', 'tooling', 'fixtures', 'counts');
type Report = Parameters<typeof countReport>[0];
let report: Report;
const dir = mkdtempSync(join(tmpdir(), 'flowbench-counts-'));

beforeAll(async () => {
  const file = join(dir, 'report.json');
  const vitest = join('node_modules', 'vitest', 'vitest.mjs');
  // The fixtures fail on purpose: vitest exits 1, and the report is what matters.
  await promisify(execFile)(process.execPath, [vitest, 'run', '--config', join(fixtures, 'vitest.config.mjs'), '--reporter=json', `--outputFile=${file}`]).catch((e: { code?: number }) => {
    if (e.code !== 1) throw e;
  });
  report = JSON.parse(readFileSync(file, 'utf8')) as Report;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the closing count of npm test', () => {
  it('counts each test once: 2 failing tests in a describe block are "2 failed"', () => {
    const c = countReport(report, process.cwd());
    expect({ passed: c.passed, failed: c.failed, skipped: c.skipped }).toEqual({ passed: 4, failed: 2, skipped: 2 });
  });

  it('names the files that failed outside their tests, with their message when vitest gives one', () => {
    const broken = countReport(report, process.cwd()).brokenFiles.sort((a, b) => a.file.localeCompare(b.file));
    expect(broken).toEqual([
      { file: join(fixtures, 'broken-hook.fixture.ts'), message: '' },
      { file: join(fixtures, 'broken-load.fixture.ts'), message: 'this suite fails to load' },
    ]);
  });

  it('ends with the test count alone on the last line, after one line per broken file, and fails', () => {
    const { lines, ok } = closingLines([{ name: 'unit', report, status: 1 }], process.cwd());
    expect(ok).toBe(false);
    expect(lines.at(-1)).toBe('4 passed, 2 failed, 2 skipped');
    expect(lines.slice(0, -1).sort()).toEqual([
      `Failed outside its tests (unit): ${join(fixtures, 'broken-hook.fixture.ts')}: a hook or the file itself failed, see the output above`,
      `Failed outside its tests (unit): ${join(fixtures, 'broken-load.fixture.ts')}: this suite fails to load`,
    ]);
  });

  it('fails a run whose only failure is a file that did not load, though no test failed', () => {
    const only = { testResults: report.testResults!.filter((f) => f.name.endsWith('broken-load.fixture.ts')) };
    const { lines, ok } = closingLines([{ name: 'unit', report: only, status: 1 }]);
    expect(ok).toBe(false);
    expect(lines.at(-1)).toBe('0 passed, 0 failed, 0 skipped');
    expect(lines[0]).toContain('this suite fails to load');
  });

  it('passes a run of passing files, adding the counts of both runs', () => {
    const passing = { testResults: report.testResults!.filter((f) => f.name.endsWith('passing.fixture.ts')) };
    const { lines, ok } = closingLines([
      { name: 'unit', report: passing, status: 0 },
      { name: 'e2e', report: passing, status: 0 },
    ]);
    expect({ lines, ok }).toEqual({ lines: ['4 passed, 0 failed, 0 skipped'], ok: true });
  });

  it('fails when a run wrote no report, or exited in error with no failed test', () => {
    const passing = { testResults: report.testResults!.filter((f) => f.name.endsWith('passing.fixture.ts')) };
    const missing = closingLines([{ name: 'e2e', report: null, status: 1 }]);
    expect(missing.ok).toBe(false);
    expect(missing.lines).toEqual(['The e2e tests wrote no report (vitest exited with status 1 before the end): see the output above.', '0 passed, 0 failed, 0 skipped']);
    const errored = closingLines([{ name: 'unit', report: passing, status: 1 }]);
    expect(errored.ok).toBe(false);
    expect(errored.lines.at(-1)).toBe('2 passed, 0 failed, 0 skipped');
  });
});
