import { describe, expect, it } from 'vitest';
import { edgeLabel, elkInThisThread, layoutProgramme, programmeMap, PROGRAMME_CARD } from '../../../engine/index.ts';
import { seedProgramme } from './fixtures.ts';

describe('programme layout', () => {
  it('places every workflow card without overlap and routes each labelled edge from card to card', async () => {
    const p = seedProgramme('en');
    const map = programmeMap(p);
    const byKey = new Map(map.edges.map((e) => [e.key, e]));
    const layout = await layoutProgramme(map, { label: (key) => edgeLabel(byKey.get(key)!, p, 'en'), elk: elkInThisThread });
    expect(layout.nodes.map((n) => n.workflow)).toEqual(map.nodes.map((n) => n.workflow));
    for (const a of layout.nodes) {
      expect(a.width).toBe(PROGRAMME_CARD.width);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    const box = new Map(layout.nodes.map((n) => [n.workflow, n]));
    for (const e of layout.edges) {
      const edge = byKey.get(e.key)!;
      expect(e.label.text).toBe(edgeLabel(edge, p, 'en'));
      const from = box.get(edge.from)!;
      const to = box.get(edge.to)!;
      const first = e.points[0]!;
      const last = e.points.at(-1)!;
      // Downward layering: the edge leaves the source's bottom side and enters the target's top side.
      expect(first.y).toBeCloseTo(from.y + from.height, 0);
      expect(last.y).toBeCloseTo(to.y, 0);
    }
    // The chain nurturing -> lifecycle 1 -> 2 -> 3 runs down the page.
    const y = (id: string) => box.get(id)!.y;
    expect(y('wf-nurturing')).toBeLessThan(y('wf-lifecycle-lead'));
    expect(y('wf-lifecycle-lead')).toBeLessThan(y('wf-lifecycle-mql'));
    expect(y('wf-lifecycle-mql')).toBeLessThan(y('wf-lifecycle-sql'));
  });
});
