import manifest from '../../package.json' with { type: 'json' };

/**
 * The version `flowbench --version` prints: package.json's, read at build time. From the sources
 * (tsx) the import reads the file; in the bundle (scripts/build-cli.ts) esbuild inlines it, so the
 * installed command needs no package.json beside it and cannot read another one.
 */
export const VERSION: string = manifest.version;
