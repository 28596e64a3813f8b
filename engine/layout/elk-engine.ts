import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api.js';

let elk: Promise<ElkApi> | undefined;

/**
 * One ELK instance per thread: building it costs more than a small layout. ELK (1.5 MB) is
 * imported on first use, so a bundle that reaches this module keeps it in a lazily loaded chunk.
 */
export function elkEngine(): Promise<ElkApi> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elk;
}

/**
 * Lays an ELK graph out. Code that draws (the programme map, the report's diagrams) takes one of
 * these: `elkInThisThread` in the CLI and the tests, the layout worker's in the app, so the page
 * itself never references ELK and the build ships it once (tests/e2e/bundle.e2e.ts).
 */
export type ElkLayout = (graph: ElkNode) => Promise<ElkNode>;

export const elkInThisThread: ElkLayout = async (graph) => (await elkEngine()).layout(graph);
