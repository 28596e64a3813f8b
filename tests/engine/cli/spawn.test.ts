import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../engine/templates/index.ts';

describe('the flowbench binary', () => {
  it('runs `templates` as a real process through bin.mjs and exits 0', () => {
    const result = spawnSync(process.execPath, ['engine/cli/bin.mjs', 'templates', '--lang', 'en'], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const t of TEMPLATES) expect(result.stdout).toContain(`${t.id}`);
    expect(result.stdout).toContain(TEMPLATES[0]!.name.en);
  }, 60_000);

  it('stops quietly when its reader goes away (`flowbench templates | head -1`)', () => {
    // The reader here is `true`, which closes the pipe at once (as head does after its lines),
    // long before the CLI has started: its first write meets EPIPE, which used to kill it with
    // a stack trace and exit 1.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" engine/cli/bin.mjs templates --lang en | true`], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).toBe('');
  }, 60_000);
});
