import { asBranchId, asEmailId, asListId, asStepId, type Lang, type Project, type Step } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/**
 * The 13-step workflow of the user review (its file acme.flowbench.json, "Avant modèle"): the
 * nurturing template with a branch on a click in the follow-up email after its first wait (a
 * click: into a new segment; none: two more days, then the second ebook as before) and an internal
 * notification before the articles' segment. Its printed diagram came out at about 3 pt.
 */
export function reviewProject(lang: Lang): Project {
  const base = buildTemplate('nurturing', lang);
  const workflow = base.workflows[0]!;
  const id = asStepId;
  const fr = lang === 'fr';
  const added: Step[] = [
    {
      id: id('step-1'),
      kind: 'branch-if',
      branches: [{ id: asBranchId('branch-1'), name: fr ? 'A cliqué' : 'Clicked', criteria: { groups: [{ filters: [{ kind: 'email', email: asEmailId('email-followup'), event: 'clicked' }] }] }, next: id('step-2') }],
      defaultName: fr ? 'Non' : 'No',
      defaultNext: id('step-3'),
    },
    { id: id('step-2'), kind: 'add-to-list', list: asListId('list-1'), next: null },
    { id: id('step-3'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: id('step-send-ebook-2') },
    { id: id('step-4'), kind: 'internal-notification', recipient: 'marketing@example.com', subject: fr ? 'Un contact avance dans le workflow' : 'A contact moves on in the workflow', next: id('step-list-articles') },
  ];
  const steps = workflow.steps.map((s): Step => (s.id === 'step-wait-followup' && s.kind === 'delay' ? { ...s, next: id('step-1') } : s.id === 'step-send-articles' && s.kind === 'send-email' ? { ...s, next: id('step-4') } : s));
  return {
    ...base,
    name: 'Acme',
    workflows: [{ ...workflow, name: fr ? 'Avant modèle' : 'Before the template', steps: [...steps, ...added] }],
    lists: [...base.lists, { id: asListId('list-1'), name: fr ? 'Acme – a cliqué sur le suivi' : 'Acme – clicked the follow-up' }],
  };
}
