import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, testFolder } from './capture.ts';

const FLOW = {
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Nurture',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '1001' } }],
};

describe('hubspot import says what v4’s JSON does not hold', () => {
  it.each([
    ['en', 'HubSpot’s workflow JSON does not say whether existing contacts are enrolled when it is turned on: set to off; check it in the workflow’s settings.\n'],
    ['fr', 'Le JSON d’un workflow HubSpot ne dit pas si les contacts existants sont inscrits quand il est activé\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.\n'],
  ] as const)('enroll existing contacts: one line, with no path before it (%s)', async (lang, line) => {
    const t = testFolder();
    writeFileSync(join(t.dir, 'flow.json'), JSON.stringify(FLOW));
    const r = await cli(['hubspot', 'import', 'flow.json', 'out.json', '--lang', lang], t.dir);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(line.slice(0, -1));
  });
});
