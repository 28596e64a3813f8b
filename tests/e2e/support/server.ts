import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../../scripts/serve-static.ts';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built app (dist/) on 127.0.0.1 on a free port, with the same server and Content
 * Security Policy as `npm start`'s web fallback, so the tests prove the app works under it.
 */
export async function serveDist(root = resolve('dist')): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run npm run build first.`);
  const server = await serveStatic(root);
  return { url: `${server.url}/`, close: () => server.close() };
}
