import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../engine/hubspot/api.ts';
import { lintProject } from '../../../engine/lint/index.ts';
import { hubSpotActionCount } from '../../../engine/lint/rules/hubspot-limits.ts';
import { asBranchId, type Criteria, type Filter, type Step } from '../../../engine/model/index.ts';
import { criteria, delaySpec, downloaded, EMAIL_BLOG, EMAIL_FOLLOW_UP, goTo, ifThen, project, randomSplit, sendEmail, setProperty, sid, waitEvent, workflow } from './fixtures.ts';
import { expectBilingual } from './helpers.ts';

const pricing: Filter = { kind: 'page-view', url: '/pricing', match: 'contains', op: 'viewed' };
const opened = (email = EMAIL_BLOG): Filter => ({ kind: 'email', email, event: 'opened' });
const minutes = (id: string, amount: number, next: string | null, unit: 'minutes' | 'hours' = 'minutes') => delaySpec(id, { mode: 'duration', duration: { amount, unit } }, next);
const branch = (id: string, when: Criteria) => ifThen(id, 'Branche', null, null, when);

const analytics = (steps: Step[]) => lintProject(project([workflow('w', steps)])).filter((f) => f.rule === 'analytics-branch-without-delay');
const limits = (steps: Step[]) => lintProject(project([workflow('w', steps)])).filter((f) => f.rule === 'hubspot-limits');

describe('analytics branch without the recommended delay', () => {
  it('flags a page-view branch right at enrollment, in both languages', () => {
    const [f, ...more] = analytics([branch('b', criteria(pricing))]);
    expect(more).toEqual([]);
    expect(f!.steps).toEqual(['b']);
    expect(f!.message.en).toContain('right at enrollment');
    expect(f!.message.fr).toContain('dès l’inscription');
    expectBilingual(f!);
  });

  it('counts delays in any unit: 1 h 19 min is too short, 80 minutes is enough', () => {
    // 60 + 19 = 79 minutes < 80.
    const [f] = analytics([minutes('h', 1, 'm', 'hours'), minutes('m', 19, 'b'), branch('b', criteria(pricing))]);
    expect(f!.message.en).toContain('79 minutes after enrollment');
    expect(analytics([minutes('m', 80, 'b'), branch('b', criteria(pricing))])).toEqual([]);
  });

  it('takes the shortest path: one branch of a split skips the delay', () => {
    const steps = [randomSplit('r', [[50, 'd'], [50, 'b']]), minutes('d', 2, 'b', 'hours'), branch('b', criteria(opened()))];
    expect(analytics(steps).map((f) => f.steps)).toEqual([['b']]);
  });

  it('lets a wait for an event count as a delay, and ignores non-analytics branches', () => {
    expect(analytics([waitEvent('w', 'b', null), branch('b', criteria(pricing))])).toEqual([]);
    expect(analytics([branch('b', criteria(downloaded()))])).toEqual([]);
  });

  it('leaves a branch on the opens of the email just sent to branch-on-email-too-soon', () => {
    const steps = [sendEmail('s', 'follow-up', 'b'), branch('b', criteria(opened(EMAIL_FOLLOW_UP)))];
    const all = lintProject(project([workflow('w', steps)]));
    expect(all.filter((f) => f.rule === 'branch-on-email-too-soon').map((f) => f.steps)).toEqual([['s', 'b']]);
    expect(all.filter((f) => f.rule === 'analytics-branch-without-delay')).toEqual([]);
    // Opens of another email, not sent here: only this rule speaks.
    expect(analytics([sendEmail('s', 'follow-up', 'b'), branch('b', criteria(opened(EMAIL_BLOG)))]).map((f) => f.steps)).toEqual([['b']]);
  });

  it('reports a branch once when a go-to brings contacts back to it', () => {
    expect(analytics([ifThen('b', 'Tarifs ?', 'g', null, criteria(pricing)), goTo('g', 'b')]).map((f) => f.steps)).toEqual([['b']]);
  });
});

describe('HubSpot limits', () => {
  const ifBranches = (n: number): Step => ({
    ...branch('b', criteria(downloaded())),
    branches: Array.from({ length: n }, (_, i) => ({ id: asBranchId(`b${i}`), name: `B${i}`, criteria: criteria(downloaded()), next: null })),
  }) as Step;
  const valueBranches = (n: number): Step => ({
    id: sid('v'),
    kind: 'branch-value',
    property: 'jobtitle',
    branches: Array.from({ length: n }, (_, i) => ({ id: asBranchId(`v${i}`), name: String(i), value: String(i), next: null })),
    defaultName: 'Other',
    defaultNext: null,
  });
  /** n set-property steps in a row. */
  const chain = (n: number): Step[] => Array.from({ length: n }, (_, i) => setProperty(`p${i}`, 'jobtitle', 'x', i + 1 < n ? `p${i + 1}` : null));

  it('allows 20 if/then branches and refuses 21, naming both numbers', () => {
    expect(LIMITS.ifThenBranches).toBe(20);
    expect(limits([ifBranches(20)])).toEqual([]);
    const [f, ...more] = limits([ifBranches(21)]);
    expect(more).toEqual([]);
    expect(f!.severity).toBe('error');
    expect(f!.steps).toEqual(['b']);
    expect(f!.message.en).toContain('has 21 branches: HubSpot accepts at most 20');
    expectBilingual(f!);
  });

  it('allows 250 value-equals branches and refuses 251', () => {
    expect(limits([valueBranches(250)])).toEqual([]);
    expect(limits([valueBranches(251)])[0]!.message.fr).toContain('a 251 branches\u00a0: HubSpot en accepte 250 au plus');
  });

  it('warns beyond 500 actions, counting as the export does', () => {
    expect(limits(chain(500))).toEqual([]);
    const [f] = limits(chain(501));
    expect(f!.severity).toBe('warning');
    expect(f!.steps).toEqual([]);
    expect(f!.message.en).toContain('would be 501 actions in HubSpot');
    // A go-to is an edge in v4 (0 actions), a wait for an event two (the wait and its branch).
    const withGoTo = [...chain(500).slice(0, -1), setProperty('p499', 'jobtitle', 'x', 'g'), goTo('g', 'p0')];
    expect(hubSpotActionCount(workflow('w', withGoTo))).toBe(500);
    const waits = Array.from({ length: 250 }, (_, i) => waitEvent(`w${i}`, i + 1 < 250 ? `w${i + 1}` : null, null));
    expect(hubSpotActionCount(workflow('w', waits))).toBe(500);
    expect(limits([...waits.slice(0, -1), waitEvent('w249', 'extra', null), setProperty('extra', 'jobtitle', 'x', null)])).toHaveLength(1);
  });
});
