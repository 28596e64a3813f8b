import {
  asContactId,
  asPersonaId,
  asWorkflowId,
  emptyWorkflow,
  type Contact,
  type ContactEvent,
  type Persona,
  type Project,
  type PropertyValue,
  type Step,
  type Workflow,
} from '../../../engine/model/index.ts';

/** A persona that always (1) or never (0) does each thing, reacting after exactly `hours`. */
export function certainPersona(rate: 0 | 1, hours = 2, overrides: Partial<Persona> = {}): Persona {
  return {
    id: asPersonaId(`always-${rate}`),
    name: `rate ${rate}`,
    share: 100,
    openRate: rate,
    clickRate: rate,
    conversionRate: rate,
    unsubscribeRate: 0,
    bounceRate: 0,
    reactionDelay: { medianHours: hours, spread: 0 },
    visitsPerWeek: 0,
    formsPerWeek: 0,
    ...overrides,
  };
}

export function withPersonas(project: Project, personas: readonly Persona[]): Project {
  return { ...project, personas };
}

export function contact(id: string, properties: Record<string, PropertyValue> = {}, events: ContactEvent[] = [], persona: Persona | null = null): Contact {
  return {
    id: asContactId(id),
    properties: { email: `${id}@example.com`, lifecyclestage: 'subscriber', ...properties },
    lists: [],
    events,
    persona: persona?.id ?? null,
  };
}

export function workflow(id: string, steps: readonly Step[], patch: Partial<Workflow> = {}): Workflow {
  const base = emptyWorkflow(asWorkflowId(id), id);
  return { ...base, start: steps[0]?.id ?? null, steps, ...patch };
}

/** Jan 5th 2026, the default start date, midnight in Paris, as epoch ms. */
export const START_MS = Date.UTC(2026, 0, 4, 23, 0);
export const DAY = 1440;
