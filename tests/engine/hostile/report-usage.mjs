// Preloaded with `node --import` into a process under test: on exit, writes the peak resident
// memory (kB) and the process's own run time to stderr as one JSON line the test can read.
const start = performance.now();
process.on('exit', () => {
  process.stderr.write(`\n@usage ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms: performance.now() - start })}\n`);
});
