import type { Criteria, Localized, Project, PropertyFilter, PropertyValue, Step, StepId, Workflow, WorkflowId } from '../model/index.ts';
import { stepLabel, workflowLabel } from './labels.ts';

/**
 * Every place a project names a contact property, with its JSON path and what the place
 * needs of the property's type: the unknown-property and property-type rules read this list.
 */
export type PropertyNeed =
  | { readonly kind: 'filter'; readonly filter: PropertyFilter }
  | { readonly kind: 'set'; readonly value: PropertyValue }
  | { readonly kind: 'number' }
  | { readonly kind: 'date' }
  | { readonly kind: 'copy-from'; readonly to: string }
  | { readonly kind: 'any' };

export interface PropertyUse {
  readonly property: string;
  readonly need: PropertyNeed;
  /** JSON path in the project (`workflows[0].enrollment.triggers.groups[0].filters[1]`). */
  readonly path: string;
  readonly workflow: WorkflowId | null;
  readonly steps: readonly StepId[];
  /** How a message names the place: `“Nurturing” (trigger)`, a step's label. */
  readonly where: Localized;
}

function criteriaUses(criteria: Criteria | null, path: string, base: Omit<PropertyUse, 'property' | 'need' | 'path'>): PropertyUse[] {
  if (!criteria) return [];
  return criteria.groups.flatMap((g, gi) =>
    g.filters.flatMap((f, fi) => (f.kind === 'property' ? [{ ...base, property: f.property, need: { kind: 'filter' as const, filter: f }, path: `${path}.groups[${gi}].filters[${fi}]` }] : [])),
  );
}

function stepUses(step: Step, path: string, base: Omit<PropertyUse, 'property' | 'need' | 'path'>): PropertyUse[] {
  const use = (property: string, need: PropertyNeed, field: string): PropertyUse => ({ ...base, property, need, path: `${path}.${field}` });
  switch (step.kind) {
    case 'branch-if':
      return step.branches.flatMap((b, bi) => criteriaUses(b.criteria, `${path}.branches[${bi}].criteria`, base));
    case 'branch-value':
      return [use(step.property, { kind: 'any' }, 'property')];
    case 'delay-until-event':
      return step.event.kind === 'criteria-met' ? criteriaUses(step.event.criteria, `${path}.event.criteria`, base) : [];
    case 'delay':
      return step.delay.mode === 'until-date-property' ? [use(step.delay.property, { kind: 'date' }, 'delay.property')] : [];
    case 'set-property':
      return [use(step.property, { kind: 'set', value: step.value }, 'property')];
    case 'clear-property':
      return [use(step.property, { kind: 'any' }, 'property')];
    case 'increment-property':
      return [use(step.property, { kind: 'number' }, 'property')];
    case 'copy-property':
      return [use(step.from, { kind: 'copy-from', to: step.to }, 'from'), use(step.to, { kind: 'any' }, 'to')];
    default:
      return [];
  }
}

function workflowUses(workflow: Workflow, index: number, project: Project): PropertyUse[] {
  const path = `workflows[${index}]`;
  const name = workflowLabel(workflow);
  const setting = (word: Localized) => ({ workflow: workflow.id, steps: [], where: { fr: `${name.fr} (${word.fr})`, en: `${name.en} (${word.en})` } });
  return [
    ...criteriaUses(workflow.enrollment.triggers, `${path}.enrollment.triggers`, setting({ fr: 'déclencheur', en: 'trigger' })),
    ...criteriaUses(workflow.goal, `${path}.goal`, setting({ fr: 'objectif', en: 'goal' })),
    ...workflow.steps.flatMap((step, si) => {
      const label = stepLabel(step, project);
      const where = { fr: `${name.fr}, étape ${label.fr}`, en: `${name.en}, step ${label.en}` };
      return stepUses(step, `${path}.steps[${si}]`, { workflow: workflow.id, steps: [step.id], where });
    }),
  ];
}

/** The property uses of `workflows` (by their place in the project), plus the score rules' when `wholeProject`. */
export function propertyUses(project: Project, workflows: readonly Workflow[], wholeProject: boolean): PropertyUse[] {
  const uses = workflows.flatMap((w) => {
    const index = project.workflows.findIndex((p) => p.id === w.id);
    return workflowUses(w, index < 0 ? 0 : index, project);
  });
  if (wholeProject) {
    project.scoreRules.forEach((rule, ri) => {
      const where = { fr: `Règle de score «\u00a0${rule.name}\u00a0»`, en: `Score rule “${rule.name}”` };
      uses.push(...criteriaUses(rule.criteria, `scoreRules[${ri}].criteria`, { workflow: null, steps: [], where }));
    });
    project.scoreModel?.groups.forEach((group, gi) =>
      group.rules.forEach((rule, ri) => {
        if (rule.type !== 'criteria') return;
        const where = { fr: `Règle de score «\u00a0${rule.name}\u00a0»`, en: `Score rule “${rule.name}”` };
        uses.push(...criteriaUses(rule.criteria, `scoreModel.groups[${gi}].rules[${ri}].criteria`, { workflow: null, steps: [], where }));
      }),
    );
  }
  return uses;
}
