// Entry point of the bundled CLI's study workers (dist-cli/flowbench-worker.mjs, beside
// flowbench.mjs: scripts/build-cli.ts). A bundle of its own, of the simulator and what studies,
// reports and tests run: a worker loads about 0.36 MB (0.2 MB before the report's and the tests'
// replications came here) instead of the whole command's 4.9 MB (its parsers, schemas, exports),
// so it answers its first task sooner (engine/cli/CONTEXT.md has the numbers).
import { serveStudyWorker } from './study-worker.ts';

serveStudyWorker();
