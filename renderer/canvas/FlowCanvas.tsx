import { Background, BackgroundVariant, MiniMap, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import { X } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT, type Workflow } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { useFindings } from '../panels/useFindings.ts';
import { useDocument, useUi } from '../stores/context.tsx';
import { buildGraph, withSelection } from './buildGraph.ts';
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
import { useDiagramT } from './i18n.ts';
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
  const { layout, workflow: laidOut, pending, error } = useLayout(workflow, extra);
  const drawn = laidOut?.id === workflow.id;

  // Cards are built when the layout, the project or the search change; a selection only marks its card.
  const graph = useMemo(
    () => (layout && laidOut ? buildGraph({ layout, workflow: laidOut, project, findings, selected: null, search, lang, t }) : null),
    [layout, laidOut, project, findings, search, lang, t],
  );
  const nodes = useMemo(() => (graph ? withSelection(graph.nodes, selected) : []), [graph, selected]);
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
        nodes={nodes}
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
        // A large workflow (thousands of cards) keeps only the cards in view in the page.
        onlyRenderVisibleElements={layout?.simplified === true}
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
      {error ? (
        <div className="fb-canvas-error" role="alert" data-testid="layout-failed">
          {t('canvas.layoutFailed')}
        </div>
      ) : pending && !drawn ? (
        <div className="fb-canvas-notice" role="status" data-testid="laying-out">
          {t('canvas.layingOut')}
        </div>
      ) : null}
      {layout?.simplified && drawn && !error ? <SimplifiedNotice key={workflow.id} steps={laidOut.steps.length} /> : null}
    </div>
  );
}

/** Says that a large workflow is drawn with the quick tree layout (engine/layout/tree-layout.ts); closed until another workflow opens. */
function SimplifiedNotice({ steps }: { steps: number }) {
  const t = useDiagramT();
  const searchOpen = useUi((s) => s.searchOpen);
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  return (
    <div className={`fb-canvas-notice${searchOpen ? ' is-below-search' : ''}`} role="status" data-testid="layout-simplified">
      <span>{t('diagram.simplified', { count: steps })}</span>
      <button type="button" className="fb-icon-button" onClick={() => setClosed(true)} aria-label={t('app.close')}>
        <X size={14} />
      </button>
    </div>
  );
}
