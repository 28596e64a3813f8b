import { describe, expect, it } from 'vitest';
import { asAssetId } from '../../../engine/model/index.ts';
import { createSimulation, simulate } from '../../../engine/sim/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { certainPersona, DAY, withPersonas } from './fixtures.ts';

const project = buildTemplate('nurturing', 'en');

describe('running in chunks', () => {
  it('advances in chunks with growing progress and gives the same result as one go', () => {
    const contacts = generateContacts(project, 300, 5);
    const run = createSimulation(project, contacts, { horizonDays: 20 });
    const seen: number[] = [];
    while (!run.advance(20)) seen.push(run.progress());
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(run.progress()).toBe(1);
    expect(run.result().totals).toEqual(simulate(project, generateContacts(project, 300, 5), { horizonDays: 20 }).totals);
  });

  it('refuses to give a result before the end, so a cancelled run is simply dropped', () => {
    const run = createSimulation(project, generateContacts(project, 50, 5), { horizonDays: 20 });
    run.advance(1);
    expect(() => run.result()).toThrow();
  });

  it('gives the daily series alone, the result’s own, once finished (a study replication reads nothing else)', () => {
    const lifecycle = buildTemplate('lifecycle', 'en');
    const run = createSimulation(lifecycle, generateContacts(lifecycle, 300, 5), { horizonDays: 20 });
    run.advance(1);
    expect(() => run.series()).toThrow();
    while (!run.advance(1000)) {
      /* to the end */
    }
    const series = run.series();
    const whole = simulate(lifecycle, generateContacts(lifecycle, 300, 5), { horizonDays: 20 }).series;
    expect(series.days).toBe(20);
    // Not vacuous: contacts move through stages and lists over the days.
    expect(new Set(series.lifecycle.flatMap((days) => Array.from(days))).size).toBeGreaterThan(2);
    expect(series).toEqual(whole);
    expect(run.result().series).toEqual(series);
  });

  it('reports progress through the callback', () => {
    const fractions: number[] = [];
    simulate(project, generateContacts(project, 100, 5), { horizonDays: 10, onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('arrivals', () => {
  it('brings new contacts in by the ebook and enrolls them like any other', () => {
    const persona = certainPersona(0);
    const p = withPersonas(project, [persona]);
    const result = simulate(p, [], { horizonDays: 20, arrivals: { perDay: 10, viaAsset: asAssetId('asset-ebook-1'), lifecycleStage: 'subscriber' } });
    expect(result.totals.arrivals).toBeGreaterThan(150);
    expect(result.totals.arrivals).toBeLessThan(250);
    expect(result.workflows[0]!.enrolled).toBe(result.totals.arrivals);
    expect(result.contactIds[0]).toBe('arrival-1');
  });
});

describe('time travel', () => {
  it('tells where a contact stands at any minute', () => {
    const persona = certainPersona(0);
    const p = withPersonas(project, [persona]);
    const contacts = generateContacts(p, 200, 5).map((c) => ({ ...c, persona: persona.id }));
    const result = simulate(p, contacts, { horizonDays: 20 });
    const e = result.enrollments;
    const k = e.enrolledAt.findIndex((t) => t === 0);
    const id = result.contactIds[e.contact[k]!]!;
    expect(result.contactAt(id, 6 * DAY)!.enrollments[0]!.step).toBe('step-wait-ebook-2');
    expect(result.contactAt(id, 6 * DAY)!.enrollments[0]!.path.map((x) => x.step)).toEqual(['step-send-followup', 'step-wait-followup', 'step-send-ebook-2', 'step-wait-ebook-2']);
    expect(result.contactAt(id, 19 * DAY)!.enrollments[0]!.endState).toBe('completed');
    expect(result.contactAt('nobody', 0)).toBeNull();
    const waitingAtDay6 = result.stateAt(6 * DAY).waiting[result.steps.findIndex((s) => s.step === 'step-wait-ebook-2')]!;
    expect(waitingAtDay6).toBe(result.series.stepWaiting[5 * result.steps.length + result.steps.findIndex((s) => s.step === 'step-wait-ebook-2')]);
  });
});
