import type { Point } from '../../engine/layout/index.ts';

/** An orthogonal route with rounded corners, as SVG path data. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const prev = points[i - 1]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${p.x},${p.y}`;
      break;
    }
    const r = Math.min(radius, distance(prev, p) / 2, distance(p, next) / 2);
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += ` L${a.x},${a.y} Q${p.x},${p.y} ${b.x},${b.y}`;
  }
  return d;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: round(from.x + ((to.x - from.x) * length) / d), y: round(from.y + ((to.y - from.y) * length) / d) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Where an edge's label pill and "+" sit: both on its last segment (the drop into the target),
 * the label just under the bend and the "+" below it, so a branch name reads on its own path.
 */
export function edgeDecorations(points: readonly Point[], label?: { width: number; height: number }): { plus: Point; label?: Point } {
  const end = points.at(-1);
  const before = points.at(-2);
  if (!end || !before) return { plus: end ?? { x: 0, y: 0 } };
  const length = distance(before, end);
  if (!label) {
    if (length < 36) return { plus: { x: end.x, y: end.y - Math.min(14, length / 2) } };
    return { plus: { x: (before.x + end.x) / 2, y: Math.max(before.y + 14, end.y - Math.min(26, length / 2)) } };
  }
  const labelTop = before.y + 6;
  const plusY = Math.min(end.y - 14, Math.max(labelTop + label.height + 16, (labelTop + label.height + end.y) / 2));
  return { label: { x: end.x - label.width / 2, y: labelTop }, plus: { x: end.x, y: plusY } };
}
