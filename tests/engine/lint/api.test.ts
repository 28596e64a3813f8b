import { LINT_RULE_IDS, LINT_RULES, lintProject, lintWorkflow, type Finding } from '../../../engine/lint/index.ts';
import { asAssetId, asEmailId, asWorkflowId } from '../../../engine/model/index.ts';
import { addToList, delayDays, enrollIn, ifThen, project, seedNurturing, sendEmail, sid, workflow } from './fixtures.ts';

describe('LINT_RULES', () => {
  it('lists every rule once, with a title and description in both languages', () => {
    expect(LINT_RULES.map((r) => r.id).sort()).toEqual([...LINT_RULE_IDS].sort());
    for (const rule of LINT_RULES) {
      for (const text of [rule.title, rule.description]) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.fr).not.toBe(text.en);
      }
    }
  });

  it('gives each finding the severity its rule declares, except empty defaults one step lower', () => {
    const wf = workflow('w', [sendEmail('a', 'follow-up', 'b'), sendEmail('b', 'ghost', 'c'), ifThen('c', 'Q ?', null, null)]);
    const declared = new Map(LINT_RULES.map((r) => [r.id, r.severity]));
    const found = lintProject(project([wf]));
    expect(found.length).toBeGreaterThan(3);
    for (const f of found) {
      const expected = f.rule === 'empty-branch' && f.message.en.includes('“Non”') ? 'info' : declared.get(f.rule);
      expect(f.severity).toBe(expected);
    }
  });
});

/** A project with problems spread over two workflows and the project itself. */
function messyProject() {
  const first = workflow('first', [
    sendEmail('x', 'follow-up', 'y'), // email-after-email with y
    sendEmail('y', 'ghost', null), // missing-reference, lost-contacts
    addToList('orphan', 'nurtured'), // unreachable-step
  ]);
  const second = workflow('second', [], { name: 'Vide' }); // empty-workflow
  return project([seedNurturing(), first, second], {
    emails: [
      ...project([]).emails,
      { id: asEmailId('broken'), name: 'Cassé', subject: 's', asset: asAssetId('nope'), openScale: 1, clickScale: 1 },
    ],
  });
}

const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.workflow ?? '-'}|${f.steps.join(',')}|${f.rule}`);

describe('ordering', () => {
  it('sorts project findings first, then by workflow order, step order and rule id', () => {
    expect(brief(lintProject(messyProject()))).toEqual([
      '-||missing-reference',
      'nurturing|s8|lost-contacts',
      'first|x,y|email-after-email',
      'first|y|lost-contacts',
      'first|y|missing-reference',
      'first|orphan|unreachable-step',
      'second||empty-workflow',
    ]);
  });

  it('gives the same findings on every run, ordered by the stored step order', () => {
    const p = messyProject();
    expect(lintProject(p)).toEqual(lintProject(p));
    const shuffled = { ...p, workflows: p.workflows.map((w) => ({ ...w, steps: [...w.steps].reverse() })) };
    const ruleSet = (fs: readonly Finding[]) => new Set(brief(fs));
    expect(ruleSet(lintProject(shuffled))).toEqual(ruleSet(lintProject(p)));
    // Step order follows the stored order, so reversing it reverses step-level findings.
    expect(brief(lintProject(shuffled)).filter((s) => s.startsWith('first|'))).toEqual([
      'first|orphan|unreachable-step',
      'first|y|lost-contacts',
      'first|y|missing-reference',
      'first|x,y|email-after-email',
    ]);
  });
});

describe('lintWorkflow', () => {
  it('reports only the given workflow, without project-level findings', () => {
    const p = messyProject();
    const first = p.workflows[1]!;
    expect(brief(lintWorkflow(first, p))).toEqual(brief(lintProject(p)).filter((s) => s.startsWith('first|')));
  });

  it('lints an edited version of a workflow in place of the stored one', () => {
    const p = project([seedNurturing()]);
    const seed = seedNurturing();
    const edited = {
      ...seed,
      steps: [...seed.steps.map((s) => (s.id === 's8' && s.kind === 'send-email' ? { ...s, next: sid('s9') } : s)), addToList('s9', 'nurtured')],
    };
    expect(lintWorkflow(p.workflows[0]!, p).map((f) => f.rule)).toEqual(['lost-contacts']);
    expect(lintWorkflow(edited, p)).toEqual([]);
  });

  it('shows an enrollment cycle from the point of view of each workflow on it', () => {
    const a = workflow('a', [delayDays('a0', 1, 'a1'), enrollIn('a1', 'b', 'a2'), addToList('a2', 'nurtured')]);
    const b = workflow('b', [enrollIn('b1', 'a', 'b2'), addToList('b2', 'nurtured')]);
    const p = project([a, b]);
    const fromB = lintWorkflow(b, p);
    expect(fromB.map((f) => [f.rule, f.workflow, f.steps])).toEqual([['enroll-cycle', asWorkflowId('b'), ['b1']]]);
    expect(fromB[0]!.message.en).toContain('“Workflow b” → “Workflow a” → “Workflow b”');
    expect(lintProject(p).filter((f) => f.rule === 'enroll-cycle')).toHaveLength(1);
  });
});
