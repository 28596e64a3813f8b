import {
  outgoingEdges,
  slotKey,
  type Asset,
  type Criteria,
  type Email,
  type Filter,
  type Persona,
  type Project,
  type Step,
  type Workflow,
  type WorkflowId,
} from '../../model/index.ts';
import { parseTimeOfDay, type Clock } from '../state/clock.ts';
import { ACTION_CODE, type EmailAction } from '../state/history.ts';

/**
 * The project turned into dense tables the run indexes by number: global step and edge
 * indices, and for each criteria the kinds of change it can notice (a bitmask) and the
 * rolling-date or "within N days" filters that make it change with time alone.
 */

export const DEP = { list: 1, form: 2, email: 4, page: 8, time: 16 } as const;
/** One bit per kind of event a step can wait for. */
export const WAIT_BITS: Readonly<Record<string, number>> = { 'email-opened': 1, 'email-clicked': 2, 'form-submitted': 4, 'page-viewed': 8 };
const FIRST_PROPERTY_BIT = 5;
const LAST_PROPERTY_BIT = 30;

/** A filter whose result can change with time alone, and how to find when. */
export type TimeWatch =
  | { readonly kind: 'property'; readonly property: string; readonly days: number; readonly sign: 1 | -1; readonly bit: number }
  | { readonly kind: 'changed'; readonly property: string; readonly days: number; readonly bit: number }
  /** A filter on a lazy score: it can flip where a rule's window closes (flip.ts#scoreFlip). */
  | { readonly kind: 'score'; readonly filter: Filter; readonly days: 0; readonly bit: number }
  | {
      readonly kind: 'event';
      readonly event: 'email' | 'form-submitted' | 'page-viewed';
      readonly days: number;
      readonly bit: number;
      /**
       * What the filter counts, when its verdict is "some such event in the window" (then only the
       * newest one can flip it): email action and email or asset (null: any). Absent: every event
       * of the kind may matter (compound email events, page views).
       */
      readonly exact?: { readonly action: number; readonly ref: string | null };
      /** Page views: the pages the filter counts (views of others flip nothing). */
      readonly page?: { readonly url: string; readonly match: 'equals' | 'contains' };
    };

export interface CompiledCriteria {
  readonly criteria: Criteria;
  readonly deps: number;
  readonly watches: readonly TimeWatch[];
  /** Per watch, the index of the group (of `criteria.groups`) its filter is in, and of the filter in that group. */
  readonly watchGroups: readonly number[];
  readonly watchFilters: readonly number[];
  /** Per group, the changes it can notice (its filters' dependencies, time aside). */
  readonly groupDeps: readonly number[];
}

export interface CompiledStep {
  readonly step: Step;
  readonly index: number;
  readonly workflow: number;
  /** Outgoing edges (global indices) in display order, and the step each leads to (-1: end). */
  readonly edges: readonly number[];
  readonly targets: readonly number[];
  readonly isAction: boolean;
}

export interface CompiledEdge {
  readonly workflow: number;
  /** Global step index, or -1 for the enrollment card. */
  readonly from: number;
  readonly slot: string;
  readonly to: number;
  readonly label: string;
}

export interface CompiledWorkflow {
  readonly index: number;
  readonly workflow: Workflow;
  readonly triggers: CompiledCriteria;
  readonly goal: CompiledCriteria | null;
  readonly enrollEdge: number;
  readonly startStep: number;
  readonly suppression: readonly string[];
  readonly window: { readonly days: ReadonlySet<string>; readonly start: number; readonly end: number } | null;
  readonly blocked: ReadonlySet<string>;
  readonly clock: Clock;
  /** Earliest anchored moment, for choosing a yearly anchor: offset days and minute of day. */
  readonly firstAnchor: { readonly days: number; readonly minute: number } | null;
  readonly unenrollOthers: 'none' | 'all' | readonly number[];
}

export interface Retention {
  /** Days of history a filter can read, per recorded event kind; 0: not recorded. */
  readonly email: number;
  readonly form: number;
  readonly page: number;
  readonly changed: number;
}

