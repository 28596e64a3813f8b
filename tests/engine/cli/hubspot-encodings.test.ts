import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../engine/index.ts';
import { cli, testFolder } from './capture.ts';

/** A flow written by hand: one marketing email (id 1001), named with accents and a dash. */
const FLOW = JSON.stringify({
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Relance – été',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '1001' } }],
});

/** The bytes of `text` in UTF-16, little or big end first, with the BOM Windows PowerShell's `>` writes. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return order === 'le' ? le : le.swap16();
}

describe('hubspot import reads a flow file in any encoding a project file may have', () => {
  it.each([
    ['UTF-16 LE with BOM (PowerShell >)', utf16(FLOW, 'le')],
    ['UTF-16 BE with BOM', utf16(FLOW, 'be')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FLOW, 'utf8')])],
    ['UTF-16 LE without BOM', Buffer.from(FLOW, 'utf16le')],
  ])('%s', async (_, bytes) => {
    const t = testFolder();
    writeFileSync(join(t.dir, 'flow.json'), bytes);
    const r = await cli(['hubspot', 'import', 'flow.json', 'out.json'], t.dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const loaded = loadProject(readFileSync(join(t.dir, 'out.json'), 'utf8'));
    // The accents and the dash came through: the text was decoded, not read as bytes.
    expect(loaded.ok && loaded.project.workflows.map((w) => w.name)).toEqual(['Relance – été']);
  });
});
