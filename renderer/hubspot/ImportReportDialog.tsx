import { Modal } from '../app/Modal.tsx';
import { useText } from '../i18n/useLang.ts';
import { useHubSpotT } from './hubspot-i18n.ts';
import { useHubSpotView, useHubSpotViewStore } from './view.tsx';

/**
 * What an import from HubSpot added and what it could not read as is: each placeholder step
 * named after its HubSpot action, each approximation and each left-out condition, with the JSON
 * path it came from.
 */
export function ImportReportDialog() {
  const t = useHubSpotT();
  const text = useText();
  const view = useHubSpotViewStore();
  const report = useHubSpotView((s) => s.report);
  if (!report) return null;
  const close = () => view.getState().showReport(null);
  return (
    <Modal title={t('hubspot.reportTitle')} onClose={close} width={640} testId="hubspot-import-report">
      <ul className="hs-report-workflows">
        {report.workflows.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
      </ul>
      <p className="fb-dialog-message">{report.notes.length === 0 ? t('hubspot.reportClean') : t('hubspot.reportIntro', { count: report.notes.length })}</p>
      {report.notes.length > 0 ? (
        <ul className="hs-report-notes">
          {report.notes.map((note, i) => (
            <li key={i} className={`is-${note.kind}`} data-testid="import-note" data-kind={note.kind}>
              <span className={`hs-note-kind is-${note.kind}`}>{t(`hubspot.${note.kind}`)}</span>
              <span>{text(note.message)}</span>
              {note.path ? <code className="hs-note-path">{note.path}</code> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="fb-modal-actions">
        <button type="button" className="fb-button is-primary" onClick={close} data-testid="import-report-close">
          {t('hubspot.done')}
        </button>
      </div>
    </Modal>
  );
}
