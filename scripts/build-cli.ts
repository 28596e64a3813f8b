/**
 * Bundles the `flowbench` command (engine/cli/main.ts and everything it imports: zod, papaparse,
 * the engine) into dist-cli/flowbench.mjs, the package's `bin`, and its study workers
 * (engine/cli/workers/worker-main.ts: the simulator and the study modules alone) into
 * dist-cli/flowbench-worker.mjs beside it, where the pool starts them. Code split: what both
 * share is one chunk beside them, and what is imported on demand stays in its own chunk, read
 * only when asked: elkjs (3.4 MB, the report's programme map) no longer slows every command's
 * start (`flowbench --help` 0.42 -> 0.29 s). The bundles run on Node alone: no TypeScript loader
 * (tsx) at run time, so tsx stays a development dependency. `npm ci` builds them (the `prepare`
 * script); `npm run flowbench` runs the sources through tsx, as before, for development.
 */
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { WORKER_BUNDLE } from '../engine/cli/workers/protocol.ts';

export const CLI_BUNDLE = 'dist-cli/flowbench.mjs';

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * A CommonJS dependency bundled into ESM may still call require() for a Node built-in. The
 * shebang is harmless in the other files (a module may begin with one).
 */
const BANNER = "#!/usr/bin/env node\nimport { createRequire as __flowbenchRequire } from 'node:module';\nconst require = __flowbenchRequire(import.meta.url);";

/**
 * The command as `outfile` (its name without `.mjs` is the entry's), the workers' bundle and the
 * chunks beside it, all in one folder: the pool finds the workers' file next to its own code
 * (engine/cli/workers/pool.ts), whichever chunk that code is in.
 */
/** What every bundle here shares: plain ESM for Node 20, the banner above. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: BANNER },
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

export async function buildCli(outfile = CLI_BUNDLE): Promise<void> {
  const dir = dirname(outfile);
  // Chunks are named by their content's hash: those of an earlier build would stay beside the new ones.
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (/^chunk-[A-Z0-9]+\.mjs$/.test(name)) rmSync(join(dir, name));
  await build({
    entryPoints: { [basename(outfile, '.mjs')]: source('engine/cli/main.ts'), [basename(WORKER_BUNDLE, '.mjs')]: source('engine/cli/workers/worker-main.ts') },
    outdir: dir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    ...NODE_BUNDLE,
  });
  chmodSync(outfile, 0o755);
}

/** The study workers' bundle alone, in `dir` (the study bench's cases start them: scripts/bench/study.bench.ts). */
export async function buildStudyWorker(dir: string): Promise<string> {
  const outfile = join(dir, WORKER_BUNDLE);
  await build({
    entryPoints: [source('engine/cli/workers/worker-main.ts')],
    outfile,
    ...NODE_BUNDLE,
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
}
