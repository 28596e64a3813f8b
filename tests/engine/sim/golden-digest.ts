import fc from 'fast-check';
import {
  asAssetId,
  asBranchId,
  asEmailId,
  asListId,
  asStepId,
  asWorkflowId,
  type Contact,
  type Criteria,
  type Project,
  type Workflow,
} from '../../../engine/model/index.ts';
import type { EventLog, SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { LEGACY_SCORE_RULES } from '../../../engine/templates/lifecycle.ts';
import { workflow } from './fixtures.ts';

/**
 * A fingerprint of everything a run returns (log, enrollments, counters, series, final contacts,
 * time travel), so an optimisation of the simulator can be checked to change no result at all.
 */

function fnv(h: number, x: number): number {
  h ^= x & 0xffff;
  h = Math.imul(h, 0x01000193);
  h ^= x >>> 16;
  return Math.imul(h, 0x01000193) >>> 0;
}

function hashNumbers(h: number, values: ArrayLike<number>, length = values.length): number {
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    h = fnv(h, Number.isInteger(v) ? v | 0 : Math.round(v * 1000));
    if (Number.isInteger(v) && Math.abs(v) > 2 ** 31) h = fnv(h, Math.floor(v / 2 ** 32));
  }
  return h;
}

function hashText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h;
}

function canonical(c: Contact): string {
  const props = Object.keys(c.properties)
    .sort()
    .map((k) => [k, c.properties[k]]);
  return JSON.stringify([c.id, props, c.lists, c.events, c.persona]);
}

export const LOG_COLUMNS = ['time', 'contact', 'enrollment', 'step', 'kind', 'detail', 'extra'] as const;

/** One field of every row of a finished run's log. */
export function logColumn(log: EventLog, name: (typeof LOG_COLUMNS)[number]): number[] {
  return Array.from({ length: log.length }, (_, r) => log[name](r));
}

/**
 * End states added after the goldens were pinned, left out of the fingerprint when no enrollment
 * ended so: a project that never meets them keeps the very same fingerprint (the key alone would
 * move it). `workflow-loop` came with loops across workflows (issue #21).
 */
const LATER_END_STATES = ['workflow-loop'] as const;

function withoutLaterStates<T extends { readonly ended: Readonly<Record<string, number>> }>(rows: readonly T[]): T[] {
  return rows.map((row) => {
    const ended: Record<string, number> = { ...row.ended };
    for (const state of LATER_END_STATES) if (ended[state] === 0) delete ended[state];
    return { ...row, ended };
  });
}

export function digest(result: SimulationResult): Record<string, number> {
  const log = result.log;
  const out: Record<string, number> = {};
  let h = 0x811c9dc5;
  for (const col of LOG_COLUMNS) h = hashNumbers(h, logColumn(log, col));
  out.log = h;
  out.logRows = log.length;
  const en = result.enrollments;
  h = 0x811c9dc5;
  for (const col of [en.contact, en.workflow, en.enrolledAt, en.endedAt, en.endState, en.endStep, en.lost]) h = hashNumbers(h, col, en.count);
  out.enrollments = h;
  out.counters = hashText(0x811c9dc5, JSON.stringify([result.totals, withoutLaterStates(result.workflows), result.steps, result.edges, result.listCounts, result.lifecycleCounts]));
  h = hashNumbers(0x811c9dc5, result.series.stepWaiting);
  for (const a of [...result.series.lifecycle, ...result.series.lists]) h = hashNumbers(h, a);
  out.series = h;
  h = 0x811c9dc5;
  for (const c of result.finalContacts) h = hashText(h, canonical(c));
  out.contacts = h;
  out.ids = hashText(0x811c9dc5, result.contactIds.join(','));
  h = 0x811c9dc5;
  for (const f of [0, 0.1, 0.37, 0.5, 0.83, 1]) {
    const t = Math.floor(f * result.lastMinute);
    const s = result.stateAt(t);
    h = hashNumbers(h, s.waiting);
    h = hashNumbers(h, s.edges);
    h = hashText(h, JSON.stringify([withoutLaterStates(s.workflows), s.totals, s.lists, s.lifecycle]));
    for (let k = 0; k < result.contactIds.length; k += Math.max(1, Math.floor(result.contactIds.length / 40))) {
      h = hashText(h, JSON.stringify(result.contactAt(result.contactIds[k]!, t)));
    }
  }
  out.timeTravel = h;
  return out;
}

/**
 * The benchmark's templates together, plus the date-centred ones and arrivals. Scored with the
 * lifecycle template's legacy rules (as the goldens were pinned), or with its 2025 score model.
 */
export function allTemplates(scoring: 'legacy' | 'model' = 'legacy'): Project {
  const parts = (['nurturing', 'lifecycle', 'cleanup', 'webinar', 'birthday'] as const).map((id) => buildTemplate(id, 'fr'));
  const first = parts[0]!;
  return {
    ...first,
    workflows: parts.flatMap((p) => p.workflows),
    lists: parts.flatMap((p) => p.lists),
    emails: parts.flatMap((p) => p.emails),
    assets: parts.flatMap((p) => p.assets),
    scoreRules: scoring === 'legacy' ? LEGACY_SCORE_RULES('fr') : [],
    ...(scoring === 'model' ? { scoreModel: parts[1]!.scoreModel! } : {}),
    simulation: { ...first.simulation, horizonDays: 365, seed: 7, arrivals: { ...first.simulation.arrivals, perDay: 12 } },
  };
}

