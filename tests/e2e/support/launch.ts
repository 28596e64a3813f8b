import { openChromium, type Session } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface OpenApp {
  readonly server: StaticServer;
  readonly session: Session;
}

/**
 * The built app (dist/, or FLOWBENCH_DIST) served on the loopback and opened in a fresh Chromium,
 * page errors printed to the test's output. Each file waits for the view it starts from.
 */
export async function openApp(options: Parameters<typeof openChromium>[0] = {}): Promise<OpenApp> {
  const server = await serveDist(process.env.FLOWBENCH_DIST || undefined);
  const session = await openChromium(options);
  session.page.on('pageerror', (e) => console.error('page error:', e.message));
  await session.page.goto(server.url);
  return { server, session };
}
