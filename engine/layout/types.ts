import type { StepId } from '../model/index.ts';

/** The boxes of the diagram: the enrollment card, the step cards and an end marker per path end. */
export type LayoutNodeKind = 'enrollment' | 'step' | 'end';

export interface LayoutNode {
  /** ENROLLMENT, a step id, or `end:${edgeKey(edge)}` for the end of a path. */
  readonly id: string;
  readonly kind: LayoutNodeKind;
  readonly stepId?: StepId;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutLabel {
  /** The edge's label as the model gives it (branch name, `met`, `not-met`): the UI translates. */
  readonly text: string;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdge {
  /** `edgeKey(edge)` from model/graph.ts. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  /** Orthogonal route, its start on the source's border and its end on the target's. */
  readonly points: readonly Point[];
  readonly label?: LayoutLabel;
  /** A go-to jump, routed around the drawing rather than laid out as part of the tree. */
  readonly goTo: boolean;
}

export interface WorkflowLayout {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  readonly width: number;
  readonly height: number;
  /**
   * Drawn by the quick tree layout (tree-layout.ts) rather than ELK, the workflow having more
   * boxes than `LayoutOptions.maxLayeredNodes`: the canvas says so.
   */
  readonly simplified?: boolean;
}

export interface NodeDescriptor {
  readonly id: string;
  readonly kind: LayoutNodeKind;
  readonly stepId?: StepId;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type NodeSizes = (node: NodeDescriptor) => Size;

export interface LayoutOptions {
  /** Measures a label; a rough estimate from the text length when absent. */
  readonly labelSize?: (text: string) => Size;
  /** Above this many boxes (cards and path ends), the quick tree layout instead of ELK: `LARGE_LAYOUT_NODES` when absent. */
  readonly maxLayeredNodes?: number;
}

export const DEFAULT_SIZES: Readonly<Record<LayoutNodeKind, Size>> = {
  enrollment: { width: 280, height: 84 },
  step: { width: 260, height: 72 },
  end: { width: 28, height: 28 },
};

export const defaultNodeSizes: NodeSizes = (node) => DEFAULT_SIZES[node.kind];

/** About 7 px per character at 12 px, plus padding: close enough until the UI measures. */
export const defaultLabelSize = (text: string): Size => ({ width: Math.max(24, Math.ceil(text.length * 7) + 16), height: 20 });
