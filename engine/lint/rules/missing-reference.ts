import {
  criteriaFilters,
  outgoingEdges,
  type Criteria,
  type Localized,
  type Project,
  type Step,
  type Workflow,
} from '../../model/index.ts';
import { danglingReferences } from '../../schema/dangling.ts';
import { issuePlace } from '../../schema/issue-place.ts';
import { finding } from '../finding.ts';
import { quoted, stepLabel, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

type RefKind = 'email' | 'list' | 'asset' | 'workflow' | 'step';

interface Ref {
  readonly kind: RefKind;
  readonly id: string;
}

const KIND_WORDS: Record<RefKind, { fr: string; en: string }> = {
  email: { fr: 'l’e-mail', en: 'email' },
  list: { fr: 'le segment', en: 'segment' },
  asset: { fr: 'le contenu', en: 'asset' },
  workflow: { fr: 'le workflow', en: 'workflow' },
  step: { fr: 'l’étape', en: 'step' },
};

function criteriaRefs(criteria: Criteria | null): Ref[] {
  if (!criteria) return [];
  return criteriaFilters(criteria).flatMap((f): Ref[] => {
    if (f.kind === 'list') return [{ kind: 'list', id: f.list }];
    if (f.kind === 'email' && f.email !== null) return [{ kind: 'email', id: f.email }];
    if (f.kind === 'form' && f.asset !== null) return [{ kind: 'asset', id: f.asset }];
    return [];
  });
}

function stepRefs(step: Step): Ref[] {
  const targets: Ref[] = outgoingEdges(step).flatMap((e) => (e.to ? [{ kind: 'step' as const, id: e.to }] : []));
  switch (step.kind) {
    case 'send-email':
      return [{ kind: 'email', id: step.email }, ...targets];
    case 'add-to-list':
    case 'remove-from-list':
      return [{ kind: 'list', id: step.list }, ...targets];
    case 'enroll-in-workflow':
    case 'unenroll-from-workflow':
      return [{ kind: 'workflow', id: step.workflow }, ...targets];
    case 'branch-if':
      return [...step.branches.flatMap((b) => criteriaRefs(b.criteria)), ...targets];
    case 'delay-until-event': {
      const ev = step.event;
      const refs: Ref[] =
        ev.kind === 'criteria-met'
          ? criteriaRefs(ev.criteria)
          : ev.kind === 'form-submitted'
            ? ev.asset ? [{ kind: 'asset', id: ev.asset }] : []
            : ev.kind === 'page-viewed' || ev.email === null
              ? []
              : [{ kind: 'email', id: ev.email }];
      return [...refs, ...targets];
    }
    default:
      return targets;
  }
}

/** The ids of what a reference may name, gathered once per check: a workflow of 12,000 steps is not searched step by step for each of its edges. */
interface Known {
  readonly email: ReadonlySet<string>;
  readonly list: ReadonlySet<string>;
  readonly asset: ReadonlySet<string>;
  readonly workflow: ReadonlySet<string>;
}

function known(project: Project): Known {
  const ids = (items: readonly { readonly id: string }[]) => new Set(items.map((x) => x.id));
  return { email: ids(project.emails), list: ids(project.lists), asset: ids(project.assets), workflow: ids(project.workflows) };
}

function exists(ref: Ref, ids: Known, steps: ReadonlySet<string> | null): boolean {
  return ref.kind === 'step' ? steps !== null && steps.has(ref.id) : ids[ref.kind].has(ref.id);
}

/** Workflow settings that refer to things, with how a message names each setting. */
function settingRefs(workflow: Workflow): { where: Localized; refs: Ref[] }[] {
  const unenroll = workflow.unenrollFromOthers;
  return [
    { where: { fr: 'première étape', en: 'first step' }, refs: workflow.start ? [{ kind: 'step', id: workflow.start }] : [] },
    { where: { fr: 'déclencheurs d’inscription', en: 'enrollment triggers' }, refs: criteriaRefs(workflow.enrollment.triggers) },
    { where: { fr: 'segments de suppression', en: 'suppression segments' }, refs: workflow.suppressionLists.map((id) => ({ kind: 'list' as const, id })) },
    { where: { fr: 'objectif', en: 'goal' }, refs: criteriaRefs(workflow.goal) },
    {
      where: { fr: 'désinscription des autres workflows', en: 'unenrollment from other workflows' },
      refs: unenroll.mode === 'selected' ? unenroll.workflows.map((id) => ({ kind: 'workflow' as const, id })) : [],
    },
  ];
}

/**
 * "X désigne le workflow « wf-… », qui n’existe pas (ou plus)": the thing is gone, so its id is all
 * there is to name it by. "désigne" takes the article as it is ("fait référence à le workflow" was wrong).
 */
function missingText(subject: Localized, ref: Ref): Localized {
  const words = KIND_WORDS[ref.kind];
  const id = quoted(ref.id);
  return {
    fr: `${subject.fr} désigne ${words.fr} ${id.fr}, qui n’existe pas ou plus dans le projet.`,
    en: `${subject.en} refers to ${words.en} ${id.en}, which is not or no longer in the project.`,
  };
}

/** The project's own references outside its workflows and emails (score rules, scoring model, arrivals), missing. */
function projectFindings(project: Project): Finding[] {
  const file = { project };
  return danglingReferences(project)
    .filter((issue) => /^project\.(scoreRules|scoreModel|simulation)\b/.test(issue.path))
    .map((issue) => {
      const place = issuePlace(file, issue.path) ?? { fr: issue.path, en: issue.path };
      return finding(missingReference, null, [], { fr: `Dans ${place.fr}\u00a0: ${issue.message.fr}`, en: `In ${place.en}: ${issue.message.en}` });
    });
}

export const missingReference: LintRule = {
  id: 'missing-reference',
  severity: 'error',
  title: { fr: 'Référence introuvable', en: 'Missing reference' },
  description: {
    fr: 'Une étape ou un réglage désigne un e-mail, un segment (liste), un contenu, un workflow ou une étape qui n’existe pas (ou plus) dans le projet.',
    en: 'A step or setting points to an email, segment (list), asset, workflow or step that does not (or no longer) exist in the project.',
  },
  check: (ctx) => {
    const { project } = ctx;
    const ids = known(project);
    const out: Finding[] = [];
    if (ctx.wholeProject) {
      for (const email of project.emails) {
        const ref: Ref = { kind: 'asset', id: email.asset ?? '' };
        if (email.asset === null || exists(ref, ids, null)) continue;
        const name = quoted(email.name);
        out.push(finding(missingReference, null, [], missingText({ fr: `L’e-mail ${name.fr}`, en: `Email ${name.en}` }, ref)));
      }
      out.push(...projectFindings(project));
    }
    for (const workflow of ctx.workflows) {
      const name = workflowLabel(workflow);
      const steps = new Set<string>(workflow.steps.map((s) => s.id));
      for (const { where, refs } of settingRefs(workflow)) {
        const subject = { fr: `${name.fr} (${where.fr})`, en: `${name.en} (${where.en})` };
        for (const ref of refs.filter((r) => !exists(r, ids, steps))) {
          out.push(finding(missingReference, workflow.id, [], missingText(subject, ref)));
        }
      }
      for (const step of workflow.steps) {
        for (const ref of stepRefs(step).filter((r) => !exists(r, ids, steps))) {
          out.push(finding(missingReference, workflow.id, [step.id], missingText(stepLabel(step, project), ref)));
        }
      }
    }
    return out;
  },
};
