// A study worker run from the TypeScript sources (npm run flowbench, tests): registers tsx in
// this thread, as bin.mjs does for the main one, then serves. The bundled CLI starts its workers
// on their own bundle instead (worker-main.ts, built by scripts/build-cli.ts; see pool.ts).
import { register } from 'tsx/esm/api';

register();
const { serveStudyWorker } = await import('./study-worker.ts');
serveStudyWorker();
