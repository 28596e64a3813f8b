import { isScoreProperty, outgoingEdges, slotKey, type Criteria, type Filter, type Project, type Step, type WorkflowId } from '../../model/index.ts';
import { parseTimeOfDay, type Clock } from '../state/clock.ts';
import { ACTION_CODE, type EmailAction } from '../state/history.ts';
import { compileScoreModel, modelCriteriaRules, scoreInputs } from './score-model.ts';
import { compileEditedWorkflow } from './edited-workflow.ts';
import type { WorkflowFrom } from '../run/workflow-from.ts';
import { DEP, WAIT_BITS, type Compiled, type CompiledCriteria, type CompiledEdge, type CompiledStep, type CompiledWorkflow, type TimeWatch } from './compiled.ts';

export * from './compiled.ts';

/**
 * The project turned into dense tables the run indexes by number: global step and edge
 * indices, and for each criteria the kinds of change it can notice (a bitmask) and the
 * rolling-date or "within N days" filters that make it change with time alone.
 */

const FIRST_PROPERTY_BIT = 5;
const LAST_PROPERTY_BIT = 30;

const NOT_ACTIONS = new Set(['delay', 'delay-until-event', 'branch-if', 'branch-value', 'branch-random', 'go-to']);
const isAction = (s: Step): boolean => !NOT_ACTIONS.has(s.kind);

/**
 * `lazy` false keeps the score stored even where it could be read lazily (tests compare both);
 * `edit`: a workflow edited at a minute of the run (run/workflow-from.ts).
 */
export function compileProject(project: Project, workflowIds: readonly WorkflowId[] | undefined, clockOf: (tz: string) => Clock, lazy = true, edit?: WorkflowFrom): Compiled {
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

  // A score model is always read when asked (score.ts); legacy rules when they can be.
  const model = project.scoreModel ?? null;
  const lazyScore = model !== null || (lazy && scoresLazily(project));
  const readsScore = (f: Filter) => readsScoreValue(f) || (model !== null && f.kind === 'property' && isScoreProperty(f.property) && f.operation.op !== 'updated-in-last-days');
  const scoreModel = model ? compileScoreModel(model, keep, pageFilters) : null;
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
  const scoreRules = (model ? modelCriteriaRules(model) : project.scoreRules).map((r) => ({ ...compileCriteria(r.criteria), points: r.points }));
  if (lazyScore) {
    scoreDeps = scoreRules.reduce((m, r) => m | r.deps, 0) | (scoreModel?.events.reduce((m, e) => m | e.deps, 0) ?? 0);
    // An event rule's occurrence leaves its time frame, decays, or (imported, ahead) arrives with time.
    scoreWatched = scoreRules.some((r) => r.watches.length > 0) || (scoreModel?.events.length ?? 0) > 0;
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
      steps.push({ step: s, index: offset + i, workflow: wi, edges: ids, targets, isAction: isAction(s), deleted: false });
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
  // After every other criteria: the original's property bits stay as they are.
  const edited = edit ? compileEditedWorkflow(edit, workflows, steps, edges, isAction, compileCriteria) : null;
  const everyStep = edited ? [...steps, ...edited.steps.filter((cs, k) => cs !== steps[k])] : steps;
  return {
    workflows,
    steps,
    edges,
    edited,
    emails: project.emails,
    emailIndex: new Map(project.emails.map((e, i) => [e.id as string, i])),
    assets: project.assets,
    assetIndex: new Map(project.assets.map((a, i) => [a.id as string, i])),
    lists: project.lists.map((l) => l.id),
    listIndex: new Map(project.lists.map((l, i) => [l.id as string, i])),
    personas: project.personas,
    scoreRules,
    scoreModel,
    scoreInputs: model ? scoreInputs(model) : project.scoreRules,
    retention,
    pageFilters,
    care: Int32Array.from(workflows, (cw) => cw.triggers.deps | (cw.goal?.deps ?? 0) | (cw.suppression.length > 0 ? DEP.list : 0)),
    waitsOnCriteria: Uint8Array.from(workflows, (cw) =>
      everyStep.some((cs) => cs.workflow === cw.index && cs.step.kind === 'delay-until-event' && cs.step.event.kind === 'criteria-met') ? 1 : 0,
    ),
    waitedEvents: everyStep.reduce((m, cs) => (cs.step.kind === 'delay-until-event' ? m | (WAIT_BITS[cs.step.event.kind] ?? 0) : m), 0),
    lazyScore,
    readsTime: (f) => filterReadsTime(f) || (scoreWatched && readsScore(f)),
    propertyBit,
    readsScore,
  };
}

/** Whether a filter reads the legacy score's value (not when it last changed); `Compiled#readsScore` adds a model's parts. */
export function readsScoreValue(f: Filter): boolean {
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
