/**
 * The engine's public surface: what renderer/, electron/ and the CLI import. Pure TypeScript;
 * runs in Node, in the page and in Web Workers.
 */
export * from './model/index.ts';
export * from './schema/index.ts';
export * from './io/index.ts';
export * from './criteria/index.ts';
export * from './edit/index.ts';
export * from './lint/index.ts';
export * from './layout/index.ts';
export * from './templates/index.ts';
export * from './sample/index.ts';
export * from './sim/index.ts';
export * from './hubspot/index.ts';
export * from './programme/index.ts';
export * from './report/index.ts';
