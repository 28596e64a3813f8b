import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { LOG_KINDS, simulate, type SimulationResult, type StateAt } from '../../engine/sim/index.ts';
import { clockFor } from '../../engine/sim/index.ts';
import { newFromTemplate, generateSandbox } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';

/**
 * One source of truth per minute: the scrubber goes to many minutes and every figure on the
 * screen (step badges, edge counts, the panel's end states, lists and totals, the Sankey, the
 * chart legends) and in the "SVG with counts" export is compared with the engine's `stateAt`,
 * computed here in Node from the same project and contacts. Expected values are taken straight
 * from `stateAt` with the arithmetic written below (and a scan of the log for what a send step
 * sent), never from the app's own helpers.
 */

let server: StaticServer;
let session: Session;
let project: Project;
let truth: SimulationResult;

type Seen = Record<string, { count?: string; waiting?: string; passed?: string; sent?: string; enrolled?: string; minute?: string; text: string }>;

/** Every element with a test id and its data attributes, in one round trip. */
const seen = (): Promise<Seen> =>
  session.page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid]')].map((e) => [
        e.dataset.testid!,
        { count: e.dataset.count, waiting: e.dataset.waiting, passed: e.dataset.passed, sent: e.dataset.sent, enrolled: e.dataset.enrolled, minute: e.dataset.minute, text: e.textContent ?? '' },
      ]),
    ),
  );

/** A number as the French UI writes it ("2 400"), read back. */
const parse = (text: string | undefined) => Number((text ?? '').replace(/[^\d-]/g, ''));

/** Independent of engine/results: the log's rows of a kind, at or before the minute, for a step (or any step >= 0). */
function logCount(kind: number, minute: number, step?: number): number {
  let n = 0;
  for (let r = 0; r < truth.log.length && truth.log.time(r) <= minute; r++) {
    if (truth.log.kind(r) !== kind) continue;
    if (step === undefined ? truth.log.step(r) >= 0 : truth.log.step(r) === step) n++;
  }
  return n;
}

function endStates(state: StateAt) {
  const w = state.workflows[0]!;
  const unenrolled = w.ended.suppressed + w.ended['not-matching'] + w.ended['unenrolled-by-workflow'] + w.ended['unenrolled-on-other-enrollment'] + w.ended.loop;
  return { enrolled: w.enrolled, completed: w.ended.completed, goal: w.ended.goal, lost: w.lost, unenrolled, inProgress: w.enrolled - w.ended.completed - w.ended.goal - unenrolled };
}

async function goTo(minute: number): Promise<void> {
  await session.page.getByTestId('sim-scrubber').fill(String(minute));
  // Each view follows at its pace (the canvas on the worker's frame, the panel a few times a
  // second): read only once both say they show this very minute.
  await session.page.waitForSelector(`[data-testid=sim-overlay][data-minute="${minute}"]`);
  await session.page.waitForSelector(`[data-testid=sim-results][data-minute="${minute}"]`);
}

