import { describe, expect, it } from 'vitest';
import { emailTotals, resultsAt, stepEmailIndex, stepFigures } from '../../../engine/results/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { LOG_KINDS, simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const project = buildTemplate('nurturing', 'en');
const result = simulate(project, generateContacts(project, 1500, 7), { horizonDays: 45, seed: 3 });
const emails = stepEmailIndex(result);
const minutes = [0, 1, 600, 1440, 3 * 1440 + 17, 9000, 20_000, result.lastMinute];

/** Independent and slow: walk the whole log and count rows of a kind at or before the minute. */
function scan(kind: number, minute: number, steps?: ReadonlySet<number>): number {
  let n = 0;
  for (let r = 0; r < result.log.length; r++) {
    if (result.log.time(r) > minute || result.log.kind(r) !== kind) continue;
    if (!steps || steps.has(result.log.step(r))) n++;
  }
  return n;
}

describe('one set of figures per minute', () => {
  it('the send steps sum to the run totals at every minute: a card and the totals count the same rows', () => {
    expect(result.totals.emailsSent).toBeGreaterThan(100);
    // Skipped sends are what made a card's "passed" differ from the emails sent.
    expect(result.totals.skippedSends).toBeGreaterThan(0);
    for (const minute of minutes) {
      const at = resultsAt(result, emails, minute);
      const sum = { sent: 0, skipped: 0 };
      result.steps.forEach((_, s) => {
        const f = stepFigures(at, s);
        sum.sent += f.sent;
        sum.skipped += f.skipped;
        // A step sends at most once per contact that passed it.
        expect(f.sent + f.skipped).toBeLessThanOrEqual(at.entered[s]!);
      });
      expect(sum.sent).toBe(at.totals.sent);
      expect(sum.skipped).toBe(scan(LOG_KINDS.skipped, minute));
      // One workflow in the run: its totals are the run's (forms filled on their own aside).
      const mine = emailTotals(at, result, 0);
      expect({ ...mine, submitted: 0 }).toEqual({ ...at.totals, submitted: 0 });
      expect(mine.submitted).toBe(scan(LOG_KINDS.submitted, minute, new Set(result.steps.map((_, s) => s))));
    }
  });

  it('a workflow totals only its own steps', () => {
    const at = resultsAt(result, emails, result.lastMinute);
    const none = emailTotals(at, { steps: result.steps, workflows: [{ id: 'another' }] }, 0);
    expect(none).toEqual({ sent: 0, opened: 0, clicked: 0, unsubscribed: 0, bounced: 0, submitted: 0 });
    expect(emailTotals(at, result, -1)).toBe(at.totals);
  });

  it('counts a step\'s sends at the minute exactly: none before its first send, all of them at the end', () => {
    const s = result.steps.findIndex((x) => x.entered > 0 && project.workflows[0]!.steps.find((y) => y.id === x.step)?.kind === 'send-email');
    let first = -1;
    for (let r = 0; r < result.log.length && first < 0; r++) if (result.log.kind(r) === LOG_KINDS.sent && result.log.step(r) === s) first = result.log.time(r);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(stepFigures(resultsAt(result, emails, first - 1), s).sent).toBe(0);
    expect(stepFigures(resultsAt(result, emails, first), s).sent).toBeGreaterThanOrEqual(1);
    expect(stepFigures(resultsAt(result, emails, result.lastMinute), s).sent).toBe(scan(LOG_KINDS.sent, result.lastMinute, new Set([s])));
  });
});
