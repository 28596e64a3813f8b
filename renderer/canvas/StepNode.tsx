import { Handle, Position, type NodeProps } from '@xyflow/react';
import { StickyNote } from 'lucide-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepFlowNode } from './nodeTypes.ts';
import { GROUP_COLORS, STEP_ICONS } from './stepVisuals.ts';
import { FindingBadge } from './FindingBadge.tsx';
import { ExpectMark } from '../expect/ExpectMark.tsx';
import { WhatIfMark } from '../expect/WhatIfMark.tsx';

/**
 * A step card: icon, title, one-line summary, the note when there is one, lint badge. Focusable by
 * script only (tabindex -1): the canvas moves between cards with the arrows (React Flow's own node
 * focus is off), and the inspector's Escape gives the keyboard back to the selected card.
 */
export function StepNode({ data, selected }: NodeProps<StepFlowNode>) {
  const { t } = useTranslation();
  const Icon = STEP_ICONS[data.kind];
  const classes = ['fb-card', 'fb-step', selected && 'is-selected', data.dimmed && 'is-dimmed', data.matched && 'is-matched'];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ '--group': GROUP_COLORS[data.group] } as CSSProperties}
      data-testid={`step-card-${data.stepId}`}
      data-kind={data.kind}
      aria-label={`${data.title}: ${data.summary}`}
      tabIndex={-1}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} className="fb-handle" />
      <div className="fb-card-head">
        <span className="fb-card-icon">
          <Icon size={15} strokeWidth={2} aria-hidden />
        </span>
        <span className="fb-card-title">{data.title}</span>
        <FindingBadge errors={data.errors} warnings={data.warnings} label={t('canvas.problemsOnStep', { count: data.errors + data.warnings })} />
        <ExpectMark step={data.stepId} />
        <WhatIfMark step={data.stepId} />
      </div>
      <div className="fb-card-summary is-wrapped" title={data.summary}>
        {data.summary}
      </div>
      {data.note ? (
        <div className="fb-card-note" title={data.note}>
          <StickyNote size={12} aria-hidden />
          <span>{data.note}</span>
        </div>
      ) : null}
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="fb-handle" />
    </div>
  );
}
