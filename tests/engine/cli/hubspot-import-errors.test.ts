import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, testFolder } from './capture.ts';

describe('hubspot import: each fault of an unreadable flow under its JSON path', () => {
  it.each([
    ['fr', '  actions\u00a0: '],
    ['en', '  actions: '],
  ] as const)('the path and its message are joined as the language writes a colon (%s)', async (lang, start) => {
    const t = testFolder();
    writeFileSync(join(t.dir, 'empty.json'), '{}');
    const run = await cli(['hubspot', 'import', 'empty.json', 'out.json', '--lang', lang], t.dir);
    expect(run.code).toBe(2);
    const lines = run.err.split('\n');
    expect(lines.some((l) => l.startsWith(start))).toBe(true);
    // Every fault line: "  path : message" in French (no-break space), "  path: message" in English.
    for (const line of lines.slice(1).filter((l) => l !== '')) expect(line).toMatch(lang === 'fr' ? /^ {2}\S+\u00a0: / : /^ {2}\S+: /);
  });
});
