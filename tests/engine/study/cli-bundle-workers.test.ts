import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
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
 * must give the numbers the sources give in one thread, and the workers' bundle must stay a
 * fraction of the command's (what it saves is the load of the rest at each worker's start).
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

  it('the workers bundle holds the simulator, not the command: under a tenth of its size', () => {
    const worker = statSync(join(tmp.dir, WORKER_BUNDLE)).size;
    const command = statSync(bundle).size;
    // Built from the study index, the workers took zod's schemas and papaparse too (1.0 MB against 4.9 MB); alone, about 0.2 MB.
    expect(worker).toBeLessThan(command / 10);
    expect(readFileSync(join(tmp.dir, WORKER_BUNDLE), 'utf8')).toContain('serveStudyWorker');
  });
});
