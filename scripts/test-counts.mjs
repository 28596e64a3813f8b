// How `npm test` (scripts/test.mjs) counts a run from vitest's JSON report (plain Node, no I/O).
//
// vitest's `numFailedTestSuites` counts every failed file AND every failed `describe` block, so
// adding it to `numFailedTests` counted a failing test two or three times ("2 failed" read
// "4 failed"). Here each test is counted once, from its own result; a file that failed outside
// its tests (it threw while loading, or a hook failed) holds no failed test to count, so it is
// reported on a line of its own and still fails the run.
import { relative } from 'node:path';

// Types: test-counts.d.mts.

/** Tests counted once each (skipped = skipped, pending or todo), and the files that failed outside their tests. */
export function countReport(report, root = '') {
  const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') counts.passed++;
      else if (test.status === 'failed') counts.failed++;
      else counts.skipped++;
    }
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      counts.brokenFiles.push({ file: root ? relative(root, file.name) : file.name, message: (file.message ?? '').split('\n')[0]?.trim() ?? '' });
    }
  }
  return counts;
}

/**
 * The closing lines of `npm test` over its runs (`report` null when the run wrote none, `status`
 * the process's exit status): one line per problem that no test count shows, then the count of
 * tests alone on the last line, "N passed, N failed, N skipped". `ok` is false when anything failed.
 */
export function closingLines(runs, root = '') {
  const lines = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let ok = true;
  for (const run of runs) {
    if (!run.report) {
      lines.push(`The ${run.name} tests wrote no report (vitest exited with status ${run.status} before the end): see the output above.`);
      ok = false;
      continue;
    }
    const c = countReport(run.report, root);
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
    for (const b of c.brokenFiles) lines.push(`Failed outside its tests (${run.name}): ${b.file}: ${b.message || 'a hook or the file itself failed, see the output above'}`);
    if (c.failed > 0 || c.brokenFiles.length > 0) ok = false;
    else if (run.status !== 0) {
      lines.push(`The ${run.name} tests exited with status ${run.status} although no test failed (an error outside the tests): see the output above.`);
      ok = false;
    }
  }
  lines.push(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { lines, ok };
}
