import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IGNORE, targetKey, type ColumnMapping, type ColumnTarget, type CsvImport, alreadyThere } from '../../engine/csv/index.ts';
import { allProperties, asListId, freshId, type Localized, type Project, type StaticList } from '../../engine/model/index.ts';
import { useStores } from '../stores/context.tsx';
import { Modal } from '../app/Modal.tsx';
import { useLang } from '../i18n/useLang.ts';
import type { OpenedFile } from '../platform/index.ts';
import { useSandbox } from './context.tsx';
import { ImportReport } from './ImportReport.tsx';
import type { CsvPreview } from './worker-protocol.ts';

type Step = { kind: 'reading' } | { kind: 'fatal'; reason: Localized } | { kind: 'mapping'; preview: CsvPreview } | { kind: 'parsing'; rows: number } | { kind: 'report'; result: CsvImport } | { kind: 'writing'; controller: AbortController; count: number };

const DELIMITERS: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function decodeTarget(key: string): ColumnTarget {
  if (key === 'id' || key === 'lists' || key === 'persona') return { kind: key };
  if (key.startsWith('property:')) return { kind: 'property', property: key.slice('property:'.length) };
  return IGNORE;
}

/** Preview and mapping, then the row report, then "import N valid rows, skip M" or cancel. */
export function ImportDialog({ file, project, onClose, onDone }: { file: OpenedFile; project: Project; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const worker = useSandbox((s) => s.worker);
  const write = useSandbox((s) => s.write);
  const existing = useSandbox((s) => s.contacts);
  const hasContacts = existing.length > 0;
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [replace, setReplace] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void worker.read(file.bytes, project.properties).then(
      (preview) => {
        if (!live) return;
        if ('fatal' in preview) setStep({ kind: 'fatal', reason: preview.fatal });
        else {
          setMapping(preview.mapping);
          setStep({ kind: 'mapping', preview });
        }
      },
      (error: Error) => live && setFailure(error.message),
    );
    return () => {
      live = false;
    };
  }, [worker, file, project.properties]);

  const targets = useMemo(
    () => [
      { key: 'ignore', label: t('sandbox.csv.ignore') },
      { key: 'id', label: t('sandbox.csv.recordId') },
      ...allProperties(project.properties).map((p) => ({ key: `property:${p.name}`, label: p.label[lang] })),
      { key: 'lists', label: t('sandbox.csv.listsColumn') },
      { key: 'persona', label: t('sandbox.csv.personaColumn') },
    ],
    [project.properties, lang, t],
  );

  const { document } = useStores();
  const check = async (lists: readonly StaticList[] = project.lists) => {
    setStep({ kind: 'parsing', rows: 0 });
    const idPrefix = `csv${Date.now().toString(36)}`;
    try {
      const result = await worker.parse(mapping, { custom: project.properties, lists, personas: project.personas, idPrefix }, (rows) => setStep({ kind: 'parsing', rows }));
      setStep(result.fatal ? { kind: 'fatal', reason: result.fatal } : { kind: 'report', result });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  /** Adds the segments the file names to the project (one undoable edit), then checks the rows again with them. */
  const createLists = async (names: readonly string[]) => {
    const current = document.getState().project.lists;
    const taken = new Set<string>(current.map((l) => l.id));
    const created = names.map((name): StaticList => {
      const id = freshId('list', taken);
      taken.add(id);
      return { id: asListId(id), name };
    });
    document.getState().apply((p) => ({ ...p, lists: [...p.lists, ...created] }));
    await check([...current, ...created]);
  };

  const commit = async (result: CsvImport) => {
    const controller = new AbortController();
    setStep({ kind: 'writing', controller, count: result.contacts.length });
    try {
      // Added to the current contacts, a row already there (same e-mail or id) is not added twice.
      const contacts = replace ? result.contacts : alreadyThere(result.contacts, existing).fresh;
      await write(contacts, replace, controller.signal);
      onDone(contacts.length);
    } catch (error) {
      // A cancelled write aborted its transaction: the sandbox is as it was.
      if (controller.signal.aborted) onClose();
      else setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const body = (() => {
    if (failure) return <div className="fb-sb-fatal" role="alert">{failure}</div>;
    switch (step.kind) {
      case 'reading':
        return <p>{t('sandbox.csv.reading')}</p>;
      case 'parsing':
        return <p>{t('sandbox.csv.parsing', { rows: step.rows || '' })}</p>;
      case 'writing':
        return (
          <div className="fb-sb-form">
            <p>{t('sandbox.csv.writing', { n: step.count })}</p>
            <div className="fb-sb-actions">
              <button type="button" className="fb-button" onClick={() => step.controller.abort()} data-testid="import-abort">
                {t('sandbox.cancel')}
              </button>
            </div>
          </div>
        );
      case 'fatal':
        return <div className="fb-sb-fatal" role="alert" data-testid="import-fatal">{step.reason[lang]}</div>;
      case 'report':
        return (
          <ImportReport
            result={step.result}
            hasContacts={hasContacts}
            replace={replace}
            already={alreadyThere(step.result.contacts, existing).already}
            onReplace={setReplace}
            onCancel={onClose}
            onImport={() => void commit(step.result)}
            onCreateLists={() => void createLists(step.result.unknownLists)}
          />
        );
      case 'mapping': {
        const { preview } = step;
        return (
          <div className="fb-sb-form">
            <div className="fb-sb-muted">{t('sandbox.csv.encoding', { encoding: t(`sandbox.csv.encodings.${preview.encoding}`), delimiter: t(`sandbox.csv.delimiters.${DELIMITERS[preview.delimiter] ?? 'comma'}`) })}</div>
            {preview.encodingNote && <div className="fb-sb-muted" role="note" data-testid="import-encoding-note">{preview.encodingNote[lang]}</div>}
            <div className="fb-sb-scroll">
              <table className="fb-sb-grid" data-testid="import-mapping">
                <thead>
                  <tr>
                    <th>{t('sandbox.csv.column')}</th>
                    <th>{t('sandbox.csv.target')}</th>
                    <th>{t('sandbox.csv.preview')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.headers.map((header, c) => (
                    <tr key={c}>
                      <td>{header}</td>
                      <td>
                        <select
                          className="fb-input"
                          value={targetKey(mapping[c] ?? IGNORE)}
                          aria-label={header}
                          onChange={(e) => setMapping(mapping.map((m, i) => (i === c ? decodeTarget(e.target.value) : m)))}
                          data-testid={`map-${c}`}
                        >
                          {targets.map((o) => (
                            <option key={o.key} value={o.key}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="fb-sb-muted">{preview.preview.map((row) => row[c] ?? '').filter(Boolean).slice(0, 3).join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="fb-sb-actions">
              <button type="button" className="fb-button" onClick={onClose}>
                {t('sandbox.cancel')}
              </button>
              <button type="button" className="fb-button is-primary" onClick={() => void check()} data-testid="import-check">
                {t('sandbox.csv.check')}
              </button>
            </div>
          </div>
        );
      }
    }
  })();

  return (
    <Modal title={`${t('sandbox.csv.title')} — ${file.name}`} onClose={onClose} width={760} testId="import-dialog">
      {body}
    </Modal>
  );
}
