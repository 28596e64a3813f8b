import { ReactFlowProvider } from '@xyflow/react';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStep, insertStep } from '../../engine/edit/index.ts';
import { asStepId, emptyWorkflow, ENROLLMENT, type Workflow } from '../../engine/model/index.ts';
import { useCanvasKeyboard } from '../../renderer/canvas/useCanvasKeyboard.ts';
import { Inspector } from '../../renderer/inspector/Inspector.tsx';
import { useDocument } from '../../renderer/stores/context.tsx';
import { activeWorkflow } from '../../renderer/stores/document.ts';
import { renderWithEditor, sampleProject } from './render.tsx';

/** Escape in an inspector field closes the inspector (the canvas's key map) and the keyboard goes back to the card. */

function CanvasKeys({ workflow }: { workflow: Workflow }) {
  useCanvasKeyboard(null, workflow);
  return null;
}

/** The inspector beside the canvas's keys, and the card of step s-1 as React Flow renders its node (class and data-id). */
function Editor() {
  const workflow = useDocument(activeWorkflow)!;
  return (
    <ReactFlowProvider>
      <CanvasKeys workflow={workflow} />
      <div className="fb-canvas">
        <div className="react-flow__node react-flow__node-step" data-id="s-1">
          <div className="fb-card fb-step" data-testid="step-card-s-1" aria-label="Delay: 1 day" />
        </div>
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
