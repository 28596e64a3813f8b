import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import type { EdgeRef } from '../../engine/edit/index.ts';
import type { Point } from '../../engine/layout/index.ts';
import type { StepId, StepKind } from '../../engine/model/index.ts';
import type { StepGroup } from './stepVisuals.ts';

export interface StepNodeData extends Record<string, unknown> {
  readonly stepId: StepId;
  readonly kind: StepKind;
  readonly group: StepGroup;
  readonly title: string;
  readonly summary: string;
  readonly note: string;
  readonly errors: number;
  readonly warnings: number;
  readonly dimmed: boolean;
  readonly matched: boolean;
}

export interface EnrollmentNodeData extends Record<string, unknown> {
  readonly typeLabel: string;
  readonly triggers: string;
  readonly errors: number;
  readonly warnings: number;
}

export type StepFlowNode = FlowNode<StepNodeData, 'step'>;
export type EnrollmentFlowNode = FlowNode<EnrollmentNodeData, 'enrollment'>;
export type EndFlowNode = FlowNode<Record<string, never>, 'end'>;
export type AnyFlowNode = StepFlowNode | EnrollmentFlowNode | EndFlowNode;

export interface FlowEdgeData extends Record<string, unknown> {
  readonly points: readonly Point[];
  readonly label?: { readonly text: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly goTo: boolean;
  /** The edge a "+" inserts on; absent for go-to jumps. */
  readonly at?: EdgeRef;
}

export type WorkflowFlowEdge = FlowEdge<FlowEdgeData, 'flow'>;
