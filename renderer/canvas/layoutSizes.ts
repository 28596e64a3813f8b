import { DEFAULT_SIZES, type NodeSizes, type WorkflowLayout } from '../../engine/layout/types.ts';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Workflow } from '../../engine/model/index.ts';

/** Cards with a note are taller: the note gets its own line under the summary. */
export const NOTE_EXTRA_HEIGHT = 26;

/** Cards a little wider than the engine's defaults, so French summaries fit on one line. */
export const CARD_SIZES = {
  enrollment: { width: 304, height: DEFAULT_SIZES.enrollment.height },
  step: { width: 288, height: DEFAULT_SIZES.step.height },
  end: DEFAULT_SIZES.end,
};

/** Card sizes: a note adds a line, wrapped text (`extra`, by step id or "enrollment") adds its lines. */
export function sizesFor(stepsWithNotes: ReadonlySet<string>, extra: Readonly<Record<string, number>> = {}): NodeSizes {
  return (node) => {
    const base = CARD_SIZES[node.kind];
    if (node.kind === 'enrollment') return { width: base.width, height: base.height + (extra['enrollment'] ?? 0) };
    if (node.kind === 'step' && node.stepId) {
      const note = stepsWithNotes.has(node.stepId) ? NOTE_EXTRA_HEIGHT : 0;
      return { width: base.width, height: base.height + note + (extra[node.stepId] ?? 0) };
    }
    return base;
  };
}

/** Pill labels at 11px semibold with 8px padding each side. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.max(28, Math.ceil(text.length * 6.6) + 18), height: 20 };
}

/** A workflow to lay out, or (kind 'elk') an ELK graph laid out as it is: the programme map's. */
export type LayoutRequest = WorkflowLayoutRequest | { readonly kind: 'elk'; readonly id: number; readonly graph: ElkNode };

export interface WorkflowLayoutRequest {
  readonly kind?: 'workflow';
  readonly id: number;
  readonly workflow: Workflow;
  /** Labels as the user reads them (translated met / not met). */
  readonly labels: Readonly<Record<string, string>>;
  /** Extra card heights for wrapped text (cardText.ts). */
  readonly extra: Readonly<Record<string, number>>;
}

export type LayoutResponse =
  | { readonly id: number; readonly ok: true; readonly layout: WorkflowLayout }
  | { readonly id: number; readonly ok: true; readonly graph: ElkNode }
  | { readonly id: number; readonly ok: false; readonly message: string };
