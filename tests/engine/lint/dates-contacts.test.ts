import { asListId, DEFAULT_SIMULATION } from '../../../engine/model/index.ts';
import {
  addToList,
  contact,
  criteria,
  delaySpec,
  project,
  sendEmail,
  sid,
  stageAnyOf,
  workflow,
} from './fixtures.ts';
import { expectBilingual, findingsOf } from './helpers.ts';

// DEFAULT_SIMULATION starts on 2026-01-05.
const untilDate = (date: string) => ({ mode: 'until-date' as const, date, time: '09:00' });

describe('delay-date-past', () => {
  it('flags a calendar date before the simulation start', () => {
    const wf = workflow('w', [delaySpec('d', untilDate('2026-01-04'), 'a'), addToList('a', 'nurtured')]);
    const found = findingsOf('delay-date-past', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', steps: [sid('d')] });
    expect(found[0]!.message.fr).toContain('attend le 4\u00a0janv.\u00a02026, avant le début de la simulation (5\u00a0janv.\u00a02026)');
    expect(found[0]!.message.en).toContain('waits until Jan\u00a04, 2026, before the simulation starts (Jan\u00a05, 2026)');
    expectBilingual(found[0]!);
  });

  it('accepts the start date itself and later dates', () => {
    const wf = workflow('w', [delaySpec('d', untilDate('2026-01-05'), 'e'), delaySpec('e', untilDate('2026-03-01'), null)]);
    expect(findingsOf('delay-date-past', project([wf]))).toEqual([]);
  });

  it('places relative delays of a fixed-date workflow at anchor + offset', () => {
    const wf = workflow(
      'webinar',
      [
        delaySpec('before', { mode: 'relative-to-anchor', offsetDays: -10, time: '09:00' }, 'after'),
        delaySpec('after', { mode: 'relative-to-anchor', offsetDays: 1, time: '09:00' }, null),
      ],
      { timing: { type: 'fixed-date', anchorDate: '2026-01-10' } },
    );
    const found = findingsOf('delay-date-past', project([wf]));
    expect(found.map((f) => f.steps)).toEqual([[sid('before')]]);
    expect(found[0]!.message.en).toContain('Dec\u00a031, 2025');
  });

  it('ignores relative delays of a date-property workflow: each contact has its own date', () => {
    const wf = workflow('bday', [delaySpec('d', { mode: 'relative-to-anchor', offsetDays: -400, time: '09:00' }, null)], {
      timing: { type: 'date-property', anchorProperty: 'birthday', recurAnnually: true },
    });
    expect(findingsOf('delay-date-past', project([wf]))).toEqual([]);
  });
});

describe('trigger-matches-no-contact', () => {
  const wf = workflow('mql', [sendEmail('a', 'follow-up', null)], {
    enrollment: { triggers: criteria(stageAnyOf('marketingqualifiedlead')), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
  });

  it('warns when no sandbox contact matches the triggers at start', () => {
    const contacts = [contact('c1', { lifecyclestage: 'lead' }), contact('c2', { lifecyclestage: 'subscriber' })];
    const found = findingsOf('trigger-matches-no-contact', project([wf]), { contacts });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', steps: [] });
    expect(found[0]!.message.fr).toContain('aucun des 2 contacts');
    expect(found[0]!.message.en).toContain('none of the 2 contacts');
    expectBilingual(found[0]!);
  });

  it('is silent when one contact matches, when no contacts are given, or when existing contacts do not enroll', () => {
    const contacts = [contact('c1', { lifecyclestage: 'lead' }), contact('c2', { lifecyclestage: 'marketingqualifiedlead' })];
    expect(findingsOf('trigger-matches-no-contact', project([wf]), { contacts })).toEqual([]);
    expect(findingsOf('trigger-matches-no-contact', project([wf]))).toEqual([]);
    const later = { ...wf, enrollment: { ...wf.enrollment, enrollExisting: false } };
    expect(findingsOf('trigger-matches-no-contact', project([later]), { contacts: [contact('c1')] })).toEqual([]);
  });

  it('evaluates at options.now', () => {
    const recent = workflow('recent', [sendEmail('a', 'follow-up', null)], {
      enrollment: {
        triggers: criteria({ kind: 'property', property: 'createdate', type: 'date', operation: { op: 'less-than-days-ago', days: 7 } }),
        enrollExisting: true,
        reenroll: false,
        unenrollWhenNotMatching: false,
      },
    });
    const created = Date.parse('2026-01-01T00:00:00Z');
    const contacts = [contact('c1', { createdate: created })];
    expect(findingsOf('trigger-matches-no-contact', project([recent]), { contacts })).toEqual([]);
    const now = Date.parse('2026-02-01T00:00:00Z');
    expect(findingsOf('trigger-matches-no-contact', project([recent]), { contacts, now })).toHaveLength(1);
  });
});

describe('suppression-list-never-filled', () => {
  it('warns for a suppression list no step fills and no contact is on', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', null)], { suppressionLists: [asListId('customers')] });
    const found = findingsOf('suppression-list-never-filled', project([wf]), { contacts: [contact('c1')] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', steps: [] });
    expect(found[0]!.message.fr).toContain('«\u00a0Clients\u00a0»');
    expectBilingual(found[0]!);
  });

  it('accepts a list filled by a step of any workflow or holding a sandbox contact', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', null)], { suppressionLists: [asListId('customers')] });
    const filler = workflow('f', [addToList('b', 'customers')]);
    expect(findingsOf('suppression-list-never-filled', project([wf, filler]))).toEqual([]);
    expect(findingsOf('suppression-list-never-filled', project([wf]), { contacts: [contact('c1', {}, ['customers'])] })).toEqual([]);
  });
});

describe('date-property-anchor', () => {
  it('flags an anchor on a non-date or unknown property', () => {
    const onText = workflow('a', [], { timing: { type: 'date-property', anchorProperty: 'jobtitle', recurAnnually: false } });
    const onNothing = workflow('b', [], { timing: { type: 'date-property', anchorProperty: 'nope', recurAnnually: false } });
    const found = findingsOf('date-property-anchor', project([onText, onNothing]));
    expect(found.map((f) => [f.workflow, f.severity])).toEqual([
      ['a', 'error'],
      ['b', 'error'],
    ]);
    expect(found[0]!.message.fr).toContain('n’est pas une propriété de date');
    expect(found[1]!.message.en).toContain('does not exist');
    found.forEach(expectBilingual);
  });

  it('accepts a standard or custom date property', () => {
    const bday = workflow('a', [], { timing: { type: 'date-property', anchorProperty: 'birthday', recurAnnually: true } });
    const custom = workflow('b', [], { timing: { type: 'date-property', anchorProperty: 'webinar_date', recurAnnually: false } });
    const p = project([bday, custom], { properties: [{ name: 'webinar_date', type: 'date', label: { fr: 'Date du webinaire', en: 'Webinar date' } }] });
    expect(findingsOf('date-property-anchor', p)).toEqual([]);
    expect(DEFAULT_SIMULATION.startDate).toBe('2026-01-05');
  });
});
