export { elkEngine, elkInThisThread, type ElkLayout } from './elk-engine.ts';
export { LARGE_LAYOUT_NODES, layoutWorkflow, layoutWorkflowWith } from './layout.ts';
export { generateWorkflow } from './generate.ts';
export { endNodeId } from './elk-graph.ts';
export { DEFAULT_SIZES, defaultLabelSize, defaultNodeSizes } from './types.ts';
export type {
  LayoutEdge,
  LayoutLabel,
  LayoutNode,
  LayoutNodeKind,
  LayoutOptions,
  NodeDescriptor,
  NodeSizes,
  Point,
  Size,
  WorkflowLayout,
} from './types.ts';
