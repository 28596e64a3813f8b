import { describe, expect, it } from 'vitest';
import { asAssetId, asListId, type Contact } from '../../../engine/model/index.ts';
import { LOG_KINDS, simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { certainPersona, contact, DAY, START_MS, withPersonas } from './fixtures.ts';
import { logColumn } from './golden-digest.ts';

const EBOOK_1 = asAssetId('asset-ebook-1');

/** Minutes at which each contact arrived at a step, read from the log. */
function arrivals(result: SimulationResult, stepId: string): number[] {
  const s = result.steps.findIndex((x) => x.step === stepId);
  const out: number[] = [];
  for (let r = 0; r < result.log.length; r++) if (result.log.kind(r) === LOG_KINDS.at && result.log.step(r) === s) out.push(result.log.time(r));
  return out;
}

function nurturingRun(rate: 0 | 1, n: number) {
  const persona = certainPersona(rate, 2);
  const project = withPersonas(buildTemplate('nurturing', 'fr'), [persona]);
  const contacts: Contact[] = Array.from({ length: n }, (_, k) =>
    contact(`n-${k}`, {}, [{ kind: 'form-submitted', asset: EBOOK_1, at: START_MS - 3_600_000 }], persona),
  );
  return simulate(project, contacts, { horizonDays: 30 });
}

describe('nurturing template with certain personas', () => {
  it('puts every contact who opens and downloads in the "downloaded" list at the branch minute', () => {
    const result = nurturingRun(1, 25);
    // Follow-up at 0, ebook 2 offer at day 5, opened 2 h later, clicked, downloaded; branch at day 10.
    expect(arrivals(result, 'step-send-ebook-2')).toEqual(Array(25).fill(5 * DAY));
    expect(arrivals(result, 'step-list-downloaded')).toEqual(Array(25).fill(10 * DAY));
    expect(arrivals(result, 'step-list-articles')).toEqual([]);
    expect(result.listCounts['list-downloaded']).toBe(25);
    expect(result.finalContacts.every((c) => c.lists.includes(asListId('list-downloaded')))).toBe(true);
    expect(result.totals).toMatchObject({ emailsSent: 50, opened: 50, clicked: 50, conversions: 25 });
    const submitted = logColumn(result.log, 'kind').flatMap((k, r) => (k === LOG_KINDS.submitted ? [result.log.time(r)] : []));
    expect(submitted).toEqual(Array(25).fill(5 * DAY + 120 + 3));
  });

  it('sends the articles and lists everyone who never opens three days after the branch', () => {
    const result = nurturingRun(0, 12);
    expect(arrivals(result, 'step-list-articles')).toEqual(Array(12).fill(13 * DAY));
    expect(result.listCounts['list-articles']).toBe(12);
    expect(result.listCounts['list-downloaded']).toBe(0);
    const wf = result.workflows[0]!;
    expect(wf.ended.completed).toBe(12);
    expect(wf.completedAt).toEqual({ 'step-list-articles': 12 });
    expect(wf.lost).toBe(0);
    expect(result.totals).toMatchObject({ emailsSent: 36, opened: 0 });
  });

  it('explains the branch decision of a contact', () => {
    const result = nurturingRun(0, 1);
    const at = result.contactAt('n-0', 20 * DAY)!;
    const decision = at.enrollments[0]!.decisions[0]!;
    expect(decision).toMatchObject({ step: 'step-branch-ebook-2', at: 10 * DAY, branch: 'Non' });
    expect(decision.reasons[0]!.en).toContain('not met');
    expect(decision.reasons.at(-1)!.fr).toContain('branche par défaut');
  });
});

describe('fixed-date webinar', () => {
  it('skips the steps whose moment had passed when the run starts after it', () => {
    const persona = certainPersona(0);
    const project = withPersonas(buildTemplate('webinar', 'en'), [persona]);
    const contacts = [contact('w-1', { lifecyclestage: 'lead' }, [], persona)];
    // The webinar is on 2026-02-04: the invitation (14 days before, 10:00) is past on Jan 25th.
    const result = simulate(project, contacts, { startDate: '2026-01-25', horizonDays: 20 });
    expect(arrivals(result, 'step-send-invitation')).toEqual([0]);
    expect(result.contactAt('w-1', 20 * DAY)!.enrollments[0]!.skipped).toEqual([{ step: 'step-send-invitation', at: 0, reason: 'moment-passed' }]);
    expect(arrivals(result, 'step-send-reminder')).toEqual([9 * DAY + 9 * 60]);
    expect(arrivals(result, 'step-send-replay')).toEqual([11 * DAY + 10 * 60]);
    expect(result.totals.emailsSent).toBe(2);
  });
});

describe('date-property birthday workflow', () => {
  it('sends 30 days before the birthday, and again the next year', () => {
    const persona = certainPersona(0);
    const project = withPersonas(buildTemplate('birthday', 'en'), [persona]);
    const contacts = [contact('b-1', { birthday: Date.UTC(1990, 1, 20) }, [], persona)];
    const result = simulate(project, contacts, { horizonDays: 400 });
    // 2026-02-20 minus 30 days is 2026-01-21, 16 days after the start, at 09:00.
    const sends = arrivals(result, 'step-send-birthday');
    expect(sends[0]).toBe(16 * DAY + 9 * 60);
    expect(sends).toHaveLength(2);
    expect(result.workflows[0]!.enrolled).toBe(2);
  });
});

describe('lifecycle template', () => {
  it('chains Lead, MQL and SQL for the contacts who qualify and no others', () => {
    const persona = certainPersona(0);
    const project = withPersonas(buildTemplate('lifecycle', 'en'), [persona]);
    const recentForm = [{ kind: 'form-submitted' as const, asset: asAssetId('asset-x'), at: START_MS - 86_400_000 }];
    const active = START_MS - 5 * 86_400_000;
    const contacts = [
      contact('qualified', { contacttype: 'prospect', hubspotscore: 95, lastactivitydate: active }, recentForm, persona),
      contact('student', { contacttype: 'student', hubspotscore: 95, lastactivitydate: active }, recentForm, persona),
      contact('low-score', { contacttype: 'prospect', hubspotscore: 40, lastactivitydate: active }, recentForm, persona),
      contact('no-form', { contacttype: 'prospect', hubspotscore: 95, lastactivitydate: active }, [], persona),
    ];
    const result = simulate(project, contacts, { horizonDays: 10 });
    const stage = (id: string) => result.finalContacts.find((c) => c.id === id)!.properties.lifecyclestage;
    expect(stage('qualified')).toBe('salesqualifiedlead');
    expect(stage('student')).toBe('lead');
    expect(stage('low-score')).toBe('marketingqualifiedlead');
    expect(stage('no-form')).toBe('subscriber');
    expect(result.workflows.map((w) => w.enrolled)).toEqual([3, 2, 1]);
    expect(result.lifecycleCounts).toMatchObject({ salesqualifiedlead: 1, marketingqualifiedlead: 1, lead: 1, subscriber: 1 });
  });
});

describe('cleanup template', () => {
  it('lists the contacts inactive for more than two years, at the midnight they cross the line', () => {
    const persona = certainPersona(0);
    const project = withPersonas(buildTemplate('cleanup', 'fr'), [persona]);
    const day = 86_400_000;
    const contacts = [
      contact('old', { lastactivitydate: START_MS - 800 * day }, [], persona),
      // Crosses 730 days at 23:00 on day 2 of the run: found at the midnight that starts day 3.
      contact('soon', { lastactivitydate: START_MS - 727 * day - 3_600_000 }, [], persona),
      contact('recent', { lastactivitydate: START_MS - 100 * day }, [], persona),
    ];
    const result = simulate(project, contacts, { horizonDays: 10 });
    expect(arrivals(result, 'step-list-cleanup')).toEqual([0, 3 * DAY]);
    expect(result.listCounts['list-cleanup']).toBe(2);
  });
});