export interface Compiled {
  readonly workflows: readonly CompiledWorkflow[];
  readonly steps: readonly CompiledStep[];
  readonly edges: readonly CompiledEdge[];
  readonly emails: readonly Email[];
  readonly emailIndex: ReadonlyMap<string, number>;
  readonly assets: readonly Asset[];
  readonly assetIndex: ReadonlyMap<string, number>;
  readonly lists: readonly string[];
  readonly listIndex: ReadonlyMap<string, number>;
  readonly personas: readonly Persona[];
  readonly scoreRules: readonly (CompiledCriteria & { readonly points: number })[];
  readonly retention: Retention;
  readonly pageFilters: readonly { readonly url: string; readonly match: 'equals' | 'contains' }[];
  /**
   * Per workflow, the changes it reacts to (triggers, goal, suppression lists) and whether one
   * of its steps waits on criteria: a change concerning neither can skip the workflow.
   */
  readonly care: Int32Array;
  readonly waitsOnCriteria: Uint8Array;
  /** Kinds of event some "wait until" step waits for (WAIT_BITS): the others wake no one. */
  readonly waitedEvents: number;
  /**
   * The score is read when asked, from the rules holding at that instant (score.ts): criteria
   * reading it then depend on what the rules read, and watch their windows.
   */
  readonly lazyScore: boolean;
  /** Whether a filter's verdict can change with time alone (a lazy score's, when a rule reads time). */
  readsTime(f: Filter): boolean;
  propertyBit(name: string): number;
}

const NOT_ACTIONS = new Set(['delay', 'delay-until-event', 'branch-if', 'branch-value', 'branch-random', 'go-to']);

