import { FilePlus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTemplate, TEMPLATES } from '../../engine/templates/index.ts';
import { asProjectId, WORKFLOW_TYPES } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';
import { newProjectId } from '../bootstrap.ts';
import { useLang } from '../i18n/useLang.ts';
import { useStores, useUi } from '../stores/context.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';
import { useNewWorkflow } from './useNewWorkflow.ts';

/** The engine's five templates with previews, and a blank workflow of each type. */
export function TemplatesGallery() {
  const { t } = useTranslation();
  const lang = useLang();
  const { document } = useStores();
  const close = useUi((s) => s.openDialog);
  const select = useUi((s) => s.select);
  const create = useNewWorkflow();
  const projects = useMemo(() => TEMPLATES.map((info) => ({ info, project: buildTemplate(info.id, lang) })), [lang]);
  return (
    <Modal title={t('templatesGallery.title')} onClose={() => close(null)} width={980} testId="templates-gallery">
      <p className="fb-help">{t('templatesGallery.subtitle')}</p>
      <div className="fb-template-grid">
        {projects.map(({ info, project }) => (
          <button
            type="button"
            key={info.id}
            className="fb-template"
            data-testid={`template-${info.id}`}
            onClick={() => {
              document.getState().load({ ...project, id: asProjectId(newProjectId()) });
              select(null);
              close(null);
            }}
          >
            <TemplatePreview project={project} />
            <span className="fb-template-text">
              <strong>{info.name[lang]}</strong>
              <small>{info.description[lang]}</small>
              <span className="fb-template-meta">
                {info.workflowTypes.map((type) => t(`settings.typeShort.${type}`)).join(' · ')} · {t('templatesGallery.workflowCount', { count: project.workflows.length })}
              </span>
            </span>
          </button>
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
              create(type);
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
