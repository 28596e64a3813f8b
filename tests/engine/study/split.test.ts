import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asStepId, asWorkflowId, type Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { dailyFrame, runPart, runRecord, runSplit, serializeRecord, studyLayout } from '../../../engine/study/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { activityFields, activityProject, allTemplates, unusualProject } from '../sim/golden-digest.ts';
import { contact, workflow } from '../sim/fixtures.ts';

/**
 * A run cut into contact ranges and merged is the single run, byte for byte: every counter,
 * series, enrollment and log row (engine/study/merge.ts says what is renumbered). Each contact
 * draws from its own stream, seeded from the seed and its id, never from its index or from the
 * contacts run before it (engine/sim/state/rng.ts), so a part gives each contact the same draws.
 */

function same(project: Project, n: number, seed: number, parts: readonly number[], horizonDays?: number): void {
  const contacts = generateContacts(project, n, seed);
  const options = { seed, horizonDays };
  const single = simulate(project, contacts, options);
  const whole = serializeRecord(runRecord(single, true));
  for (const p of parts) expect(serializeRecord(runSplit(project, contacts, options, p)) === whole, `${p} parts`).toBe(true);
}

/** Two workflows enrolling each other at the same instant: loops across workflows, numbered in order of first sight. */
function loopProject(): Project {
  const base = allTemplates();
  const everyone = base.workflows[0]!.enrollment;
  const a = workflow('loop-a', [{ id: asStepId('la'), kind: 'enroll-in-workflow', workflow: asWorkflowId('loop-b'), next: null }], { enrollment: everyone });
  const b = workflow('loop-b', [{ id: asStepId('lb'), kind: 'enroll-in-workflow', workflow: asWorkflowId('loop-a'), next: null }]);
  return { ...base, workflows: [...base.workflows, a, b] };
}

/** Two loops across workflows; contacts of the first half meet only the second, so each part numbers them its own way. */
function twoLoops(): Project {
  const base = loopProject();
  const xIs = (value: string) => ({ groups: [{ filters: [{ kind: 'property' as const, property: 'x', type: 'string' as const, operation: { op: 'eq' as const, value } }] }] });
  const pair = (a: string, b: string, value: string) => [
    workflow(a, [{ id: asStepId(`${a}-s`), kind: 'enroll-in-workflow', workflow: asWorkflowId(b), next: null }], { enrollment: { triggers: xIs(value), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } }),
    workflow(b, [{ id: asStepId(`${b}-s`), kind: 'enroll-in-workflow', workflow: asWorkflowId(a), next: null }]),
  ];
  return { ...base, workflows: [...pair('p', 'q', 'first'), ...pair('r', 's', 'second')], scoreRules: [], lists: [] };
}

describe('split runs', () => {
  it('loops across workflows are renumbered in order of first sight', () => {
    const project = twoLoops();
    const contacts = Array.from({ length: 8 }, (_, k) => contact(`c${k}`, { x: k < 4 ? 'second' : 'first' }));
    const single = simulate(project, contacts, { seed: 1, horizonDays: 3 });
    expect(single.workflowLoops.map((l) => l.chain[0])).toEqual(['r', 'p']);
    const whole = serializeRecord(runRecord(single, true));
    expect(serializeRecord(runSplit(project, contacts, { seed: 1, horizonDays: 3 }, 2)) === whole).toBe(true);
  });

  it('each template, 2 and 3 parts: the single run, byte for byte', () => {
    for (const id of TEMPLATE_IDS) same(buildTemplate(id, 'fr'), 90, 4, [2, 3]);
  });

  it('the templates together with arrivals, unusual filters, and loops across workflows', () => {
    same(allTemplates(), 200, 7, [2, 5], 120);
    same(unusualProject(), 150, 3, [2], 90);
    const loops = loopProject();
    const single = simulate(loops, generateContacts(loops, 60, 2), { seed: 2, horizonDays: 30 });
    expect(single.workflowLoops.length).toBeGreaterThan(0);
    same(loops, 60, 2, [2, 4], 30);
  });

  it('random projects (fast-check): any number of parts', () => {
    fc.assert(
      fc.property(fc.record(activityFields), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 6 }), (fields, n, parts) => {
        const { seed, ...shape } = fields;
        same(activityProject(shape), n, seed, [parts], 40);
      }),
      { numRuns: 12 },
    );
  });

  it('the parts’ daily frames add up to the single run’s', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 120, 9);
    const single = simulate(project, contacts, { seed: 9, horizonDays: 60 });
    const layout = studyLayout(project, single);
    const sum = new Int32Array(dailyFrame(single, layout).length);
    for (let p = 0; p < 3; p++) {
      const part = runPart(project, contacts, { seed: 9, horizonDays: 60 }, p, 3, true);
      const log = part.log!;
      const frame = dailyFrame(
        {
          ...part,
          log: { length: log.length / 7, time: (r: number) => log[r * 7]!, contact: (r: number) => log[r * 7 + 1]!, step: (r: number) => log[r * 7 + 3]!, kind: (r: number) => log[r * 7 + 4]!, detail: (r: number) => log[r * 7 + 5]!, extra: (r: number) => log[r * 7 + 6]!, enrollment: (r: number) => log[r * 7 + 2]! },
        } as unknown as Parameters<typeof dailyFrame>[0],
        layout,
      );
      for (let k = 0; k < sum.length; k++) sum[k]! += frame[k]!;
    }
    expect(Array.from(sum)).toEqual(Array.from(dailyFrame(single, layout)));
  });
});
