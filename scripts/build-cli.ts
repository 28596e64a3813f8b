/**
 * Bundles the `flowbench` command (engine/cli/main.ts and everything it imports: zod, papaparse,
 * the engine) into one plain JavaScript file, dist-cli/flowbench.mjs, the package's `bin`. The
 * bundle runs on Node alone: no TypeScript loader (tsx) at run time, so tsx stays a development
 * dependency. `npm ci` builds it (the `prepare` script); `npm run flowbench` runs the sources
 * through tsx, as before, for development.
 */
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

export const CLI_BUNDLE = 'dist-cli/flowbench.mjs';

export async function buildCli(outfile = CLI_BUNDLE): Promise<void> {
  await build({
    entryPoints: ['engine/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // A CommonJS dependency bundled into ESM may still call require() for a Node built-in.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __flowbenchRequire } from 'node:module';\nconst require = __flowbenchRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
}
