import { EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { Plus } from 'lucide-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { edgeKey } from '../../engine/model/index.ts';
import { useUi } from '../stores/context.tsx';
import type { WorkflowFlowEdge } from './nodeTypes.ts';
import { edgeDecorations, roundedPath } from './paths.ts';

/** An edge drawn along the layout's route, with its branch label as a pill and a "+" to insert. */
export function FlowEdge({ id, data, markerEnd }: EdgeProps<WorkflowFlowEdge>) {
  const { t } = useTranslation();
  const openPalette = useUi((s) => s.openPalette);
  const active = useUi((s) => (s.palette ? edgeKey(s.palette.at) === id : false));
  if (!data) return null;
  const d = roundedPath(data.points);
  const label = data.label;
  const spots = edgeDecorations(data.points, label);
  const plus = spots.plus;
  const text = label ? (label.text === 'met' ? t('canvas.met') : label.text === 'not-met' ? t('canvas.notMet') : label.text) : '';
  const onPlus = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    if (!data.at) return;
    const box = event.currentTarget.getBoundingClientRect();
    openPalette({ at: data.at, anchor: { x: box.right + 8, y: box.top } });
  };
  return (
    <>
      <path className={`fb-edge${data.goTo ? ' is-goto' : ''}`} d={d} style={{ d: `path("${d}")` }} markerEnd={markerEnd} fill="none" />
      <EdgeLabelRenderer>
        {label ? (
          <div
            className={`fb-edge-label${label.text === 'not-met' ? ' is-negative' : ''}`}
            style={{ transform: `translate(${spots.label?.x ?? label.x}px, ${spots.label?.y ?? label.y}px)`, minWidth: label.width }}
          >
            {text}
          </div>
        ) : null}
        {data.at ? (
          <button
            type="button"
            className={`fb-plus nodrag nopan${active ? ' is-active' : ''}`}
            style={{ transform: `translate(${plus.x - 11}px, ${plus.y - 11}px)` }}
            onClick={onPlus}
            aria-label={t('canvas.insertHere')}
            title={t('canvas.insertHere')}
            data-testid={`plus-${id}`}
          >
            <Plus size={14} strokeWidth={2.5} aria-hidden />
          </button>
        ) : null}
      </EdgeLabelRenderer>
    </>
  );
}
