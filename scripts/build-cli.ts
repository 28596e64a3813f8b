/**
 * Bundles the `flowbench` command (engine/cli/main.ts and everything it imports: zod, papaparse,
 * the engine) into one plain JavaScript file, dist-cli/flowbench.mjs, the package's `bin`, and
 * its study workers (engine/cli/workers/worker-main.ts: the simulator and the study modules
 * alone) into dist-cli/flowbench-worker.mjs beside it, where the pool starts them. The bundles
 * run on Node alone: no TypeScript loader (tsx) at run time, so tsx stays a development
 * dependency. `npm ci` builds them (the `prepare` script); `npm run flowbench` runs the sources
 * through tsx, as before, for development.
 */
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { WORKER_BUNDLE } from '../engine/cli/workers/protocol.ts';

export const CLI_BUNDLE = 'dist-cli/flowbench.mjs';

/** A CommonJS dependency bundled into ESM may still call require() for a Node built-in. */
const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const REQUIRE_BANNER = "import { createRequire as __flowbenchRequire } from 'node:module';\nconst require = __flowbenchRequire(import.meta.url);";

async function bundle(entry: string, outfile: string, shebang: boolean): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: `${shebang ? '#!/usr/bin/env node\n' : ''}${REQUIRE_BANNER}` },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** The study workers' bundle, in `dir` (beside the bundle that starts them: engine/cli/workers/pool.ts). */
export async function buildStudyWorker(dir: string): Promise<string> {
  const outfile = join(dir, WORKER_BUNDLE);
  await bundle(source('engine/cli/workers/worker-main.ts'), outfile, false);
  return outfile;
}

export async function buildCli(outfile = CLI_BUNDLE): Promise<void> {
  await Promise.all([bundle(source('engine/cli/main.ts'), outfile, true), buildStudyWorker(dirname(outfile))]);
  chmodSync(outfile, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
}
