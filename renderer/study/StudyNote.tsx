import { dayNumber, methodText } from '../../engine/study/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { useStudy } from './context.tsx';
import type { StudyAt } from './figures.ts';
import { useStudyT } from './i18n.ts';

/** Says once, above the results, what the figures are when a study backs them (or that it failed). */
export function StudyNote({ at }: { at: StudyAt | null }) {
  const t = useStudyT();
  const lang = useLang();
  const status = useStudy((s) => s.status);
  const error = useStudy((s) => s.error);
  if (status === 'failed' && error) return <p className="fb-field-error" data-testid="study-failed">{t('study.failed', { message: error })}</p>;
  if (!at) return null;
  const { result } = at;
  return (
    <p className="fb-sim-note fb-study-note" data-testid="study-note" data-day={at.day} data-replications={result.replications}>
      {t('study.note', { count: result.replications, seed: result.seed, day: formatNumber(dayNumber(at.day), lang) })}{' '}
      {/* How the interval is taken and what it holds for this many runs, in the CLI's words (engine/study methodText). */}
      <span data-testid="study-method">{methodText(result.replications, lang)}</span>{' '}
      <span className="fb-help" data-testid="study-ran">
        {t('study.ranIn', { count: result.replications, seconds: formatNumber(result.ms / 1000, lang, { maximumFractionDigits: 1 }), cores: t('study.cores', { count: result.workers }) })}
      </span>
    </p>
  );
}
