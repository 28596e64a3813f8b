import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { utf8Bytes } from '../../../engine/io/load.ts';
import { asContactId, type Project } from '../../../engine/model/index.ts';
import { MAX_SPAN_DAYS, simulationBoundsIssues, SimulationBoundsError } from '../../../engine/schema/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { richProject } from '../io/fixtures/rich-project.ts';
import { asJson, errorsOf } from '../io/helpers.ts';

/**
 * Values a real file should never hold, each refused at load with the JSON path of the fault
 * and a message in French and English. Before these checks every case below loaded (and the
 * absurd spans then made `simulate` run without end).
 */
type File = ReturnType<typeof asJson>;
const file = (): File => asJson(saveProject(richProject()));
const steps = (f: File) => f.project.workflows[0]!.steps as Record<string, unknown>[];
const load = (f: unknown) => loadProject(JSON.stringify(f));
const pathsOf = (f: unknown) => errorsOf(load(f)).map((e) => e.path);
const contactWith = (i: number, note: string) => ({ id: `c${i}`, lists: [], events: [], persona: null, properties: { email: `c${i}@example.fr`, note } });
// The rich project's first workflow: steps[1] waits 5 days, steps[3] 3 days before a date
// property, steps[6] waits for a form for at most 2 weeks.
const DURATION = 1;
const OFFSET = 3;
const EVENT = 6;

