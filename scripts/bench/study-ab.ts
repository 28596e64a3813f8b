/**
 * A/B timing of a study's replications between two checkouts, in one process: replication r of A
 * then of B (B first on odd r), the seed pack of sim.bench.ts, 10,000 contacts over 365 days by
 * default. The machine's memory speed changes by half from one hour to the next (engine/study
 * CONTEXT.md), so runs in separate processes minutes apart compare the machine as much as the
 * builds; alternating within a process lets its phases hit both sides alike.
 * Usage: tsx scripts/bench/study-ab.ts <dir A> <dir B> [replications = 60] [contacts = 10000]
 * (each dir a checkout: `git worktree add <dir> <commit>`; no node_modules needed there, both are
 * bundled with this checkout's esbuild). Prints per side the median and mean of the replications
 * after the first 10 (JIT warm-up), B/A of the means, and whether both counted the same frames.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../build-cli.ts';

type Replicate = () => number;

/** An entry over checkout `dir`: `setup(n)` loads the seed pack's population once and returns one replication after another (a checksum of its frame). */
function entry(dir: string): string {
  const at = (path: string) => JSON.stringify(join(dir, path));
  return `
import { generateContacts } from ${at('engine/sample/index.ts')};
import { replicationFrame, studyPopulation, studyShape } from ${at('engine/study/replications.ts')};
import { benchProject } from ${at('scripts/bench/sim.bench.ts')};
export function setup(n) {
  const project = benchProject();
  const contacts = generateContacts(project, n, 7);
  const options = { replications: 1_000_000, seed: 7 };
  const layout = studyShape(project, options);
  const loaded = studyPopulation(project, contacts, options);
  let r = 0;
  return () => {
    const frame = replicationFrame(project, contacts, options, r++, layout, loaded);
    let sum = 0;
    for (let k = 0; k < frame.length; k++) sum = (sum * 31 + frame[k]) | 0;
    return sum;
  };
}`;
}

async function side(dir: string, work: string, name: string): Promise<(n: number) => Replicate> {
  const source = join(work, `${name}-entry.mjs`);
  writeFileSync(source, entry(resolve(dir)));
  const outfile = join(work, `${name}.mjs`);
  await build({ entryPoints: [source], outfile, ...NODE_BUNDLE });
  return ((await import(pathToFileURL(outfile).href)) as { setup: (n: number) => Replicate }).setup;
}

const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

const [a, b, replications = '60', contacts = '10000'] = process.argv.slice(2);
if (!a || !b) {
  console.error('Usage: tsx scripts/bench/study-ab.ts <dir A> <dir B> [replications = 60] [contacts = 10000]');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'flowbench-ab-'));
const n = Number(contacts);
const runs = { A: (await side(a, work, 'a'))(n), B: (await side(b, work, 'b'))(n) };
const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
const sums: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (let r = 0; r < Number(replications); r++) {
  for (const k of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    const t0 = performance.now();
    sums[k].push(runs[k]());
    times[k].push(performance.now() - t0);
  }
}
const steady = { A: times.A.slice(10), B: times.B.slice(10) };
const same = sums.A.every((s, r) => s === sums.B[r]);
console.log(
  `A ${median(steady.A).toFixed(1)} ms median, ${mean(steady.A).toFixed(1)} mean | B ${median(steady.B).toFixed(1)} median, ${mean(steady.B).toFixed(1)} mean | ` +
    `B/A ${(mean(steady.B) / mean(steady.A)).toFixed(3)} | frames ${same ? 'the same' : 'DIFFER'} (${replications} replications of ${n.toLocaleString('en')} contacts each)`,
);
