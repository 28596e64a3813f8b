import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { whatIf } from '../../engine/whatif/index.ts';
import type { SimTestHook } from '../../renderer/simulator/testHook.ts';
import { newFromTemplate, waitForCanvas, generateSandbox } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';

/**
 * Expectations in the app (issue #15): the lifecycle template's hold; one added with the form
 * holds; removing the student / competitor / partner exclusion makes "no excluded contact
 * becomes MQL" fail, in the Problems panel and as a mark on the MQL step; a failing contact opens
 * its journey in Simulate; undo brings it back to holding. Waits only on readiness marks.
 */

let server: StaticServer;
let session: Session;

const ready = () =>
  session.page.waitForFunction(() => {
    const section = document.querySelector('[data-testid=expectations]');
    const doc = window.__flowbench!.stores.document.getState().project;
    const items = document.querySelectorAll('[data-testid=expectation]');
    return section?.getAttribute('data-expect-state') === 'ready' && items.length === (doc.tests?.expectations.length ?? 0) && [...items].every((i) => i.getAttribute('data-state') !== 'pending');
  });
const states = () => session.page.$$eval('[data-testid=expectation]', (items) => Object.fromEntries(items.map((i) => [i.getAttribute('data-id'), i.getAttribute('data-state')])));

/** Simulate mode on or off, whatever it was. */
async function simulateMode(on: boolean): Promise<void> {
  const toggle = session.page.getByTestId('toggle-simulate');
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await session.page.waitForSelector(`[data-testid=toggle-simulate][aria-pressed="${on}"]`);
}

/** A new project from the nurturing template, a sandbox of `count` contacts, run in Simulate and scrubbed to day 10's midnight (returned). */
async function runToDay10(name: string, sandbox: { count: number; seed?: number; dismiss?: boolean }): Promise<number> {
  const { page } = session;
  await newFromTemplate(page, 'nurturing', name);
  await generateSandbox(page, sandbox);
  await simulateMode(true);
  await page.getByTestId('sim-run').click();
  await page.getByTestId('sim-timeline').waitFor();
  return page.evaluate(async () => {
    const sim = (window as unknown as { __flowbenchTest: { simulator: SimTestHook } }).__flowbenchTest.simulator;
    const m = sim.midnight(10);
    await sim.seek(m);
    return m;
  });
}

