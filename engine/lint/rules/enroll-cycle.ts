import type { StepId, Workflow } from '../../model/index.ts';
import { elementaryCycles } from '../cycles.ts';
import { finding } from '../finding.ts';
import { workflowLabel } from '../labels.ts';
import type { Finding, FindingLink, LintRule } from '../types.ts';

/** Caps the enumeration: a project with that many cycles has one problem to fix first anyway. */
const MAX_CYCLES = 100;

/** enroll-in-workflow steps of `from` into each other workflow, by target index. */
function enrollSteps(workflows: readonly Workflow[]): readonly ReadonlyMap<number, readonly StepId[]>[] {
  const index = new Map(workflows.map((w, i) => [w.id as string, i]));
  return workflows.map((w) => {
    const out = new Map<number, StepId[]>();
    for (const step of w.steps) {
      if (step.kind !== 'enroll-in-workflow') continue;
      const to = index.get(step.workflow);
      if (to === undefined) continue;
      out.set(to, [...(out.get(to) ?? []), step.id]);
    }
    return out;
  });
}

export const enrollCycle: LintRule = {
  id: 'enroll-cycle',
  severity: 'error',
  title: { fr: 'Inscriptions en boucle', en: 'Enrollment cycle' },
  description: {
    fr: 'Des actions «\u00a0Inscrire dans un workflow\u00a0» forment une boucle entre workflows\u00a0: les contacts y passeraient de l’un à l’autre sans fin.',
    en: 'Enroll-in-workflow actions form a loop between workflows: contacts would pass from one to the next forever.',
  },
  check: (ctx) => {
    const all = ctx.project.workflows;
    const linted = new Set<string>(ctx.workflows.map((w) => w.id));
    const edges = enrollSteps(all);
    const out: Finding[] = [];
    const adjacency = edges.map((out) => [...out.keys()].sort((a, b) => a - b));
    for (const cycle of elementaryCycles(adjacency, MAX_CYCLES)) {
      // Start the cycle at the first linted workflow on it, so it is reported once, there.
      const at = cycle.findIndex((i) => linted.has(all[i]!.id));
      if (at < 0) continue;
      const order = [...cycle.slice(at), ...cycle.slice(0, at)];
      const involves: FindingLink[] = order.flatMap((from, k) => {
        const to = order[(k + 1) % order.length]!;
        return (edges[from]?.get(to) ?? []).map((step) => ({ workflow: all[from]!.id, step }));
      });
      const head = all[order[0]!]!;
      const chain = [...order, order[0]!].map((i) => workflowLabel(all[i]!));
      out.push(
        finding(
          enrollCycle,
          head.id,
          involves.filter((l) => l.workflow === head.id).map((l) => l.step),
          {
            fr: `Inscriptions en boucle entre workflows\u00a0: ${chain.map((c) => c.fr).join(' → ')}. Les contacts y seraient réinscrits sans fin.`,
            en: `Enrollment cycle between workflows: ${chain.map((c) => c.en).join(' → ')}. Contacts would be enrolled round and round.`,
          },
          { involves },
        ),
      );
    }
    return out;
  },
};
