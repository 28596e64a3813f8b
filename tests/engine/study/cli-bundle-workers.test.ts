import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_BUNDLE } from '../../../engine/cli/workers/protocol.ts';
import { saveProject } from '../../../engine/io/save.ts';
import { buildCli } from '../../../scripts/build-cli.ts';
import { cli, tempDir } from '../cli/capture.ts';
import { splitContacts, splitProject } from './split-project.ts';

/**
 * The `flowbench` command as installed (the bundle, run by Node alone) starts its study workers
 * on the workers' own bundle beside it (scripts/build-cli.ts, engine/cli/workers/pool.ts): they
 * must give the numbers the sources give in one thread, what a worker loads must stay a fraction
 * of the command (what it saves is the load of the rest at each worker's start), and the command
 * must not read elkjs at its own start.
 */
const tmp = tempDir();
const bundle = join(tmp.dir, 'flowbench.mjs');
beforeAll(() => buildCli(bundle), 60_000);
afterAll(() => tmp.cleanup());

describe('the bundled command and its workers', () => {
  it('simulate --replications on 2 workers of the bundle writes the JSON of the sources on 1 worker', async () => {
    writeFileSync(join(tmp.dir, 'a.json'), saveProject({ ...splitProject(50), contacts: splitContacts(120) }));
    const run = spawnSync(process.execPath, [bundle, 'simulate', 'a.json', '--replications', '12', '--workers', '2', '--json', 'bundled.json', '--lang', 'en'], {
      cwd: tmp.dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect([run.status, run.stderr]).toEqual([0, '']);
    const sources = await cli(['simulate', 'a.json', '--replications', '12', '--workers', '1', '--json', 'sources.json', '--lang', 'en'], tmp.dir);
    expect([sources.code, sources.err]).toEqual([0, '']);
    const counts = (name: string) => (JSON.parse(readFileSync(join(tmp.dir, name), 'utf8')) as { counts: unknown[] }).counts;
    expect(counts('bundled.json').length).toBeGreaterThan(0);
    expect(counts('bundled.json')).toEqual(counts('sources.json'));
  }, 90_000);

  it('a worker loads the simulator, not the command; the command reads elkjs only when a report needs it', () => {
    const size = (name: string) => statSync(join(tmp.dir, name)).size;
    // A file and the chunks it imports statically (`from "./chunk-….mjs"`), recursively: what loading it reads.
    const loads = (name: string, seen = new Set<string>()): number => {
      if (seen.has(name)) return 0;
      seen.add(name);
      const text = readFileSync(join(tmp.dir, name), 'utf8');
      const imported = [...text.matchAll(/from "\.\/(chunk-[A-Z0-9]+\.mjs)"/g)].map((m) => m[1]!);
      return size(name) + imported.reduce((sum, chunk) => sum + loads(chunk, seen), 0);
    };
    const all = readdirSync(tmp.dir).filter((n) => n.endsWith('.mjs')).reduce((sum, n) => sum + size(n), 0);
    // Built from the study index, the workers took zod's schemas and papaparse (1.0 MB); before that, the whole command (4.9 MB). Alone, about 0.2 MB.
    expect(loads(WORKER_BUNDLE)).toBeLessThan(all / 10);
    // elkjs (3.4 MB of the 4.8) sits in a chunk imported on demand (engine/layout/elk-engine.ts).
    expect(loads('flowbench.mjs')).toBeLessThan(all / 2);
    expect(readdirSync(tmp.dir).some((n) => n.startsWith('chunk-') && readFileSync(join(tmp.dir, n), 'utf8').includes('serveStudyWorker'))
      || readFileSync(join(tmp.dir, WORKER_BUNDLE), 'utf8').includes('serveStudyWorker')).toBe(true);
  });
});
