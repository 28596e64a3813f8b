import { counted, durationMinutes, isPlural, type Lang, type Project, type StepId, type WorkflowId } from '../model/index.ts';
import { editedDelayEnd, LOG_KINDS as K, type SimulationResult } from '../sim/index.ts';

/**
 * HubSpot's rule for editing a delay of a live workflow (reference hubspot-today.md §2, "Live
 * edits"): contacts already waiting are rescheduled counting the time they have waited (they leave
 * at their arrival + the new length, or at once when that moment has passed); a deleted delay
 * releases them at once. Computed on a finished run at minute t: who waits there, and when each
 * now leaves.
 */

export type DelayEdit = { readonly kind: 'length'; readonly minutes: number } | { readonly kind: 'delete' };

export interface MovedContact {
  readonly contact: string;
  /** When it arrived at the delay. */
  readonly entered: number;
  /** When it would have left, and when it leaves now (run minutes). */
  readonly before: number;
  readonly after: number;
}

export interface DelayEditPreview {
  readonly minute: number;
  readonly moved: readonly MovedContact[];
  /** Earliest and latest new departure; null when nobody waits. */
  readonly earliest: number | null;
  readonly latest: number | null;
}

/** The new departure of a contact that arrived at `entered`, the delay edited at `now`. */
export function leaveAfterEdit(entered: number, edit: DelayEdit, now: number): number {
  // The simulator's own rule (a contact still waiting at the edit), so the preview and the re-run agree.
  return editedDelayEnd(entered, Infinity, { minute: now, minutes: edit.kind === 'delete' ? null : edit.minutes });
}

/** Contacts waiting at global step `s` at minute `t` (arrived at or before t, not left by t), with their arrival. */
export function waitingAt(result: SimulationResult, s: number, t: number): { readonly contact: number; readonly entered: number }[] {
  const log = result.log;
  const waiting = new Map<number, { contact: number; entered: number }>();
  for (let r = 0; r < log.length && log.time(r) <= t; r++) {
    const kind = log.kind(r);
    if (kind !== K.at && kind !== K.ended) continue;
    const e = log.enrollment(r);
    if (kind === K.at && log.step(r) === s) waiting.set(e, { contact: log.contact(r), entered: log.time(r) });
    else waiting.delete(e);
  }
  return [...waiting.values()];
}

export function previewDelayEdit(project: Project, result: SimulationResult, workflow: WorkflowId, step: StepId, t: number, edit: DelayEdit): DelayEditPreview {
  const s = result.steps.findIndex((x) => x.workflow === workflow && x.step === step);
  const delay = project.workflows.find((w) => w.id === workflow)?.steps.find((x) => x.id === step);
  if (s < 0 || delay?.kind !== 'delay' || delay.delay.mode !== 'duration') {
    throw new Error(`previewDelayEdit: ${workflow}/${step} is not a delay of a set length in this run`);
  }
  const length = Math.max(0, Math.round(durationMinutes(delay.delay.duration)));
  const moved = waitingAt(result, s, t).map(
    (w): MovedContact => ({ contact: result.contactIds[w.contact]!, entered: w.entered, before: w.entered + length, after: leaveAfterEdit(w.entered, edit, t) }),
  );
  const afters = moved.map((m) => m.after);
  return { minute: t, moved, earliest: afters.length ? Math.min(...afters) : null, latest: afters.length ? Math.max(...afters) : null };
}

/**
 * A delay's edit as the user reads it, in one language: which step (named as its card names it),
 * its length before and after (null: deleted), each in the app's words ("3 jours").
 */
export interface DelayEditWords {
  readonly step: string;
  readonly from: string;
  readonly to: string | null;
}

/**
 * The edit (the arrow kept with the old length: a line never starts with it), then who waits there and when they now leave: "« Attendre 3 jours » : 3 jours → 5
 * jours. 214 contacts y attendent : ils en partiront désormais entre le 12 et le 14 févr." A bare
 * "Délai 5 jours" left open whether 5 was the old length or the new one, and of which delay.
 */
export function previewSentence(preview: DelayEditPreview, edit: DelayEditWords, result: Pick<SimulationResult, 'minuteToMs' | 'timeZone'>, lang: Lang): string {
  const fr = lang === 'fr';
  const name = fr ? `«\u00a0${edit.step}\u00a0»` : `“${edit.step}”`;
  const colon = fr ? '\u00a0: ' : ': ';
  const change =
    edit.to === null ? (fr ? `${name}${colon}délai de ${edit.from} supprimé.` : `${name}${colon}delay of ${edit.from} deleted.`) : `${name}${colon}${edit.from}\u00a0\u2192 ${edit.to}.`;
  return `${change} ${whoLeaves(preview, result, lang)}`;
}

/** "3 contacts y attendent : ils en partiront désormais entre le 9 et le 11 janv." */
function whoLeaves(preview: DelayEditPreview, result: Pick<SimulationResult, 'minuteToMs' | 'timeZone'>, lang: Lang): string {
  const n = preview.moved.length;
  const fr = lang === 'fr';
  if (n === 0 || preview.earliest === null || preview.latest === null) return fr ? 'Aucun contact n’y attend.' : 'No contact is waiting there.';
  const day = (m: number, month: boolean) =>
    new Intl.DateTimeFormat(fr ? 'fr-FR' : 'en-GB', month ? { day: 'numeric', month: 'short', timeZone: result.timeZone } : { day: 'numeric', timeZone: result.timeZone }).format(result.minuteToMs(m));
  const first = day(preview.earliest, true);
  const last = day(preview.latest, true);
  const many = isPlural(n, lang);
  const who = fr
    ? `${counted(n, lang, 'contact', 'contacts')} ${many ? 'y attendent\u00a0: ils en partiront' : 'y attend\u00a0: il en partira'} désormais`
    : `${counted(n, lang, 'contact', 'contacts')} ${many ? 'wait there: they' : 'waits there: it'} will now leave`;
  // A French short month ends with its own full stop ("janv."): one is enough.
  const end = (text: string) => (text.endsWith('.') ? text : `${text}.`);
  if (first === last) return end(fr ? `${who} le ${first}` : `${who} on ${first}`);
  const sameMonth = first.replace(/^\d+\s*/, '') === last.replace(/^\d+\s*/, '');
  const from = sameMonth ? day(preview.earliest, false) : first;
  return end(fr ? `${who} entre le ${from} et le ${last}` : `${who} between ${from} and ${last}`);
}
