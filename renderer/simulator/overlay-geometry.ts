import type { Point, WorkflowLayout } from '../../engine/layout/index.ts';
import type { ContactAt } from '../../engine/sim/index.ts';
import { ENROLLMENT } from '../../engine/model/index.ts';

/** Flow stroke width: square-root scale of the share of the busiest edge, at least 1.5 px. */
export function flowWidth(count: number, busiest: number): number {
  if (count <= 0 || busiest <= 0) return 0;
  return 1.5 + Math.sqrt(count / busiest) * 10.5;
}

/** A point at a fraction of the way along a polyline. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  const first = points[0] ?? { x: 0, y: 0 };
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  let left = Math.max(0, Math.min(1, fraction)) * total;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= length && length > 0) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    left -= length;
  }
  return points.at(-1) ?? first;
}

/** The canvas edges (layout keys) and steps a contact went through in one workflow, with arrival minutes. */
export function journeyOnCanvas(journey: ContactAt | null, workflow: string, layout: WorkflowLayout): { edges: Set<string>; steps: Map<string, number[]> } {
  const edges = new Set<string>();
  const steps = new Map<string, number[]>();
  if (!journey) return { edges, steps };
  const byEnds = new Map<string, string>();
  for (const e of layout.edges) byEnds.set(`${e.source}>${e.target}`, e.key);
  for (const enrollment of journey.enrollments) {
    if (enrollment.workflow !== workflow) continue;
    let previous: string = ENROLLMENT;
    for (const point of enrollment.path) {
      const key = byEnds.get(`${previous}>${point.step}`);
      if (key) edges.add(key);
      steps.set(point.step, [...(steps.get(point.step) ?? []), point.at]);
      previous = point.step;
    }
    if (enrollment.endState === 'completed') {
      // The path's end marker: the edge from the last step to an end node.
      const last = layout.edges.find((e) => e.source === previous && e.target.startsWith('end:'));
      if (last) edges.add(last.key);
    }
  }
  return { edges, steps };
}
