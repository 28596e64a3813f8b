import { CopyPlus, FilePlus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTemplate, TEMPLATES } from '../../engine/templates/index.ts';
import { WORKFLOW_TYPES } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';
import { useDocumentsT } from '../app/documents-i18n.ts';
import { useProjects } from '../app/useProjects.ts';
import { useLang } from '../i18n/useLang.ts';
import { useUi } from '../stores/context.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';
import './projects.css';
import { useNewWorkflow } from './useNewWorkflow.ts';

/**
 * The engine's five templates with previews: each starts a new project (named by the user; the
 * open one stays in Projects) or is added into the open project. And a blank workflow of each type.
 */
export function TemplatesGallery() {
  const { t } = useTranslation();
  const lang = useLang();
  const d = useDocumentsT();
  const close = useUi((s) => s.openDialog);
  const { create, addInto } = useProjects();
  const createWorkflow = useNewWorkflow();
  const projects = useMemo(() => TEMPLATES.map((info) => ({ info, project: buildTemplate(info.id, lang) })), [lang]);
  return (
    <Modal title={t('templatesGallery.title')} onClose={() => close(null)} width={980} testId="templates-gallery">
      <p className="fb-help">{t('templatesGallery.subtitle')}</p>
      <div className="fb-template-grid">
        {projects.map(({ info, project }) => (
          <div key={info.id} className="fb-template">
            <button type="button" className="fb-template-main" data-testid={`template-${info.id}`} title={d('documents.newFromTemplateHint')} onClick={() => void create(project, info.name[lang])}>
              <TemplatePreview project={project} />
              <span className="fb-template-text">
                <strong>{info.name[lang]}</strong>
                <small>{info.description[lang]}</small>
                <span className="fb-template-meta">
                  {info.workflowTypes.map((type) => t(`settings.typeShort.${type}`)).join(' · ')} · {t('templatesGallery.workflowCount', { count: project.workflows.length })}
                </span>
              </span>
            </button>
            <div className="fb-template-actions">
              <button type="button" className="fb-button is-small is-primary" onClick={() => void create(project, info.name[lang])} title={d('documents.newFromTemplateHint')} data-testid={`template-new-${info.id}`}>
                <FilePlus size={14} aria-hidden />
                {d('documents.newFromTemplate')}
              </button>
              <button type="button" className="fb-button is-small" onClick={() => addInto(project, info.name[lang])} title={d('documents.addToProjectHint')} data-testid={`template-add-${info.id}`}>
                <CopyPlus size={14} aria-hidden />
                {d('documents.addToProject')}
              </button>
            </div>
          </div>
        ))}
      </div>
      <h3 className="fb-section-title">{t('templatesGallery.blank')}</h3>
      <p className="fb-help">{t('templatesGallery.blankHelp')}</p>
      <div className="fb-row">
        {WORKFLOW_TYPES.map((type) => (
          <button
            type="button"
            key={type}
            className="fb-button"
            data-testid={`blank-${type}`}
            onClick={() => {
              close(null);
              createWorkflow(type);
            }}
          >
            <FilePlus size={16} aria-hidden />
            {t(`settings.typeShort.${type}`)}
          </button>
        ))}
      </div>
    </Modal>
  );
}
