import { describeFilter, nameLookupFromProject, quote, type NameLookup } from '../../criteria/index.ts';
import type { Filter, Lang, Localized, Step, WorkflowId } from '../../model/index.ts';
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

/**
 * Re-tells a decision from the bits kept in the log: each filter checked, met or not. Each
 * language quotes as the app's texts do: « » with no-break spaces in French, “ ” in English.
 */
function reasons(sim: Sim, s: number, edge: number, mask: number): Localized[] {
  const cs = sim.compiled.steps[s]!;
  const step = cs.step;
  const chosen = cs.edges.indexOf(edge);
  if (step.kind === 'branch-if') return ifReasons(step, chosen, mask, names(sim));
  if (step.kind === 'branch-value') return [valueReason(step, chosen, names(sim))];
  if (step.kind === 'branch-random') {
    const branch = step.branches[chosen];
    const pct = branch ? branch.percent : 0;
    return [{ fr: `Répartition aléatoire\u00a0: ${pct}\u00a0% des contacts vont dans cette branche.`, en: `Random split: ${pct}% of contacts go down this branch.` }];
  }
  return [];
}

type Names = Readonly<Record<Lang, NameLookup>>;

const names = (sim: Sim): Names => ({ fr: nameLookupFromProject(sim.project, 'fr'), en: nameLookupFromProject(sim.project, 'en') });

function ifReasons(step: Extract<Step, { kind: 'branch-if' }>, chosen: number, mask: number, n: Names): Localized[] {
  const out: Localized[] = [];
  let bit = 0;
  const last = Math.min(chosen, step.branches.length - 1);
  for (let b = 0; b <= last; b++) {
    const branch = step.branches[b]!;
    for (const g of branch.criteria.groups) {
      for (const f of g.filters) {
        out.push(filterReason(f, bit < DECISION_BITS && (mask & (1 << bit)) !== 0, branch.name, n));
        bit++;
      }
    }
  }
  if (chosen >= step.branches.length) {
    out.push({ fr: `Aucune branche remplie\u00a0: branche par défaut ${quote(step.defaultName, 'fr')}.`, en: `No branch met: default branch ${quote(step.defaultName, 'en')}.` });
  }
  return out;
}

/** "La propriété « Phase du cycle de vie » vaut « Lead »": the property and the value by their labels, as the card names them. */
function valueReason(step: Extract<Step, { kind: 'branch-value' }>, chosen: number, n: Names): Localized {
  const property = (lang: Lang) => quote(n[lang].property(step.property), lang);
  const value = (lang: Lang, v: string) => quote(n[lang].enumLabel?.(step.property, v) ?? v, lang);
  const branch = step.branches[chosen];
  return branch
    ? { fr: `La propriété ${property('fr')} vaut ${value('fr', branch.value)}.`, en: `Property ${property('en')} equals ${value('en', branch.value)}.` }
    : { fr: `La propriété ${property('fr')} ne vaut aucune des valeurs des branches.`, en: `Property ${property('en')} matches no branch value.` };
}

/** "Oui — A téléchargé l’ebook « Guide » : rempli": the filter in the card's words, unquoted (it quotes what it names). */
function filterReason(f: Filter, met: boolean, branch: string, n: Names): Localized {
  return {
    fr: `${branch} — ${describeFilter(f, n.fr, 'fr')}\u00a0: ${met ? 'rempli' : 'non rempli'}`,
    en: `${branch} — ${describeFilter(f, n.en, 'en')}: ${met ? 'met' : 'not met'}`,
  };
}
