import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowLayout } from '../../engine/layout/index.ts';
import type { TFunction } from 'i18next';
import type { Lang, Project, Workflow } from '../../engine/model/index.ts';
import { cardExtraHeights } from './cardText.ts';
import type { ElkLayout } from '../../engine/layout/index.ts';
import { createLayoutRunner, type LayoutFn, type LayoutRunner } from './layoutClient.ts';

const NO_EXTRA: Readonly<Record<string, number>> = {};

let sharedRunner: LayoutRunner | null = null;
function runner(): LayoutRunner {
  sharedRunner ??= createLayoutRunner();
  return sharedRunner;
}

/** One layout through the shared worker (exports use it too). */
export const runLayout: LayoutFn = (workflow, labels, extra) => runner().workflow(workflow, labels, extra);

/** An ELK graph laid out in the same worker: the programme map and the report, so the page never loads ELK. */
export const runElk: ElkLayout = (graph) => runner().elk(graph);

/** A layout as the canvas draws it: translated labels, cards grown for their wrapped text. */
export function layoutForDrawing(workflow: Workflow, project: Project, lang: Lang, t: TFunction): Promise<WorkflowLayout> {
  return runLayout(workflow, { met: t('canvas.met'), 'not-met': t('canvas.notMet') }, cardExtraHeights(workflow, project, lang, t));
}

export interface LayoutState {
  readonly layout: WorkflowLayout | null;
  /** The workflow the layout was computed for: cards read their data from it. */
  readonly workflow: Workflow | null;
  readonly pending: boolean;
  readonly error: string | null;
}

/** The latest layout of a workflow; stale answers (an older edit finishing late) are dropped. */
export function useLayout(workflow: Workflow | undefined, extra: Readonly<Record<string, number>> = NO_EXTRA): LayoutState {
  const { t } = useTranslation();
  const labels = useMemo(() => ({ met: t('canvas.met'), 'not-met': t('canvas.notMet') }), [t]);
  const [state, setState] = useState<LayoutState>({ layout: null, workflow: null, pending: false, error: null });
  const latest = useRef(0);

  useEffect(() => {
    if (!workflow) return;
    const ticket = ++latest.current;
    // A failure said before was about an earlier version: it goes until this one fails too.
    setState((s) => ({ ...s, pending: true, error: null }));
    // Marks for the editor benchmark: how much of a re-layout is the worker's.
    const started = performance.now();
    runner().workflow(workflow, labels, extra).then(
      (layout) => {
        performance.measure('flowbench:layout', { start: started, end: performance.now() });
        if (ticket === latest.current) setState({ layout, workflow, pending: false, error: null });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState((s) => ({ ...s, pending: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [workflow, labels, extra]);

  return workflow ? state : { layout: null, workflow: null, pending: false, error: null };
}
