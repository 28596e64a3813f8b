/**
 * Bundles the main process and the preload into dist-electron/ (CommonJS, `electron` external).
 * The sandboxed preload may only require `electron`, so everything else is bundled in.
 */
import { build, type BuildOptions } from 'esbuild';

export async function buildElectron(): Promise<void> {
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], logLevel: 'warning' };
  await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs' });
  await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildElectron();
}
