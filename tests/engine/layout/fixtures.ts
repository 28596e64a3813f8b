import { asBranchId, asEmailId, asStepId, emptyWorkflow, type Step, type Workflow } from '../../../engine/model/index.ts';
import type { LayoutNode, Point, WorkflowLayout } from '../../../engine/layout/index.ts';

const s = asStepId;
const email = asEmailId('welcome');
const wait = { mode: 'duration', duration: { amount: 1, unit: 'days' } } as const;

/**
 * Enrollment, an email, an if/then (Hot, Warm leads with an empty path, default), a delay that
 * loops back through a go-to, a delay-until-event and a random split.
 */
export function sampleWorkflow(): Workflow {
  const steps: Step[] = [
    { id: s('welcome'), kind: 'send-email', email, next: s('score') },
    {
      id: s('score'),
      kind: 'branch-if',
      branches: [
        { id: asBranchId('hot'), name: 'Hot', criteria: { groups: [] }, next: s('wait') },
        { id: asBranchId('warm'), name: 'Warm leads', criteria: { groups: [] }, next: null },
      ],
      defaultName: 'None met',
      defaultNext: s('opened'),
    },
    { id: s('wait'), kind: 'delay', delay: wait, next: s('nudge') },
    { id: s('nudge'), kind: 'send-email', email, next: s('again') },
    { id: s('again'), kind: 'go-to', target: s('wait') },
    { id: s('opened'), kind: 'delay-until-event', event: { kind: 'email-opened', email }, maxWait: { amount: 3, unit: 'days' }, met: s('split'), notMet: null },
    {
      id: s('split'),
      kind: 'branch-random',
      branches: [
        { id: asBranchId('a'), name: 'A', percent: 50, next: s('mail-a') },
        { id: asBranchId('b'), name: 'B', percent: 50, next: s('mail-b') },
      ],
    },
    { id: s('mail-a'), kind: 'send-email', email, next: null },
    { id: s('mail-b'), kind: 'send-email', email, next: null },
  ];
  return { ...emptyWorkflow('sample', 'Sample'), start: s('welcome'), steps };
}

export function nodeById(layout: WorkflowLayout): Map<string, LayoutNode> {
  return new Map(layout.nodes.map((n) => [n.id, n]));
}

export const overlaps = (a: LayoutNode, b: LayoutNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** On the box's outline, within half a pixel. */
export function onBorder(p: Point, n: LayoutNode): boolean {
  const eps = 0.5;
  const inX = p.x >= n.x - eps && p.x <= n.x + n.width + eps;
  const inY = p.y >= n.y - eps && p.y <= n.y + n.height + eps;
  const onVertical = Math.abs(p.x - n.x) <= eps || Math.abs(p.x - n.x - n.width) <= eps;
  const onHorizontal = Math.abs(p.y - n.y) <= eps || Math.abs(p.y - n.y - n.height) <= eps;
  return (inX && onHorizontal) || (inY && onVertical);
}

/** Whether an axis-parallel segment passes through the inside of a box (touching its outline is fine). */
export function crossesInside(a: Point, b: Point, n: LayoutNode): boolean {
  const eps = 0.5;
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < n.x + n.width - eps && x2 > n.x + eps && y1 < n.y + n.height - eps && y2 > n.y + eps;
}

export function segments(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).map((p, i) => [points[i]!, p]);
}
