import { edgeLabel, programmeMap, type ProgrammeEdge } from '../../programme/index.ts';
import type { Localized } from '../../model/index.ts';
import { elementaryCycles } from '../cycles.ts';
import { finding } from '../finding.ts';
import { workflowLabel } from '../labels.ts';
import type { Finding, FindingLink, LintRule } from '../types.ts';

const MAX_CYCLES = 100;

/**
 * A loop of workflows enrolling one another where at least one link is a trigger (a list, a
 * property, a stage, an email one writes and the next one's triggers read) into a workflow that
 * re-enrolls: a contact can go round it again and again. Loops made of enroll steps only are
 * the enroll-cycle rule's; a trigger into a workflow that does not re-enroll lets a contact in
 * once, so the loop ends there.
 */
export const programmeLoop: LintRule = {
  id: 'programme-loop',
  severity: 'warning',
  title: { fr: 'Workflows qui se réinscrivent en boucle', en: 'Workflows re-enrolling each other' },
  description: {
    fr: 'Des workflows s’alimentent en boucle (ce que l’un écrit déclenche le suivant, qui réinscrit ses contacts)\u00a0: un contact peut y tourner sans fin.',
    en: 'Workflows feed one another in a loop (what one writes triggers the next, which re-enrolls its contacts): a contact can go round and round.',
  },
  check: (ctx) => {
    const all = ctx.project.workflows;
    const index = new Map(all.map((w, i) => [w.id as string, i]));
    const reenrolls = all.map((w) => w.enrollment.reenroll);
    const hops = new Map<string, ProgrammeEdge[]>();
    for (const edge of programmeMap(ctx.project).edges) {
      const from = index.get(edge.from)!;
      const to = index.get(edge.to)!;
      if (edge.place !== 'enroll' && !(edge.place === 'trigger' && reenrolls[to])) continue;
      hops.set(`${from}>${to}`, [...(hops.get(`${from}>${to}`) ?? []), edge]);
    }
    const adjacency = all.map((_, from) => all.flatMap((__, to) => (hops.has(`${from}>${to}`) ? [to] : [])));
    const linted = new Set<string>(ctx.workflows.map((w) => w.id));
    const out: Finding[] = [];
    for (const cycle of elementaryCycles(adjacency, MAX_CYCLES)) {
      const links = cycle.map((from, k) => hops.get(`${from}>${cycle[(k + 1) % cycle.length]}`)!);
      if (links.every((edges) => edges.some((e) => e.place === 'enroll'))) continue;
      const at = cycle.findIndex((i) => linted.has(all[i]!.id));
      if (at < 0) continue;
      const order = [...cycle.slice(at), ...cycle.slice(0, at)];
      const ordered = [...links.slice(at), ...links.slice(0, at)];
      // Each hop is named by its first link, an enroll step first when there is one.
      const named = ordered.map((edges) => edges.find((e) => e.place === 'enroll') ?? edges[0]!);
      const involves: FindingLink[] = named.flatMap((e) => e.fromSteps.map((step) => ({ workflow: e.from, step })));
      const head = all[order[0]!]!;
      const chain = [...order, order[0]!].map((i) => workflowLabel(all[i]!));
      const through: Localized = {
        fr: named.map((e) => edgeLabel(e, ctx.project, 'fr')).join(', '),
        en: named.map((e) => edgeLabel(e, ctx.project, 'en')).join(', '),
      };
      out.push(
        finding(
          programmeLoop,
          head.id,
          involves.filter((l) => l.workflow === head.id).map((l) => l.step),
          {
            fr: `Workflows qui se réinscrivent en boucle\u00a0: ${chain.map((c) => c.fr).join(' → ')} (par\u00a0: ${through.fr}). Un contact peut y repasser sans fin.`,
            en: `Workflows re-enroll each other in a loop: ${chain.map((c) => c.en).join(' → ')} (through: ${through.en}). A contact can go round it again and again.`,
          },
          { involves },
        ),
      );
    }
    return out;
  },
};
