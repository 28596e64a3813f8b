import { DEFAULT_SIZES, type NodeSizes, type WorkflowLayout } from '../../engine/layout/types.ts';
import type { Workflow } from '../../engine/model/index.ts';

/** Cards with a note are taller: the note gets its own line under the summary. */
export const NOTE_EXTRA_HEIGHT = 26;

/** Cards a little wider than the engine's defaults, so French summaries fit on one line. */
const SIZES = {
  enrollment: { width: 304, height: DEFAULT_SIZES.enrollment.height },
  step: { width: 288, height: DEFAULT_SIZES.step.height },
  end: DEFAULT_SIZES.end,
};

export function sizesFor(stepsWithNotes: ReadonlySet<string>): NodeSizes {
  return (node) => {
    const base = SIZES[node.kind];
    if (node.kind === 'step' && node.stepId && stepsWithNotes.has(node.stepId)) {
      return { width: base.width, height: base.height + NOTE_EXTRA_HEIGHT };
    }
    return base;
  };
}

/** Pill labels at 11px semibold with 8px padding each side. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.max(28, Math.ceil(text.length * 6.6) + 18), height: 20 };
}

export interface LayoutRequest {
  readonly id: number;
  readonly workflow: Workflow;
  /** Labels as the user reads them (translated met / not met). */
  readonly labels: Readonly<Record<string, string>>;
}

export type LayoutResponse =
  | { readonly id: number; readonly ok: true; readonly layout: WorkflowLayout }
  | { readonly id: number; readonly ok: false; readonly message: string };
