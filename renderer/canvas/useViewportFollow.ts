import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import { diagramBounds, fitViewport, measureFitRoom } from './fit.ts';
import { motion } from './motion.ts';

/**
 * Sets the first view of each workflow, then after every re-layout keeps the selected step in view.
 * The first view is the one "fit" gives (fit.ts): the whole diagram or its top at a readable zoom,
 * right of the zoom toolbar's column and clear of the minimap however far it is then scrolled. It
 * had its own placement (centred on the enrollment, never below 80 %), which left the nurturing
 * template's right-hand path under the minimap at 1280 x 720 and 1440 x 900. `view` names the
 * workflow in its project ("project/workflow"): a new project from the same template has the same
 * workflow ids, and kept the previous project's view, scrolled where it was left. Once set, the
 * canvas says so: `data-first-view` holds `view` (end-to-end tests wait on it).
 */
export function useViewportFollow(layout: WorkflowLayout | null, view: string, selected: string | null): void {
  const flow = useReactFlow();
  const shown = useRef<string | null>(null);

  // A panel folding or opening (Simulate mode, the inspector) changes the pane's width: the
  // diagram keeps its centre instead of staying stuck to the left edge.
  useEffect(() => {
    const pane = document.querySelector('.fb-canvas .react-flow');
    if (!pane || typeof ResizeObserver === 'undefined') return;
    let width = pane.clientWidth;
    const observer = new ResizeObserver(() => {
      const now = pane.clientWidth;
      if (now === width || width === 0) {
        width = now;
        return;
      }
      const { x, y, zoom } = flow.getViewport();
      void flow.setViewport({ x: x + (now - width) / 2, y, zoom });
      width = now;
    });
    observer.observe(pane);
    return () => observer.disconnect();
  }, [flow]);

  useEffect(() => {
    if (!layout) return;
    const pane = document.querySelector('.fb-canvas .react-flow');
    const width = pane?.clientWidth || 1000;
    const height = pane?.clientHeight || 700;
    if (shown.current !== view && layout.nodes.length > 0) {
      shown.current = view;
      // As fit does: a diagram too wide even at the smallest zoom opens around its enrollment card.
      const enrollment = layout.nodes.find((n) => n.kind === 'enrollment');
      const anchor = enrollment ? enrollment.x + enrollment.width / 2 : undefined;
      const first = fitViewport(diagramBounds(layout.nodes), { width, height }, measureFitRoom(pane), anchor);
      void flow.setViewport(first).then(() => pane?.closest('.fb-canvas')?.setAttribute('data-first-view', view));
      return;
    }
    if (!selected) return;
    const node = layout.nodes.find((n) => n.id === selected);
    if (!node) return;
    const { x, y, zoom } = flow.getViewport();
    const left = node.x * zoom + x;
    const top = node.y * zoom + y;
    const inView = left >= 0 && top >= 0 && left + node.width * zoom <= width && top + node.height * zoom <= height;
    if (!inView) void flow.setCenter(node.x + node.width / 2, node.y + node.height / 2, { zoom, duration: motion(300) });
  }, [layout, view, selected, flow]);
}
