import { asListId, asScoreRuleId } from '../../../engine/model/index.ts';
import {
  addToList,
  clearProperty,
  criteria,
  downloaded,
  ifThen,
  inList,
  project,
  sendEmail,
  setProperty,
  setStage,
  sid,
  stageAnyOf,
  workflow,
} from './fixtures.ts';
import { expectBilingual, findingsOf } from './helpers.ts';

describe('backward-lifecycle', () => {
  it('flags a stage set below what the enrollment triggers require', () => {
    const wf = workflow('w', [setStage('a', 'lead', null)], { enrollment: { triggers: criteria(stageAnyOf('marketingqualifiedlead')), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });
    const found = findingsOf('backward-lifecycle', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', steps: [sid('a')] });
    expect(found[0]!.message.fr).toContain('déclencheurs d’inscription exigent au moins Lead qualifié marketing (MQL)');
    expect(found[0]!.message.en).toContain('Marketing qualified lead');
    expectBilingual(found[0]!);
  });

  it('flags a stage set below one set earlier on the same path, naming the earlier step', () => {
    const wf = workflow('w', [setStage('a', 'salesqualifiedlead', 'b'), ifThen('b', 'Q ?', 'c', null), setStage('c', 'lead', null)]);
    const found = findingsOf('backward-lifecycle', project([wf]));
    expect(found.map((f) => f.steps)).toEqual([[sid('c')]]);
    expect(found[0]!.message.fr).toContain('«\u00a0Passer en Lead qualifié commercial (SQL)\u00a0»');
  });

  it('accepts a backward set after the stage is cleared, and forward moves', () => {
    const wf = workflow('w', [
      setStage('a', 'marketingqualifiedlead', 'b'),
      setStage('b', 'customer', 'c'),
      clearProperty('c', 'lifecyclestage', 'd'),
      setStage('d', 'lead', null),
    ]);
    expect(findingsOf('backward-lifecycle', project([wf]))).toEqual([]);
  });

  it('judges each path on its own: a higher stage on a sibling branch does not count', () => {
    const wf = workflow('w', [ifThen('b', 'Q ?', 'x', 'y'), setStage('x', 'customer', null), setStage('y', 'lead', null)]);
    expect(findingsOf('backward-lifecycle', project([wf]))).toEqual([]);
  });

  it('also reads set-property on lifecyclestage', () => {
    const wf = workflow('w', [setStage('a', 'opportunity', 'b'), setProperty('b', 'lifecyclestage', 'subscriber', null)]);
    expect(findingsOf('backward-lifecycle', project([wf])).map((f) => f.steps)).toEqual([[sid('b')]]);
  });
});

describe('goal-unreachable', () => {
  it('flags a goal on a list no step of any workflow adds to', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', null)], { goal: criteria(inList('customers')) });
    const found = findingsOf('goal-unreachable', project([wf]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', steps: [] });
    expect(found[0]!.message.fr).toContain('le segment «\u00a0Clients\u00a0»');
    expect(found[0]!.message.en).toContain('segment “Clients”');
    expectBilingual(found[0]!);
  });

  it('accepts a list goal that a step of another workflow fills', () => {
    const w1 = workflow('w1', [sendEmail('a', 'follow-up', null)], { goal: criteria(inList('customers')) });
    const w2 = workflow('w2', [addToList('b', 'customers')]);
    expect(findingsOf('goal-unreachable', project([w1, w2]))).toEqual([]);
  });

  it('flags a property goal nothing sets, and accepts it once a step sets it', () => {
    const goal = criteria({ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'eq', value: 'CMO' } });
    const stuck = workflow('w', [sendEmail('a', 'follow-up', null)], { goal });
    expect(findingsOf('goal-unreachable', project([stuck]))).toHaveLength(1);
    const moving = workflow('w', [setProperty('a', 'jobtitle', 'CMO', null)], { goal });
    expect(findingsOf('goal-unreachable', project([moving]))).toEqual([]);
  });

  it('counts behaviour, score rules and rolling dates as able to make a goal true', () => {
    const behaviour = workflow('w1', [sendEmail('a', 'follow-up', null)], { goal: criteria(downloaded()) });
    const score = workflow('w2', [sendEmail('a', 'follow-up', null)], {
      goal: criteria({ kind: 'property', property: 'hubspotscore', type: 'number', operation: { op: 'gte', value: 90 } }),
    });
    const rolling = workflow('w3', [sendEmail('a', 'follow-up', null)], {
      goal: criteria({ kind: 'property', property: 'renewaldate', type: 'date', operation: { op: 'less-than-days-from-now', days: 30 } }),
    });
    const p = project([behaviour, score, rolling], {
      scoreRules: [{ id: asScoreRuleId('r'), name: 'Ebook', criteria: criteria(downloaded()), points: 10 }],
    });
    expect(findingsOf('goal-unreachable', p)).toEqual([]);
  });

  it('stays quiet when any OR group of the goal can still become true', () => {
    const goal = { groups: [{ filters: [inList('customers')] }, { filters: [{ kind: 'list' as const, list: asListId('nurtured'), op: 'in' as const }] }] };
    const wf = workflow('w', [addToList('a', 'nurtured')], { goal });
    expect(findingsOf('goal-unreachable', project([wf]))).toEqual([]);
  });
});
