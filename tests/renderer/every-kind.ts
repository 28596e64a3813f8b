import {
  asAssetId,
  asBranchId,
  asEmailId,
  asListId,
  asStepId,
  asWorkflowId,
  type Lang,
  type Project,
  type Step,
  type Workflow,
} from '../../engine/model/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../engine/templates/index.ts';

/** Every kind of step, every kind of delay and of awaited event, in one workflow of a template's project. */
export function everyKind(lang: Lang): Project {
  const base = buildTemplate('nurturing', lang);
  const email = asEmailId(base.emails[0]!.id);
  const asset = asAssetId(base.assets[0]!.id);
  const list = asListId(base.lists[0]!.id);
  const other = asWorkflowId(base.workflows[0]!.id);
  const id = (k: number) => asStepId(`s${k}`);
  const drafts: ((next: ReturnType<typeof id> | null) => Step)[] = [
    (next) => ({ id: id(0), kind: 'send-email', email, next }),
    (next) => ({ id: id(0), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2.5, unit: 'days' } }, next }),
    (next) => ({ id: id(0), kind: 'delay', delay: { mode: 'until-date', date: '2026-03-01', time: '09:30' }, next }),
    (next) => ({ id: id(0), kind: 'delay', delay: { mode: 'until-date-property', property: 'birthday', offsetDays: -3, time: '08:00' }, next }),
    (next) => ({ id: id(0), kind: 'delay', delay: { mode: 'until-weekday', weekdays: ['monday', 'thursday'], time: '10:00' }, next }),
    (next) => ({ id: id(0), kind: 'delay', delay: { mode: 'until-time', time: '17:45' }, next }),
    (next) => ({ id: id(0), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: 1, time: '07:00' }, next }),
    (next) => ({ id: id(0), kind: 'delay-until-event', event: { kind: 'email-opened', email }, maxWait: { amount: 1, unit: 'weeks' }, met: next, notMet: null }),
    (next) => ({ id: id(0), kind: 'delay-until-event', event: { kind: 'email-clicked', email: null }, maxWait: { amount: 3, unit: 'hours' }, met: next, notMet: null }),
    (next) => ({ id: id(0), kind: 'delay-until-event', event: { kind: 'form-submitted', asset }, maxWait: { amount: 1500, unit: 'minutes' }, met: next, notMet: null }),
    (next) => ({ id: id(0), kind: 'delay-until-event', event: { kind: 'page-viewed', url: '/pricing' }, maxWait: { amount: 1, unit: 'days' }, met: next, notMet: null }),
    (next) => ({ id: id(0), kind: 'delay-until-event', event: { kind: 'criteria-met', criteria: { groups: [] } }, maxWait: { amount: 2, unit: 'days' }, met: next, notMet: null }),
    (next) => ({ ...(base.workflows[0]!.steps.find((s) => s.kind === 'branch-if') as Extract<Step, { kind: 'branch-if' }>), id: id(0), branches: [{ ...(base.workflows[0]!.steps.find((s) => s.kind === 'branch-if') as Extract<Step, { kind: 'branch-if' }>).branches[0]!, next }], defaultNext: null }),
    (next) => ({ id: id(0), kind: 'branch-value', property: 'lifecyclestage', branches: [{ id: asBranchId('v1'), name: 'Lead', value: 'lead', next }], defaultName: lang === 'fr' ? 'Autre' : 'Other', defaultNext: null }),
    (next) => ({ id: id(0), kind: 'branch-random', branches: [{ id: asBranchId('r1'), name: 'A', percent: 12.5, next }, { id: asBranchId('r2'), name: 'B', percent: 87.5, next: null }] }),
    (next) => ({ id: id(0), kind: 'set-property', property: 'jobtitle', value: 'CMO', next }),
    (next) => ({ id: id(0), kind: 'set-property', property: 'hubspotscore', value: 1200, next }),
    (next) => ({ id: id(0), kind: 'clear-property', property: 'company', next }),
    (next) => ({ id: id(0), kind: 'copy-property', from: 'email', to: 'company', next }),
    (next) => ({ id: id(0), kind: 'increment-property', property: 'hubspotscore', by: 5, next }),
    (next) => ({ id: id(0), kind: 'set-lifecycle-stage', stage: 'marketingqualifiedlead', next }),
    (next) => ({ id: id(0), kind: 'add-to-list', list, next }),
    (next) => ({ id: id(0), kind: 'remove-from-list', list, next }),
    (next) => ({ id: id(0), kind: 'enroll-in-workflow', workflow: other, next }),
    (next) => ({ id: id(0), kind: 'unenroll-from-workflow', workflow: other, next }),
    (next) => ({ id: id(0), kind: 'internal-notification', recipient: 'sales@example.com', subject: lang === 'fr' ? 'Un lead à rappeler' : 'A lead to call', next }),
    (next) => ({ id: id(0), kind: 'create-task', taskTitle: lang === 'fr' ? 'Rappeler le lead' : 'Call the lead', next }),
    (next) => ({ id: id(0), kind: 'hubspot-action', actionTypeId: '0-4', label: 'Rotate owner', next }),
    () => ({ id: id(0), kind: 'go-to', target: id(0) }),
  ];
  const steps = drafts.map((make, k) => ({ ...make(k + 1 < drafts.length ? id(k + 1) : null), id: id(k) }) as Step);
  const workflow: Workflow = { ...base.workflows[0]!, id: asWorkflowId('wf-every-kind'), name: 'Every kind', start: id(0), steps };
  return { ...base, workflows: [...base.workflows, workflow] };
}

/** Every template, and the workflow of every kind, in a language. */
export const projects = (lang: Lang): { name: string; project: Project }[] => [...TEMPLATE_IDS.map((id) => ({ name: id, project: buildTemplate(id, lang) })), { name: 'every kind', project: everyKind(lang) }];
