import { describe, expect, it } from 'vitest';
import { drawProgramme, edgeLabel, elkInThisThread, layoutProgramme, programmeMap, PROGRAMME_CARD } from '../../../engine/index.ts';
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

describe('programme map names', () => {
  it('draws a workflow name on one line with no control character, in its label, its tooltip and its card', async () => {
    const p = seedProgramme('en');
    const first = p.workflows[0]!;
    const hostile = { ...p, workflows: [{ ...first, name: 'Relance\r\nsalon\u001b[31m\u202e' }, ...p.workflows.slice(1)] };
    const { svg } = await drawProgramme(hostile, programmeMap(hostile), 'en', { elk: elkInThisThread });
    const card = new RegExp(`<g class="pm-card" data-workflow="${first.id}"[^>]*aria-label="([^"]*)"[^>]*>\\s*<title>([^<]*)</title>`).exec(svg);
    expect(card?.[1]).toBe('Relance salon[31m');
    // The tooltip keeps its one deliberate break, between the name and the trigger.
    expect(card?.[2]!.split('\n')[0]).toBe('Relance salon[31m');
    expect(card?.[2]!.split('\n')).toHaveLength(2);
    // eslint-disable-next-line no-control-regex
    expect(svg.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
