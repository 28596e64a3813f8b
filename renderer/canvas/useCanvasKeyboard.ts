import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import { ENROLLMENT, asStepId, type Workflow } from '../../engine/model/index.ts';
import { incomingTreeEdge } from '../../engine/edit/index.ts';
import { useStores } from '../stores/context.tsx';
import { useCommands } from '../stores/useCommands.ts';
import { fitDiagram } from './fit.ts';
import { motion } from './motion.ts';
import type { AnyFlowNode } from './nodeTypes.ts';
import { neighbour, type Direction } from './navigation.ts';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The editor's keyboard map (as in n8n): 1 fit, 0 zoom 100 %, arrows between cards, Delete,
 * Ctrl/Cmd+C, X, V, D, Z, Shift+Z (and Y), Ctrl/Cmd+F search, Escape.
 */
export function useCanvasKeyboard(layout: WorkflowLayout | null, workflow: Workflow): void {
  const flow = useReactFlow<AnyFlowNode>();
  const stores = useStores();
  const commands = useCommands();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ui = stores.ui.getState();
      const doc = stores.document.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !typingInField(event.target)) {
        event.preventDefault();
        if (event.shiftKey) doc.redo();
        else doc.undo();
        return;
      }
      if (mod && key === 'y' && !typingInField(event.target)) {
        event.preventDefault();
        doc.redo();
        return;
      }
      if (mod && key === 'f') {
        event.preventDefault();
        ui.setSearchOpen(true);
        return;
      }
      if (event.key === 'Escape') {
        if (ui.palette) ui.openPalette(null);
        else if (ui.searchOpen) ui.setSearchOpen(false);
        else ui.select(null);
        return;
      }
      if (typingInField(event.target) || ui.dialog) return;
      const selected = ui.selected && ui.selected !== ENROLLMENT ? asStepId(ui.selected) : null;
      if (!mod && event.key === '1') return fitDiagram(flow);
      if (!mod && event.key === '0') return void flow.zoomTo(1, { duration: motion(200) });
      if (!mod && (event.key === '+' || event.key === '=')) return void flow.zoomIn({ duration: motion(150) });
      if (!mod && event.key === '-') return void flow.zoomOut({ duration: motion(150) });
      const direction = ARROWS[event.key];
      if (direction && layout) {
        event.preventDefault();
        const from = ui.selected ?? ENROLLMENT;
        const next = ui.selected ? neighbour(layout.nodes, from, direction) : layout.nodes.find((n) => n.kind === 'enrollment');
        if (next) ui.select(next.kind === 'enrollment' ? ENROLLMENT : (next.stepId ?? null));
        return;
      }
      if (!selected) {
        if (mod && key === 'v') ui.notify({ tone: 'info', message: 'actions.nothingToPaste' });
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        const step = workflow.steps.find((s) => s.id === selected);
        // A step with several paths needs a choice of path to keep: the inspector asks.
        if (step && ['branch-if', 'branch-value', 'branch-random', 'delay-until-event'].includes(step.kind)) {
          window.dispatchEvent(new CustomEvent('flowbench:confirm-delete', { detail: selected }));
        } else commands.remove(selected);
        return;
      }
      if (mod && key === 'c') return void commands.copy(selected);
      if (mod && key === 'x') return void commands.cut(selected);
      if (mod && key === 'd') {
        event.preventDefault();
        return void commands.duplicate(selected);
      }
      if (mod && key === 'v') {
        // Paste after the selected step, on the edge it leads on.
        const incoming = incomingTreeEdge(workflow, selected);
        const step = workflow.steps.find((s) => s.id === selected);
        if (step && 'next' in step) commands.paste({ from: selected, slot: { kind: 'next' } });
        else if (incoming) commands.paste(incoming);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow, stores, commands, layout, workflow]);
}