async function openWorkflow(name: RegExp): Promise<void> {
  await session.page.getByTestId('workflow-item').filter({ hasText: name }).click();
  await waitForCanvas(session.page);
}

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR', width: 1440, height: 900 }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('expectations in the app', () => {
  it('the lifecycle template ships with expectations that hold', async () => {
    const { page } = session;
    await newFromTemplate(page, 'lifecycle', 'Cycle de vie');
    await page.getByTestId('toggle-problems').click();
    // Below 1,600 px the expectations are a tab of the Problems panel (it stays chosen).
    await page.getByTestId('problems-tab-expect').click();
    await ready();
    expect(await states()).toEqual({
      'lifecycle-no-excluded-mql': 'holds',
      'wf-lifecycle-lead-ends-in-list': 'holds',
      'wf-lifecycle-mql-ends-in-list': 'holds',
      'wf-lifecycle-sql-ends-in-list': 'holds',
    });
  });

  it('adds an expectation with the form: it is saved and holds', async () => {
    const { page } = session;
    await page.getByTestId('expect-add').click();
    await page.getByTestId('expect-kind').selectOption('step-reached');
    await page.getByTestId('expect-workflow').selectOption('wf-lifecycle-mql');
    await page.getByTestId('expect-step').selectOption('step-list-mql');
    await page.getByTestId('expect-save').click();
    await page.waitForFunction(() => window.__flowbench!.project().tests?.expectations.length === 5);
    await ready();
    expect((await states())['expect-5']).toBe('holds');
  });

  it('breaking the MQL trigger makes it fail, in the panel and on the MQL step', async () => {
    const { page } = session;
    await openWorkflow(/Lead → MQL/);
    await page.getByTestId('enrollment-card').click();
    const triggers = page.getByTestId('triggers');
    // The second filter of the trigger is the exclusion of students, competitors and partners.
    await triggers.getByRole('button', { name: 'Supprimer le filtre' }).nth(1).click();
    await page.waitForFunction(() => window.__flowbench!.project().workflows.find((w) => w.id === 'wf-lifecycle-mql')!.enrollment.triggers.groups[0]!.filters.length === 1);
    await ready();
    expect((await states())['lifecycle-no-excluded-mql']).toBe('fails');
    await page.getByTestId('step-card-step-set-mql').getByTestId('expect-mark').waitFor();
    const offenders = page.locator('[data-id=lifecycle-no-excluded-mql] [data-testid=expect-offender]');
    expect(await offenders.count()).toBeGreaterThan(0);
    await screenshot(page, 'expect-fails-fr-1440');
  });

  it('a failing contact opens its journey in Simulate', async () => {
    const { page } = session;
    const offender = page.locator('[data-id=lifecycle-no-excluded-mql] [data-testid=expect-offender]').first();
    const id = await offender.getAttribute('data-contact');
    await offender.click();
    await page.waitForFunction((c) => {
      const journey = document.querySelector('[data-testid=sim-journey]');
      return journey?.getAttribute('data-contact') === c && journey.getAttribute('data-loading') === 'false';
    }, id);
    await screenshot(page, 'expect-journey-fr-1440');
    await page.getByTestId('toggle-simulate').click();
  });

  it('undo brings the exclusion back: the expectation holds and the mark goes', async () => {
    const { page } = session;
    await page.getByTestId('step-card-step-set-mql').click();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.__flowbench!.project().workflows.find((w) => w.id === 'wf-lifecycle-mql')!.enrollment.triggers.groups[0]!.filters.length === 2);
    await ready();
    expect((await states())['lifecycle-no-excluded-mql']).toBe('holds');
    expect(await page.getByTestId('expect-mark').count()).toBe(0);
  });

  it('reads in English and at 1280x720 too', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('en');
    await ready();
    await screenshot(page, 'expect-holds-en-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'expect-holds-en-1280');
    await page.getByTestId('expect-edit').first().click();
    await page.getByTestId('expect-dialog').waitFor();
    await screenshot(page, 'expect-dialog-en-1280');
    await page.keyboard.press('Escape');
    await page.getByTestId('language').selectOption('fr');
    await ready();
    await screenshot(page, 'expect-holds-fr-1280');
  });
});

