import { describe, expect, it } from 'vitest';
import { asListId, buildTemplate, lintProject, NO_CRITERIA, type Filter, type Workflow } from '../../../engine/index.ts';
import { addToList, clearProperty, contact, criteria, enrollIn, inList, project, setProperty, sid, workflow } from './fixtures.ts';
import { expectBilingual, findingsOf } from './helpers.ts';

const titleIs = (value: string): Filter => ({ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'eq', value } });
const enrollment = (triggers: Workflow['enrollment']['triggers'], reenroll: boolean): Workflow['enrollment'] => ({
  triggers,
  enrollExisting: true,
  reenroll,
  unenrollWhenNotMatching: false,
});

describe('programme-loop', () => {
  // a adds to "nurtured", which b's trigger reads; b sets the job title a's trigger reads.
  const loop = (reenrollA: boolean, reenrollB: boolean) =>
    project([
      workflow('a', [addToList('a1', 'nurtured')], { name: 'A', enrollment: enrollment(criteria(titleIs('Loop')), reenrollA) }),
      workflow('b', [setProperty('b1', 'jobtitle', 'Loop', null)], { name: 'B', enrollment: enrollment(criteria(inList('nurtured')), reenrollB) }),
    ]);

  it('fires on workflows feeding each other through their triggers when both re-enroll', () => {
    const [f, ...rest] = findingsOf('programme-loop', loop(true, true));
    expect(rest).toEqual([]);
    expect(f!.workflow).toBe('a');
    expect(f!.steps).toEqual(['a1']);
    expect(f!.involves).toEqual([
      { workflow: 'a', step: 'a1' },
      { workflow: 'b', step: 'b1' },
    ]);
    expect(f!.message.en).toContain('“A” → “B” → “A”');
    expect(f!.message.en).toContain('Segment “Nurturing terminé” (trigger), Property “Job title” (trigger)');
    expectBilingual(f!);
  });

  it('does not fire when one workflow of the loop lets a contact in only once', () => {
    expect(findingsOf('programme-loop', loop(true, false))).toEqual([]);
    expect(findingsOf('programme-loop', loop(false, true))).toEqual([]);
  });

  it('mixes enroll steps and triggers, but leaves loops of enroll steps alone to enroll-cycle', () => {
    const mixed = project([
      workflow('a', [enrollIn('a1', 'b')], { enrollment: enrollment(criteria(titleIs('Loop')), true) }),
      workflow('b', [setProperty('b1', 'jobtitle', 'Loop', null)], { enrollment: enrollment(NO_CRITERIA, false) }),
    ]);
    expect(findingsOf('programme-loop', mixed)).toHaveLength(1);
    const steps = project([workflow('a', [enrollIn('a1', 'b')]), workflow('b', [enrollIn('b1', 'a')])]);
    expect(findingsOf('programme-loop', steps)).toEqual([]);
    expect(findingsOf('enroll-cycle', steps)).toHaveLength(1);
  });
});

describe('trigger-list-never-filled', () => {
  const reader = workflow('reader', [], { name: 'Reader', enrollment: enrollment(criteria(inList('customers')), false) });

  it('fires when no workflow fills a list a trigger reads, with the filter’s path', () => {
    const [f, ...rest] = findingsOf('trigger-list-never-filled', project([reader]));
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('warning');
    expect(f!.path).toBe('workflows[0].enrollment.triggers.groups[0].filters[0]');
    expect(f!.message.en).toBe('The trigger of “Reader” reads segment “Clients”, which no workflow fills: only contacts already in the segment can enroll.');
    expectBilingual(f!);
  });

  it('says nobody will enroll when the sandbox holds nobody on the list, and lowers to info when it does', () => {
    const none = findingsOf('trigger-list-never-filled', project([reader]), { contacts: [contact('c1')] });
    expect(none.map((f) => f.severity)).toEqual(['warning']);
    expect(none[0]!.message.en).toContain('nobody will enroll');
    const some = findingsOf('trigger-list-never-filled', project([reader]), { contacts: [contact('c1', {}, ['customers'])] });
    expect(some.map((f) => f.severity)).toEqual(['info']);
  });

  it('does not fire when a workflow fills the list, nor for "is not in" or a missing list', () => {
    const filler = workflow('filler', [addToList('f1', 'customers')]);
    expect(findingsOf('trigger-list-never-filled', project([reader, filler]))).toEqual([]);
    const notIn = workflow('not-in', [], { enrollment: enrollment(criteria({ kind: 'list', list: asListId('customers'), op: 'not-in' }), false) });
    expect(findingsOf('trigger-list-never-filled', project([notIn]))).toEqual([]);
    const ghost = workflow('ghost', [], { enrollment: enrollment(criteria(inList('no-such-list')), false) });
    expect(findingsOf('trigger-list-never-filled', project([ghost]))).toEqual([]);
  });

  it('stays quiet on the seed templates', () => {
    for (const id of ['nurturing', 'lifecycle', 'cleanup', 'webinar', 'birthday'] as const) {
      const found = lintProject(buildTemplate(id, 'en')).filter((f) => ['trigger-list-never-filled', 'programme-loop', 'opposite-property-writes'].includes(f.rule));
      expect(found).toEqual([]);
    }
  });
});

describe('opposite-property-writes', () => {
  it('fires on a value set by one workflow and cleared by another, once for the pair', () => {
    const p = project([
      workflow('a', [setProperty('a1', 'jobtitle', 'CEO', null)], { name: 'A' }),
      workflow('b', [clearProperty('b1', 'jobtitle', null)], { name: 'B' }),
    ]);
    const [f, ...rest] = findingsOf('opposite-property-writes', p);
    expect(rest).toEqual([]);
    expect(f!.workflow).toBe('a');
    expect(f!.involves).toEqual([
      { workflow: 'a', step: 'a1' },
      { workflow: 'b', step: 'b1' },
    ]);
    expect(f!.message.en).toMatch(/^Property “jobtitle” is changed both ways: “A” gives it a value \(.+\) and “B” clears it \(.+\)\./);
    expectBilingual(f!);
  });

  it('fires on true against false and on increments up against down', () => {
    const bool = project([workflow('a', [setProperty('a1', 'optin', true, null)]), workflow('b', [setProperty('b1', 'optin', false, null)])]);
    expect(findingsOf('opposite-property-writes', bool)).toHaveLength(1);
    const inc = (id: string, by: number) => workflow(id, [{ id: sid(`${id}1`), kind: 'increment-property', property: 'visits', by, next: null }]);
    expect(findingsOf('opposite-property-writes', project([inc('a', 1), inc('b', -2)]))).toHaveLength(1);
    expect(findingsOf('opposite-property-writes', project([inc('a', 1), inc('b', 3)]))).toEqual([]);
  });

  it('does not fire on two values of the same kind, on one workflow alone, or on the lifecycle stage', () => {
    const values = project([workflow('a', [setProperty('a1', 'jobtitle', 'CEO', null)]), workflow('b', [setProperty('b1', 'jobtitle', 'CTO', null)])]);
    expect(findingsOf('opposite-property-writes', values)).toEqual([]);
    const alone = project([workflow('a', [setProperty('a1', 'jobtitle', 'CEO', 'a2'), clearProperty('a2', 'jobtitle', null)])]);
    expect(findingsOf('opposite-property-writes', alone)).toEqual([]);
    const stage = project([workflow('a', [setProperty('a1', 'lifecyclestage', 'lead', null)]), workflow('b', [clearProperty('b1', 'lifecyclestage', null)])]);
    expect(findingsOf('opposite-property-writes', stage)).toEqual([]);
  });
});
