/**
 * A small static server for the built web app, bound to 127.0.0.1 only, with the same Content
 * Security Policy as the desktop app. Used by `npm start` when Electron is missing, by the
 * end-to-end tests and by the browser benchmarks.
 *
 * Any web page the user has open can send requests to 127.0.0.1, so every request is hostile
 * until proven otherwise: each one gets an answer (400 for a path that does not decode, 405 for a
 * method other than GET and HEAD, 404 for anything outside the build), no request can make the
 * process exit, and a `Host` other than a loopback name gets 421 (a DNS-rebinding page reaches
 * 127.0.0.1 under its own name). Fuzzed by tests/tooling/serve-static.test.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security.ts';
import { mimeType } from '../electron/shared/mime.ts';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for `127.0.0.1:<port>`, `localhost:<port>` or `[::1]:<port>` (the port is the server's own, or absent). */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.toLowerCase());
  return !!m && LOOPBACK_NAMES.has(m[1]!) && (m[2] === undefined || Number(m[2]) === port);
}

/** The file a request path names under `base`, or the status to answer instead. */
function resolvePath(base: string, url: string | undefined): string | 400 | 404 {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return 400; // a malformed URL or percent-encoding (an unfinished UTF-8 sequence)
  }
  if (pathname.includes('\0')) return 400;
  const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
  return file.startsWith(base) ? file : 404;
}

function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (res.headersSent) res.destroy();
  else res.writeHead(status, { 'Content-Length': '0', ...headers }).end();
}

async function handle(base: string, port: () => number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isLoopbackHost(req.headers.host, port())) return answer(res, 421);
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, { Allow: 'GET, HEAD' });
  const file = resolvePath(base, req.url);
  if (typeof file === 'number') return answer(res, file);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return answer(res, 404); // missing, a folder, unreadable
  }
  res.writeHead(200, {
    'Content-Type': mimeType(extname(file)),
    'Content-Length': String(body.length),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function serveStatic(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  let actualPort = port;
  const server: Server = createServer((req, res) => {
    req.on('error', () => res.destroy());
    res.on('error', () => res.destroy());
    handle(base, () => actualPort, req, res).catch(() => answer(res, 500));
  });
  // A request the HTTP parser cannot read (bad method token, header, chunk size): 400, then close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  // CONNECT (a proxy tunnel) and protocol upgrades are not served here: 405, then close.
  const refuseTunnel = (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  };
  server.on('connect', refuseTunnel);
  server.on('upgrade', refuseTunnel);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// `tsx scripts/serve-static.ts <root> [port]`: serves a folder and prints its URL (the fuzz test
// runs the server in a process of its own, so that an exit would show).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveStatic(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 0));
  console.log(server.url);
}
