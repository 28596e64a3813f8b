import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import { motion } from './motion.ts';

const TOP_MARGIN = 48;

/**
 * Sets a readable first view of each workflow (top of the diagram, centred, the zoom that fits
 * its width kept between 0.8, so cards stay legible, and 1), then after every re-layout keeps the
 * selected step in view.
 */
export function useViewportFollow(layout: WorkflowLayout | null, workflowId: string, selected: string | null): void {
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
    if (shown.current !== workflowId) {
      shown.current = workflowId;
      const fit = Math.min(width / (layout.width + 96), height / (layout.height + 96));
      const zoom = Math.max(0.8, Math.min(1, fit));
      const enrollment = layout.nodes.find((n) => n.kind === 'enrollment');
      const centreX = enrollment ? enrollment.x + enrollment.width / 2 : layout.width / 2;
      const fitsVertically = layout.height * zoom + 2 * TOP_MARGIN <= height;
      const y = fitsVertically ? (height - layout.height * zoom) / 2 : TOP_MARGIN;
      void flow.setViewport({ x: width / 2 - centreX * zoom, y, zoom });
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
  }, [layout, workflowId, selected, flow]);
}
