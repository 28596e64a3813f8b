import { Background, BackgroundVariant, MiniMap, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT, type Workflow } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { useFindings } from '../panels/useFindings.ts';
import { useDocument, useUi } from '../stores/context.tsx';
import { buildGraph } from './buildGraph.ts';
import { cardExtraHeights } from './cardText.ts';
import { CanvasControls } from './CanvasControls.tsx';
import { EndNode } from './EndNode.tsx';
import { EnrollmentNode } from './EnrollmentNode.tsx';
import { FlowEdge } from './FlowEdge.tsx';
import { GROUP_COLORS } from './stepVisuals.ts';
import type { AnyFlowNode } from './nodeTypes.ts';
import { Palette } from './Palette.tsx';
import { SearchBar } from './SearchBar.tsx';
import { StepNode } from './StepNode.tsx';
import { useCanvasKeyboard } from './useCanvasKeyboard.ts';
import { useLayout } from './useLayout.ts';
import { useViewportFollow } from './useViewportFollow.ts';
import { SimCanvasOverlay } from '../simulator/CanvasOverlay.tsx';

const nodeTypes = { step: StepNode, enrollment: EnrollmentNode, end: EndNode };
const edgeTypes = { flow: FlowEdge };

function minimapColor(node: AnyFlowNode): string {
  if (node.type === 'step') return GROUP_COLORS[node.data.group];
  if (node.type === 'enrollment') return '#1f2933';
  return '#9aa5b1';
}

/** The diagram of the active workflow, laid out by the engine in a worker; never dragged. */
export function FlowCanvas({ workflow }: { workflow: Workflow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const project = useDocument((s) => s.project);
  const selected = useUi((s) => s.selected);
  const minimap = useUi((s) => s.minimap);
  const search = useDeferredValue(useUi((s) => s.search));
  const select = useUi((s) => s.select);
  const findings = useFindings();
  // Cards grow for their wrapped text; the same heights (by value) keep the same layout.
  const extraKey = useMemo(() => JSON.stringify(cardExtraHeights(workflow, project, lang, t)), [workflow, project, lang, t]);
  const extra = useMemo(() => JSON.parse(extraKey) as Record<string, number>, [extraKey]);
  const { layout, workflow: laidOut, error } = useLayout(workflow, extra);

  const graph = useMemo(
    () => (layout && laidOut ? buildGraph({ layout, workflow: laidOut, project, findings, selected, search, lang, t }) : null),
    [layout, laidOut, project, findings, selected, search, lang, t],
  );
  useViewportFollow(layout, `${project.id}/${workflow.id}`, selected);
  useCanvasKeyboard(layout, workflow);

  const onNodeClick: NodeMouseHandler<AnyFlowNode> = (_event, node) => {
    if (node.type === 'enrollment') select(ENROLLMENT);
    else if (node.type === 'step') select(node.data.stepId);
  };

  return (
    // data-layout-ready: the cards on screen are laid out from this very workflow (not the one before an edit).
    <div className="fb-canvas" tabIndex={-1} data-testid="canvas" data-layout-ready={graph && laidOut === workflow ? 'true' : 'false'} data-step-count={workflow.steps.length}>
      <svg className="fb-defs" aria-hidden width="0" height="0">
        <defs>
          <marker id="fb-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,1 L9,5 L0,9 z" fill="#9aa5b1" />
          </marker>
          <marker id="fb-arrow-goto" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,1 L9,5 L0,9 z" fill="#7c4dce" />
          </marker>
        </defs>
      </svg>
      <ReactFlow<AnyFlowNode>
        nodes={graph?.nodes ?? []}
        edges={graph?.edges ?? []}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable
        onNodeClick={onNodeClick}
        onPaneClick={() => select(null)}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        panOnScroll
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} color="#d3d8df" />
        {minimap ? (
          <MiniMap<AnyFlowNode> pannable zoomable nodeColor={minimapColor} nodeBorderRadius={4} maskColor="rgba(240, 242, 245, 0.7)" ariaLabel={t('canvas.minimap')} />
        ) : null}
        <CanvasControls />
        <SimCanvasOverlay layout={layout} workflow={laidOut} />
      </ReactFlow>
      <SearchBar matches={graph?.matches ?? []} />
      <Palette />
      {error ? <div className="fb-canvas-error">{t('canvas.layoutFailed')}</div> : null}
    </div>
  );
}