export function compileProject(project: Project, workflowIds: readonly WorkflowId[] | undefined, clockOf: (tz: string) => Clock): Compiled {
  const propBits = new Map<string, number>();
  const propertyBit = (name: string): number => {
    let bit = propBits.get(name);
    if (bit === undefined) {
      bit = 1 << Math.min(FIRST_PROPERTY_BIT + propBits.size, LAST_PROPERTY_BIT);
      propBits.set(name, bit);
    }
    return bit;
  };
  const retention = { email: 0, form: 0, page: 0, changed: 0 };
  const pageFilters: { url: string; match: 'equals' | 'contains' }[] = [];
  const keep = (kind: keyof typeof retention, days: number | undefined) => {
    retention[kind] = Math.max(retention[kind], days ?? Infinity);
  };

  const lazyScore = scoresLazily(project);
  let scoreDeps = 0;
  let scoreWatched = false;
  const compileCriteria = (criteria: Criteria): CompiledCriteria => {
    let deps = 0;
    const watches: TimeWatch[] = [];
    const watchGroups: number[] = [];
    const watchFilters: number[] = [];
    const groupDeps: number[] = [];
    criteria.groups.forEach((g, k) => {
      let own = 0;
      for (const [n, f] of g.filters.entries()) {
        own |= filterDeps(f, propertyBit, watches, keep, pageFilters);
        // A lazy score moves with what its rules read, and when their windows close.
        if (lazyScore && readsScore(f)) {
          own |= scoreDeps & ~DEP.time;
          if (scoreWatched) watches.push({ kind: 'score', filter: f, days: 0, bit: scoreDeps & ~DEP.time });
        }
        while (watchFilters.length < watches.length) watchFilters.push(n);
      }
      while (watchGroups.length < watches.length) watchGroups.push(k);
      groupDeps.push(own);
      deps |= own;
    });
    if (watches.length > 0) deps |= DEP.time;
    return { criteria, deps, watches, watchGroups, watchFilters, groupDeps };
  };
  // Rules first: criteria reading the score take their dependencies (no rule reads the score when lazy).
  const scoreRules = project.scoreRules.map((r) => ({ ...compileCriteria(r.criteria), points: r.points }));
  if (lazyScore) {
    scoreDeps = scoreRules.reduce((m, r) => m | r.deps, 0);
    scoreWatched = scoreRules.some((r) => r.watches.length > 0);
  }

  const chosen = project.workflows.filter((w) => w.enabled && (!workflowIds || workflowIds.includes(w.id)));
  const wfIndex = new Map(chosen.map((w, i) => [w.id as string, i]));
  const steps: CompiledStep[] = [];
  const edges: CompiledEdge[] = [];
  const workflows: CompiledWorkflow[] = chosen.map((wf, wi) => {
    const offset = steps.length;
    const local = new Map(wf.steps.map((s, i) => [s.id as string, offset + i]));
    const enrollEdge = edges.length;
    const startStep = wf.start ? (local.get(wf.start) ?? -1) : -1;
    edges.push({ workflow: wi, from: -1, slot: 'next', to: startStep, label: '' });
    for (const [i, s] of wf.steps.entries()) {
      const out = outgoingEdges(s);
      const ids: number[] = [];
      const targets: number[] = [];
      for (const e of out) {
        const to = e.to ? (local.get(e.to) ?? -1) : -1;
        ids.push(edges.length);
        targets.push(to);
        edges.push({ workflow: wi, from: offset + i, slot: slotKey(e.slot), to, label: e.label ?? '' });
      }
      steps.push({ step: s, index: offset + i, workflow: wi, edges: ids, targets, isAction: !NOT_ACTIONS.has(s.kind) });
      for (const c of criteriaOfStep(s)) compileCriteria(c);
    }
    const win = wf.executionWindow;
    let firstAnchor: { days: number; minute: number } | null = null;
    for (const s of wf.steps) {
      if (s.kind !== 'delay' || s.delay.mode !== 'relative-to-anchor') continue;
      const cand = { days: s.delay.offsetDays, minute: parseTimeOfDay(s.delay.time) };
      if (!firstAnchor || cand.days * 1440 + cand.minute < firstAnchor.days * 1440 + firstAnchor.minute) firstAnchor = cand;
    }
    const others = wf.unenrollFromOthers;
    return {
      index: wi,
      workflow: wf,
      triggers: compileCriteria(wf.enrollment.triggers),
      goal: wf.goal ? compileCriteria(wf.goal) : null,
      enrollEdge,
      startStep,
      suppression: wf.suppressionLists,
      window: win && win.days.length > 0 ? { days: new Set(win.days), start: parseTimeOfDay(win.start), end: parseTimeOfDay(win.end) } : null,
      blocked: new Set(wf.blockedDates),
      clock: clockOf(wf.timeZone || project.simulation.timeZone),
      firstAnchor,
      unenrollOthers:
        others.mode === 'none' ? 'none' : others.mode === 'all' ? 'all' : others.workflows.map((id) => wfIndex.get(id) ?? -1).filter((i) => i >= 0),
    };
  });
  return {
    workflows,
    steps,
    edges,
    emails: project.emails,
    emailIndex: new Map(project.emails.map((e, i) => [e.id as string, i])),
    assets: project.assets,
    assetIndex: new Map(project.assets.map((a, i) => [a.id as string, i])),
    lists: project.lists.map((l) => l.id),
    listIndex: new Map(project.lists.map((l, i) => [l.id as string, i])),
    personas: project.personas,
    scoreRules,
    retention,
    pageFilters,
    care: Int32Array.from(workflows, (cw) => cw.triggers.deps | (cw.goal?.deps ?? 0) | (cw.suppression.length > 0 ? DEP.list : 0)),
    waitsOnCriteria: Uint8Array.from(workflows, (cw) =>
      steps.some((cs) => cs.workflow === cw.index && cs.step.kind === 'delay-until-event' && cs.step.event.kind === 'criteria-met') ? 1 : 0,
    ),
    waitedEvents: steps.reduce((m, cs) => (cs.step.kind === 'delay-until-event' ? m | (WAIT_BITS[cs.step.event.kind] ?? 0) : m), 0),
    lazyScore,
    readsTime: (f) => filterReadsTime(f) || (scoreWatched && readsScore(f)),
    propertyBit,
  };
}