describe('what if, from day 10', () => {
  it('raises a persona’s open rate from day 10: both timelines, the difference per step on the canvas', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    const day10 = await runToDay10('Nurturing', { count: 1000, dismiss: false });
    await page.getByTestId('whatif-open').click();
    await page.getByTestId('whatif-open-rate').fill('100');
    // And the second delay (5 days before the yes / no question) lengthened to 7 days now.
    await page.getByTestId('whatif-delay').selectOption('step-wait-ebook-2');
    await page.getByTestId('whatif-delay-days').fill('7');
    await page.getByTestId('whatif-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=whatif]')?.getAttribute('data-state') === 'done');
    expect(Number(await page.getByTestId('whatif-result').getAttribute('data-minute'))).toBe(day10);
    const [from, to] = ((await page.getByTestId('whatif-opens').textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(to).toBeGreaterThan(from!);
    // HubSpot's rule, said in words: which delay (as its card names it) and its length before → after,
    // then who waits in it at day 10 and when they now leave ("Délai 5 jours" alone read either way).
    expect(await page.getByTestId('whatif-delay-preview').textContent()).toMatch(
      /^«\u00a0Attendre 5 jours \(après Envoyer «\u00a0.+\u00a0»\)\u00a0»\u00a0: 5 jours\u00a0→ 7 jours\. (\d[\d\u202f]* contacts? y attend(ent)?\u00a0: ils? en partir(a|ont) désormais (le|entre le) .+|Aucun contact n’y attend\.)$/,
    );
    // Every step the panel lists as changed carries its difference on the canvas, and no other.
    const listed = await page.$$eval('[data-testid=whatif-step]', (items) => items.map((i) => i.getAttribute('data-step')).sort());
    const marked = await page.$$eval('[data-testid=whatif-mark]', (items) => items.map((i) => i.getAttribute('data-step')).sort());
    expect(marked).toEqual(listed);
    // Both timelines: the segments whose members moved, original and what-if (the 2 more days of waiting shift them).
    await expect(page.locator('[data-testid=whatif-chart] polyline').count()).resolves.toBeGreaterThanOrEqual(2);
    await screenshot(page, 'whatif-fr-1440');
    await page.getByTestId('language').selectOption('en');
    // The preview follows the language, the step's name included.
    await expect(page.getByTestId('whatif-delay-preview').textContent()).resolves.toMatch(/^“Wait 5 days \(after Send “.+”\)”: 5 days\u00a0→ 7 days\. /);
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'whatif-en-1280');
  });

  it('the workflow itself edited on the canvas after the run: its first delay cut to 1 day, applied from day 10', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('language').selectOption('fr');
    const day10 = await runToDay10('Nurturing édité', { count: 600, seed: 7 });
    const ran = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    // Back to the editor: the first delay (5 days) set to 1 day in the inspector; the run stays.
    await simulateMode(false);
    const workflow = ran.workflows[0]!;
    const delay = workflow.steps.find((x) => x.kind === 'delay')!;
    await page.getByTestId(`step-card-${delay.id}`).click();
    await page.getByTestId('delay-amount').fill('1');
    await page.getByTestId('delay-amount').press('Tab');
    await page.waitForFunction((id) => (window.__flowbench!.project().workflows[0]!.steps.find((x) => x.id === id) as unknown as { delay: { duration: { amount: number } } }).delay.duration.amount === 1, delay.id);
    const edited = ((await page.evaluate(() => window.__flowbench!.project())) as Project).workflows[0]!;
    await simulateMode(true);
    await page.getByTestId('whatif-open').click();
    // The edit since the run is offered, counted, and applied by default.
    const editsLabel = page.locator('label', { has: page.getByTestId('whatif-edits') });
    expect(await page.getByTestId('whatif-edits').isChecked()).toBe(true);
    await expect(editsLabel.textContent()).resolves.toMatch(/Appliquer mes modifications de «\u00a0.+\u00a0» depuis la simulation \(1 étape modifiée\)/);
    await page.getByTestId('whatif-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=whatif]')?.getAttribute('data-state') === 'done');
    expect(Number(await page.getByTestId('whatif-result').getAttribute('data-minute'))).toBe(day10);
    // The engine's what-if of the same edit on the same contacts and settings: every step it changes is listed with its numbers.
    const s = ran.simulation;
    const w = whatIf(ran, generateContacts(ran, 600, 7), day10, { workflow: { ...workflow, steps: edited.steps, start: edited.start } }, { startDate: s.startDate, horizonDays: s.horizonDays, seed: s.seed, arrivals: s.arrivals, timeZone: s.timeZone });
    const want = w.steps.filter((x) => x.workflow === workflow.id && x.original !== x.changed).map((x) => `${x.step}:${x.original}→${x.changed}`).sort();
    expect(want.length).toBeGreaterThan(0);
    const listed = await page.$$eval('[data-testid=whatif-step]', (items) => items.map((i) => `${i.getAttribute('data-step')}:${(i.textContent ?? '').match(/(\d+) → (\d+)/)!.slice(1).join('→')}`).sort());
    expect(listed).toEqual(want);
    const marked = await page.$$eval('[data-testid=whatif-mark]', (items) => items.map((i) => i.getAttribute('data-step')).sort());
    expect(marked).toEqual(listed.map((x) => x.split(':')[0]));
    await screenshot(page, 'whatif-edit-fr-1440');
    await page.getByTestId('language').selectOption('en');
    await expect(editsLabel.textContent()).resolves.toMatch(/Apply my edits to ".+" since the run \(1 step changed\)/);
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'whatif-edit-en-1280');
  });

  it('generates test contacts reaching every branch and end, saved as a sandbox Simulate can run', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await simulateMode(false);
    await page.getByTestId('coverage-generate').click();
    await page.getByTestId('coverage-result').waitFor();
    expect(await page.getByTestId('coverage-result').getAttribute('data-unreachable')).toBe('0');
    expect(await page.getByTestId('coverage-result').textContent()).toMatch(/^2 test contacts saved in sandbox “Test contacts – Nurturing – ebook sujet Y”: reach 11 of 11 branches and ends\./);
    await page.getByTestId('toggle-simulate').click();
    const options = await page.getByTestId('sim-sandbox').locator('option').allTextContents();
    expect(options.some((o) => o.startsWith('Test contacts – Nurturing – ebook sujet Y'))).toBe(true);
    await page.getByTestId('toggle-simulate').click();
    await screenshot(page, 'coverage-en-1440');
  });
});
