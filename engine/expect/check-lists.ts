import { matches } from '../criteria/index.ts';
import type { EndsInListExpectation, ListExactlyExpectation, ShareInListExpectation } from '../model/index.ts';
import { lintWorkflow } from '../lint/index.ts';
import { dayText, endOfDay, pastTheRun, startOfDay } from './day-dates.ts';
import { missingList, missingWorkflow, nobodyEnrolled } from './missing.ts';
import type { RunView } from './run-view.ts';
import type { Measured, Offender } from './types.ts';

/**
 * The expectations about static segments: shares at a day, exact membership, paths ending in a
 * list. A `day` is a day number as people read it (day 1 = the start date), read at the end of
 * that day as the timeline and the study tables read it (day-dates.ts).
 */

export function checkShareInList(x: ShareInListExpectation, view: RunView): Measured {
  const base = { bound: x.bound, limit: x.percent, unit: 'percent', steps: [] } as const;
  const w = view.workflowIndex(x.workflow);
  if (w < 0) return { ...base, value: 0, offenders: [], broken: missingWorkflow(view, x.workflow) };
  if (!view.project.lists.some((l) => l.id === x.list)) return { ...base, value: 0, offenders: [], broken: missingList(x.list) };
  const past = pastTheRun(view, x.day);
  if (past) return { ...base, value: 0, offenders: [], broken: past };
  // Enrolled by, and member at, the last minute of day D.
  const minute = endOfDay(view, x.day);
  const enr = view.result.enrollments;
  const enrolled = new Set<number>();
  for (let e = 0; e < enr.count; e++) if (enr.workflow[e] === w && enr.enrolledAt[e]! <= minute) enrolled.add(enr.contact[e]!);
  if (enrolled.size === 0) return { ...base, value: 0, offenders: [], broken: nobodyEnrolled(view, x.workflow, minute) };
  const ordered = [...enrolled].sort((a, b) => a - b);
  const members = ordered.filter((i) => view.memberAt(i, x.list, minute));
  const value = (100 * members.length) / ordered.length;
  // At least: those left out pull the share down; at most: those in push it up.
  const blamed = x.bound === 'at-least' ? ordered.filter((i) => !view.memberAt(i, x.list, minute)) : members;
  const when = { fr: dayText(view, minute, 'fr'), en: dayText(view, minute, 'en') };
  const offenders = blamed.map(
    (i): Offender => ({
      id: view.contacts[i]!.id,
      name: view.nameOf(i),
      minute,
      why:
        x.bound === 'at-least'
          ? { fr: `pas dans le segment le ${when.fr}`, en: `not in the segment on ${when.en}` }
          : { fr: `dans le segment le ${when.fr}`, en: `in the segment on ${when.en}` },
    }),
  );
  return { ...base, value, offenders };
}

export function checkListExactly(x: ListExactlyExpectation, view: RunView): Measured {
  const base = { bound: 'at-most', limit: 0, unit: 'contacts', steps: [] } as const;
  if (!view.project.lists.some((l) => l.id === x.list)) return { ...base, value: 0, offenders: [], broken: missingList(x.list) };
  const past = pastTheRun(view, x.day);
  if (past) return { ...base, value: 0, offenders: [], broken: past };
  // The segment as it stands at the end of day D; the criteria's time filters ("more than 730 days
  // ago") as at the midnight starting it. The simulator re-checks time filters at midnights only:
  // one flipping at 15:00 is acted upon at the next midnight, so reading the criteria at 23:59
  // would blame contacts for the simulator's daily re-check, not for the workflow.
  const minute = endOfDay(view, x.day);
  const now = view.result.minuteToMs(startOfDay(view, x.day));
  const when = { fr: dayText(view, minute, 'fr'), en: dayText(view, minute, 'en') };
  const offenders: Offender[] = [];
  view.contacts.forEach((contact, i) => {
    const member = view.memberAt(i, x.list, minute);
    const matching = matches(x.who, contact, now);
    if (member === matching) return;
    offenders.push({
      id: contact.id,
      name: view.nameOf(i),
      minute,
      why: member
        ? { fr: `dans le segment le ${when.fr} sans répondre aux critères`, en: `in the segment on ${when.en} without meeting the criteria` }
        : { fr: `répond aux critères le ${when.fr} mais n’est pas dans le segment`, en: `meets the criteria on ${when.en} but is not in the segment` },
    });
  });
  return { ...base, value: offenders.length, offenders };
}

export function checkEndsInList(x: EndsInListExpectation, view: RunView): Measured {
  const base = { bound: 'at-most', limit: 0, unit: 'contacts' } as const;
  const workflow = view.project.workflows.find((wf) => wf.id === x.workflow);
  if (!workflow) return { ...base, value: 0, offenders: [], steps: [], broken: missingWorkflow(view, x.workflow) };
  // Every path, taken or not: the lint rule walks them all.
  const ends = lintWorkflow(workflow, view.project).filter((f) => f.rule === 'lost-contacts');
  const steps = ends.flatMap((f) => f.steps.map((step) => ({ workflow: workflow.id, step })));
  const w = view.workflowIndex(x.workflow);
  const enr = view.result.enrollments;
  const offenders: Offender[] = [];
  const seen = new Set<number>();
  // Enrollments are numbered contact by contact: offenders come in contact order.
  for (let e = 0; w >= 0 && e < enr.count; e++) {
    if (enr.workflow[e] !== w || enr.lost[e] !== 1) continue;
    const i = enr.contact[e]!;
    if (seen.has(i)) continue;
    seen.add(i);
    const s = enr.endStep[e]!;
    const step = s >= 0 ? view.steps[s] : undefined;
    offenders.push({
      id: view.contacts[i]!.id,
      name: view.nameOf(i),
      minute: enr.endedAt[e]!,
      why: { fr: 'parcours terminé sans segment statique', en: 'path ended without a static segment' },
      ...(step ? { step: { workflow: workflow.id, step: step.id } } : {}),
    });
  }
  const broken =
    ends.length === 0
      ? undefined
      : {
          fr: ends.map((f) => f.message.fr).join(' '),
          en: ends.map((f) => f.message.en).join(' '),
        };
  return { ...base, value: offenders.length, offenders, steps, ...(broken ? { broken } : {}) };
}