async function expectEverythingAt(minute: number): Promise<number> {
  const state = truth.stateAt(minute);
  const s = await seen();
  const workflow = project.workflows[0]!;
  let compared = 0;
  const same = (what: string, shown: number, expected: number) => {
    expect({ minute, what, shown }).toEqual({ minute, what, shown: expected });
    compared++;
  };
  // Canvas: step badges (and a send step's emails), edge counts, the enrollment badge.
  for (const step of workflow.steps) {
    const k = truth.steps.findIndex((x) => x.step === step.id);
    const badge = s[`sim-badge-${step.id}`];
    if (!badge) continue;
    same(`waiting ${step.id}`, parse(s[`sim-waiting-${step.id}`]?.text), state.waiting[k]!);
    same(`passed ${step.id}`, parse(s[`sim-passed-${step.id}`]?.text), state.entered[k]! - state.waiting[k]!);
    if (step.kind === 'send-email') same(`sent ${step.id}`, parse(s[`sim-sent-${step.id}`]?.text), logCount(LOG_KINDS.sent, minute, k));
  }
  let pills = 0;
  truth.edges.forEach((edge, k) => {
    // The nurturing template has no "go to" jump: a pill on every edge with traffic, none elsewhere.
    const pill = s[`sim-edge-${edge.from}/${edge.slot}`];
    if (!pill) return expect({ minute, edge: `${edge.from}/${edge.slot}`, count: state.edges[k] }).toEqual({ minute, edge: `${edge.from}/${edge.slot}`, count: 0 });
    same(`edge ${edge.from}/${edge.slot}`, parse(pill.text), state.edges[k]!);
    pills++;
  });
  if (minute > 1440) expect(pills).toBeGreaterThan(0);
  same('enrollment badge', parse(s['sim-badge-enrollment']?.enrolled), state.workflows[0]!.enrolled);
  // Panel: end states, as numbers shown and as the bars' counts.
  const e = endStates(state);
  for (const [id, value] of [
    ['sim-state-enrolled', e.enrolled],
    ['sim-state-in-progress', e.inProgress],
    ['sim-state-completed', e.completed],
    ['sim-state-goal', e.goal],
    ['sim-state-lost', e.lost],
    ['sim-state-unenrolled', e.unenrolled],
  ] as const) {
    same(id, parse(s[id]?.count), value);
    same(`${id} (text)`, parse(s[id]?.text.replace(/^\D+/, '')), value);
  }
  // The single workflow of the run: its totals are the run's, forms only those after its emails.
  for (const key of ['sent', 'opened', 'clicked', 'unsubscribed', 'bounced'] as const) same(`total ${key}`, parse(s[`sim-total-${key}`]?.count), state.totals[key]);
  same('total submitted', parse(s['sim-total-submitted']?.count), logCount(LOG_KINDS.submitted, minute));
  same('sum of the send cards = emails sent', workflow.steps.filter((x) => x.kind === 'send-email').reduce((n, x) => n + parse(s[`sim-sent-${x.id}`]?.text ?? '0'), 0), state.totals.sent);
  // Lists: the bar, the chart legend, exact at the minute.
  for (const list of project.lists) {
    same(`list ${list.id}`, parse(s[`sim-list-${list.id}`]?.count), state.lists[list.id]!);
    same(`list legend ${list.id}`, parse(s[`sim-chart-lists-legend-${list.id}`]?.count), state.lists[list.id]!);
    same(`list legend ${list.id} (text)`, parse(s[`sim-chart-lists-legend-${list.id}`]?.text.replace(/^.*?(\d[\d\s\u202f]*)$/, '$1')), state.lists[list.id]!);
  }
  // Lifecycle legend: the engine keeps stages per day (the last midnight's count), and so does the legend.
  for (const [stage, value] of Object.entries(state.lifecycle)) {
    const legend = s[`sim-chart-lifecycle-legend-${stage}`];
    if (legend) same(`stage ${stage}`, parse(legend.count), value);
    else expect(value).toBe(0);
  }
  // Sankey: in progress, goal, unenrolled.
  for (const [key, value] of [
    ['in-progress', e.inProgress],
    ['goal', e.goal],
    ['unenrolled', e.unenrolled],
  ] as const) {
    const band = s[`sim-sankey-${key}`];
    if (band) same(`sankey ${key}`, parse(band.count), value);
    else expect(value).toBe(0);
  }
  return compared;
}

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('every view shows the same number at the same minute', () => {
  it('runs the nurturing template over 3,000 contacts', async () => {
    const { page } = session;
    await newFromTemplate(page, 'nurturing');
    await generateSandbox(page, { count: 3000, seed: 7 });
    await page.getByTestId('toggle-simulate').click();
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-timeline').waitFor({ timeout: 60_000 });
    project = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    truth = simulate(project, generateContacts(project, 3000, 7));
    expect(truth.totals.skippedSends).toBeGreaterThan(0);
  });

  it('badges, panel, legends and Sankey agree with stateAt at many minutes', async () => {
    const clock = clockFor(truth.startDate, truth.timeZone);
    // Midnights, minutes just before and after them, odd minutes inside days, the last minute.
    const minutes = [0, 1, clock.midnight(1) - 1, clock.midnight(1), clock.midnight(3) + 517, clock.midnight(5) + 61, clock.midnight(6), clock.midnight(9) + 1439, clock.midnight(12), clock.midnight(12) + 733, clock.midnight(17) + 5, clock.midnight(23) + 1, clock.midnight(29) + 900, truth.lastMinute];
    // The minutes include some where a list changed since the last midnight: the case where the
    // legend (the midnight's count) once said 44 while the panel (exact) said 45.
    const lastMidnight = (m: number) => Math.max(...Array.from({ length: truth.horizonDays + 1 }, (_, d) => clock.midnight(d)).filter((x) => x <= m));
    const changedSinceMidnight = minutes.filter((m) => project.lists.some((l) => truth.stateAt(m).lists[l.id] !== truth.stateAt(lastMidnight(m)).lists[l.id]));
    expect(changedSinceMidnight.length).toBeGreaterThan(0);
    let compared = 0;
    for (const minute of minutes) {
      await goTo(minute);
      compared += await expectEverythingAt(minute);
    }
    expect(compared).toBeGreaterThan(minutes.length * 40);
    await screenshot(session.page, 'consistency-end');
  });

  it('the "SVG with counts" export draws the same badges as the canvas', async () => {
    const { page } = session;
    const minute = clockFor(truth.startDate, truth.timeZone).midnight(12) + 733;
    await goTo(minute);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sim-export-svg').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const state = truth.stateAt(minute);
    let badges = 0;
    for (const step of project.workflows[0]!.steps) {
      const k = truth.steps.findIndex((x) => x.step === step.id);
      const group = new RegExp(`<g data-step="${step.id}">([\\s\\S]*?)</g>`).exec(svg);
      if (!group) continue;
      const numbers = [...group[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => parse(m[1]));
      const expected = [state.waiting[k]!, state.entered[k]! - state.waiting[k]!, ...(step.kind === 'send-email' ? [logCount(LOG_KINDS.sent, minute, k)] : [])];
      expect({ step: step.id, numbers }).toEqual({ step: step.id, numbers: expected });
      // Icons are paths, not characters a font may lack.
      expect(group[1]).not.toMatch(/[\u2300-\u23ff\u2700-\u27bf]/);
      badges++;
    }
    expect(badges).toBe(project.workflows[0]!.steps.length);
  });

  it('the results CSV counts the same end states as the panel at the last minute', async () => {
    const { page } = session;
    await goTo(truth.lastMinute);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sim-export-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    const e = endStates(truth.stateAt(truth.lastMinute));
    expect(rows.length).toBe(e.enrolled);
    expect(rows.filter((r) => r['Fin'] === 'terminé').length).toBe(e.completed);
    expect(rows.filter((r) => r['Fin'] === 'toujours en cours').length).toBe(e.inProgress);
    expect(rows.filter((r) => r['Perdu (aucun segment statique)'] === 'oui').length).toBe(e.lost);
    expect(parse((await seen())['sim-state-completed']?.count)).toBe(e.completed);
  });
});
