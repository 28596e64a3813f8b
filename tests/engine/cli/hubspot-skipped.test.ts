import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../engine/index.ts';
import { cli, testFolder } from './capture.ts';

const contact = {
  id: '1',
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Nurture',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '1001' } }],
};
const deal = { id: '2', type: 'PLATFORM_FLOW', objectTypeId: '0-3', name: 'Deal flow', actions: [] };

describe('hubspot import of a page mixing contact and deal workflows', () => {
  it.each([
    ['en', '1 deal workflow skipped (“Deal flow”): Flowbench reads contact workflows only.\n'],
    ['fr', '1 workflow de transactions laissé de côté («\u00a0Deal flow\u00a0»)\u00a0: Flowbench ne lit que les workflows de contacts.\n'],
  ] as const)('imports the contact workflow, says which were skipped, exit 0 (%s)', async (lang, line) => {
    const t = testFolder();
    writeFileSync(join(t.dir, 'page.json'), JSON.stringify({ results: [contact, deal], paging: {} }));
    const r = await cli(['hubspot', 'import', 'page.json', 'out.json', '--lang', lang], t.dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(line);
    const loaded = loadProject(readFileSync(join(t.dir, 'out.json'), 'utf8'));
    expect(loaded.ok && loaded.project.workflows.map((w) => w.name)).toEqual(['Nurture']);
  });

  it('only deal workflows: refused, exit 2, nothing written', async () => {
    const t = testFolder();
    writeFileSync(join(t.dir, 'page.json'), JSON.stringify({ results: [deal] }));
    const r = await cli(['hubspot', 'import', 'page.json', 'out.json'], t.dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('results[0].type: Workflow “Deal flow”: Flowbench only reads contact workflows (CONTACT_FLOW, objectTypeId "0-1").');
    expect(() => readFileSync(join(t.dir, 'out.json'))).toThrow();
  });
});
