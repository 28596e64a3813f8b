import { FilePlus, FolderOpen, Pencil, Trash } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Modal } from '../app/Modal.tsx';
import { useDialogs } from '../app/dialogs.tsx';
import { useDocumentsT } from '../app/documents-i18n.ts';
import { useProjects } from '../app/useProjects.ts';
import { useWorkspace } from '../app/workspace.tsx';
import { formatTimestamp } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import type { ProjectSummary } from '../persistence/library.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import './projects.css';

/**
 * Every project autosaved on this computer: name, date, workflows; open, rename, delete (asked
 * first), new project. The open project is listed with its live name and count, and cannot be
 * deleted from here.
 */
export function ProjectsDialog() {
  const t = useDocumentsT();
  const lang = useLang();
  const { document } = useStores();
  const { library } = useWorkspace();
  const { confirm, prompt } = useDialogs();
  const projects = useProjects();
  const close = useUi((s) => s.openDialog);
  const current = useDocument((s) => s.project);
  const [stored, setStored] = useState<readonly ProjectSummary[] | null>(null);
  const refresh = useCallback(() => void library?.list().then(setStored), [library]);
  useEffect(refresh, [refresh]);

  const live: ProjectSummary = { id: current.id, name: current.name, savedAt: Date.now(), workflows: current.workflows.length };
  const rows = [live, ...(stored ?? []).filter((p) => p.id !== current.id)];
  const savedAtOf = (p: ProjectSummary) => (p.id === current.id ? stored?.find((s) => s.id === p.id)?.savedAt : p.savedAt);
  const workflows = (count: number) => (count === 0 ? t('documents.workflows_zero') : t('documents.workflows', { count }));

  const rename = async (p: ProjectSummary) => {
    const name = await prompt({ title: t('documents.renameTitle'), label: t('documents.projectName'), initial: p.name, confirmLabel: t('documents.rename') });
    if (name === null) return;
    // The open project is renamed as an edit (undoable, autosaved); another one in the library.
    if (p.id === current.id) document.getState().apply((project) => ({ ...project, name }));
    else await library?.rename(p.id, name);
    refresh();
  };
  const remove = async (p: ProjectSummary) => {
    const ok = await confirm({ title: t('documents.deleteTitle'), message: t('documents.deleteMessage', { name: p.name, workflows: workflows(p.workflows) }), confirmLabel: t('documents.delete') });
    if (!ok) return;
    await library?.remove(p.id);
    refresh();
  };

  return (
    <Modal title={t('documents.projectsTitle')} onClose={() => close(null)} width={720} testId="projects-dialog">
      <div className="fb-projects-head">
        <p className="fb-help">{t('documents.projectsHelp')}</p>
        <button type="button" className="fb-button is-primary" onClick={() => void projects.create()} data-testid="projects-new">
          <FilePlus size={16} aria-hidden />
          {t('documents.newProject')}
        </button>
      </div>
      {/* data-loaded: the library has answered (end-to-end tests read the list only then). */}
      <ul className="fb-projects" aria-label={t('documents.projects')} data-testid="projects-list" data-loaded={stored !== null}>
        {rows.map((p) => {
          const isOpen = p.id === current.id;
          const savedAt = savedAtOf(p);
          return (
            <li key={p.id} className={`fb-project${isOpen ? ' is-open' : ''}`} data-testid="project-row" data-project-id={p.id} data-open={isOpen}>
              <div className="fb-project-text">
                <strong data-testid="project-row-name">{p.name}</strong>
                <small>
                  {workflows(p.workflows)}
                  {savedAt !== undefined ? ` · ${t('documents.savedAt', { date: formatTimestamp(savedAt, lang) })}` : ''}
                </small>
              </div>
              {isOpen ? (
                <span className="fb-project-badge">{t('documents.openNow')}</span>
              ) : (
                <button type="button" className="fb-button is-small" onClick={() => void projects.openStored(p.id)} data-testid="project-open">
                  <FolderOpen size={14} aria-hidden />
                  {t('documents.open')}
                </button>
              )}
              <button type="button" className="fb-icon-button" onClick={() => void rename(p)} aria-label={`${t('documents.rename')} ${p.name}`} title={t('documents.rename')} data-testid="project-rename">
                <Pencil size={14} />
              </button>
              <button
                type="button"
                className="fb-icon-button is-danger"
                disabled={isOpen}
                onClick={() => void remove(p)}
                aria-label={`${t('documents.delete')} ${p.name}`}
                title={isOpen ? t('documents.cannotDeleteOpen') : t('documents.delete')}
                data-testid="project-delete"
              >
                <Trash size={14} />
              </button>
            </li>
          );
        })}
      </ul>
      {stored !== null && rows.length === 0 ? <p className="fb-empty-small">{t('documents.empty')}</p> : null}
    </Modal>
  );
}
