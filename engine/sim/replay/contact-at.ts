import { describeFilter, nameLookupFromProject } from '../../criteria/index.ts';
import type { Filter, Localized, WorkflowId } from '../../model/index.ts';
import { DECISION_BITS, END_STATE_MASK, END_STATES, ENROLL_HOWS, K, SKIP_REASONS, type EndState, type EnrollHow, type SkipReason } from '../state/log.ts';
import type { Sim } from '../sim.ts';
import type { TimeIndex } from './time-index.ts';
import type { ContactAt, Decision, PathPoint } from '../types.ts';

/** Where one contact stands at a minute, its paths and the reasons of its branch decisions. */

const ACTIVITY: Readonly<Record<number, string>> = {
  [K.sent]: 'sent',
  [K.opened]: 'opened',
  [K.clicked]: 'clicked',
  [K.bounced]: 'bounced',
  [K.unsubscribed]: 'unsubscribed',
  [K.submitted]: 'submitted',
};

interface Building {
  workflow: WorkflowId;
  enrolledAt: number;
  how: EnrollHow;
  step: string | null;
  endState: EndState | null;
  endedAt: number | null;
  loop?: WorkflowId[];
  path: PathPoint[];
  decisions: Decision[];
  skipped: { step: string; at: number; reason: SkipReason }[];
}

export function contactAt(sim: Sim, ix: TimeIndex, i: number, minute: number): ContactAt {
  // The time index was built from it (result.ts), so the run kept its log.
  const log = sim.eventLog!;
  const { steps, edges, workflows } = sim.compiled;
  const byEnrollment = new Map<number, Building>();
  const activity: { kind: string; at: number; step: string | null }[] = [];
  const stepId = (s: number) => (s >= 0 ? (steps[s]!.step.id as string) : '');
  for (let k = ix.byContact.offsets[i]!; k < ix.byContact.offsets[i + 1]!; k++) {
    const r = ix.byContact.values[k]!;
    const at = log.time(r);
    if (at > minute) break;
    const kind = log.kind(r);
    const e = log.enrollment(r);
    const s = log.step(r);
    const act = ACTIVITY[kind];
    if (act) activity.push({ kind: act, at, step: s >= 0 ? stepId(s) : null });
    if (kind === K.enrolled) {
      byEnrollment.set(e, {
        workflow: workflows[sim.enr.workflow[e]!]!.workflow.id,
        enrolledAt: at,
        how: ENROLL_HOWS[log.detail(r)] ?? 'on-change',
        step: null,
        endState: null,
        endedAt: null,
        path: [],
        decisions: [],
        skipped: [],
      });
      continue;
    }
    const b = byEnrollment.get(e);
    if (!b) continue;
    if (kind === K.at) {
      b.step = stepId(s);
      b.path.push({ step: b.step, at });
    } else if (kind === K.ended) {
      b.step = null;
      b.endState = END_STATES[log.detail(r) & END_STATE_MASK]!;
      b.endedAt = at;
      if (b.endState === 'workflow-loop') b.loop = sim.workflowLoops[-2 - log.extra(r)]!.chain.map((w) => workflows[w]!.workflow.id);
    } else if (kind === K.skipped) {
      b.skipped.push({ step: stepId(s), at, reason: SKIP_REASONS[log.extra(r)]! });
    } else if (kind === K.passed) {
      b.skipped.push({ step: stepId(s), at, reason: 'moment-passed' });
    } else if (kind === K.branch) {
      const edge = edges[log.detail(r)]!;
      b.decisions.push({ step: stepId(s), at, branch: edge.label, reasons: reasons(sim, s, log.detail(r), log.extra(r)) });
    }
  }
  return { id: sim.store.ids[i]!, minute, enrollments: [...byEnrollment.values()], activity };
}

/** Re-tells a decision from the bits kept in the log: each filter checked, met or not. */
function reasons(sim: Sim, s: number, edge: number, mask: number): Localized[] {
  const cs = sim.compiled.steps[s]!;
  const step = cs.step;
  const chosen = cs.edges.indexOf(edge);
  if (step.kind === 'branch-if') {
    const fr = nameLookupFromProject(sim.project, 'fr');
    const en = nameLookupFromProject(sim.project, 'en');
    const out: Localized[] = [];
    let bit = 0;
    const last = Math.min(chosen, step.branches.length - 1);
    for (let b = 0; b <= last; b++) {
      const branch = step.branches[b]!;
      for (const g of branch.criteria.groups) {
        for (const f of g.filters) {
          out.push(filterReason(f, bit < DECISION_BITS && (mask & (1 << bit)) !== 0, branch.name, fr, en));
          bit++;
        }
      }
    }
    if (chosen >= step.branches.length) {
      out.push({ fr: `Aucune branche remplie : branche par défaut « ${step.defaultName} ».`, en: `No branch met: default branch "${step.defaultName}".` });
    }
    return out;
  }
  if (step.kind === 'branch-value') {
    const branch = step.branches[chosen];
    return [
      branch
        ? { fr: `La propriété « ${step.property} » vaut « ${branch.value} ».`, en: `Property "${step.property}" equals "${branch.value}".` }
        : { fr: `La propriété « ${step.property} » ne vaut aucune des valeurs des branches.`, en: `Property "${step.property}" matches no branch value.` },
    ];
  }
  if (step.kind === 'branch-random') {
    const branch = step.branches[chosen];
    const pct = branch ? branch.percent : 0;
    return [{ fr: `Répartition aléatoire\u00a0: ${pct}\u00a0% des contacts vont dans cette branche.`, en: `Random split: ${pct}% of contacts go down this branch.` }];
  }
  return [];
}

function filterReason(f: Filter, met: boolean, branch: string, fr: Parameters<typeof describeFilter>[1], en: Parameters<typeof describeFilter>[1]): Localized {
  return {
    fr: `${branch} — « ${describeFilter(f, fr, 'fr')} » : ${met ? 'rempli' : 'non rempli'}`,
    en: `${branch} — "${describeFilter(f, en, 'en')}": ${met ? 'met' : 'not met'}`,
  };
}
