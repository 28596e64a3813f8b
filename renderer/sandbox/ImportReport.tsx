import { useTranslation } from 'react-i18next';
import type { CsvImport } from '../../engine/csv/index.ts';
import { useLang } from '../i18n/useLang.ts';

const SHOWN_ERRORS = 200;

/** The rows that will not be imported, with their line and reason, and the final choice. */
export function ImportReport({ result, hasContacts, replace, already, onReplace, onCancel, onImport, onCreateLists }: {
  result: CsvImport;
  /** Creates the static segments the file names that the project lacks, then checks the rows again. */
  onCreateLists?: () => void;
  hasContacts: boolean;
  replace: boolean;
  /** Valid rows already in the sandbox (same e-mail or record id): not added again when adding. */
  already: number;
  onReplace: (replace: boolean) => void;
  onCancel: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const bad = result.errors.length;
  const valid = result.contacts.length;
  // What the import adds: in "add" mode, the valid rows not already in the sandbox.
  const adding = valid - (replace ? 0 : already);
  return (
    <div className="fb-sb-form" data-testid="import-report">
      <div className={`fb-sb-summary${bad > 0 ? ' is-bad' : ''}`} data-testid="import-summary">
        {t('sandbox.csv.report', { valid, bad, total: result.total })}
      </div>
      {bad > 0 ? (
        <div className="fb-sb-scroll">
          <table className="fb-sb-grid fb-sb-errors" data-testid="import-errors">
            <thead>
              <tr>
                <th>{t('sandbox.csv.line')}</th>
                <th>{t('sandbox.csv.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                <tr key={i} data-testid="import-error">
                  <td>{e.line}</td>
                  <td style={{ whiteSpace: 'normal' }}>{e.reason[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > SHOWN_ERRORS ? <div className="fb-sb-muted">{t('sandbox.csv.more', { count: bad - SHOWN_ERRORS })}</div> : null}
        </div>
      ) : null}
      {result.unknownLists.length > 0 && onCreateLists ? (
        <div className="fb-sb-muted" role="note" data-testid="import-unknown-lists">
          {t('sandbox.csv.unknownLists', { count: result.unknownLists.length, names: result.unknownLists.map((n) => (lang === 'fr' ? `«\u00a0${n}\u00a0»` : `“${n}”`)).join(', ') })}{' '}
          <button type="button" className="fb-button is-small" onClick={onCreateLists} data-testid="import-create-lists">
            {t('sandbox.csv.createLists', { count: result.unknownLists.length })}
          </button>
        </div>
      ) : null}
      {result.bidiRemoved > 0 ? (
        <div className="fb-sb-muted" role="note" data-testid="import-bidi">
          {t('sandbox.csv.bidiRemoved', { count: result.bidiRemoved })}
        </div>
      ) : null}
      {hasContacts ? (
        <label className="is-inline">
          {t('sandbox.csv.into')}
          <select className="fb-input" value={replace ? 'replace' : 'add'} onChange={(e) => onReplace(e.target.value === 'replace')} data-testid="import-mode">
            <option value="add">{t('sandbox.csv.addTo')}</option>
            <option value="replace">{t('sandbox.csv.replaceAll')}</option>
          </select>
        </label>
      ) : null}
      {!replace && already > 0 ? (
        <div className="fb-sb-muted" role="status" data-testid="import-already">
          {t('sandbox.csv.already', { count: already })}
        </div>
      ) : null}
      {valid === 0 ? <div className="fb-sb-fatal">{t('sandbox.csv.nothing')}</div> : null}
      <div className="fb-sb-actions">
        <button type="button" className="fb-button" onClick={onCancel} data-testid="import-cancel">
          {t('sandbox.cancel')}
        </button>
        <button type="button" className="fb-button is-primary" disabled={adding === 0} onClick={onImport} data-testid="import-run">
          {bad > 0 ? t('sandbox.csv.importValid', { count: adding, bad }) : t('sandbox.csv.importAll', { count: adding })}
        </button>
      </div>
    </div>
  );
}
