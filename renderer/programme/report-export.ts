import { sameForRuns, type Lang, type Project } from '../../engine/model/index.ts';
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
 * (`staleRun`) decide it: the open project differs from the one run in more than its expectations
 * (engine/model `sameForRuns`: no run reads them; its edits counted in undo steps while the
 * history holds the run's snapshot, expectation edits left out), or the sandbox the run read has
 * moved on (renderer/sandbox/revisions.ts). `outdated` is null when the run is of the project and
 * the contacts as they are now.
 */
export function lastRunOf(project: Project, state: SimulationState, history?: EditHistory): { ran: Project | null; outdated: OutdatedRun | null } {
  const ran = state.status === 'done' && state.ranProject?.id === project.id ? state.ranProject : null;
  if (!ran) return { ran: null, outdated: null };
  const origin = state.ranOrigin;
  const contactsChanged = origin !== null && 'sandbox' in origin && state.ranRevision !== null && sandboxRevision(origin.sandbox) !== state.ranRevision;
  const edits = sameForRuns(ran, project) ? 0 : editsBetween(ran, project, history);
  if (edits === 0 && !contactsChanged) return { ran, outdated: null };
  const ended = runEndedAt(state.meta);
  return { ran, outdated: { ranAt: ended ? localMinute(ended) : null, edits, contactsChanged } };
}

/**
 * Undo steps back to the run's snapshot (or redo steps forward to it) that changed what a run
 * reads (an expectation written is no such edit); null when the history does not hold it.
 */
function editsBetween(ran: Project, project: Project, history: EditHistory | undefined): number | null {
  if (!history) return null;
  const back = history.past.lastIndexOf(ran);
  const forward = back >= 0 ? -1 : history.future.indexOf(ran);
  if (back < 0 && forward < 0) return null;
  // The snapshots from the run's to the open one (or back), one undo step apart.
  const path = back >= 0 ? [...history.past.slice(back), project] : [project, ...history.future.slice(0, forward + 1)];
  return path.slice(1).filter((p, k) => !sameForRuns(path[k]!, p)).length;
}

/**
 * The project a report shows: the project as it was run (figures and diagrams agree), with the
 * expectations as they are now (writing one does not change a run); the open project itself when
 * a run of it is a run of the open one.
 */
export function reportedProject(project: Project, ran: Project | null): Project {
  if (!ran || sameForRuns(ran, project)) return project;
  if (ran.tests === project.tests) return ran;
  const { tests: _old, ...rest } = ran;
  return project.tests ? { ...rest, tests: project.tests } : rest;
}

/**
 * The report of the open project: with the last run's figures when that run was of this project
 * (the project as it was run, so figures and diagrams agree), else the programme and workflows
 * only. When the project or its contacts changed since that run, the report says so at its top:
 * when the run ended and how many edits since (engine/report `staleNotice`); the Export dialog offers
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
  const shown = reportedProject(project, ran);
  const html = await buildReportHtml({ project: shown, lang, date: today(), elk: runElk, ...(run ? { run } : {}), ...(run && outdated ? { outdated } : {}), ...expectationsOf(shown, checked) });
  const name = fileName(`${project.name} – ${reportWord}`, 'html');
  await platform.saveFile(name, new Blob([html], { type: 'text/html' }));
  return name;
}

/**
 * The expectations of the project shown, as the panel checked them when its last check is of that
 * very project, or of one a run cannot tell from it with the same expectations (no second run of
 * the test population on the page's thread), else checked now on the project shown.
 */
function expectationsOf(project: Project, panel: Parameters<typeof writeReport>[6]): Pick<ReportInput, 'expectations' | 'expectationsCheckedOn'> {
  const tests = project.tests;
  if (!tests || tests.expectations.length === 0) return {};
  const same = panel?.checked != null && panel.checked.tests === tests && sameForRuns(panel.checked, project);
  if (panel && same && !panel.running && panel.error === null && panel.outcomes.length === tests.expectations.length)
    return { expectations: reportExpectations(project, panel.outcomes), expectationsCheckedOn: { contacts: panel.contacts, replications: tests.replications ?? 1 } };
  return checkedExpectations(project);
}
