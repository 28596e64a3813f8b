#!/usr/bin/env node
// `npm test`: unit and component tests (vitest), then the end-to-end tests in Debian's Chromium
// against the built web app. Ends with one line "N passed, N failed" over both runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const out = 'test-output';
mkdirSync(out, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: j.numPassedTests ?? 0,
    failed: (j.numFailedTests ?? 0) + (j.numFailedTestSuites ?? 0),
    skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
  };
}

let status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/unit.json`]);
const total = counts(join(out, 'unit.json'));

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasE2e = existsSync('tests/e2e') && readdirSync('tests/e2e').some((f) => f.endsWith('.e2e.ts'));
if (hasE2e && !existsSync(chromium)) {
  console.log(`\nEnd-to-end tests skipped: no Chromium at ${chromium} (apt-get install -y chromium).`);
} else if (hasE2e) {
  status = run('npm', ['run', 'build']) || status;
  const e2e = run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${out}/e2e.json`]);
  status = e2e || status;
  const c = counts(join(out, 'e2e.json'));
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(status === 0 && total.failed === 0 ? 0 : 1);
