import type { Lang, Project } from '../../engine/model/index.ts';
import { buildReportHtml, checkedExpectations, reportExpectations, withReplications, type ReportInput, type ReportRun } from '../../engine/report/index.ts';
import type { ExpectState } from '../expect/store.ts';
import type { StudyStore } from '../study/store.ts';
import { fileName } from '../export/exporters.ts';
import type { Platform } from '../platform/index.ts';
import { runElk } from '../canvas/useLayout.ts';
import type { SimulationStore } from '../simulator/store.ts';

/** Today in the computer's calendar, `YYYY-MM-DD` (the engine reads no clock). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The report of the open project: with the last run's figures when that run was of this project
 * (the project as it was run, so figures and diagrams agree), else the programme and workflows only.
 * When a study went with that run (Runs above 1), the report gives each figure's 90 % interval
 * over its replications (their digests, read off the study's counts), as `flowbench report
 * --replications` does.
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
): Promise<string> {
  const state = sim.getState();
  const ran = state.status === 'done' && state.ranProject?.id === project.id ? state.ranProject : null;
  const single: ReportRun | null = ran ? await sim.client.reportRun() : null;
  const studied = study.getState().result;
  const run =
    ran && single && studied && studied.meta === state.meta && studied.replications > 1
      ? withReplications(ran, single, studied.digests)
      : single;
  const shown = ran ?? project;
  const html = await buildReportHtml({ project: shown, lang, date: today(), elk: runElk, ...(run ? { run } : {}), ...expectationsOf(shown, checked) });
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