describe('every span of time has an upper bound of ten years', () => {
  it.each([
    ['a horizon of 1e9 days', (f: File) => void ((f.project.simulation as Record<string, unknown>).horizonDays = 1e9), 'project.simulation.horizonDays'],
    ['a delay of 1e9 days', (f: File) => void (steps(f)[DURATION]!.delay = { mode: 'duration', duration: { amount: 1e9, unit: 'days' } }), `project.workflows[0].steps[${DURATION}].delay.duration.amount`],
    ['a delay of 1e308 minutes', (f: File) => void (steps(f)[DURATION]!.delay = { mode: 'duration', duration: { amount: 1e308, unit: 'minutes' } }), `project.workflows[0].steps[${DURATION}].delay.duration.amount`],
    ['a maximum wait of 1e308 weeks', (f: File) => void (steps(f)[EVENT]!.maxWait = { amount: 1e308, unit: 'weeks' }), `project.workflows[0].steps[${EVENT}].maxWait.amount`],
    ['a maximum wait of 600 weeks', (f: File) => void (steps(f)[EVENT]!.maxWait = { amount: 600, unit: 'weeks' }), `project.workflows[0].steps[${EVENT}].maxWait.amount`],
    ['an offset of a million days', (f: File) => void ((steps(f)[OFFSET]!.delay as Record<string, unknown>).offsetDays = -1_000_000), `project.workflows[0].steps[${OFFSET}].delay.offsetDays`],
    ['a billion arrivals a day', (f: File) => void (((f.project.simulation as Record<string, Record<string, unknown>>).arrivals!).perDay = 1e9), 'project.simulation.arrivals.perDay'],
  ])('refuses %s, naming its path', (_, corrupt, path) => {
    const f = file();
    corrupt(f);
    expect(pathsOf(f)).toEqual([path]);
  });

  it('accepts exactly ten years, in every unit, and refuses one minute more', () => {
    const minutes = MAX_SPAN_DAYS * 24 * 60; // 3653 days: 10 × 365.25 rounded up
    for (const [amount, unit] of [[MAX_SPAN_DAYS, 'days'], [minutes, 'minutes'], [minutes / 60, 'hours'], [MAX_SPAN_DAYS / 7, 'weeks']] as const) {
      const f = file();
      steps(f)[DURATION]!.delay = { mode: 'duration', duration: { amount, unit } };
      expect(load(f).ok).toBe(true);
    }
    const f = file();
    steps(f)[DURATION]!.delay = { mode: 'duration', duration: { amount: minutes + 1, unit: 'minutes' } };
    const [error] = errorsOf(load(f));
    expect(error!.message.fr).toContain('10 ans');
    expect(error!.message.en).toContain('10-year limit');
  });

  it('tells a negative delay it is negative, once, not also that it is over ten years', () => {
    const f = file();
    steps(f)[DURATION]!.delay = { mode: 'duration', duration: { amount: -5, unit: 'days' } };
    const errors = errorsOf(load(f));
    expect(errors.map((e) => e.path)).toEqual([`project.workflows[0].steps[${DURATION}].delay.duration.amount`]);
    expect(errors[0]!.message.en).not.toContain('10-year');
  });

  it('makes the simulator refuse, with the path, a project built in memory past the bounds', () => {
    const project = richProject();
    const huge: Project = { ...project, simulation: { ...project.simulation, horizonDays: 1e9 } };
    expect(() => simulate(huge, [])).toThrow(SimulationBoundsError);
    const longDelay: Project = {
      ...project,
      workflows: project.workflows.map((w, i) =>
        i === 0 ? { ...w, steps: w.steps.map((s, k) => (k === DURATION ? { ...s, delay: { mode: 'duration', duration: { amount: 1e308, unit: 'days' } } } as typeof s : s)) } : w,
      ),
    };
    expect(simulationBoundsIssues(longDelay).map((i) => i.path)).toEqual([`project.workflows[0].steps[${DURATION}].delay.duration.amount`]);
    try {
      simulate(longDelay, [], { horizonDays: 1e12 });
      expect.unreachable('the simulation should have been refused');
    } catch (error) {
      expect(error).toBeInstanceOf(SimulationBoundsError);
      const refused = error as SimulationBoundsError;
      expect(refused.issues.map((i) => i.path)).toEqual(['project.simulation.horizonDays', `project.workflows[0].steps[${DURATION}].delay.duration.amount`]);
      // The first issue said by its place (engine/schema/issue-place.ts), the other counted.
      expect(refused.localized.fr).toMatch(/^Simulation refusée\. Dans les réglages de la simulation\u00a0: L’horizon de simulation doit être/);
      expect(refused.localized.en).toContain('(and 1 more problem)');
    }
  });

  it('names the workflow and step of a delay over ten years, and runs the other workflows when only they are asked for', () => {
    const project = richProject();
    const first = project.workflows[0]!;
    const longDelay: Project = {
      ...project,
      workflows: project.workflows.map((w, i) =>
        i === 0 ? { ...w, steps: w.steps.map((s, k) => (k === DURATION ? { ...s, delay: { mode: 'duration', duration: { amount: 5000, unit: 'days' } } } as typeof s : s)) } : w,
      ),
    };
    try {
      simulate(longDelay, []);
      expect.unreachable('the simulation should have been refused');
    } catch (error) {
      const refused = error as SimulationBoundsError;
      // Steps are counted from 1 for people: the step at index DURATION is step DURATION + 1.
      expect(refused.localized.en).toContain(`In workflow “${first.name}”, step ${DURATION + 1}: This span is over the 10-year limit`);
      expect(refused.localized.en).not.toContain('project.workflows');
    }
    const others = longDelay.workflows.slice(1).map((w) => w.id);
    expect(others.length).toBeGreaterThan(0);
    expect(() => simulate(longDelay, [], { workflows: others })).not.toThrow();
    expect(() => simulate(longDelay, [], { workflows: [first.id] })).toThrow(SimulationBoundsError);
  });
});

