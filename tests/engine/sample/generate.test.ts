import { describe, expect, it } from 'vitest';
import { generateContacts, sampleArrival } from '../../../engine/sample/index.ts';
import { asAssetId } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const project = buildTemplate('nurturing', 'fr');
const start = Date.parse('2026-01-05T00:00:00Z');
const contacts = generateContacts(project, 5000, 11);
const share = (pred: (c: (typeof contacts)[number]) => boolean) => contacts.filter(pred).length / contacts.length;

describe('sample contacts', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateContacts(project, 50, 11)).toEqual(contacts.slice(0, 50));
    expect(generateContacts(project, 50, 12)).not.toEqual(contacts.slice(0, 50));
  });

  it('have unique ids and email addresses, a few without email', () => {
    expect(new Set(contacts.map((c) => c.id)).size).toBe(5000);
    const emails = contacts.map((c) => c.properties.email).filter((e): e is string => typeof e === 'string');
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => /^[a-z0-9.]+@[a-z0-9]+\.(fr|com)$/.test(e))).toBe(true);
    expect(share((c) => c.properties.email === null)).toBeGreaterThan(0);
    expect(share((c) => c.properties.email === null)).toBeLessThan(0.03);
  });

  it('mix contact types in plausible shares, with director-level titles', () => {
    expect(share((c) => c.properties.contacttype === 'prospect')).toBeGreaterThan(0.6);
    for (const type of ['student', 'competitor', 'partner', 'customer']) expect(share((c) => c.properties.contacttype === type)).toBeGreaterThan(0.02);
    expect(share((c) => /Directeur|Directrice|Director/.test(String(c.properties.jobtitle)))).toBeGreaterThan(0.1);
    expect(share((c) => c.properties.lifecyclestage === 'customer')).toBeCloseTo(share((c) => c.properties.contacttype === 'customer'), 5);
  });

  it('spread dates over three years, some inactive for more than two', () => {
    const year = 365 * 86_400_000;
    expect(contacts.every((c) => (c.properties.createdate as number) <= start && (c.properties.createdate as number) >= start - 3 * year)).toBe(true);
    expect(contacts.every((c) => (c.properties.lastactivitydate as number) >= (c.properties.createdate as number))).toBe(true);
    expect(share((c) => (c.properties.lastactivitydate as number) < start - 2 * year)).toBeGreaterThan(0.05);
    expect(share((c) => c.properties.birthday !== null)).toBeGreaterThan(0.6);
  });

  it('assign personas by share', () => {
    const engaged = share((c) => c.persona === 'engaged');
    expect(engaged).toBeGreaterThan(0.17);
    expect(engaged).toBeLessThan(0.23);
    expect(share((c) => c.persona === 'lukewarm')).toBeGreaterThan(0.46);
  });

  it('make arrivals that submitted the arrival asset just now', () => {
    const arrival = sampleArrival(project, 0, 11, start + 3_600_000, { perDay: 10, viaAsset: asAssetId('asset-ebook-1'), lifecycleStage: 'subscriber' });
    expect(arrival.id).toBe('arrival-1');
    expect(arrival.events).toEqual([{ kind: 'form-submitted', asset: 'asset-ebook-1', at: start + 3_600_000 }]);
    expect(arrival.properties).toMatchObject({ lifecyclestage: 'subscriber', createdate: start + 3_600_000 });
  });
});