/** Filters and steps the templates do not use: history windows, goals, suppression, waits. */
export function unusualProject(): Project {
  const base = allTemplates();
  const pricing = asStepId('u-wait-pricing');
  const extra: Workflow[] = [
    workflow(
      'u-score-moved',
      [
        { id: asStepId('u-branch-type'), kind: 'branch-value', property: 'contacttype', branches: [{ id: asBranchId('p'), name: 'P', value: 'prospect', next: pricing }], defaultName: 'other', defaultNext: asStepId('u-clear') },
        { id: pricing, kind: 'delay-until-event', event: { kind: 'criteria-met', criteria: { groups: [{ filters: [{ kind: 'page-view', url: '/pricing', match: 'equals', op: 'viewed', withinDays: 7 }] }] } }, maxWait: { amount: 20, unit: 'days' }, met: asStepId('u-inc'), notMet: asStepId('u-clear') },
        { id: asStepId('u-inc'), kind: 'increment-property', property: 'visits_seen', by: 2, next: asStepId('u-list') },
        { id: asStepId('u-list'), kind: 'add-to-list', list: asListId('u-list'), next: null },
        { id: asStepId('u-clear'), kind: 'clear-property', property: 'jobtitle', next: asStepId('u-copy') },
        { id: asStepId('u-copy'), kind: 'copy-property', from: 'company', to: 'jobtitle', next: null },
      ],
      {
        enrollment: {
          triggers: {
            groups: [
              { filters: [{ kind: 'property', property: 'hubspotscore', type: 'date', operation: { op: 'updated-in-last-days', days: 3 } }, { kind: 'list', list: asListId('list-cleanup'), op: 'not-in' }] },
              { filters: [{ kind: 'email', email: null, event: 'opened-not-clicked', withinDays: 10 }] },
            ],
          },
          enrollExisting: true,
          reenroll: true,
          unenrollWhenNotMatching: false,
        },
        goal: { groups: [{ filters: [{ kind: 'email', email: asEmailId('email-followup'), event: 'received-not-opened', withinDays: 4 }] }] },
        suppressionLists: [asListId('list-birthday-sent')],
      },
    ),
    workflow('u-renewal', [{ id: asStepId('u-notify'), kind: 'create-task', taskTitle: 'call', next: null }], {
      enrollment: {
        triggers: {
          groups: [
            { filters: [{ kind: 'property', property: 'createdate', type: 'date', operation: { op: 'less-than-days-from-now', days: 10 } }] },
            { filters: [{ kind: 'form', asset: asAssetId('asset-webinar'), op: 'submitted', withinDays: 14 }, { kind: 'page-view', url: 'blog', match: 'contains', op: 'not-viewed' }] },
          ],
        },
        enrollExisting: false,
        reenroll: true,
        unenrollWhenNotMatching: true,
      },
      executionWindow: { days: ['tuesday', 'thursday'], start: '09:30', end: '17:00' },
      blockedDates: ['2026-03-05'],
      unenrollFromOthers: { mode: 'selected', workflows: [asWorkflowId('u-score-moved')] },
    }),
  ];
  return { ...base, workflows: [...base.workflows, ...extra], lists: [...base.lists, { id: asListId('u-list'), name: 'u' }] };
}

const activity = (op: 'less-than-days-ago' | 'more-than-days-ago', days: number): Criteria => ({
  groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op, days } }] }],
});

/** The templates, busier visitors, and workflows the activity date enrolls and unenrolls. */
/** Random parameters of activityProject, for property tests (plus a seed for the run). */
export const activityFields = {
  visits: fc.integer({ min: 1, max: 12 }),
  recentDays: fc.integer({ min: 1, max: 20 }),
  idleDays: fc.integer({ min: 2, max: 60 }),
  unenroll: fc.boolean(),
  reenroll: fc.boolean(),
  arrivals: fc.integer({ min: 0, max: 6 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
};

export function activityProject(p: { visits: number; recentDays: number; idleDays: number; unenroll: boolean; reenroll: boolean; arrivals: number }): Project {
  const base = allTemplates();
  const recent = workflow(
    'a-recent',
    [
      { id: asStepId('a-wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: asStepId('a-list') },
      { id: asStepId('a-list'), kind: 'add-to-list', list: asListId('a-list'), next: null },
    ],
    { enrollment: { triggers: activity('less-than-days-ago', p.recentDays), enrollExisting: true, reenroll: p.reenroll, unenrollWhenNotMatching: p.unenroll } },
  );
  const idle = workflow('a-idle', [{ id: asStepId('a-task'), kind: 'create-task', taskTitle: 'relancer', next: null }], {
    enrollment: { triggers: activity('more-than-days-ago', p.idleDays), enrollExisting: true, reenroll: true, unenrollWhenNotMatching: p.unenroll },
    goal: activity('less-than-days-ago', 1),
  });
  return {
    ...base,
    workflows: [...base.workflows, recent, idle],
    lists: [...base.lists, { id: asListId('a-list'), name: 'actifs' }],
    personas: base.personas.map((x) => ({ ...x, visitsPerWeek: x.visitsPerWeek * p.visits })),
    simulation: { ...base.simulation, horizonDays: 150, arrivals: { ...base.simulation.arrivals, perDay: p.arrivals } },
  };
}
