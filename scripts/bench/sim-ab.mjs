// A/B timing of the simulator between two checkouts of the repository, runs alternating A B A B.
// Usage: node scripts/bench/sim-ab.mjs <dir A> <dir B> [runs at 100k = 5] [runs at 1M = 1]
// Each run is `tsx scripts/bench/sim.bench.ts <n>` in its own process, in that checkout (each
// needs its node_modules: `git worktree add <dir> <commit> && cp -al node_modules <dir>/`).
// Prints every run, then per size the median "simulated" seconds of each side and B/A.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const [a, b, runs100k = '5', runs1m = '1'] = process.argv.slice(2);
if (!a || !b) {
  console.error('Usage: node scripts/bench/sim-ab.mjs <dir A> <dir B> [runs at 100k = 5] [runs at 1M = 1]');
  process.exit(2);
}
const sides = [resolve(a), resolve(b)];

function once(dir, n) {
  const out = execFileSync(join(dir, 'node_modules/.bin/tsx'), ['scripts/bench/sim.bench.ts', String(n)], { cwd: dir, encoding: 'utf8' });
  const m = /([\d.]+) s simulated/.exec(out);
  if (!m) throw new Error(`No timing in the output of ${dir}:\n${out}`);
  return { seconds: Number(m[1]), line: out.trim() };
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};

for (const [n, runs] of [
  [100_000, Number(runs100k)],
  [1_000_000, Number(runs1m)],
]) {
  const times = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const side of [0, 1]) {
      const { seconds, line } = once(sides[side], n);
      times[side].push(seconds);
      console.log(`${'AB'[side]} #${r + 1} ${line}`);
    }
  }
  const [ma, mb] = times.map(median);
  console.log(
    `${n.toLocaleString('en')} contacts: A median ${ma.toFixed(3)} s [${times[0].join(', ')}], B median ${mb.toFixed(3)} s [${times[1].join(', ')}], B/A ${(mb / ma).toFixed(3)}`,
  );
}
