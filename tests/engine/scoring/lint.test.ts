import { describe, expect, it } from 'vitest';
import type { ScoreModel } from '../../../engine/model/index.ts';
import { criteria, project, sendEmail, workflow } from '../lint/fixtures.ts';
import { findingsOf } from '../lint/helpers.ts';

/** The linter knows that a score model moves the score properties by itself. */

const model: ScoreModel = {
  groups: [
    {
      id: 'g',
      name: 'Engagement',
      kind: 'engagement',
      limit: null,
      timeFrameDays: null,
      decay: { percent: 50, everyDays: 30 },
      rules: [{ type: 'event', id: 'r', name: 'Click', points: 10, event: { kind: 'email', event: 'clicked', email: null } }],
    },
  ],
  limit: null,
  thresholds: [{ label: 'Hot', from: 10 }],
};

describe('goal-unreachable with a score model', () => {
  it.each(['hubspotscore', 'engagementscore', 'fitscore'])('counts a goal on %s as reachable when the project scores', (property) => {
    const goal = criteria({ kind: 'property', property, type: 'number', operation: { op: 'gte', value: 10 } });
    const wf = workflow('w', [sendEmail('a', 'follow-up', null)], { goal });
    expect(findingsOf('goal-unreachable', project([wf], { scoreModel: model }))).toEqual([]);
    // Without a model (nor legacy rules) nothing moves these properties: the goal cannot be met.
    expect(findingsOf('goal-unreachable', project([wf]))).toHaveLength(1);
  });

  it('counts a goal on the threshold label as reachable too', () => {
    const goal = criteria({ kind: 'property', property: 'scorethreshold', type: 'string', operation: { op: 'eq', value: 'Hot' } });
    const wf = workflow('w', [sendEmail('a', 'follow-up', null)], { goal });
    expect(findingsOf('goal-unreachable', project([wf], { scoreModel: model }))).toEqual([]);
  });
});

describe('unknown-property with a score model', () => {
  it('knows the score’s parts only in a project that has a model', () => {
    const triggers = criteria({ kind: 'property', property: 'fitscore', type: 'number', operation: { op: 'gte', value: 10 } });
    const wf = workflow('w', [sendEmail('a', 'follow-up', null)], { enrollment: { triggers, enrollExisting: false, reenroll: false, unenrollWhenNotMatching: false } });
    expect(findingsOf('unknown-property', project([wf], { scoreModel: model }))).toEqual([]);
    expect(findingsOf('unknown-property', project([wf]))).toHaveLength(1);
  });
});
