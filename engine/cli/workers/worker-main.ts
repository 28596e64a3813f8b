// Entry point of the bundled CLI's study workers (dist-cli/flowbench-worker.mjs, beside
// flowbench.mjs: scripts/build-cli.ts). A bundle of its own, of the simulator and what a study
// runs: a worker loads about 0.2 MB instead of the whole command's 4.9 MB (its parsers, schemas,
// exports), so it answers its first task sooner (workers/CONTEXT.md has the numbers).
import { serveStudyWorker } from './study-worker.ts';

serveStudyWorker();
