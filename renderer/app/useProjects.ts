import { useMemo } from 'react';
import { useBilingual } from '../i18n/bilingual.ts';
import { asProjectId, asWorkflowId, emptyProject, type Project } from '../../engine/model/index.ts';
import { newProjectId } from '../bootstrap.ts';
import { useStores } from '../stores/context.tsx';
import { addProjectInto } from '../stores/add-project.ts';
import { unreadableProject } from '../persistence/save-problem.ts';
import { useDialogs } from './dialogs.tsx';
import { useDocumentsT } from './documents-i18n.ts';
import { useLang } from '../i18n/useLang.ts';
import { useOpenDocument, useWorkspace } from './workspace.tsx';

export interface ProjectsApi {
  /** Asks for a name, then opens a new project (empty, or a copy of `from`, e.g. a template). */
  create(from?: Project, templateName?: string): Promise<boolean>;
  /** Opens a project of the library; the current one stays there. */
  openStored(id: string): Promise<boolean>;
  /** Adds a template's workflows and resources into the open project: one undo step. */
  addInto(source: Project, templateName: string): void;
}

export function useProjects(): ProjectsApi {
  const t = useDocumentsT();
  const stores = useStores();
  const { library } = useWorkspace();
  const lang = useLang();
  const { prompt } = useDialogs();
  const open = useOpenDocument();
  const both = useBilingual();
  return useMemo<ProjectsApi>(() => {
    const keptInLibrary = async (id: string) => (library ? await library.has(id) : false);
    const notify = (key: string, values: Record<string, unknown> = {}, tone: 'success' | 'error' = 'success') => stores.ui.getState().notify({ tone, message: both(key, values) });
    return {
      async create(from, templateName) {
        const name = await prompt({
          title: templateName ? t('documents.fromTemplateTitle', { template: templateName }) : t('documents.newProjectTitle'),
          label: t('documents.projectName'),
          confirmLabel: t('documents.create'),
          // From a template, its own name to start from (a marketer renames it or just confirms).
          ...(from ? { initial: from.name } : {}),
        });
        if (name === null) return false;
        const base = from ?? emptyProject(asProjectId('new'), name, lang);
        const previous = stores.document.getState().project.id;
        const opened = await open({ ...base, id: asProjectId(newProjectId()), name });
        if (opened) {
          stores.ui.getState().openDialog(null);
          // "The previous project stays in Projects" only when it does (an untouched new project is never saved).
          notify((await keptInLibrary(previous)) ? 'documents.created' : 'documents.createdAlone', { name });
        }
        return opened;
      },
      async openStored(id) {
        const project = await library?.read(id);
        if (!project) {
          // Why it does not open, its place named, when the library can tell.
          const problem = (await library?.problem(id)) ?? null;
          stores.ui.getState().notify({ tone: 'error', message: unreadableProject(problem), topic: 'open-file' });
          return false;
        }
        const previous = stores.document.getState().project.id;
        const opened = await open(project, { fromLibrary: true });
        if (opened) {
          stores.ui.getState().openDialog(null);
          notify((await keptInLibrary(previous)) ? 'documents.opened' : 'documents.openedAlone', { name: project.name });
        }
        return opened;
      },
      addInto(source, templateName) {
        const document = stores.document.getState();
        const { project, workflowIds, scoring, expectations } = addProjectInto(document.project, source);
        document.apply(() => project);
        // Show the first added workflow.
        if (workflowIds[0]) stores.document.getState().setActiveWorkflow(asWorkflowId(workflowIds[0]));
        stores.ui.getState().select(null);
        stores.ui.getState().openDialog(null);
        // What came along besides the workflows, and what did not, in the same toast.
        const parts = [
          both('documents.added', { count: workflowIds.length, template: templateName, project: project.name }),
          ...(scoring === 'added' ? [both('documents.addedScoring')] : scoring === 'kept-own' ? [both('documents.addedScoringKept')] : []),
          ...(expectations.added > 0 ? [both('documents.addedTests', { count: expectations.added })] : []),
          ...(expectations.leftOut > 0 ? [both('documents.addedTestsLeftOut', { count: expectations.leftOut })] : []),
        ];
        stores.ui.getState().notify({ tone: 'success', message: { fr: parts.map((p) => p.fr).join(' '), en: parts.map((p) => p.en).join(' ') } });
      },
    };
  }, [stores, library, prompt, open, t, both, lang]);
}
