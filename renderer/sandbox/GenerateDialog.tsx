import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../engine/model/index.ts';
import { Modal } from '../app/Modal.tsx';
import { useSandbox } from './context.tsx';
import { parseWholeNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';

/** The most contacts one generation makes. */
const MAX_GENERATED = 200_000;

/** "Generate N sample leads with this seed" from the project's persona mix. */
export function GenerateDialog({ project, onClose, onDone }: { project: Project; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useTranslation();
  const generate = useSandbox((s) => s.generate);
  const hasContacts = useSandbox((s) => s.contacts.length > 0);
  const [count, setCount] = useState('1000');
  const [seed, setSeed] = useState(String(project.simulation.seed));
  const [replace, setReplace] = useState(true);
  const [running, setRunning] = useState(false);
  const lang = useLang();
  const n = parseWholeNumber(count, lang) ?? NaN;
  const s = parseWholeNumber(seed, lang) ?? NaN;
  const countOk = n >= 1 && n <= MAX_GENERATED;
  const seedOk = Number.isSafeInteger(s);
  const valid = countOk && seedOk;

  const run = async () => {
    setRunning(true);
    try {
      onDone(await generate(project, n, s, replace || !hasContacts));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal title={t('sandbox.generateTitle')} onClose={onClose} width={420} testId="generate-dialog">
      <form
        className="fb-sb-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid && !running) void run();
        }}
      >
        <label>
          {t('sandbox.howMany')}
          <input className="fb-input" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} aria-invalid={!countOk} data-testid="generate-count" />
          {countOk ? null : (
            <small className="fb-field-error" role="alert" data-testid="generate-count-error">
              {t('sandbox.howManyRule', { max: MAX_GENERATED })}
            </small>
          )}
        </label>
        <label>
          {t('sandbox.seed')}
          <input className="fb-input" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} aria-invalid={!seedOk} data-testid="generate-seed" />
          {seedOk ? (
            <small className="fb-sb-muted">{t('sandbox.seedHelp')}</small>
          ) : (
            <small className="fb-field-error" role="alert" data-testid="generate-seed-error">
              {t('sandbox.seedRule')}
            </small>
          )}
        </label>
        {hasContacts ? (
          <label className="is-inline">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} data-testid="generate-replace" />
            {t('sandbox.replace')}
          </label>
        ) : null}
        <div className="fb-sb-actions">
          <button type="button" className="fb-button" onClick={onClose}>
            {t('sandbox.cancel')}
          </button>
          <button type="submit" className="fb-button is-primary" disabled={!valid || running} data-testid="generate-run">
            {running ? t('sandbox.generating', { n }) : t('sandbox.generate')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
