import { useEffect, useRef } from 'react';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import { useSimulationStore } from './context.tsx';
import { pointAlong } from './overlay-geometry.ts';

/** At most this many dots at once, whatever the population: a sample, not one per contact. */
export const MAX_DOTS = 200;
const TRAVEL_MS = 900;
/** New dots per edge per frame, so a busy edge reads as a stream rather than a blob. */
const PER_EDGE = 3;
const SVG = 'http://www.w3.org/2000/svg';

interface Dot {
  readonly points: WorkflowLayout['edges'][number]['points'];
  readonly born: number;
  readonly circle: SVGCircleElement;
}

/**
 * Dots travelling along the edges while the simulation plays: each new frame's traversals (the
 * difference of the edge counts) spawn a few. Drawn by hand with requestAnimationFrame, so the
 * animation never re-renders React.
 */
export function FlowDots({ layout, edgeIndex }: { layout: WorkflowLayout; edgeIndex: ReadonlyMap<string, number> }) {
  const store = useSimulationStore();
  const group = useRef<SVGGElement>(null);

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    const edges = layout.edges.flatMap((e) => {
      const k = edgeIndex.get(e.key);
      return k === undefined ? [] : [{ points: e.points, k }];
    });
    const dots: Dot[] = [];
    let spawned = 0;
    let previous: Int32Array | null = store.getState().frame?.edges.slice() ?? null;
    let handle: number | null = null;

    const animate = () => {
      const now = performance.now();
      for (let i = dots.length - 1; i >= 0; i--) {
        const dot = dots[i]!;
        const t = (now - dot.born) / TRAVEL_MS;
        if (t >= 1) {
          dot.circle.remove();
          dots.splice(i, 1);
          continue;
        }
        const p = pointAlong(dot.points, t);
        dot.circle.setAttribute('cx', p.x.toFixed(1));
        dot.circle.setAttribute('cy', p.y.toFixed(1));
      }
      handle = dots.length > 0 ? requestAnimationFrame(animate) : null;
    };

    const spawn = (points: Dot['points'], count: number) => {
      const now = performance.now();
      for (let i = 0; i < count && dots.length < MAX_DOTS; i++) {
        const circle = document.createElementNS(SVG, 'circle');
        circle.setAttribute('r', '3.5');
        g.appendChild(circle);
        // Staggered so several dots of one frame do not sit on top of each other.
        dots.push({ points, born: now - (i * TRAVEL_MS) / (count * 3), circle });
        spawned++;
      }
      // How many dots this playback has sent so far: a mark that outlives the dots themselves.
      g.setAttribute('data-spawned', String(spawned));
    };

    const unsubscribe = store.subscribe((state, old) => {
      const frame = state.frame;
      if (!frame || frame === old.frame) return;
      const forward = previous && old.frame && frame.minute > old.frame.minute;
      if (state.playing && forward && previous) {
        for (const e of edges) {
          const delta = frame.edges[e.k]! - previous[e.k]!;
          if (delta > 0) spawn(e.points, Math.min(PER_EDGE, delta));
        }
        if (handle === null && dots.length > 0) handle = requestAnimationFrame(animate);
      }
      previous = frame.edges.slice();
    });
    return () => {
      unsubscribe();
      if (handle !== null) cancelAnimationFrame(handle);
      for (const dot of dots) dot.circle.remove();
    };
  }, [layout, edgeIndex, store]);

  return <g ref={group} className="fb-sim-dots" data-testid="sim-dots" />;
}
