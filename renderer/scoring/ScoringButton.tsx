import { Gauge } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoringTexts } from './i18n.ts';
import { ScoringDialog } from './ScoringDialog.tsx';

/** The top bar's "Scoring" button and the dialog it opens (the project's score model). */
export function ScoringButton() {
  useScoringTexts();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={`fb-button is-ghost${open ? ' is-on' : ''}`} onClick={() => setOpen(true)} title={t('scoring.openHint')} data-testid="open-scoring">
        <Gauge size={16} aria-hidden />
        {t('scoring.open')}
      </button>
      {open ? <ScoringDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
