import { ClipboardList, FileJson, FileText, Image as ImageIcon, PenTool, Workflow as WorkflowIcon } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/Modal.tsx';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useDocument, useStores, useUi } from '../stores/context.tsx';
import { activeWorkflow } from '../stores/document.ts';
import { exportFile, type ExportFormat } from './exporters.ts';
import { IncludeContactsOption, withSandboxContacts } from '../sandbox/IncludeContacts.tsx';
import { useHubSpotBoth, useHubSpotT } from '../hubspot/hubspot-i18n.ts';
import { useHubSpotViewStore } from '../hubspot/view.tsx';
import { exportBuildSheet, exportHubSpotFlow, HubSpotExportBlocked, type SheetFormat } from './hubspotExport.ts';
import { ReportStale, useReportExport } from '../programme/ReportExport.tsx';
import { useProgrammeT } from '../programme/i18n.ts';

type Choice = ExportFormat | 'hubspot' | 'sheet' | 'report';

/**
 * JSON, PNG (1x-3x, white or transparent) or SVG of the whole diagram; the active workflow for
 * HubSpot (v4 JSON body, checked by the pre-flight first) or as a build sheet (Markdown / HTML);
 * the HTML report. Download writes the file chosen; for a report of a run the project has moved
 * on from, the notice under the choices has the two ways to write it instead.
 */
export function ExportDialog() {
  const { t } = useTranslation();
  const th = useHubSpotT();
  const tp = useProgrammeT();
  const both = useHubSpotBoth();
  const hubspotView = useHubSpotViewStore();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const project = useDocument((s) => s.project);
  const workflow = useDocument(activeWorkflow);
  const close = useUi((s) => s.openDialog);
  const [format, setFormat] = useState<Choice>(workflow ? 'png' : 'json');
  const [sheetFormat, setSheetFormat] = useState<SheetFormat>('html');
  const [scale, setScale] = useState<1 | 2 | 3>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [busy, setBusy] = useState(false);
  const report = useReportExport(() => close(null));

  const run = async () => {
    if (format === 'report') return report.write();
    setBusy(true);
    try {
      const name =
        format === 'hubspot' && workflow
          ? await exportHubSpotFlow(project, workflow, platform)
          : format === 'sheet' && workflow
            ? await exportBuildSheet(project, workflow, lang, sheetFormat, platform)
            : await exportFile({ format: format === 'hubspot' || format === 'sheet' ? 'json' : format, project: withSandboxContacts(project), workflow, scale, background, lang, t }, platform);
      ui.getState().notify({ tone: 'success', message: both('exportDialog.done', { name }), topic: 'export' });
      close(null);
    } catch (error) {
      if (error instanceof HubSpotExportBlocked) {
        // No broken file: the pre-flight list says what to fix, one click from each problem.
        hubspotView.getState().setProblemsTab('preflight');
        ui.getState().setSidePanel('problems');
        ui.getState().notify({ tone: 'error', message: both('hubspot.blocked', { count: error.blocking }), topic: 'export' });
        close(null);
        return;
      }
      ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error), topic: 'export' });
    } finally {
      setBusy(false);
    }
  };

  const options: { id: Choice; icon: typeof FileJson; label: string; help: string; disabled?: boolean }[] = [
    { id: 'png', icon: ImageIcon, label: t('exportDialog.png'), help: t('exportDialog.imageHelp'), disabled: !workflow },
    { id: 'svg', icon: PenTool, label: t('exportDialog.svg'), help: t('exportDialog.imageHelp'), disabled: !workflow },
    { id: 'json', icon: FileJson, label: t('exportDialog.json'), help: t('exportDialog.jsonHelp') },
    { id: 'hubspot', icon: WorkflowIcon, label: th('hubspot.exportLabel'), help: th('hubspot.exportHelp'), disabled: !workflow },
    { id: 'sheet', icon: ClipboardList, label: th('hubspot.sheetLabel'), help: th('hubspot.sheetHelp'), disabled: !workflow },
    { id: 'report', icon: FileText, label: tp('programme.report'), help: tp('programme.reportHint') },
  ];
  return (
    <Modal title={t('exportDialog.title')} onClose={() => close(null)} width={520} testId="export-dialog">
      <div className="fb-choice-list" role="radiogroup">
        {options.map((o) => (
          <label key={o.id} className={`fb-choice${format === o.id ? ' is-checked' : ''}${o.disabled ? ' is-disabled' : ''}`}>
            <input type="radio" name="format" value={o.id} checked={format === o.id} disabled={o.disabled} onChange={() => setFormat(o.id)} data-testid={`export-format-${o.id}`} />
            <o.icon size={18} aria-hidden />
            <span>
              <strong>{o.label}</strong>
              <small>{o.help}</small>
            </span>
          </label>
        ))}
      </div>
      {format === 'png' ? (
        <div className="fb-row">
          <div className="fb-field">
            <span className="fb-label">{t('exportDialog.scale')}</span>
            <div className="fb-segmented">
              {([1, 2, 3] as const).map((s) => (
                <button type="button" key={s} className={scale === s ? 'is-on' : ''} onClick={() => setScale(s)} data-testid={`export-scale-${s}`}>
                  {s}×
                </button>
              ))}
            </div>
          </div>
          <div className="fb-field">
            <span className="fb-label">{t('exportDialog.background')}</span>
            <div className="fb-segmented">
              {(['white', 'transparent'] as const).map((b) => (
                <button type="button" key={b} className={background === b ? 'is-on' : ''} onClick={() => setBackground(b)} data-testid={`export-bg-${b}`}>
                  {t(`exportDialog.${b}`)}
                </button>
              ))}
            </div>
          </div>
        </div>
      ) : null}
      {format === 'sheet' ? (
        <div className="fb-field">
          <span className="fb-label">{th('hubspot.sheetFormat')}</span>
          <div className="fb-segmented">
            {(['html', 'md'] as const).map((f) => (
              <button type="button" key={f} className={sheetFormat === f ? 'is-on' : ''} onClick={() => setSheetFormat(f)} data-testid={`export-sheet-${f}`}>
                {th(f === 'md' ? 'hubspot.markdown' : 'hubspot.html')}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {format === 'report' ? <ReportStale report={report} /> : null}
      {format === 'hubspot' || format === 'sheet' || format === 'report' ? null : <IncludeContactsOption />}
      <div className="fb-modal-actions">
        {format === 'hubspot' ? (
          <button
            type="button"
            className="fb-button is-ghost fb-modal-aside"
            onClick={() => {
              close(null);
              hubspotView.getState().openMapping();
            }}
            data-testid="export-hubspot-ids"
          >
            {th('hubspot.mapIds')}
          </button>
        ) : null}
        <button type="button" className="fb-button" onClick={() => close(null)}>
          {t('actions.cancel')}
        </button>
        {format === 'report' && report.outdated ? null : (
          <button type="button" className="fb-button is-primary" disabled={busy || report.busy !== null} onClick={() => void run()} data-testid="export-download">
            {t('exportDialog.download')}
          </button>
        )}
      </div>
    </Modal>
  );
}
