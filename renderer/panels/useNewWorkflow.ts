import { useTranslation } from 'react-i18next';
import { emptyWorkflow, ENROLLMENT, freshId, type WorkflowTiming, type WorkflowType } from '../../engine/model/index.ts';
import { useStores } from '../stores/context.tsx';

/** Adds a blank workflow of a type to the project, opens it and shows its settings. */
export function useNewWorkflow(): (type: WorkflowType) => void {
  const { t } = useTranslation();
  const { document, ui } = useStores();
  return (type) => {
    const project = document.getState().project;
    const id = freshId('workflow', new Set(project.workflows.map((w) => w.id)));
    const timing: WorkflowTiming =
      type === 'fixed-date'
        ? { type, anchorDate: project.simulation.startDate }
        : type === 'date-property'
          ? { type, anchorProperty: 'birthday', recurAnnually: true }
          : { type: 'contact' };
    const workflow = emptyWorkflow(id, t('workflows.untitled'), timing);
    document.getState().apply((p) => ({ ...p, workflows: [...p.workflows, workflow] }));
    document.getState().setActiveWorkflow(workflow.id);
    ui.getState().setSidePanel(null);
    ui.getState().select(ENROLLMENT);
  };
}
