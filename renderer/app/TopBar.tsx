import { Download, FolderOpen, FolderKanban, LayoutTemplate, Library, Redo2, TriangleExclamationPoint, Undo2, Workflow as WorkflowIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useOpenProject } from '../export/useOpenProject.ts';
import { useDocumentsT } from './documents-i18n.ts';
import { useFindings } from '../panels/useFindings.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { ContactsButton } from '../sandbox/SandboxLayer.tsx';
import { SimulateButton } from '../simulator/SimulateLayer.tsx';
import { ScoringButton } from '../scoring/ScoringButton.tsx';
import { ProjectNameInput } from './ProjectNameInput.tsx';

/** Project name, save state, history and the file and panel actions. */
export function TopBar() {
  const { t } = useTranslation();
  const d = useDocumentsT();
  const { document } = useStores();
  const name = useDocument((s) => s.project.name);
  const dirty = useDocument((s) => s.revision !== s.savedRevision);
  const canUndo = useDocument((s) => s.past.length > 0);
  const canRedo = useDocument((s) => s.future.length > 0);
  const sidePanel = useUi((s) => s.sidePanel);
  const toggle = useUi((s) => s.toggleSidePanel);
  const openDialog = useUi((s) => s.openDialog);
  const { openFromPicker } = useOpenProject();
  const findings = useFindings();
  const problems = findings.filter((f) => f.severity !== 'info').length;

  return (
    <header className="fb-topbar">
      <div className="fb-brand">
        <WorkflowIcon size={18} aria-hidden />
        <span>{t('app.name')}</span>
      </div>
      <ProjectNameInput name={name} label={t('app.projectName')} required={t('inspector.required')} onChange={(value) => document.getState().apply((p) => ({ ...p, name: value }), { coalesce: 'project-name' })} />
      <span className={`fb-save-state${dirty ? ' is-dirty' : ''}`} data-testid="save-state" data-dirty={dirty} title={dirty ? t('app.unsaved') : t('app.saved')}>
        <span className="fb-save-dot" aria-hidden />
        <span className="fb-save-text">{dirty ? t('app.unsaved') : t('app.saved')}</span>
      </span>
      <div className="fb-topbar-group">
        <button type="button" className="fb-icon-button" disabled={!canUndo} onClick={() => document.getState().undo()} title={`${t('app.undo')} (Ctrl+Z)`} aria-label={t('app.undo')} data-testid="undo">
          <Undo2 size={16} />
        </button>
        <button type="button" className="fb-icon-button" disabled={!canRedo} onClick={() => document.getState().redo()} title={`${t('app.redo')} (Ctrl+Shift+Z)`} aria-label={t('app.redo')} data-testid="redo">
          <Redo2 size={16} />
        </button>
      </div>
      <div className="fb-topbar-spacer" />
      <div className="fb-topbar-group fb-topbar-files">
        <button type="button" className="fb-button is-ghost" onClick={() => openDialog('projects')} title={d('documents.projects')} data-testid="open-projects">
          <FolderKanban size={16} aria-hidden />
          {d('documents.projects')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => openDialog('templates')} title={t('app.templates')} data-testid="open-templates">
          <LayoutTemplate size={16} aria-hidden />
          {t('app.templates')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => void openFromPicker()} title={t('app.import')} data-testid="open-file">
          <FolderOpen size={16} aria-hidden />
          {t('app.import')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => openDialog('export')} title={t('app.export')} data-testid="open-export">
          <Download size={16} aria-hidden />
          {t('app.export')}
        </button>
      </div>
      <div className="fb-topbar-group">
        <SimulateButton />
        <ContactsButton />
        <ScoringButton />
        <button type="button" className={`fb-button is-ghost${sidePanel === 'resources' ? ' is-on' : ''}`} onClick={() => toggle('resources')} title={t('app.resources')} data-testid="toggle-resources">
          <Library size={16} aria-hidden />
          {t('app.resources')}
        </button>
        <button type="button" className={`fb-button is-ghost${sidePanel === 'problems' ? ' is-on' : ''}`} onClick={() => toggle('problems')} title={t('app.problems')} data-testid="toggle-problems">
          <TriangleExclamationPoint size={16} aria-hidden />
          {t('app.problems')}
          {problems > 0 ? <span className="fb-count" data-testid="problem-count">{problems}</span> : null}
        </button>
      </div>
      <LanguageSwitcher />
    </header>
  );
}
