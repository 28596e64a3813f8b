import type { LayoutNode } from '../../engine/layout/index.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The card an arrow key moves to: the nearest selectable card in that direction, weighing
 * distance along the arrow less than drift across it, so "down" follows the path.
 */
export function neighbour(nodes: readonly LayoutNode[], fromId: string, direction: Direction): LayoutNode | undefined {
  const from = nodes.find((n) => n.id === fromId);
  if (!from) return undefined;
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: LayoutNode | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === fromId || n.kind === 'end') continue;
    const dx = n.x + n.width / 2 - cx;
    const dy = n.y + n.height / 2 - cy;
    const along = direction === 'down' ? dy : direction === 'up' ? -dy : direction === 'right' ? dx : -dx;
    const across = direction === 'down' || direction === 'up' ? Math.abs(dx) : Math.abs(dy);
    if (along <= 1) continue;
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
