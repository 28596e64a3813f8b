import { LayoutTemplate, Workflow as WorkflowIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { WORKFLOW_TYPES } from '../../engine/model/index.ts';
import { useUi } from '../stores/context.tsx';
import { useNewWorkflow } from '../panels/useNewWorkflow.ts';

/** What a project with no workflow shows: a way forward, not a blank grid. */
export function EmptyCanvas() {
  const { t } = useTranslation();
  const openDialog = useUi((s) => s.openDialog);
  const create = useNewWorkflow();
  return (
    <div className="fb-empty" data-testid="empty-canvas">
      <div className="fb-empty-icon">
        <WorkflowIcon size={28} aria-hidden />
      </div>
      <h2>{t('canvas.noWorkflowTitle')}</h2>
      <p>{t('canvas.noWorkflowBody')}</p>
      <div className="fb-empty-actions">
        <button type="button" className="fb-button is-primary" onClick={() => openDialog('templates')}>
          <LayoutTemplate size={16} aria-hidden />
          {t('app.templates')}
        </button>
        {WORKFLOW_TYPES.map((type) => (
          <button type="button" key={type} className="fb-button" onClick={() => create(type)} data-testid={`empty-new-${type}`}>
            {t('workflows.newOfType', { type: t(`settings.typeShort.${type}`) })}
          </button>
        ))}
      </div>
    </div>
  );
}
