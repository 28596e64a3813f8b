import type { Lang, Project } from '../../engine/model/index.ts';
import { buildReportHtml, checkedExpectations, reportExpectations, withReplications, type OutdatedRun, type ReportInput, type ReportRun } from '../../engine/report/index.ts';
import type { ExpectState } from '../expect/store.ts';
import type { StudyStore } from '../study/store.ts';
import { fileName } from '../export/exporters.ts';
import type { Platform } from '../platform/index.ts';
import { runElk } from '../canvas/useLayout.ts';
import type { SimulationState, SimulationStore } from '../simulator/store.ts';
import { sandboxRevision } from '../sandbox/revisions.ts';
import { runEndedAt } from './run-times.ts';

/** Today in the computer's calendar, `YYYY-MM-DD` (the engine reads no clock). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment in the computer's local time, `YYYY-MM-DDTHH:MM`, as the report takes a run's time. */
export function localMinute(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The document's undo history: how many edits lie between the run's project and the open one. */
export interface EditHistory {
  readonly past: readonly Project[];
  readonly future: readonly Project[];
}

/**
 * The last run of this project, if any, and what changed since, as Simulate and the programme map
 * (`staleRun`) decide it: the open project is another snapshot than the one run (its edits
 * counted in undo steps while the history holds the run's snapshot), or the sandbox the run read
 * has moved on (renderer/sandbox/revisions.ts). `outdated` is null when the run is of the project
 * and the contacts as they are now.
 */
export function lastRunOf(project: Project, state: SimulationState, history?: EditHistory): { ran: Project | null; outdated: OutdatedRun | null } {
  const ran = state.status === 'done' && state.ranProject?.id === project.id ? state.ranProject : null;
  if (!ran) return { ran: null, outdated: null };
  const origin = state.ranOrigin;
  const contactsChanged = origin !== null && 'sandbox' in origin && state.ranRevision !== null && sandboxRevision(origin.sandbox) !== state.ranRevision;
  const edits = ran === project ? 0 : editsBetween(ran, history);
  if (edits === 0 && !contactsChanged) return { ran, outdated: null };
  const ended = runEndedAt(state.meta);
  return { ran, outdated: { ranAt: ended ? localMinute(ended) : null, edits, contactsChanged } };
}

/** Undo steps back to the run's snapshot (or redo steps forward to it); null when the history does not hold it. */
function editsBetween(ran: Project, history: EditHistory | undefined): number | null {
  if (!history) return null;
  const back = history.past.lastIndexOf(ran);
  if (back >= 0) return history.past.length - back;
  const forward = history.future.indexOf(ran);
  return forward >= 0 ? forward + 1 : null;
}

/**
 * The report of the open project: with the last run's figures when that run was of this project
 * (the project as it was run, so figures and diagrams agree), else the programme and workflows
 * only. When the project or its contacts changed since that run, the report says so at its top:
 * when the run ended and how many edits since (engine/report `staleNotice`); ReportButton offers
 * to run again first. When a study went with that run (Runs above 1), the report gives each
 * figure's 90 % interval over its replications (their digests, read off the study's counts), as
 * `flowbench report --replications` does.
 */
export async function writeReport(
  project: Project,
  sim: SimulationStore,
  study: StudyStore,
  lang: Lang,
  platform: Platform,
  reportWord: string,
  /** The Expectations panel's last check: reused when it is of the project the report shows. */
  checked?: Pick<ExpectState, 'checked' | 'outcomes' | 'contacts' | 'running' | 'error'>,
  /** The document's undo history, to count the edits since the run. */
  history?: EditHistory,
): Promise<string> {
  const state = sim.getState();
  const { ran, outdated } = lastRunOf(project, state, history);
  const single: ReportRun | null = ran ? await sim.client.reportRun() : null;
  const studied = study.getState().result;
  const run =
    ran && single && studied && studied.meta === state.meta && studied.replications > 1
      ? withReplications(ran, single, studied.digests)
      : single;
  const shown = ran ?? project;
  const html = await buildReportHtml({ project: shown, lang, date: today(), elk: runElk, ...(run ? { run } : {}), ...(run && outdated ? { outdated } : {}), ...expectationsOf(shown, checked) });
  const name = fileName(`${project.name} – ${reportWord}`, 'html');
  await platform.saveFile(name, new Blob([html], { type: 'text/html' }));
  return name;
}

/**
 * The expectations of the project shown, as the panel checked them when its last check is of
 * that very project (no second run of the test population on the page's thread), else checked now.
 */
function expectationsOf(project: Project, panel: Parameters<typeof writeReport>[6]): Pick<ReportInput, 'expectations' | 'expectationsCheckedOn'> {
  const tests = project.tests;
  if (!tests || tests.expectations.length === 0) return {};
  if (panel && panel.checked === project && !panel.running && panel.error === null && panel.outcomes.length === tests.expectations.length)
    return { expectations: reportExpectations(project, panel.outcomes), expectationsCheckedOn: { contacts: panel.contacts, replications: tests.replications ?? 1 } };
  return checkedExpectations(project);
}
