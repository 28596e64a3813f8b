import { counted, numberText, type Lang, type Localized } from '../model/index.ts';
import { dayIndex } from '../study/days.ts';
import type { RunView } from './run-view.ts';

/**
 * Minutes and days of a run in words, for the reasons given with offenders; and the moments an
 * expectation's `day` reads. That day is a day number as people read it (engine/study/days.ts:
 * day 1 is the start date, figures "at the end of day D", the timeline's and the study tables'
 * reading); these helpers are the only place it becomes run minutes.
 */

/** "12 janv." / "12 Jan" at a run minute, in the run's zone; French writes the first of the month "1er févr.". */
export function dayText(view: RunView, minute: number, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', timeZone: view.result.timeZone }).formatToParts(
    view.result.minuteToMs(minute),
  );
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** The last minute of day number `day` (the minute before the midnight ending it: a study frame's row `day - 1`), capped to the run's last minute. */
export function endOfDay(view: RunView, day: number): number {
  return Math.min(view.result.lastMinute, lastMinuteOf(view, day));
}

/** The minute before the midnight ending day number `day`, whether the run got there or not. */
function lastMinuteOf(view: RunView, day: number): number {
  return view.clock.midnight(dayIndex(day) + 1) - 1;
}

/** The midnight starting day number `day`, capped to the run's last minute. */
export function startOfDay(view: RunView, day: number): number {
  return Math.min(view.result.lastMinute, view.clock.midnight(dayIndex(day)));
}

/**
 * Why day number `day` cannot be read: it ends after the run's last minute (a day past the
 * horizon). Null when the run covers it. Said where the verdict is shown, as the reason it fails:
 * measuring at the run's end instead would judge another day than the one written.
 */
export function pastTheRun(view: RunView, day: number): Localized | null {
  if (lastMinuteOf(view, day) <= view.result.lastMinute) return null;
  const days = view.result.horizonDays;
  const last = (lang: Lang) => dayText(view, view.result.lastMinute, lang);
  const n = (lang: Lang) => numberText(day, lang);
  return {
    fr: `le jour ${n('fr')} est après la fin de la simulation (${counted(days, 'fr', 'jour', 'jours')}, dernier jour le ${last('fr')})\u00a0: choisissez un jour de 1 à ${numberText(days, 'fr')} ou allongez la simulation.`,
    en: `day ${n('en')} is after the end of the run (${counted(days, 'en', 'day', 'days')}, last day ${last('en')}): pick a day from 1 to ${numberText(days, 'en')} or make the run longer.`,
  };
}
