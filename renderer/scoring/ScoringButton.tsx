import { Gauge } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoringTexts } from './i18n.ts';
import { ScoringDialog } from './ScoringDialog.tsx';
import './scoring.css';

/** The top bar's "Scoring" button and the dialog it opens (the project's score model). */
export function ScoringButton() {
  useScoringTexts();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={`fb-button is-ghost fb-scoring-open${open ? ' is-on' : ''}`} onClick={() => setOpen(true)} title={t('scoring.openHint')} aria-label={t('scoring.open')} data-testid="open-scoring">
        <Gauge size={16} aria-hidden />
        <span className="fb-scoring-open-label">{t('scoring.open')}</span>
      </button>
      {open ? <ScoringDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
