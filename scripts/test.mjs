#!/usr/bin/env node
// `npm test`: unit and component tests (vitest), then the end-to-end tests in Debian's Chromium
// against the built web app. Ends with the count of tests over both runs, each test once, alone on
// the last line: "N passed, N failed, N skipped" (scripts/test-counts.mjs); a file that failed
// outside its tests gets its own line above it and fails the run too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closingLines } from './test-counts.mjs';

const out = 'test-output';
mkdirSync(out, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

/** Runs vitest with a JSON report; a report left by an earlier run is removed first. */
function vitest(name, args) {
  const file = join(out, `${name}.json`);
  rmSync(file, { force: true });
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  return { name, status, report: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null };
}

const runs = [vitest('unit', [])];
let built = true;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasE2e = existsSync('tests/e2e') && readdirSync('tests/e2e').some((f) => f.endsWith('.e2e.ts'));
if (hasE2e && !existsSync(chromium)) {
  console.log(`\nEnd-to-end tests skipped: no Chromium at ${chromium} (apt-get install -y chromium).`);
} else if (hasE2e) {
  built = run('npm', ['run', 'build']) === 0;
  if (built) runs.push(vitest('e2e', ['--config', 'vitest.e2e.config.ts']));
}

const { lines, ok } = closingLines(runs, process.cwd());
if (!built) lines.unshift('The build failed: the end-to-end tests did not run.');
console.log(`\n${lines.join('\n')}`);
process.exit(built && ok ? 0 : 1);
