import { durationMinutes, type Duration } from '../model/index.ts';

/**
 * HubSpot counts delays in minutes, hours or days (weeks are not a unit of its API). A duration
 * is written in the largest of those that holds it exactly, so 2 weeks is 14 days and 90
 * minutes stays 90 minutes. Import reads it back the same way: an export then import gives the
 * duration in this form (`canonicalDuration`), which waits exactly as long.
 */
export type HubSpotUnit = 'DAYS' | 'HOURS' | 'MINUTES';

export function hubspotDuration(d: Duration): { readonly delta: number; readonly unit: HubSpotUnit } | null {
  const minutes = durationMinutes(d);
  if (!Number.isSafeInteger(minutes) || minutes < 0) return null;
  if (minutes > 0 && minutes % 1440 === 0) return { delta: minutes / 1440, unit: 'DAYS' };
  if (minutes > 0 && minutes % 60 === 0) return { delta: minutes / 60, unit: 'HOURS' };
  return { delta: minutes, unit: 'MINUTES' };
}

export function fromHubSpotDuration(delta: number, unit: HubSpotUnit): Duration {
  return canonicalDuration(toDuration({ delta, unit }));
}

function toDuration(h: { readonly delta: number; readonly unit: HubSpotUnit }): Duration {
  return { amount: h.delta, unit: h.unit === 'DAYS' ? 'days' : h.unit === 'HOURS' ? 'hours' : 'minutes' };
}

/** The form a duration takes after a trip through HubSpot (unchanged when it has no exact form). */
export function canonicalDuration(d: Duration): Duration {
  const h = hubspotDuration(d);
  return h ? toDuration(h) : d;
}

/** Epoch milliseconds of a `YYYY-MM-DD` at midnight UTC, as HubSpot stores date values. */
export function dateToEpoch(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function epochToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;

export function hourMinute(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { hour, minute };
}

export function timeText(t: { readonly hour: number; readonly minute: number }): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}
