import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { act, fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStep, insertStep } from '../../engine/edit/index.ts';
import { asStepId, emptyWorkflow, ENROLLMENT, type Workflow } from '../../engine/model/index.ts';
import { StepNode } from '../../renderer/canvas/StepNode.tsx';
import type { StepFlowNode } from '../../renderer/canvas/nodeTypes.ts';
import { useCanvasKeyboard } from '../../renderer/canvas/useCanvasKeyboard.ts';
import { Inspector } from '../../renderer/inspector/Inspector.tsx';
import { useDocument } from '../../renderer/stores/context.tsx';
import { activeWorkflow } from '../../renderer/stores/document.ts';
import { renderWithEditor, sampleProject, stubResizeObserver } from './render.tsx';

beforeAll(stubResizeObserver);

/** Escape in an inspector field closes the inspector (the canvas's key map) and the keyboard goes back to the card. */

function CanvasKeys({ workflow }: { workflow: Workflow }) {
  useCanvasKeyboard(null, workflow);
  return null;
}

/** The card of step s-1, drawn by the canvas's own StepNode, with node focus off as on the canvas. */
const card: StepFlowNode = {
  id: 's-1',
  type: 'step',
  position: { x: 0, y: 0 },
  width: 240,
  height: 80,
  data: { stepId: asStepId('s-1'), kind: 'delay', group: 'delays', title: 'Delay', summary: 'Wait 1 day', note: '', errors: 0, warnings: 0, dimmed: false, matched: false },
};

/** The inspector beside the canvas's keys and its card. */
function Editor() {
  const workflow = useDocument(activeWorkflow)!;
  return (
    <ReactFlowProvider>
      <CanvasKeys workflow={workflow} />
      <div className="fb-canvas" style={{ width: 800, height: 600 }}>
        <ReactFlow nodes={[card]} edges={[]} nodeTypes={{ step: StepNode }} nodesFocusable={false} />
      </div>
      <Inspector workflow={workflow} />
    </ReactFlowProvider>
  );
}

describe('Escape in an inspector field', () => {
  it('closes the inspector and puts the focus on the selected step’s card, not on the page', () => {
    const base = sampleProject();
    const workflow = insertStep(emptyWorkflow('wf-1', 'Test'), { from: ENROLLMENT, slot: { kind: 'next' } }, createStep('delay', asStepId('s-1'), base, 'en'));
    const { stores } = renderWithEditor(<Editor />, { project: sampleProject(workflow) });
    act(() => stores.ui.getState().select(asStepId('s-1')));
    const field = screen.getByTestId('delay-amount');
    field.focus();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(stores.ui.getState().selected).toBeNull();
    expect(screen.queryByTestId('delay-amount')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('step-card-s-1'));
  });
});
