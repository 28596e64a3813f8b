import { Plus, Trash, Workflow as WorkflowIcon } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT, WORKFLOW_TYPES, type WorkflowId } from '../../engine/model/index.ts';
import { usesOf } from '../../engine/edit/index.ts';
import { useDialogs } from '../app/dialogs.tsx';
import { useLang } from '../i18n/useLang.ts';
import { usesText } from './uses-text.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { useFindings } from './useFindings.ts';
import { useNewWorkflow } from './useNewWorkflow.ts';
import { ProgrammeButton } from '../programme/ProgrammeMapView.tsx';
import { sidebarNames } from './WorkflowListNames.ts';

/** The project's workflows; one is open on the canvas. */
export function WorkflowsSidebar() {
  const { t } = useTranslation();
  const { document } = useStores();
  const workflows = useDocument((s) => s.project.workflows);
  const active = useDocument((s) => s.activeWorkflowId);
  const select = useUi((s) => s.select);
  const create = useNewWorkflow();
  const findings = useFindings();
  const dialogs = useDialogs();
  const [menu, setMenu] = useState(false);
  const names = sidebarNames(workflows.map((w) => w.name));
  const lang = useLang();
  /** The question before deleting: with what uses the workflow (left to fix afterwards), when something does. */
  const removeMessage = (id: WorkflowId, name: string) => {
    const uses = usesOf(document.getState().project, 'workflow', id);
    return uses.length > 0 ? t('workflows.confirmRemoveUsed', { name, uses: usesText(uses, lang) }) : t('workflows.confirmRemove', { name });
  };
  const open = (id: WorkflowId) => {
    document.getState().setActiveWorkflow(id);
    select(null);
  };
  return (
    <nav className="fb-sidebar" aria-label={t('workflows.title')} data-testid="workflows-sidebar">
      <div className="fb-sidebar-head">
        <span>{t('workflows.title')}</span>
        <ProgrammeButton />
        <button type="button" className="fb-icon-button" onClick={() => setMenu((m) => !m)} aria-label={t('workflows.new')} title={t('workflows.new')} data-testid="new-workflow">
          <Plus size={16} />
        </button>
      </div>
      {menu ? (
        <div className="fb-menu" role="menu">
          {WORKFLOW_TYPES.map((type) => (
            <button
              type="button"
              role="menuitem"
              key={type}
              className="fb-menu-item"
              data-testid={`new-workflow-${type}`}
              onClick={() => {
                setMenu(false);
                create(type);
              }}
            >
              {t(`settings.types.${type}`)}
              <span className="fb-menu-item-help">{t(`settings.typeHelp.${type}`)}</span>
            </button>
          ))}
        </div>
      ) : null}
      <ul className="fb-workflow-list">
        {workflows.map((w, i) => {
          const name = names[i]!;
          const errors = findings.filter((f) => f.workflow === w.id && f.severity === 'error').length;
          return (
            <li key={w.id}>
              <button type="button" className={`fb-workflow-item${w.id === active ? ' is-active' : ''}`} onClick={() => open(w.id)} onDoubleClick={() => select(ENROLLMENT)} data-testid="workflow-item">
                <WorkflowIcon size={15} aria-hidden />
                <span className="fb-workflow-name">
                  <span title={name.whole} data-testid="workflow-name">
                    {name.shown}
                  </span>
                  <small>
                    {t(`settings.typeShort.${w.timing.type}`)} · {t('workflows.steps', { count: w.steps.length })}
                    {!w.enabled ? ` · ${t('workflows.disabled')}` : ''}
                  </small>
                </span>
                {errors > 0 ? <span className="fb-dot-error" title={t('problems.error')} /> : null}
              </button>
              {w.id === active ? (
                <button
                  type="button"
                  className="fb-icon-button fb-workflow-remove"
                  aria-label={t('workflows.remove')}
                  title={t('workflows.remove')}
                  data-testid="remove-workflow"
                  onClick={() =>
                    void dialogs.confirm({ title: t('workflows.remove'), message: removeMessage(w.id, w.name), confirmLabel: t('workflows.deleteButton') }).then((ok) => {
                      if (ok) document.getState().apply((p) => ({ ...p, workflows: p.workflows.filter((x) => x.id !== w.id) }));
                    })
                  }
                >
                  <Trash size={14} />
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {workflows.length === 0 ? <p className="fb-empty-small">{t('canvas.noWorkflowTitle')}</p> : null}
    </nav>
  );
}
