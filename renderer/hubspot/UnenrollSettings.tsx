import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSettingsPatch } from '../../engine/edit/index.ts';
import { NO_CRITERIA, type ListId, type Project, type Workflow } from '../../engine/model/index.ts';
import { CriteriaBuilder } from '../inspector/criteria/CriteriaBuilder.tsx';
import { Checkbox } from '../inspector/fields.tsx';
import { useHubSpotT } from './hubspot-i18n.ts';

/**
 * The unenrollment settings grouped as HubSpot's workflow settings group them since 2025
 * ("Unenroll contacts who…"): no longer meet the enrollment triggers, meet the goal, join a
 * suppression segment.
 */
export function UnenrollSettings({ workflow, project, patch }: { workflow: Workflow; project: Project; patch: (p: WorkflowSettingsPatch) => void }) {
  const { t } = useTranslation();
  const th = useHubSpotT();
  const e = workflow.enrollment;
  return (
    <section className="fb-section" data-testid="settings-unenroll">
      <h3 className="fb-section-title">{th('hubspot.unenrollTitle')}</h3>
      <p className="fb-help">{th('hubspot.unenrollHelp')}</p>
      <Checkbox label={t('settings.unenrollWhenNotMatching')} checked={e.unenrollWhenNotMatching} onChange={(v) => patch({ enrollment: { ...e, unenrollWhenNotMatching: v } })} testId="settings-unenroll-not-matching" />
      <div className="hs-unenroll-item" data-testid="settings-goal">
        <h4 className="hs-unenroll-title">{t('settings.goal')}</h4>
        <p className="fb-help">{t('settings.goalHelp')}</p>
        {workflow.goal ? (
          <>
            <CriteriaBuilder criteria={workflow.goal} project={project} testId="goal" onChange={(goal) => patch({ goal })} />
            <button type="button" className="fb-link-button" onClick={() => patch({ goal: null })}>
              {t('settings.removeGoal')}
            </button>
          </>
        ) : (
          <button type="button" className="fb-button is-small" onClick={() => patch({ goal: NO_CRITERIA })} data-testid="add-goal">
            <Plus size={14} aria-hidden /> {t('settings.addGoal')}
          </button>
        )}
      </div>
      <div className="hs-unenroll-item" data-testid="settings-suppression">
        <h4 className="hs-unenroll-title">{t('settings.suppression')}</h4>
        <p className="fb-help">{t('settings.suppressionHelp')}</p>
        {project.lists.length === 0 ? <p className="fb-empty-small">{t('resources.emptyLists')}</p> : null}
        <div className="fb-chips">
          {project.lists.map((l) => {
            const on = workflow.suppressionLists.includes(l.id);
            return (
              <label key={l.id} className={`fb-chip${on ? ' is-on' : ''}`}>
                <input type="checkbox" checked={on} onChange={(ev) => patch({ suppressionLists: ev.target.checked ? [...workflow.suppressionLists, l.id] : workflow.suppressionLists.filter((x: ListId) => x !== l.id) })} />
                {l.name}
              </label>
            );
          })}
        </div>
      </div>
    </section>
  );
}
