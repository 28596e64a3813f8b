import { Handle, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

/** Where a path ends: contacts complete the workflow here. */
export function EndNode() {
  const { t } = useTranslation();
  return (
    <div className="fb-end" title={t('canvas.end')} data-testid="end-marker">
      <Handle type="target" position={Position.Top} isConnectable={false} className="fb-handle" />
      <span className="fb-end-dot" aria-label={t('canvas.end')} />
    </div>
  );
}
