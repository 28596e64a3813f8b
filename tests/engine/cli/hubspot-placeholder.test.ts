import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject, type Step } from '../../../engine/index.ts';
import { fullMapping } from '../hubspot/helpers.ts';
import { cli, testFolder } from './capture.ts';

describe('hubspot check on a placeholder step', () => {
  it('names a webhook once: “WEBHOOK”, not (WEBHOOK, WEBHOOK)', async () => {
    const t = testFolder();
    const project = buildTemplate('nurturing', 'en');
    const w = project.workflows[0]!;
    // A placeholder as files written before placeholders kept the action hold it: nothing to write back.
    const hook: Step = { id: 'step-hook' as never, kind: 'hubspot-action', actionTypeId: 'WEBHOOK', label: 'WEBHOOK', next: w.start };
    writeFileSync(join(t.dir, 'p.json'), saveProject({ ...project, hubspot: fullMapping(project), workflows: [{ ...w, start: hook.id, steps: [hook, ...w.steps] }] }));
    const r = await cli(['hubspot', 'check', 'p.json'], t.dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[step-hook]: Imported HubSpot action Flowbench cannot write (“WEBHOOK”): rebuild it in HubSpot.\n');
    expect(r.err).not.toContain('WEBHOOK, WEBHOOK');
  });
});
