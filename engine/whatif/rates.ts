import type { Persona, PersonaId, Project, StepId, Workflow, WorkflowId } from '../model/index.ts';
import { simulate, type ContactInput, type DelayFrom, type PropertiesFrom, type SimulationOptions, type SimulationResult } from '../sim/index.ts';

/**
 * What if a persona's open, click or download rate changed at minute t: the run is replayed with
 * the same draws up to t (so its state at t, contacts waiting in delays included, is the
 * original's) and the sends from t on react with the new rates (sim option `ratesFrom`). The
 * original run is kept beside it, and the difference per step.
 */

export interface RateChange {
  readonly persona: PersonaId;
  readonly openRate?: number;
  readonly clickRate?: number;
  readonly conversionRate?: number;
}

export interface StepDifference {
  readonly workflow: WorkflowId;
  readonly step: StepId;
  readonly original: number;
  readonly changed: number;
}

export interface RateWhatIf {
  readonly minute: number;
  readonly original: SimulationResult;
  readonly changed: SimulationResult;
  /** Contacts that entered each step by the end, original and changed (the steps of the run, in order). */
  readonly steps: readonly StepDifference[];
}

export function withRates(personas: readonly Persona[], changes: readonly RateChange[]): Persona[] {
  return personas.map((p) => {
    const c = changes.find((x) => x.persona === p.id);
    return c ? { ...p, ...(c.openRate === undefined ? {} : { openRate: c.openRate }), ...(c.clickRate === undefined ? {} : { clickRate: c.clickRate }), ...(c.conversionRate === undefined ? {} : { conversionRate: c.conversionRate }) } : p;
  });
}

export function rateWhatIf(project: Project, contacts: ContactInput, minute: number, changes: readonly RateChange[], options: SimulationOptions = {}, original?: SimulationResult): RateWhatIf {
  return whatIf(project, contacts, minute, { rates: changes }, options, original);
}

/** What changes at minute t: personas' rates, a delay's length (HubSpot's live-edit rule), contacts' properties, a workflow's steps. */
export interface WhatIfChange {
  readonly rates?: readonly RateChange[];
  readonly delay?: Omit<DelayFrom, 'minute'>;
  /** Contacts' properties set at t (by contact id), as a marketer would edit them in HubSpot. */
  readonly properties?: PropertiesFrom['changes'];
  /**
   * The edited version of one workflow of the run (same id), in force from t by HubSpot's rules
   * for live edits (engine/sim/run/workflow-from.ts): its steps, links and first step.
   */
  readonly workflow?: Workflow;
}

/**
 * The run replayed with the same draws up to t and the change applied from t (sim options
 * `ratesFrom`, `delayFrom`): the state at t is the original's, contacts waiting in delays included.
 * With nothing changed it is the full run, row for row (tests/engine/whatif/).
 */
export function whatIf(project: Project, contacts: ContactInput, minute: number, change: WhatIfChange, options: SimulationOptions = {}, original?: SimulationResult): RateWhatIf {
  const base = original ?? simulate(project, contacts, options);
  const changed = simulate(project, contacts, {
    ...options,
    ...(change.rates && change.rates.length > 0 ? { ratesFrom: { minute, personas: withRates(project.personas, change.rates) } } : {}),
    ...(change.delay ? { delayFrom: { minute, ...change.delay } } : {}),
    ...(change.properties && change.properties.length > 0 ? { propertiesFrom: { minute, changes: change.properties } } : {}),
    ...(change.workflow ? { workflowFrom: { minute, workflow: change.workflow } } : {}),
  });
  // An edited workflow's new steps come after every step of the original run, whose indices stay.
  const steps = changed.steps.map((s, k) => ({ workflow: s.workflow, step: s.step as StepId, original: base.steps[k]?.entered ?? 0, changed: s.entered }));
  return { minute, original: base, changed, steps };
}
