import { findProperty, isScoreProperty, scoreModelOf, type Filter, type Localized, type Project } from '../../model/index.ts';
import type { ProjectFacts } from '../facts.ts';
import { finding } from '../finding.ts';
import { quoted, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/** Properties the simulator itself changes as contacts act. */
const BEHAVIOUR_PROPERTIES = new Set(['lastactivitydate']);

const ROLLING_DATE_OPS = new Set(['less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now']);

/**
 * Whether anything during a run can turn the filter from false to true: a step of some workflow,
 * the contact's behaviour, score rules, or time itself (rolling dates). Answers yes whenever in
 * doubt: the rule must only flag what is clearly impossible.
 */
function canBecomeTrue(filter: Filter, project: Project, facts: ProjectFacts): boolean {
  switch (filter.kind) {
    case 'list':
      return filter.op === 'not-in' || facts.listsAdded.has(filter.list);
    case 'email':
      return filter.email === null || facts.emailsSent.has(filter.email);
    case 'form':
    case 'page-view':
      return true;
    case 'property':
      if (facts.propertiesChanged.has(filter.property) || BEHAVIOUR_PROPERTIES.has(filter.property)) return true;
      // The score moves by itself under score rules or a score model (model/scoring.ts).
      if (isScoreProperty(filter.property) && scoreModelOf(project) !== null) return true;
      return filter.type === 'date' && ROLLING_DATE_OPS.has(filter.operation.op);
  }
}

function subject(filter: Filter, project: Project): Localized {
  switch (filter.kind) {
    case 'list': {
      const name = quoted(project.lists.find((l) => l.id === filter.list)?.name ?? filter.list);
      return { fr: `le segment ${name.fr}`, en: `segment ${name.en}` };
    }
    case 'email': {
      const name = quoted(project.emails.find((e) => e.id === filter.email)?.name ?? String(filter.email));
      return { fr: `l’e-mail ${name.fr}, qu’aucune étape n’envoie`, en: `email ${name.en}, which no step sends` };
    }
    case 'property': {
      const label = findProperty(project.properties, filter.property)?.label ?? { fr: filter.property, en: filter.property };
      const name = quoted(label.fr, label.en);
      return { fr: `la propriété ${name.fr}`, en: `property ${name.en}` };
    }
    default:
      return { fr: 'un filtre', en: 'a filter' };
  }
}

export const goalUnreachable: LintRule = {
  id: 'goal-unreachable',
  severity: 'warning',
  title: { fr: 'Objectif inatteignable', en: 'Unreachable goal' },
  description: {
    fr: 'Aucune étape d’aucun workflow ni aucun comportement du contact ne peut rendre l’objectif vrai\u00a0: personne ne sera jamais compté comme converti.',
    en: 'No step of any workflow and no contact behaviour can make the goal true: nobody will ever count as converted.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const goal = workflow.goal;
      if (!goal || goal.groups.length === 0) continue;
      const reachable = goal.groups.some(
        (g) => g.filters.length === 0 || g.filters.some((f) => canBecomeTrue(f, ctx.project, ctx.facts)),
      );
      if (reachable) continue;
      const subjects = new Map<string, Localized>();
      for (const f of goal.groups.flatMap((g) => g.filters)) {
        const s = subject(f, ctx.project);
        subjects.set(s.en, s);
      }
      const list = [...subjects.values()];
      const name = workflowLabel(workflow);
      out.push(
        finding(goalUnreachable, workflow.id, [], {
          fr: `L’objectif de ${name.fr} ne peut jamais être atteint\u00a0: rien dans le projet ne modifie ${list.map((s) => s.fr).join(', ')}.`,
          en: `The goal of ${name.en} can never be met: nothing in the project changes ${list.map((s) => s.en).join(', ')}.`,
        }),
      );
    }
    return out;
  },
};
