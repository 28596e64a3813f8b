import { intervalCoverage, num } from '../../engine/study/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import type { Figure } from './figures.ts';
import { useStudyT } from './i18n.ts';

/** "740–860" after a count, small, with what it means in its title; nothing without a study. */
export function Interval({ figure, count, testId }: { figure: Figure | null; count: number; testId?: string }) {
  const t = useStudyT();
  const lang = useLang();
  // The same count in every run (0 or 545) says nothing an interval would add: the count alone.
  if (!figure || figure.lo === figure.hi) return null;
  const lo = formatNumber(figure.lo, lang);
  const hi = formatNumber(figure.hi, lang);
  return (
    <span className="fb-interval" title={t('study.intervalTitle', { count, lo, hi, coverage: coverageText(count, lang) })} data-testid={testId} data-lo={figure.lo} data-hi={figure.hi} data-mean={figure.mean}>
      {t('study.interval', { lo, hi })}
    </span>
  );
}

/** The exact probability that a further run lands in the interval of R runs (engine/study/interval.ts), "92,2 %". */
export function coverageText(replications: number, lang: 'fr' | 'en'): string {
  const percent = num(intervalCoverage(replications) * 100, lang, 1);
  return lang === 'fr' ? `${percent}\u00a0%` : `${percent}%`;
}

/** The count a figure shows: the study's mean (whole) when there is one, else the run's own count. */
export function shown(run: number, figure: Figure | null): number {
  return figure ? Math.round(figure.mean) : run;
}
