import { Modal } from '../app/Modal.tsx';
import { useText } from '../i18n/useLang.ts';
import { useHubSpotT } from './hubspot-i18n.ts';
import { useHubSpotView, useHubSpotViewStore, type CreatedKind, type ImportReport } from './view.tsx';

/** At most this many names per kind of created resource; "…" says there are more. */
const NAMES_SHOWN = 6;
const KINDS: readonly CreatedKind[] = ['emails', 'lists', 'forms', 'properties'];

/**
 * What an import from HubSpot added and what it could not read as is: the workflows (renamed
 * where the project already had the name), the resources created in Resources and those found
 * already there, then each placeholder step named after its HubSpot action, each approximation
 * and each left-out condition, with the JSON path it came from.
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
      <p className="fb-dialog-message" data-testid="import-added">
        {t('hubspot.imported', { count: report.workflows.length, project: report.project })}
      </p>
      {report.renamed.map((r, i) => (
        <p key={i} className="fb-dialog-message" data-testid="import-renamed">
          {t('hubspot.reportRenamed', { from: r.from, to: r.to })}
        </p>
      ))}
      {report.skipped.map((line, i) => (
        <p key={i} className="fb-dialog-message" data-testid="import-skipped">
          {text(line)}
        </p>
      ))}
      <CreatedResources report={report} />
      {/* "Read as it is" only when nothing was left out, defaulted or approximated: never beside a note or a skipped workflow. */}
      {report.notes.length > 0 || report.skipped.length === 0 ? (
        <p className="fb-dialog-message" data-testid="import-summary">
          {report.notes.length === 0 ? t('hubspot.reportClean') : t('hubspot.reportIntro', { count: report.notes.length })}
        </p>
      ) : null}
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

/** The resources the import added (by kind, their names), and how many of the project's it reused. */
function CreatedResources({ report }: { report: ImportReport }) {
  const t = useHubSpotT();
  const kinds = KINDS.filter((k) => report.created[k].length > 0);
  const reused = (['emails', 'lists', 'forms'] as const).filter((k) => report.reused[k] > 0).map((k) => t(`hubspot.createdKind.${k}`, { count: report.reused[k] }));
  return (
    <>
      {kinds.length > 0 ? (
        <div className="hs-report-created" data-testid="import-created">
          <p className="fb-dialog-message">{t('hubspot.reportCreated')}</p>
          <ul>
            {kinds.map((k) => {
              const names = report.created[k];
              const shown = names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ', …' : '');
              return (
                <li key={k} data-kind={k}>
                  <strong>{t(`hubspot.createdKind.${k}`, { count: names.length })}</strong> ({shown})
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {reused.length > 0 ? (
        <p className="fb-dialog-message" data-testid="import-reused">
          {t('hubspot.reportReused', { what: reused.join(', ') })}
        </p>
      ) : null}
    </>
  );
}