describe('ids, names and text', () => {
  it.each([
    ['an escape sequence', 'w\u001b[2J'],
    ['a line break', 'a\nb'],
    ['a NUL', 'a\u0000'],
    ['a C1 control', 'a\u009b31m'],
    ['a right-to-left override', 'abc\u202edcba'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
    ['201 characters', 'x'.repeat(201)],
  ])('refuses a step id holding %s', (_, id) => {
    const f = file();
    steps(f)[0]!.id = id;
    expect(pathsOf(f)).toContain('project.workflows[0].steps[0].id');
  });

  it('keeps ids made of letters in any script, emoji and punctuation', () => {
    const f = file();
    steps(f)[0]!.id = 'étape-été_😀:1/2';
    steps(f)[steps(f).length - 1]!.next = null; // nothing pointed at the old id but the start
    f.project.workflows[0]!.start = 'étape-été_😀:1/2';
    expect(load(f).ok).toBe(true);
  });

  it('refuses a name of 20 million characters with its path, and one of 1,001 characters', () => {
    const f = file();
    f.project.workflows[0]!.name = 'n'.repeat(20_000_000);
    f.project.workflows[1]!.name = 'n'.repeat(1001);
    const errors = errorsOf(load(f));
    expect(errors.map((e) => e.path)).toEqual(['project.workflows[0].name']);
    expect(errors[0]!.message.en).toContain('20,000,000 characters');
    const g = file();
    g.project.workflows[1]!.name = 'n'.repeat(1001);
    expect(pathsOf(g)).toEqual(['project.workflows[1].name']);
  });

  it('refuses a lone surrogate in any text, not only ids', () => {
    const f = file();
    steps(f)[0]!.note = 'fin coupée \ud83d';
    expect(pathsOf(f)).toEqual(['project.workflows[0].steps[0].note']);
  });
});

describe('the size limit counts UTF-8 bytes', () => {
  it('refuses 20 million three-byte characters (60 MB on disk, 20 million characters)', () => {
    const f = file();
    (f.project as Record<string, unknown>).name = '日'.repeat(20_000_000);
    const text = JSON.stringify(f);
    expect(text.length).toBeLessThan(40 * 1024 * 1024);
    const errors = errorsOf(loadProject(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.en).toBe('File too large: over the 40 MB limit for a project (in UTF-8 bytes).');
    expect(errors[0]!.message.fr).toMatch(/^Fichier trop volumineux : plus de 40 Mo/);
  });

  it('counts bytes as UTF-8 does: TextEncoder agrees on any text, lone surrogates included', () => {
    expect(utf8Bytes('日日日', 4)).toBe(6); // stops after the first unit past the bound
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('a'), fc.constant('é'), fc.constant('日'), fc.constant('😀'), fc.constant('\ud800'), fc.constant('\udc00')) }), (text) => {
        expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a multi-byte file just under the limit', () => {
    const f = file();
    f.project.contacts = Array.from({ length: 150 }, (_, i) => contactWith(i, '😀'.repeat(45_000))); // 150 × 180 kB = 27 MB
    const text = JSON.stringify(f);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(27_000_000);
    expect(loadProject(text).ok).toBe(true);
  });
});

describe('prototype keys are refused with their path', () => {
  const contact = (properties: string) =>
    JSON.parse(`{"id":"c1","lists":[],"events":[],"persona":null,"properties":${properties}}`) as Record<string, unknown>;

  it.each([
    ['__proto__ in contact properties', (f: File) => void (f.project.contacts = [contact('{"email":"a@b.fr","__proto__":{"polluted":true}}')]), 'project.contacts[0].properties.__proto__'],
    ['constructor in contact properties', (f: File) => void (f.project.contacts = [contact('{"constructor":"x"}')]), 'project.contacts[0].properties.constructor'],
    ['prototype in a step', (f: File) => void (steps(f)[0]!.prototype = {}), 'project.workflows[0].steps[0].prototype'],
    ['__proto__ in the envelope', (f: File) => void Object.defineProperty(f, '__proto__', { value: { x: 1 }, enumerable: true }), '__proto__'],
  ])('%s', (_, corrupt, path) => {
    const f = file();
    corrupt(f);
    const text = JSON.stringify(f);
    expect(text).toMatch(/"(__proto__|constructor|prototype)"/);
    const errors = errorsOf(loadProject(text));
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]!.message.fr).toContain('réservé');
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  });

  it('refuses a property definition, a filter and a step naming a prototype key as a property', () => {
    const f = file();
    (f.project.properties as Record<string, unknown>[])[0]!.name = '__proto__';
    steps(f).find((s) => s.kind === 'set-property')!.property = 'constructor';
    const paths = pathsOf(f);
    expect(paths).toContain('project.properties[0].name');
    expect(paths.some((p) => /^project\.workflows\[0\]\.steps\[\d+\]\.property$/.test(p))).toBe(true);
  });

  it('keeps a contact whose properties are ordinary', () => {
    const f = file();
    f.project.contacts = [contact('{"email":"a@b.fr","firstname":"Hélène"}')];
    const loaded = load(f);
    expect(loaded.ok && loaded.project.contacts?.[0]?.id).toBe(asContactId('c1'));
  });
});
