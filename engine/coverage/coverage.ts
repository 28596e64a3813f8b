import { lintWorkflow } from '../lint/index.ts';
import { asContactId, asPersonaId, type Contact, type Localized, type Persona, type Project, type WorkflowId } from '../model/index.ts';
import { generateContacts } from '../sample/index.ts';
import { LOG_KINDS as K, simulate, type EdgeStats, type SimulationResult } from '../sim/index.ts';

/**
 * Coverage personas (issue #15): for a workflow, a small set of test contacts (properties,
 * history and behaviour) that, run together, reach every branch and every end of it; and the
 * branches none can reach, with a reason. Search, not solving: a pool of sample contacts, each
 * twice (a behaviour that does everything, one that does nothing), is run once; contacts never
 * act on one another and draw from their own stream (engine/sim), so each contact's paths are the
 * same alone or in any set: a greedy set cover over what each one traversed is a set that
 * reaches exactly that, checked again by a run of the set alone.
 */

/** Reacts to everything, visits and fills forms; and its opposite. */
export const DOES_ALL: Persona = {
  id: asPersonaId('coverage-does-all'),
  name: 'Does everything',
  share: 0,
  openRate: 1,
  clickRate: 1,
  conversionRate: 1,
  unsubscribeRate: 0,
  bounceRate: 0,
  reactionDelay: { medianHours: 1, spread: 0 },
  visitsPerWeek: 2,
  formsPerWeek: 1,
};
export const DOES_NOTHING: Persona = { ...DOES_ALL, id: asPersonaId('coverage-does-nothing'), name: 'Does nothing', openRate: 0, clickRate: 0, conversionRate: 0, visitsPerWeek: 0, formsPerWeek: 0 };

export interface CoverageTarget {
  readonly edge: EdgeStats;
  /** Index in result.edges of the pool run. */
  readonly index: number;
}

export interface Unreachable {
  readonly edge: EdgeStats;
  readonly reason: Localized;
}

export interface Coverage {
  readonly workflow: WorkflowId;
  /** The chosen contacts, ready to save as a sandbox (their personas are in `personas`). */
  readonly contacts: readonly Contact[];
  readonly personas: readonly Persona[];
  /** Branches and ends reached by the set, and those no contact of the pool reached. */
  readonly reached: readonly EdgeStats[];
  readonly unreachable: readonly Unreachable[];
  /** Contacts tried. */
  readonly pool: number;
}

/** The project as the coverage runs it: the two behaviours added, no arrivals. */
export function coverageProject(project: Project): Project {
  const personas = [...project.personas.filter((p) => p.id !== DOES_ALL.id && p.id !== DOES_NOTHING.id), DOES_ALL, DOES_NOTHING];
  return { ...project, personas, simulation: { ...project.simulation, arrivals: { ...project.simulation.arrivals, perDay: 0 } } };
}

export function coveragePool(project: Project, size: number, seed: number): Contact[] {
  return generateContacts(project, size, seed).flatMap((c) => [
    { ...c, id: asContactId(`${c.id}-all`), persona: DOES_ALL.id },
    { ...c, id: asContactId(`${c.id}-none`), persona: DOES_NOTHING.id },
  ]);
}

/** Per contact index, the edges of workflow `w` (result.edges indices) it traversed, ends included. */
export function traversals(result: SimulationResult, workflow: WorkflowId): Map<number, Set<number>> {
  const mine = new Set(result.edges.flatMap((e, k) => (e.workflow === workflow ? [k] : [])));
  const out = new Map<number, Set<number>>();
  const log = result.log;
  for (let r = 0; r < log.length; r++) {
    const kind = log.kind(r);
    const edge = kind === K.at ? log.detail(r) : kind === K.ended ? log.extra(r) : -1;
    if (edge < 0 || !mine.has(edge)) continue;
    const i = log.contact(r);
    let set = out.get(i);
    if (!set) out.set(i, (set = new Set()));
    set.add(edge);
  }
  return out;
}

function reasonFor(project: Project, workflow: WorkflowId, edge: EdgeStats, pool: number): Localized {
  const wf = project.workflows.find((w) => w.id === workflow);
  const findings = wf ? lintWorkflow(wf, project).filter((f) => f.steps.includes(edge.from as never) && f.severity !== 'info') : [];
  if (findings.length > 0) return { fr: findings.map((f) => f.message.fr).join(' '), en: findings.map((f) => f.message.en).join(' ') };
  return {
    fr: `aucun des ${pool} contacts essayés (propriétés d’exemple, comportements «\u00a0fait tout\u00a0» et «\u00a0ne fait rien\u00a0») n’y passe\u00a0: un filtre qui ne tient jamais sur cette population, ou une étape trop tôt après un envoi.`,
    en: `none of the ${pool} contacts tried (sample properties, "does everything" and "does nothing" behaviours) goes there: a filter that never holds on this population, or a step too soon after a send.`,
  };
}

export function coverWorkflow(project: Project, workflow: WorkflowId, options: { readonly poolSize?: number; readonly seed?: number } = {}): Coverage {
  const run = coverageProject(project);
  const pool = coveragePool(run, options.poolSize ?? 300, options.seed ?? project.simulation.seed);
  const result = simulate(run, pool);
  const byContact = traversals(result, workflow);
  const targets = result.edges.flatMap((edge, index) => (edge.workflow === workflow ? [{ edge, index }] : []));
  const uncovered = new Set(targets.filter((t) => [...byContact.values()].some((s) => s.has(t.index))).map((t) => t.index));
  const chosen: number[] = [];
  // Greedy set cover, ties to the lowest contact index: deterministic.
  while (uncovered.size > 0) {
    let best = -1;
    let gain = 0;
    for (const [i, edges] of byContact) {
      let g = 0;
      for (const k of edges) if (uncovered.has(k)) g++;
      if (g > gain || (g === gain && g > 0 && i < best)) [best, gain] = [i, g];
    }
    if (best < 0) break;
    chosen.push(best);
    for (const k of byContact.get(best)!) uncovered.delete(k);
  }
  chosen.sort((a, b) => a - b);
  const reachedSet = new Set(chosen.flatMap((i) => [...byContact.get(i)!]));
  return {
    workflow,
    contacts: chosen.map((i) => pool[i]!),
    personas: [DOES_ALL, DOES_NOTHING],
    reached: targets.filter((t) => reachedSet.has(t.index)).map((t) => t.edge),
    unreachable: targets.filter((t) => !reachedSet.has(t.index)).map((t) => ({ edge: t.edge, reason: reasonFor(project, workflow, t.edge, pool.length) })),
    pool: pool.length,
  };
}
