import { WEEKDAYS, type Localized, type Workflow } from '../model/index.ts';
import { refuse } from './errors.ts';

/** Everything about a workflow except its steps. */
export type WorkflowSettings = Omit<Workflow, 'id' | 'start' | 'steps'>;
export type WorkflowSettingsPatch = Partial<WorkflowSettings>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

function problem(s: WorkflowSettings, self: Workflow): Localized | undefined {
  if (s.name.trim() === '') return { fr: 'Le workflow a besoin d’un nom.', en: 'The workflow needs a name.' };
  const w = s.executionWindow;
  if (w && (!TIME.test(w.start) || !TIME.test(w.end) || w.end <= w.start)) {
    return { fr: 'La plage d’exécution doit finir après son début (heures HH:MM).', en: 'The execution window must end after it starts (HH:MM times).' };
  }
  if (w && (w.days.length === 0 || w.days.some((d) => !WEEKDAYS.includes(d)))) {
    return { fr: 'La plage d’exécution a besoin d’au moins un jour de la semaine.', en: 'The execution window needs at least one weekday.' };
  }
  const badDate = s.blockedDates.find((d) => !isCalendarDate(d));
  if (badDate !== undefined) return { fr: `« ${badDate} » n’est pas une date AAAA-MM-JJ.`, en: `"${badDate}" is not a YYYY-MM-DD date.` };
  if (!isTimeZone(s.timeZone)) return { fr: `Fuseau horaire inconnu : « ${s.timeZone} ».`, en: `Unknown time zone: "${s.timeZone}".` };
  if (s.timing.type === 'fixed-date' && !isCalendarDate(s.timing.anchorDate)) {
    return { fr: 'La date de référence doit être une date AAAA-MM-JJ.', en: 'The anchor date must be a YYYY-MM-DD date.' };
  }
  if (s.timing.type === 'date-property' && s.timing.anchorProperty.trim() === '') {
    return { fr: 'Choisissez la propriété de date de référence.', en: 'Choose the anchor date property.' };
  }
  if (s.unenrollFromOthers.mode === 'selected' && s.unenrollFromOthers.workflows.includes(self.id)) {
    return { fr: 'Un workflow ne peut pas se désinscrire de lui-même.', en: 'A workflow cannot unenroll contacts from itself.' };
  }
  return undefined;
}

/** Changes the non-step fields of a workflow, refusing settings that make no sense. */
export function setWorkflowSettings(workflow: Workflow, patch: WorkflowSettingsPatch): Workflow {
  const { id: _id, start: _start, steps: _steps, ...allowed } = patch as Partial<Workflow>;
  const result: Workflow = { ...workflow, ...allowed };
  const text = problem(result, workflow);
  if (text) refuse('bad-settings', text);
  return result;
}
