/**
 * `npm start`: builds the web app and the Electron bundles, then launches Electron. Where the
 * Electron binary is missing (it is an optional dependency whose download needs the internet),
 * says so in one line and serves the web build on 127.0.0.1 instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { buildElectron } from './build-electron.ts';
import { electronBinary } from './electron-binary.ts';
import { serveStatic } from './serve-static.ts';

const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await buildElectron();

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = Number(process.env.PORT ?? 4173);
  // Port taken (another `npm start`, another app): any free port will do, and the URL below says which.
  const server = await serveStatic('dist', port).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is already in use: picking a free one.`);
    return serveStatic('dist', 0);
  });
  console.log(`Electron's binary is not installed (optional dependency, downloaded only with internet access): serving the web app at ${server.url} instead.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