/** Whether a filter reads the score's value (not when it last changed). */
export function readsScore(f: Filter): boolean {
  return f.kind === 'property' && f.property === 'hubspotscore' && f.operation.op !== 'updated-in-last-days';
}

/**
 * Whether the score can be read when asked (score.ts): there are rules (31 at most), none reads the score,
 * and no filter asks when the score last changed (that needs every change as it happens).
 */
function scoresLazily(project: Project): boolean {
  // Which rules hold is kept as bits (score.ts#holding).
  if (project.scoreRules.length === 0 || project.scoreRules.length > 31) return false;
  const all = (criteria: readonly Criteria[]) => criteria.flatMap((c) => c.groups.flatMap((g) => g.filters));
  if (all(project.scoreRules.map((r) => r.criteria)).some((f) => f.kind === 'property' && f.property === 'hubspotscore')) return false;
  const workflowCriteria = project.workflows.flatMap((w) => [w.enrollment.triggers, ...(w.goal ? [w.goal] : []), ...w.steps.flatMap(criteriaOfStep)]);
  return !all(workflowCriteria).some((f) => f.kind === 'property' && f.property === 'hubspotscore' && f.operation.op === 'updated-in-last-days');
}

/** Whether a filter's verdict can change with time alone (the score's aside). */
export function filterReadsTime(f: Filter): boolean {
  return f.kind === 'property' ? f.type === 'date' && 'days' in f.operation : f.kind !== 'list' && f.withinDays !== undefined;
}

function criteriaOfStep(s: Step): readonly Criteria[] {
  if (s.kind === 'branch-if') return s.branches.map((b) => b.criteria);
  if (s.kind === 'delay-until-event' && s.event.kind === 'criteria-met') return [s.event.criteria];
  return [];
}

const ROLLING: Record<string, 1 | -1> = {
  'less-than-days-ago': 1,
  'more-than-days-ago': 1,
  'less-than-days-from-now': -1,
  'more-than-days-from-now': -1,
};

function filterDeps(
  f: Filter,
  propertyBit: (name: string) => number,
  watches: TimeWatch[],
  keep: (kind: 'email' | 'form' | 'page' | 'changed', days: number | undefined) => void,
  pageFilters: { url: string; match: 'equals' | 'contains' }[],
): number {
  switch (f.kind) {
    case 'property': {
      const op = f.operation;
      if (f.type === 'date' && 'days' in op) {
        if (op.op === 'updated-in-last-days') {
          watches.push({ kind: 'changed', property: f.property, days: op.days, bit: propertyBit(f.property) });
          keep('changed', op.days);
        } else {
          const sign = ROLLING[op.op];
          if (sign) watches.push({ kind: 'property', property: f.property, days: op.days, sign, bit: propertyBit(f.property) });
        }
      }
      return propertyBit(f.property);
    }
    case 'list':
      return DEP.list;
    case 'form':
      keep('form', f.withinDays);
      if (f.withinDays !== undefined) {
        watches.push({ kind: 'event', event: 'form-submitted', days: f.withinDays, bit: DEP.form, exact: { action: 0, ref: f.asset } });
      }
      return DEP.form;
    case 'email':
      keep('email', f.withinDays);
      if (f.withinDays !== undefined) {
        const simple = f.event !== 'opened-not-clicked' && f.event !== 'received-not-opened';
        const exact = simple ? { action: ACTION_CODE[f.event as EmailAction], ref: f.email } : undefined;
        watches.push({ kind: 'event', event: 'email', days: f.withinDays, bit: DEP.email, ...(exact ? { exact } : {}) });
      }
      return DEP.email;
    case 'page-view':
      keep('page', f.withinDays);
      pageFilters.push({ url: f.url, match: f.match });
      if (f.withinDays !== undefined) watches.push({ kind: 'event', event: 'page-viewed', days: f.withinDays, bit: DEP.page, page: { url: f.url, match: f.match } });
      return DEP.page;
  }
}
