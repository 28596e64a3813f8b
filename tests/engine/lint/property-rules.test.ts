import { lintProject } from '../../../engine/lint/index.ts';
import type { Filter, PropertyDefinition, Step, Workflow } from '../../../engine/model/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { addToList, criteria, ifThen, project, setProperty, sid, workflow } from './fixtures.ts';
import { expectBilingual, findingsOf } from './helpers.ts';

/** A project property of each kind the rules judge: a number and a choice list. */
const SEATS: PropertyDefinition = { name: 'seats', type: 'number', label: { fr: 'Sièges', en: 'Seats' } };
const PLAN: PropertyDefinition = {
  name: 'plan',
  type: 'enumeration',
  label: { fr: 'Offre', en: 'Plan' },
  options: [
    { value: 'free', label: { fr: 'Gratuite', en: 'Free' } },
    { value: 'pro', label: { fr: 'Pro', en: 'Pro' } },
  ],
};

const triggered = (filter: Filter, steps: readonly Step[] = [addToList('a', 'nurtured')]): Workflow =>
  workflow('w', steps, { enrollment: { triggers: criteria(filter), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });

const withProps = (workflows: readonly Workflow[]) => project(workflows, { properties: [SEATS, PLAN] });

describe('unknown-property', () => {
  it('names a trigger property the project does not define, with the JSON path', () => {
    const p = withProps([triggered({ kind: 'property', property: 'seat', type: 'number', operation: { op: 'gt', value: 3 } })]);
    const [f, ...more] = findingsOf('unknown-property', p);
    expect(more).toEqual([]);
    expect(f!.path).toBe('workflows[0].enrollment.triggers.groups[0].filters[0]');
    expect(f!.workflow).toBe('w');
    expect(f!.message.en).toContain('“seat”');
    expect(f!.message.en).toContain('(trigger)');
    expect(f!.message.en).toContain('workflows[0].enrollment.triggers.groups[0].filters[0]');
    expect(f!.message.fr).toContain('«\u00a0seat\u00a0»');
    expect(f!.message.fr).toContain('(déclencheur)');
    expectBilingual(f!);
  });

  it('names an unknown property in a goal, a branch and a set-property step, each with its step', () => {
    const unknown: Filter = { kind: 'property', property: 'ghost', type: 'string', operation: { op: 'is-known' } };
    const w = workflow('w', [ifThen('b', 'Fantôme ?', 's', null, criteria(unknown)), setProperty('s', 'phantom', 'x', null)], { goal: criteria(unknown) });
    const found = findingsOf('unknown-property', withProps([w]));
    expect(found.map((f) => f.path)).toEqual([
      'workflows[0].goal.groups[0].filters[0]',
      'workflows[0].steps[0].branches[0].criteria.groups[0].filters[0]',
      'workflows[0].steps[1].property',
    ]);
    expect(found.map((f) => f.steps)).toEqual([[], [sid('b')], [sid('s')]]);
    expect(found[2]!.message.en).toContain('“phantom”');
    found.forEach(expectBilingual);
  });

  it('stays quiet on standard properties and the project’s own', () => {
    const w = triggered({ kind: 'property', property: 'seats', type: 'number', operation: { op: 'gt', value: 3 } }, [setProperty('s', 'jobtitle', 'CEO', null)]);
    expect(findingsOf('unknown-property', withProps([w]))).toEqual([]);
  });
});

describe('property-type-mismatch', () => {
  it('flags a number filter on a text property', () => {
    const p = withProps([triggered({ kind: 'property', property: 'company', type: 'number', operation: { op: 'gt', value: 3 } })]);
    const [f, ...more] = findingsOf('property-type-mismatch', p);
    expect(more).toEqual([]);
    expect(f!.path).toBe('workflows[0].enrollment.triggers.groups[0].filters[0]');
    expect(f!.message.en).toContain('a number filter is on “company”, a text property');
    expect(f!.message.fr).toContain('un filtre de type nombre porte sur «\u00a0company\u00a0», une propriété de type texte');
    expectBilingual(f!);
  });

  it('flags a value that does not fit: text into a number, a value outside the choice list', () => {
    const w = workflow('w', [setProperty('a', 'seats', 'many', 'b'), setProperty('b', 'plan', 'gold', null)]);
    const found = findingsOf('property-type-mismatch', withProps([w]));
    expect(found.map((f) => [f.path, f.steps])).toEqual([
      ['workflows[0].steps[0].property', [sid('a')]],
      ['workflows[0].steps[1].property', [sid('b')]],
    ]);
    expect(found[0]!.message.en).toContain('“seats”, a number property, is set to "many"');
    expect(found[1]!.message.en).toContain('not one of its values (free, pro)');
    found.forEach(expectBilingual);
  });

  it('flags incrementing a non-number, waiting for a non-date, copying a date into a number', () => {
    const w = workflow('w', [
      { id: sid('inc'), kind: 'increment-property', property: 'company', by: 1, next: sid('wait') },
      { id: sid('wait'), kind: 'delay', delay: { mode: 'until-date-property', property: 'seats', offsetDays: 0, time: '09:00' }, next: sid('copy') },
      { id: sid('copy'), kind: 'copy-property', from: 'birthday', to: 'seats', next: sid('ok') },
      { id: sid('ok'), kind: 'copy-property', from: 'seats', to: 'jobtitle', next: null },
    ]);
    const found = findingsOf('property-type-mismatch', withProps([w]));
    expect(found.map((f) => [f.path, f.steps])).toEqual([
      ['workflows[0].steps[0].property', [sid('inc')]],
      ['workflows[0].steps[1].delay.property', [sid('wait')]],
      ['workflows[0].steps[2].from', [sid('copy')]],
    ]);
    expect(found[0]!.message.en).toContain('“company” is incremented but is a text property');
    expect(found[1]!.message.fr).toContain('on attend la date «\u00a0seats\u00a0», qui est de type nombre');
    expect(found[2]!.message.en).toContain('it copies “birthday” (date) into “seats” (number)');
    found.forEach(expectBilingual);
  });

  it('accepts matching types, numeric text for a number, a listed value and clearing with null', () => {
    const w = triggered({ kind: 'property', property: 'seats', type: 'number', operation: { op: 'gte', value: 10 } }, [
      setProperty('a', 'seats', '12', 'b'),
      setProperty('b', 'plan', 'pro', 'c'),
      setProperty('c', 'seats', null, null),
    ]);
    expect(findingsOf('property-type-mismatch', withProps([w]))).toEqual([]);
  });

  it('leaves an unknown property to unknown-property (one finding, not two)', () => {
    const p = withProps([triggered({ kind: 'property', property: 'nosuch', type: 'number', operation: { op: 'gt', value: 1 } })]);
    expect(findingsOf('property-type-mismatch', p)).toEqual([]);
    expect(findingsOf('unknown-property', p)).toHaveLength(1);
  });
});

describe('the five templates', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => (['fr', 'en'] as const).map((lang) => [id, lang] as const)))('%s (%s) uses only defined properties of the right type', (id, lang) => {
    const found = lintProject(buildTemplate(id, lang)).filter((f) => f.rule === 'unknown-property' || f.rule === 'property-type-mismatch');
    expect(found).toEqual([]);
  });
});
