import { describe, expect, it } from 'vitest';
import { asBranchId, asStepId, buildTemplate, lintProject, type Project, type Step } from '../../../engine/index.ts';

/** Send email-followup, wait `minutes` (none when null), then branch on its clicks. */
function project(minutes: number | null, email: string | null = 'email-followup'): Project {
  const base = buildTemplate('nurturing', 'en');
  const branch: Step = {
    id: asStepId('branch'),
    kind: 'branch-if',
    branches: [{ id: asBranchId('b'), name: 'Clicked', criteria: { groups: [{ filters: [{ kind: 'email', email: email as never, event: 'clicked' }] }] }, next: null }],
    defaultName: 'No',
    defaultNext: null,
  };
  const send: Step = { id: asStepId('send'), kind: 'send-email', email: 'email-followup' as never, next: asStepId(minutes === null ? 'branch' : 'wait') };
  const wait: Step = { id: asStepId('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: minutes ?? 0, unit: 'minutes' } }, next: asStepId('branch') };
  const steps = minutes === null ? [send, branch] : [send, wait, branch];
  return { ...base, workflows: [{ ...base.workflows[0]!, start: send.id, steps }] };
}

const found = (p: Project) => lintProject(p).filter((f) => f.rule === 'branch-on-email-too-soon');

describe('branch on an email’s opens or clicks too soon after sending it', () => {
  it('flags a branch right after the send, in both languages', () => {
    const [f] = found(project(null));
    expect(f?.steps).toEqual(['send', 'branch']);
    expect(f?.message.en).toContain('right after');
    expect(f?.message.fr).toContain('aussitôt après');
  });
  it('flags 79 minutes, not 80 (HubSpot’s recommended delay)', () => {
    expect(found(project(79))).toHaveLength(1);
    expect(found(project(80))).toEqual([]);
  });
  it('ignores a branch on another email', () => {
    expect(found(project(null, 'email-articles'))).toEqual([]);
  });
});
