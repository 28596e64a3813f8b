import { ImportReportDialog } from './ImportReportDialog.tsx';
import { MappingDialog } from './MappingDialog.tsx';
import { useHubSpotView } from './view.tsx';
import './hubspot.css';

/** Mounted once in the app shell: the id mapping dialog and the last import's report, when asked for. */
export function HubSpotLayer() {
  const mapping = useHubSpotView((s) => s.mapping !== null);
  const report = useHubSpotView((s) => s.report !== null);
  return (
    <>
      {mapping ? <MappingDialog /> : null}
      {report ? <ImportReportDialog /> : null}
    </>
  );
}
