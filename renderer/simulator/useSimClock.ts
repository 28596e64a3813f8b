import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../engine/study/index.ts';
import { useCompare } from '../compare/context.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { useStudy } from '../study/context.tsx';
import { useSim } from './context.tsx';
import { useSimTexts } from './i18n.ts';
import { dayAt, formatDay, formatInstant, minuteToMs } from './time.ts';

export interface SimClock {
  /** "Thu, 8 Jan 2026, 10:00", or "Thu, 8 Jan 2026, end of day" when the figures are a day's end. */
  readonly clock: string;
  /** "Day 4" (day 1 is the start date, engine/study/days.ts), the number in the language's format. */
  readonly day: string;
  /** A study or a comparison of this run is shown: its figures are one value a day, the day's end. */
  readonly daily: boolean;
}

/**
 * The simulated instant as the timeline and presentation mode both say it, so they never
 * disagree: presentation mode said "10:00" over a study's end-of-day figures while the timeline
 * said "end of day", and wrote its own "Jour"/"Day" instead of the simulator's words.
 */
export function useSimClock(minute: number): SimClock | null {
  useSimTexts();
  const { t } = useTranslation();
  const lang = useLang();
  const meta = useSim((s) => s.meta);
  const studied = useStudy((s) => s.result !== null && s.result.meta === meta);
  const compared = useCompare((s) => s.result !== null && s.result.meta === meta);
  if (!meta) return null;
  const daily = studied || compared;
  const ms = minuteToMs(meta.startMs, minute);
  return {
    clock: daily ? t('sim.endOfDay', { date: formatDay(ms, meta.timeZone, lang) }) : formatInstant(ms, meta.timeZone, lang),
    day: t('sim.day', { day: formatNumber(dayNumber(dayAt(meta.midnights, minute)), lang) }),
    daily,
  };
}
