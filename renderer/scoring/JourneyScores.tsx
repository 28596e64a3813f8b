import { Gauge } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useScoringTexts } from './i18n.ts';
import type { ContactScores } from './journey-scores.ts';
import './scoring.css';

const format = (n: number | null, lang: string) => (n === null ? '–' : new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n));

/** The scores of the contact whose journey is shown, at the instant shown. */
export function JourneyScores({ scores }: { scores: ContactScores | null }) {
  useScoringTexts();
  const { t, i18n } = useTranslation();
  if (!scores) return null;
  const parts = scores.fit !== null || scores.engagement !== null;
  return (
    <div className="fb-sim-activity fb-journey-scores" data-testid="sim-journey-scores">
      <h4 className="fb-sim-subh">
        <Gauge size={13} aria-hidden /> {t('scoring.journey.title')}
      </h4>
      <dl className="fb-journey-scores-list">
        <dt>{t('scoring.journey.combined')}</dt>
        <dd data-testid="journey-score-combined">
          {format(scores.combined, i18n.language)}
          {scores.label ? <span className="fb-journey-score-label"> · {scores.label}</span> : null}
        </dd>
        {parts ? (
          <>
            <dt>{t('scoring.journey.fit')}</dt>
            <dd>{format(scores.fit, i18n.language)}</dd>
            <dt>{t('scoring.journey.engagement')}</dt>
            <dd>{format(scores.engagement, i18n.language)}</dd>
          </>
        ) : null}
        {scores.start !== null ? (
          <>
            <dt title={t('scoring.journey.startHelp')}>{t('scoring.journey.start')}</dt>
            <dd data-testid="journey-score-start">{format(scores.start, i18n.language)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
