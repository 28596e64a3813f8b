import { ReactFlowProvider } from '@xyflow/react';
import { useDocument, useUi } from '../stores/context.tsx';
import { activeWorkflow } from '../stores/document.ts';
import { FlowCanvas } from '../canvas/FlowCanvas.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { ProblemsPanel } from '../panels/ProblemsPanel.tsx';
import { ResourcesPanel } from '../panels/ResourcesPanel.tsx';
import { TemplatesGallery } from '../panels/TemplatesGallery.tsx';
import { WorkflowsSidebar } from '../panels/WorkflowsSidebar.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { DropZone } from './DropZone.tsx';
import { EmptyCanvas } from './EmptyCanvas.tsx';
import { Toasts } from './Toasts.tsx';
import { TopBar } from './TopBar.tsx';
import { SandboxLayer } from '../sandbox/SandboxLayer.tsx';
import { DesktopHost } from '../platform/DesktopHost.tsx';

/** The editor shell: top bar, workflows on the left, the diagram, the inspector on the right. */
export function App() {
  const workflow = useDocument(activeWorkflow);
  const sidePanel = useUi((s) => s.sidePanel);
  const dialog = useUi((s) => s.dialog);
  return (
    <div className="fb-app">
      <TopBar />
      <div className="fb-main">
        <WorkflowsSidebar />
        <main className="fb-center">
          <ReactFlowProvider>{workflow ? <FlowCanvas key={workflow.id} workflow={workflow} /> : <EmptyCanvas />}</ReactFlowProvider>
          {sidePanel === 'problems' ? <ProblemsPanel /> : null}
        </main>
        {sidePanel === 'resources' ? <ResourcesPanel /> : workflow ? <Inspector workflow={workflow} /> : null}
      </div>
      {dialog === 'templates' ? <TemplatesGallery /> : null}
      {dialog === 'export' ? <ExportDialog /> : null}
      <SandboxLayer />
      <DropZone />
      <Toasts />
      <DesktopHost />
    </div>
  );
}
