import { describe, expect, it } from 'vitest';
import { asBranchId, asStepId, buildTemplate, exportFlowSchema, fromHubSpotFlow, toHubSpotFlow, type Project, type Step } from '../../../engine/index.ts';
import { fullMapping } from './helpers.ts';

/**
 * A random split's percentages through HubSpot's JSON. v4's SDK schemas have no percentage; the
 * one name reported is `testBranches[].percentage` (hubspot-today.md §1.3), which the review's
 * file uses (70 and 30). Expected splits worked out by hand.
 */
const go = (n: string, extra: object = {}) => ({ edgeType: 'STANDARD', nextActionId: n, ...extra });
const email = (actionId: string, content: string) => ({ type: 'SINGLE_CONNECTION', actionId, actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: content } });
const flow = (testBranches: object[]) => ({
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  name: 'Split',
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  // One email at the end of each branch (actions 2, 3, 4…): every action reached.
  actions: [{ type: 'AB_TEST_BRANCH', actionId: '1', testBranches }, ...testBranches.map((_, k) => email(String(k + 2), String(1001 + k)))],
});

function split(r: ReturnType<typeof fromHubSpotFlow>): number[] {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const step = r.workflows[0]!.steps.find((s) => s.kind === 'branch-random');
  return step?.kind === 'branch-random' ? step.branches.map((b) => b.percent) : [];
}
const approximations = (r: ReturnType<typeof fromHubSpotFlow>) => (r.ok ? r.notes.filter((n) => n.kind !== 'unsaid') : []);

describe('reading a random split', () => {
  it('reads 70 / 30 as 70 / 30, with nothing to report', () => {
    const r = fromHubSpotFlow(flow([go('2', { percentage: 70 }), go('3', { percentage: 30 })]));
    expect(split(r)).toEqual([70, 30]);
    expect(approximations(r)).toEqual([]);
  });

  it('without percentages, even groups as HubSpot makes them: 50 / 50, 34 / 33 / 33, not reported', () => {
    expect(split(fromHubSpotFlow(flow([go('2'), go('3')])))).toEqual([50, 50]);
    const three = fromHubSpotFlow(flow([go('2'), go('3'), go('4')]));
    expect(split(three)).toEqual([34, 33, 33]);
    expect(approximations(three)).toEqual([]);
  });

  it('percentages that do not add up to 100: even groups, and the report says so', () => {
    const r = fromHubSpotFlow(flow([go('2', { percentage: 70 }), go('3', { percentage: 20 })]));
    expect(split(r)).toEqual([50, 50]);
    expect(approximations(r)).toEqual([
      {
        path: 'actions[0].testBranches',
        kind: 'approximated',
        message: {
          fr: 'Répartition aléatoire aux pourcentages 70 / 20\u00a0: il faut des nombres entiers qui totalisent 100\u00a0; répartie en groupes égaux (50 / 50\u00a0%).',
          en: 'Random split with percentages 70 / 20: they must be whole numbers adding up to 100; split into even groups (50 / 50%).',
        },
      },
    ]);
  });

  it.each([
    ['decimals', [70.5, 29.5], 'Random split with percentages 70.5 / 29.5: '],
    ['text', ['70', '30'], 'Random split with percentages "70" / "30": '],
    ['one missing', [100, undefined], 'Random split with percentages 100 / –: '],
    ['negative', [110, -10], 'Random split with percentages 110 / -10: '],
  ])('%s: even groups, reported', (_, values, start) => {
    const r = fromHubSpotFlow(flow(values.map((v, k) => go(String(k + 2), v === undefined ? {} : { percentage: v }))));
    expect(split(r)).toEqual([50, 50]);
    expect(approximations(r).map((n) => n.message.en.slice(0, start.length))).toEqual([start]);
  });
});

/** The nurturing template with its first step turned into a random split of `percents`, each branch to the old first step. */
function withSplit(percents: readonly number[]): Project {
  const project = buildTemplate('nurturing', 'en');
  const w = project.workflows[0]!;
  const splitStep: Step = { id: asStepId('step-split'), kind: 'branch-random', branches: percents.map((percent, k) => ({ id: asBranchId(`b${k}`), name: `B${k}`, percent, next: w.start })) };
  return { ...project, hubspot: fullMapping(project), workflows: [{ ...w, start: splitStep.id, steps: [splitStep, ...w.steps] }] };
}

function exportedSplit(project: Project) {
  const r = toHubSpotFlow(project, project.workflows[0]!.id);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const action = r.flow.actions.find((a) => a.type === 'AB_TEST_BRANCH');
  return { flow: r.flow, testBranches: action?.type === 'AB_TEST_BRANCH' ? action.testBranches : [], problems: r.problems };
}

describe('writing a random split', () => {
  it('writes 70 / 30 as testBranches[].percentage, schema-valid, with a warning to check it in HubSpot', () => {
    const { flow: body, testBranches, problems } = exportedSplit(withSplit([70, 30]));
    expect(testBranches.map((b) => b.percentage)).toEqual([70, 30]);
    expect(exportFlowSchema.safeParse(body).success).toBe(true);
    expect(problems.find((p) => p.severity === 'warning' && p.message.en.startsWith('Uneven split'))?.message).toEqual({
      fr: 'Répartition inégale (70 / 30\u00a0%)\u00a0: écrite dans testBranches[].percentage, que le schéma v4 ne liste pas\u00a0; HubSpot décrit des groupes de même taille\u00a0: vérifiez la répartition une fois le workflow créé.',
      en: 'Uneven split (70 / 30%): written as testBranches[].percentage, which the v4 schema does not list; HubSpot describes evenly sized groups: check the split once the workflow is created.',
    });
  });

  it('export then import gives 70 / 30 back', () => {
    const project = withSplit([70, 30]);
    const back = fromHubSpotFlow(JSON.parse(JSON.stringify(exportedSplit(project).flow)), { project });
    expect(split(back)).toEqual([70, 30]);
    expect(approximations(back)).toEqual([]);
  });

  it('an even split is written as v4’s schema has it: no percentage', () => {
    for (const even of [[50, 50], [100 / 3, 100 / 3, 100 / 3], [34, 33, 33]]) {
      const { testBranches } = exportedSplit(withSplit(even));
      expect(testBranches.every((b) => !('percentage' in b))).toBe(true);
    }
  });

  it('decimals are rounded to whole percentages adding up to 100, and the warning says from what', () => {
    // 33.5 / 66.5: floors 33 / 66 leave 1, given to the first of the equal remainders (.5 and .5).
    const { testBranches, problems } = exportedSplit(withSplit([33.5, 66.5]));
    expect(testBranches.map((b) => b.percentage)).toEqual([34, 66]);
    expect(problems.some((p) => p.message.en.startsWith('Uneven split (34 / 66%, rounded from 33.5 / 66.5): '))).toBe(true);
  });
});
