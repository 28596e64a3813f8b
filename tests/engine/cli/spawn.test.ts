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
});
