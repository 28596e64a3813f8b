import { asPersonaId, asWorkflowId, type ProjectId, type WorkflowId } from './ids.ts';
import { NO_CRITERIA } from './filters.ts';
import type { Persona, Project, SimulationSettings } from './project.ts';
import type { Lang } from './text.ts';
import type { Workflow, WorkflowTiming } from './workflow.ts';

/**
 * Persona defaults from public benchmarks (reference/hubspot-workflows.md): the population
 * average is about 21 % opens, 13 % clicks of opens, 0.25 % unsubscribes, 0.4 % bounces and
 * 5 % ebook conversion, spread over an engaged, a lukewarm and a cold profile.
 */
export const DEFAULT_PERSONAS: readonly Persona[] = [
  {
    id: asPersonaId('engaged'),
    name: 'Engaged',
    share: 20,
    openRate: 0.45,
    clickRate: 0.2,
    conversionRate: 0.1,
    unsubscribeRate: 0.001,
    bounceRate: 0.002,
    reactionDelay: { medianHours: 3, spread: 1 },
    visitsPerWeek: 1,
    formsPerWeek: 0.05,
  },
  {
    id: asPersonaId('lukewarm'),
    name: 'Lukewarm',
    share: 50,
    openRate: 0.2,
    clickRate: 0.12,
    conversionRate: 0.04,
    unsubscribeRate: 0.0025,
    bounceRate: 0.004,
    reactionDelay: { medianHours: 12, spread: 1 },
    visitsPerWeek: 0.3,
    formsPerWeek: 0.01,
  },
  {
    id: asPersonaId('cold'),
    name: 'Cold',
    share: 30,
    openRate: 0.08,
    clickRate: 0.05,
    conversionRate: 0.02,
    unsubscribeRate: 0.004,
    bounceRate: 0.006,
    reactionDelay: { medianHours: 30, spread: 1.2 },
    visitsPerWeek: 0.05,
    formsPerWeek: 0.002,
  },
];

/** The default personas' names in French (the ids stay: runs and files name personas by id). */
const FRENCH_PERSONA_NAMES: Readonly<Record<string, string>> = { engaged: 'Engagé', lukewarm: 'Tiède', cold: 'Froid' };

/** The default personas named in the user's language. */
export function defaultPersonas(lang: Lang): readonly Persona[] {
  return lang === 'fr' ? DEFAULT_PERSONAS.map((p) => ({ ...p, name: FRENCH_PERSONA_NAMES[p.id] ?? p.name })) : DEFAULT_PERSONAS;
}

export const DEFAULT_SIMULATION: SimulationSettings = {
  startDate: '2026-01-05',
  horizonDays: 60,
  seed: 1,
  arrivals: { perDay: 0, viaAsset: null, lifecycleStage: 'subscriber' },
  timeZone: 'Europe/Paris',
};

export function emptyWorkflow(id: WorkflowId | string, name: string, timing: WorkflowTiming = { type: 'contact' }): Workflow {
  return {
    id: asWorkflowId(id),
    name,
    enabled: true,
    timing,
    enrollment: { triggers: NO_CRITERIA, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
    suppressionLists: [],
    goal: null,
    unenrollFromOthers: { mode: 'none' },
    executionWindow: null,
    blockedDates: [],
    timeZone: 'Europe/Paris',
    start: null,
    steps: [],
  };
}

/** A project with nothing in it but the default personas (named in `lang`) and settings. */
export function emptyProject(id: ProjectId, name: string, lang: Lang = 'en'): Project {
  return {
    id,
    name,
    workflows: [],
    emails: [],
    assets: [],
    lists: [],
    properties: [],
    personas: defaultPersonas(lang),
    scoreRules: [],
    simulation: DEFAULT_SIMULATION,
  };
}
