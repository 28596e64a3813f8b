/** What Vite replaces at build time: `import.meta.env.MODE` is 'production' in a build, 'test' under vitest. */
interface ImportMetaEnv {
  readonly MODE: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
