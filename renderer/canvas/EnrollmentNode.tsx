import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentFlowNode } from './nodeTypes.ts';
import { ENROLLMENT_ICON } from './stepVisuals.ts';
import { FindingBadge } from './FindingBadge.tsx';

/** The card on top: what enrolls contacts. Selecting it opens the workflow settings. Focusable by script only, as a step card (StepNode). */
export function EnrollmentNode({ data, selected }: NodeProps<EnrollmentFlowNode>) {
  const { t } = useTranslation();
  const Icon = ENROLLMENT_ICON;
  return (
    <div className={`fb-card fb-enrollment${selected ? ' is-selected' : ''}`} data-testid="enrollment-card" tabIndex={-1}>
      <div className="fb-card-head">
        <span className="fb-card-icon">
          <Icon size={15} aria-hidden />
        </span>
        <span className="fb-card-title">{t('canvas.enrollment')}</span>
        <span className="fb-type-pill">{data.typeLabel}</span>
        <FindingBadge errors={data.errors} warnings={data.warnings} label={t('canvas.problemsOnStep', { count: data.errors + data.warnings })} />
      </div>
      <div className="fb-card-summary is-wrapped" title={data.triggers}>
        {data.triggers}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="fb-handle" />
    </div>
  );
}
