import { describe, expect, it } from 'vitest';
import { asAssetId, asEmailId, asListId, asProjectId, asStepId, emptyProject, type Project } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { certainPersona, contact, workflow } from './fixtures.ts';

/**
 * 100,000 contacts each sent one email: observed rates must fall within three standard
 * errors of the persona's rates (a false alarm about once in 370 runs of a new seed; the
 * seed is fixed, so the test is deterministic).
 */
const N = 100_000;
const persona = certainPersona(0, 2, { openRate: 0.2, clickRate: 0.15, conversionRate: 0.3, unsubscribeRate: 0.01, bounceRate: 0.005, reactionDelay: { medianHours: 6, spread: 1 } });

function oneSend(): Project {
  return {
    ...emptyProject(asProjectId('stats'), 'stats'),
    personas: [persona],
    assets: [{ id: asAssetId('ebook'), name: 'Ebook', kind: 'ebook', conversionScale: 1 }],
    emails: [{ id: asEmailId('e'), name: 'E', subject: 'S', asset: asAssetId('ebook'), openScale: 1, clickScale: 1 }],
    lists: [{ id: asListId('done'), name: 'done' }],
    workflows: [
      workflow('send', [{ id: asStepId('send'), kind: 'send-email', email: asEmailId('e'), next: null }], {
        enrollment: {
          triggers: { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] },
          enrollExisting: true,
          reenroll: false,
          unenrollWhenNotMatching: false,
        },
      }),
    ],
  };
}

function withinThreeSe(successes: number, trials: number, p: number): void {
  const se = Math.sqrt((p * (1 - p)) / trials);
  expect(Math.abs(successes / trials - p)).toBeLessThan(3 * se);
}

describe('persona sampling over 100,000 contacts', () => {
  const contacts = Array.from({ length: N }, (_, k) => contact(`s-${k}`, {}, [], persona));
  const result = simulate(oneSend(), contacts, { horizonDays: 10, seed: 42 });
  const t = result.totals;

  it('bounces at the bounce rate', () => withinThreeSe(t.bounced, t.emailsSent, 0.005));
  it('opens at the open rate among delivered emails', () => withinThreeSe(t.opened, t.delivered, 0.2));
  it('clicks at the click rate among opens', () => withinThreeSe(t.clicked, t.opened, 0.15));
  it('converts at the conversion rate among clicks', () => withinThreeSe(t.conversions, t.clicked, 0.3));
  it('unsubscribes at the unsubscribe rate among delivered emails', () => withinThreeSe(t.unsubscribed, t.delivered, 0.01));

  it('spreads reactions log-normally around the median delay', () => {
    const opens: number[] = [];
    for (let r = 0; r < result.log.length; r++) if (result.log.kind(r) === 8) opens.push(result.log.time(r));
    opens.sort((a, b) => a - b);
    const median = opens[Math.floor(opens.length / 2)]!;
    expect(median).toBeGreaterThan(6 * 60 * 0.95);
    expect(median).toBeLessThan(6 * 60 * 1.05);
  });
});
