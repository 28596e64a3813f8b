#!/usr/bin/env node
// The end-to-end suite N times in a row beside CPU-hogging processes, to find flaky tests.
//
//   node scripts/e2e-stress.mjs [--runs 20] [--hogs 2] [--no-build] [vitest filters...]
//
// Builds once (unless --no-build), starts the hogs (`node -e 'for(;;){}'`, one busy core each),
// runs `vitest run --config vitest.e2e.config.ts` --runs times, then kills the hogs it started
// (also on Ctrl+C). One line per run, then "passed runs / runs" and every failure's message.
// Reports and logs go to test-output/stress/. Bounded: at most 50 runs and 4 hogs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { countReport } from './test-counts.mjs';

const args = process.argv.slice(2);
function option(name, fallback, max) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`${name} takes a whole number from 0 to ${max}.`);
    process.exit(2);
  }
  return value;
}
const runs = option('--runs', 20, 50);
const hogCount = option('--hogs', 2, 4);
const build = !args.includes('--no-build');
const filters = args.filter((a) => a !== '--no-build');
const out = join('test-output', 'stress');
mkdirSync(out, { recursive: true });

let running = null;
/** Runs a command to its end, in its own process group; its output goes to `log` (a path) or to this terminal. */
function exec(cmd, cmdArgs, log) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true });
    running = child;
    if (log) {
      const stream = createWriteStream(log);
      child.stdout.pipe(stream);
      child.stderr.pipe(stream);
    }
    child.on('close', (code) => {
      running = null;
      resolve(code ?? 1);
    });
  });
}

const hogs = [];
function stopHogs() {
  for (const hog of hogs.splice(0)) hog.kill('SIGKILL');
}
// Ctrl+C or a kill: the hogs, and the run under way with its browser, go too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopHogs();
    if (running?.pid) process.kill(-running.pid, 'SIGTERM');
    process.exit(130);
  });
}
process.on('exit', stopHogs);

/** The failed tests of a report as "file > test: first line of its message". */
function failures(report) {
  const found = [];
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') found.push(`${test.fullName}: ${(test.failureMessages?.[0] ?? '').split('\n')[0]}`);
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) found.push(`${file.name}: failed outside its tests ${file.message ?? ''}`);
  }
  return found;
}

if (build && (await exec('npm', ['run', 'build'])) !== 0) process.exit(1);
for (let i = 0; i < hogCount; i++) hogs.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
console.log(`${runs} runs of the e2e suite beside ${hogCount} CPU hogs (pids ${hogs.map((h) => h.pid).join(', ') || 'none'}); load average ${loadavg()[0].toFixed(2)}.`);

const results = [];
for (let n = 1; n <= runs; n++) {
  const name = `run-${String(n).padStart(2, '0')}`;
  const report = join(out, `${name}.json`);
  rmSync(report, { force: true });
  const started = performance.now();
  const code = await exec('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...filters], join(out, `${name}.log`));
  const seconds = (performance.now() - started) / 1000;
  const json = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null;
  const counts = json ? countReport(json) : null;
  const failed = json ? failures(json) : [`no report (vitest exited with ${code}): see ${name}.log`];
  const ok = code === 0 && failed.length === 0;
  results.push({ n, ok, seconds, failed, load: loadavg()[0] });
  console.log(`${name}: ${ok ? 'passed' : 'FAILED'} (${counts ? `${counts.passed} passed, ${counts.failed} failed` : 'no count'}, ${seconds.toFixed(1)} s, load ${loadavg()[0].toFixed(2)})`);
  for (const f of failed) console.log(`  ${f}`);
}
stopHogs();

const durations = results.map((r) => r.seconds).sort((a, b) => a - b);
const summary = [
  `${results.filter((r) => r.ok).length}/${runs} runs passed beside ${hogCount} CPU hogs.`,
  `Run time: median ${durations[Math.floor(durations.length / 2)]?.toFixed(1)} s, min ${durations[0]?.toFixed(1)} s, max ${durations.at(-1)?.toFixed(1)} s.`,
  ...results.filter((r) => !r.ok).flatMap((r) => [`run ${r.n}:`, ...r.failed.map((f) => `  ${f}`)]),
];
writeFileSync(join(out, 'summary.txt'), `${summary.join('\n')}\n`);
console.log(`\n${summary.join('\n')}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
