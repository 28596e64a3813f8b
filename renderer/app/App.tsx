import { ReactFlowProvider } from '@xyflow/react';
import { useDocument, useUi } from '../stores/context.tsx';
import { activeWorkflow } from '../stores/document.ts';
import { FlowCanvas } from '../canvas/FlowCanvas.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { ProblemsPanel } from '../panels/ProblemsPanel.tsx';
import { ResourcesPanel } from '../panels/ResourcesPanel.tsx';
import { ProjectsDialog } from '../panels/ProjectsDialog.tsx';
import { TemplatesGallery } from '../panels/TemplatesGallery.tsx';
import { WorkflowsSidebar } from '../panels/WorkflowsSidebar.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { DialogHost } from './DialogHost.tsx';
import { DropZone } from './DropZone.tsx';
import { EmptyCanvas } from './EmptyCanvas.tsx';
import { Toasts } from './Toasts.tsx';
import { TopBar } from './TopBar.tsx';
import { SandboxLayer } from '../sandbox/SandboxLayer.tsx';
import { ProgrammeLayer } from '../programme/ProgrammeMapView.tsx';
import { useSim } from '../simulator/context.tsx';
import { SimulatePanel } from '../simulator/SimulatePanel.tsx';
import { SimulateTimeline } from '../simulator/SimulateLayer.tsx';
import { DesktopHost } from '../platform/DesktopHost.tsx';
import { HubSpotLayer } from '../hubspot/HubSpotLayer.tsx';
import { ExpectRunner } from '../expect/useExpect.ts';

/** The editor shell: top bar, workflows on the left, the diagram, the inspector on the right. */
export function App() {
  const workflow = useDocument(activeWorkflow);
  const sidePanel = useUi((s) => s.sidePanel);
  const dialog = useUi((s) => s.dialog);
  const simulating = useSim((s) => s.active);
  return (
    <div className={`fb-app${simulating ? ' is-simulating' : ''}`}>
      <TopBar />
      <div className="fb-main">
        <WorkflowsSidebar />
        <main className="fb-center">
          <ReactFlowProvider>{workflow ? <FlowCanvas key={workflow.id} workflow={workflow} /> : <EmptyCanvas />}</ReactFlowProvider>
          {sidePanel === 'problems' ? <ProblemsPanel /> : null}
          <SimulateTimeline />
        </main>
        {/* In Simulate, Resources asked for shows in the simulation panel's place until closed (the button did nothing there); the panel stays mounted, scrolled where it was. */}
        {simulating ? <SimulatePanel workflow={workflow} covered={sidePanel === 'resources'} /> : null}
        {sidePanel === 'resources' ? <ResourcesPanel /> : !simulating && workflow ? <Inspector workflow={workflow} /> : null}
      </div>
      {dialog === 'templates' ? <TemplatesGallery /> : null}
      {dialog === 'export' ? <ExportDialog /> : null}
      {dialog === 'projects' ? <ProjectsDialog /> : null}
      <SandboxLayer />
      <HubSpotLayer />
      <ProgrammeLayer />
      <ExpectRunner />
      <DropZone />
      <Toasts />
      <DialogHost />
      <DesktopHost />
    </div>
  );
}
