import type { Lang } from '../model/index.ts';
import type { RunView } from './run-view.ts';

/** Minutes and days of a run in words, for the reasons given with offenders. */

/** "12 janv." / "12 Jan" at a run minute, in the run's zone; French writes the first of the month "1er févr.". */
export function dayText(view: RunView, minute: number, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', timeZone: view.result.timeZone }).formatToParts(
    view.result.minuteToMs(minute),
  );
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** The last minute of day `day` of the run (0 = the start date), capped to the run's last minute. */
export function endOfDay(view: RunView, day: number): number {
  return Math.min(view.result.lastMinute, view.clock.midnight(day + 1) - 1);
}
