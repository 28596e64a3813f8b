import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../../engine/index.ts';
import { fitDiagram, generateSandbox, newFromTemplate, project } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import { openApp } from './support/launch.ts';
import type { StaticServer } from './support/server.ts';

/**
 * The layout measured in Chromium at the two window sizes people use, in both languages:
 * - on the first view of every template's workflows, as after "fit", no card passes under the zoom
 *   toolbar or the minimap, however far the diagram is then scrolled;
 * - after "fit" with the inspector open, no card of the nurturing template passes under the zoom
 *   toolbar or the minimap, however far the diagram is then scrolled;
 * - the workflow settings' Type select shows each type's name whole;
 * - in Simulate mode with a 20-run study, the timeline's keyboard hint is one row of whole keys,
 *   beside the clock and the speed menu, nothing overlapping and nothing scrolling sideways, even
 *   on the longest date ("mer. 30 sept. 2026, fin de journée");
 * - in presentation mode, following a contact whose last branch has a two-line reason, the help
 *   line stays whole at the bottom of the caption bar and every caption shown is whole; the
 *   Problems panel is hidden there and shows again on leaving.
 */

interface Box {
  x: number;
  y: number;
  r: number;
  b: number;
}

const overlap = (a: Box, b: Box) => a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b;

async function box(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((s) => {
    const e = document.querySelector(s);
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return r.width === 0 ? null : { x: r.left, y: r.top, r: r.right, b: r.bottom };
  }, selector);
}

/** The diagram's cards (steps, enrollment, ends) and branch labels, with their names for the failure message. */
async function cards(page: Page): Promise<(Box & { id: string })[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.fb-canvas .react-flow__node, .fb-canvas .react-flow__edgelabel-renderer > *')].map((e) => {
      const r = e.getBoundingClientRect();
      return { id: e.getAttribute('data-id') ?? e.textContent ?? '', x: r.left, y: r.top, r: r.right, b: r.bottom };
    }),
  );
}

const viewport = (page: Page) => page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '');

/**
 * Scrolls the diagram down a wheel at a time until its last card is in the pane, and returns the
 * cards that passed under the toolbar or the minimap on the way (the view as it is first).
 */
async function coveredDownToTheEnd(page: Page): Promise<string[]> {
  const pane = (await page.locator('.fb-canvas .react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const found = await covered(page);
  for (let i = 0; i < 15; i++) {
    const all = await cards(page);
    if (Math.max(...all.map((c) => c.b)) <= pane.y + pane.height - 24) break;
    const at = await viewport(page);
    await page.mouse.wheel(0, 150);
    await page.waitForFunction((s) => document.querySelector('.react-flow__viewport')?.getAttribute('style') !== s, at);
    found.push(...(await covered(page)));
  }
  return [...new Set(found)];
}

/** Waits until the canvas has set the first view of a workflow ("project/workflow"). */
async function firstView(page: Page, view: string): Promise<void> {
  await page.locator(`[data-testid=canvas][data-first-view="${view}"]`).waitFor();
}

/** Cards under the toolbar or the minimap now, as "card under toolbar". */
async function covered(page: Page): Promise<string[]> {
  const [toolbar, minimap, all] = await Promise.all([box(page, '.fb-controls'), box(page, '.react-flow__minimap'), cards(page)]);
  const found: string[] = [];
  for (const c of all) {
    if (toolbar && overlap(c, toolbar)) found.push(`${c.id} under the toolbar`);
    if (minimap && overlap(c, minimap)) found.push(`${c.id} under the minimap`);
  }
  return found;
}

const SIZES = [
  { locale: 'fr-FR', width: 1280, height: 720 },
  { locale: 'en-GB', width: 1280, height: 720 },
  { locale: 'fr-FR', width: 1440, height: 900 },
  { locale: 'en-GB', width: 1440, height: 900 },
] as const;

describe.each(SIZES)('layout at $width x $height ($locale)', ({ locale, width, height }) => {
  let server: StaticServer;
  let session: Session;
  const tag = `${locale.slice(0, 2)}-${width}x${height}`;

  beforeAll(async () => {
    ({ server, session } = await openApp({ locale, width, height }));
    await session.page.getByTestId('language').waitFor();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens every template’s workflows on a first view where, scrolled to the end, no card passes under the toolbar or the minimap', async () => {
    const { page } = session;
    for (const template of TEMPLATE_IDS) {
      await newFromTemplate(page, template);
      await page.getByTestId('toast-success').getByRole('button').click();
      const { id, workflows } = await project(page);
      for (const [i, workflow] of workflows.entries()) {
        if (i > 0) await page.getByTestId('workflow-item').nth(i).click();
        await firstView(page, `${id}/${workflow.id}`);
        if (i === 0) await screenshot(page, `layout-first-view-${template}-${tag}`);
        // The nurturing template's right-hand path ("No": wait, send the articles, add to the
        // segment) ran under the minimap once scrolled, at both sizes and in both languages.
        expect(await coveredDownToTheEnd(page), `${template}: ${workflow.name}`).toEqual([]);
      }
    }
  });

  it('starts a second project from the same template on its own first view, not where the first one was scrolled', async () => {
    const { page } = session;
    const opened: string[] = [];
    for (const name of ['Projet nurturing 1', 'Projet nurturing 2']) {
      await newFromTemplate(page, 'nurturing', name);
      await page.getByTestId('toast-success').getByRole('button').click();
      const { id, workflows } = await project(page);
      // The template's workflow ids are the same in both projects: only the project's id tells them apart.
      await firstView(page, `${id}/${workflows[0]!.id}`);
      opened.push(await viewport(page));
      await coveredDownToTheEnd(page);
      expect(await viewport(page)).not.toBe(opened.at(-1));
    }
    expect(opened[1]).toBe(opened[0]);
  });

  it('fits the nurturing diagram with the inspector open so that, scrolled to its end, no card passes under the toolbar or the minimap', async () => {
    const { page } = session;
    await newFromTemplate(page, 'nurturing');
    await page.getByTestId('toast-success').getByRole('button').click();
    const first = page.locator('.react-flow__node-step').first();
    await first.click();
    await page.locator('.fb-inspector-head').waitFor();
    // Scrolled first, as a user does before asking for the whole diagram again.
    const pane = (await page.locator('.fb-canvas .react-flow').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    const before = await viewport(page);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((s) => document.querySelector('.react-flow__viewport')?.getAttribute('style') !== s, before);
    await fitDiagram(page);
    expect(Number((await page.getByTestId('zoom-level').textContent())!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(75);
    await screenshot(page, `layout-fit-${tag}`);
    expect(await covered(page)).toEqual([]);
    // Down to the diagram's last card, a wheel at a time: nothing passes under the toolbar or the minimap.
    for (let i = 0; i < 12; i++) {
      const all = await cards(page);
      if (Math.max(...all.map((c) => c.b)) <= pane.y + pane.height - 24) break;
      const at = await viewport(page);
      await page.mouse.wheel(0, 150);
      await page.waitForFunction((s) => document.querySelector('.react-flow__viewport')?.getAttribute('style') !== s, at);
      expect(await covered(page)).toEqual([]);
    }
    await screenshot(page, `layout-fit-scrolled-${tag}`);
  });

  it('shows each workflow type whole in the workflow settings’ Type select', async () => {
    const { page } = session;
    // The workflow's settings from the list (the diagram was left scrolled to its end).
    await page.getByTestId('workflow-item').first().dblclick();
    const select = page.getByTestId('settings-type');
    await select.waitFor();
    const before = await select.inputValue();
    const types = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const cut: string[] = [];
    for (const type of types) {
      await select.selectOption(type);
      // A select shows the option picked: wider than the select, its text was cut at the edge
      // ("Basé sur les contacts : les délais partent de l’…" at 1280 x 720 in French).
      const m = await select.evaluate((s: HTMLSelectElement) => ({ text: s.selectedOptions[0]!.text, scroll: s.scrollWidth, client: s.clientWidth }));
      if (m.scroll > m.client) cut.push(`${m.text}: ${m.scroll} px in ${m.client}`);
      if (type === 'contact') await screenshot(page, `layout-settings-type-${tag}`);
    }
    expect(types).toHaveLength(3);
    expect(cut).toEqual([]);
    await select.selectOption(before);
  });

  it('keeps the keyboard hint of a 20-run study on one row of whole keys, clear of the clock and the speed menu', async () => {
    const { page } = session;
    await generateSandbox(page, { count: 300, seed: 7 });
    await page.getByTestId('toggle-simulate').click();
    // From 1 September: the last day's date is the longest French one ("mer. 30 sept. 2026, fin de journée").
    await page.getByTestId('sim-start').fill('01/09/2026');
    await page.getByTestId('sim-replications').fill('20');
    await page.getByTestId('sim-run').click();
    await page.getByTestId('study-note').waitFor();
    await page.evaluate(async () => {
      const sim = (window as unknown as { __flowbenchTest: { simulator: { seek(m: number): Promise<void>; meta(): { lastMinute: number } } } }).__flowbenchTest.simulator;
      await sim.seek(sim.meta().lastMinute);
    });
    await expect.poll(() => page.getByTestId('sim-day').textContent()).toMatch(/30$/);
    await screenshot(page, `layout-sim-keys-${tag}`);
    const m = await page.evaluate(() => {
      const rect = (e: Element | null) => {
        const r = e!.getBoundingClientRect();
        return { x: r.left, y: r.top, r: r.right, b: r.bottom, h: r.height };
      };
      const hint = document.querySelector('[data-testid=sim-keys]')!;
      const timeline = document.querySelector('[data-testid=sim-timeline]')!;
      return {
        date: document.querySelector('[data-testid=sim-date]')!.textContent,
        hint: rect(hint),
        keys: [...hint.querySelectorAll('kbd')].map((k) => rect(k)),
        clock: rect(document.querySelector('.fb-sim-clock')),
        speed: rect(document.querySelector('.fb-sim-speed')),
        timeline: rect(timeline),
        sideways: timeline.scrollWidth - timeline.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(m.date).toMatch(/30 (sept|Sept|Sep)/);
    // One row: the three keys share their top, inside the hint (none hidden by its one-row height).
    expect(m.keys).toHaveLength(3);
    expect(m.hint.h).toBeLessThanOrEqual(20);
    for (const k of m.keys) {
      expect(k.y).toBe(m.keys[0]!.y);
      expect(k.x).toBeGreaterThanOrEqual(m.hint.x - 0.5);
      expect(k.r).toBeLessThanOrEqual(m.hint.r + 0.5);
      expect(k.b).toBeLessThanOrEqual(m.hint.b + 0.5);
    }
    expect(overlap(m.hint, m.clock)).toBe(false);
    expect(overlap(m.hint, m.speed)).toBe(false);
    expect(m.speed.r).toBeLessThanOrEqual(m.timeline.r);
    expect(m.sideways).toBe(0);
    expect(m.page).toBe(0);
  });

  it('keeps the timeline whole with the workflows list open beside the Simulate panel: the date wraps, the speed menu is not cut', async () => {
    const { page } = session;
    await page.getByTestId('sim-toggle-workflows').click();
    await page.getByTestId('workflows-sidebar').waitFor();
    await screenshot(page, `layout-sim-narrow-${tag}`);
    const m = await page.evaluate(() => {
      const timeline = document.querySelector('[data-testid=sim-timeline]')!;
      const box = timeline.getBoundingClientRect();
      const speed = document.querySelector('.fb-sim-speed')!.getBoundingClientRect();
      const clock = document.querySelector('.fb-sim-clock')!.getBoundingClientRect();
      const date = document.querySelector('[data-testid=sim-date]')!.getBoundingClientRect();
      return { sideways: timeline.scrollWidth - timeline.clientWidth, right: box.right - parseFloat(getComputedStyle(timeline).paddingRight), speed, clock, date, play: document.querySelector('.fb-sim-play')!.getBoundingClientRect().height };
    });
    // At 1280 px the timeline's content is 616 px for "mer. 30 sept. 2026, fin de journée" and its day: the menu was cut by ~10 px.
    expect(m.sideways).toBe(0);
    expect(m.speed.right).toBeLessThanOrEqual(m.right + 0.5);
    expect(m.clock.right).toBeLessThanOrEqual(m.speed.left);
    // Two lines at most, no taller than the play button: the canvas above keeps its height.
    expect(m.date.height).toBeLessThanOrEqual(m.play);
    await page.getByTestId('sim-toggle-workflows').click();
    await expect.poll(() => page.getByTestId('workflows-sidebar').isVisible()).toBe(false);
  });

  it('names every row of the study’s end states in full, wrapping a long name instead of cutting it', async () => {
    const { page } = session;
    await page.getByTestId('sim-end-states').scrollIntoViewIfNeeded();
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=sim-end-states] .fb-sim-state-label')].map((e) => ({
        text: e.textContent ?? '',
        title: e.getAttribute('title') ?? '',
        cut: e.scrollWidth > e.clientWidth + 0.5 || getComputedStyle(e).textOverflow === 'ellipsis',
      })),
    );
    await screenshot(page, `layout-sim-states-${tag}`);
    // "Perdus (aucun segment statique)" and the segments' names were cut with an ellipsis beside a study's intervals.
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels) {
      expect(l.cut, l.text).toBe(false);
      expect(l.text).toBe(l.title);
    }
  });

  it('keeps presentation mode’s captions whole and its help line in the caption bar while following a contact', async () => {
    const { page } = session;
    // Day 11, 10:00: the contact followed first has just taken the branch's "No" path (a two-line reason).
    await page.evaluate(async () => {
      const sim = (window as unknown as { __flowbenchTest: { simulator: { seek(m: number): Promise<void> } } }).__flowbenchTest.simulator;
      await sim.seek(10 * 1440 + 600);
    });
    if (!(await page.getByTestId('open-programme').isVisible())) await page.getByTestId('sim-toggle-workflows').click();
    await page.getByTestId('open-programme').click();
    await page.getByTestId('enter-present').click();
    await page.locator('[data-testid=present-mode][data-ready=true]').waitFor();
    await page.keyboard.press('f');
    await page.getByTestId('present-captions').locator('li').first().waitFor();
    await expect.poll(() => page.getByTestId('present-mode').getAttribute('data-following')).not.toBe('');
    await screenshot(page, `layout-present-${tag}`);
    const m = await page.evaluate(() => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.left, y: r.top, r: r.right, b: r.bottom };
      };
      const bar = document.querySelector('[data-testid=present-mode]')!;
      const list = bar.querySelector('.fb-present-captions ol')!;
      const pad = parseFloat(getComputedStyle(bar).paddingBottom);
      return {
        bar: rect(bar),
        pad,
        help: rect(bar.querySelector('.fb-present-help')!),
        list: rect(list),
        items: [...list.querySelectorAll('li')].map((li) => ({ ...rect(li), text: li.textContent ?? '' })),
      };
    });
    // The help line inside the bar's content, under the captions.
    expect(m.help.b).toBeLessThanOrEqual(m.bar.b - m.pad + 0.5);
    expect(m.list.b).toBeLessThanOrEqual(m.help.y + 0.5);
    // Every caption is inside the list whole, or outside it whole (an older one with no room): none cut.
    const inside = m.items.filter((i) => i.x < m.list.r && i.r > m.list.x);
    expect(inside.length).toBeGreaterThan(0);
    for (const i of inside) {
      expect(i.y, i.text).toBeGreaterThanOrEqual(m.list.y - 0.5);
      expect(i.b, i.text).toBeLessThanOrEqual(m.list.b + 0.5);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('present-mode').waitFor({ state: 'detached' });
  });

  it('hides the Problems panel in presentation mode, giving its room to the diagram, and shows it again on leaving', async () => {
    const { page } = session;
    await page.getByTestId('toggle-problems').click();
    const problems = page.getByTestId('problems-panel');
    await problems.waitFor();
    if (!(await page.getByTestId('open-programme').isVisible())) await page.getByTestId('sim-toggle-workflows').click();
    await page.getByTestId('open-programme').click();
    await page.getByTestId('enter-present').click();
    await page.locator('[data-testid=present-mode][data-ready=true]').waitFor();
    await screenshot(page, `layout-present-no-problems-${tag}`);
    // Still open in the editor's state, not shown: the client sees the canvas and the captions only.
    await expect(problems.count()).resolves.toBe(1);
    await expect(problems.isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('expectations').isVisible()).resolves.toBe(false);
    // The diagram reaches down to the caption bar: the panel's row (220 px, with the expectations
    // beside the checks) stayed as an empty band over the bar, the panel alone hidden.
    const m = await page.evaluate(() => ({
      canvas: document.querySelector('.fb-canvas')!.getBoundingClientRect().bottom,
      bar: document.querySelector('[data-testid=present-mode]')!.getBoundingClientRect().top,
    }));
    expect(m.canvas).toBeGreaterThanOrEqual(m.bar - 0.5);
    await page.keyboard.press('Escape');
    await page.getByTestId('present-mode').waitFor({ state: 'detached' });
    await expect(problems.isVisible()).resolves.toBe(true);
    await page.getByTestId('toggle-problems').click();
    await problems.waitFor({ state: 'detached' });
  });

  it('wraps a step kind’s long name in the inspector’s head on balanced lines, never one word alone', async () => {
    const { page } = session;
    await page.getByTestId('toggle-simulate').click();
    await newFromTemplate(page, 'lifecycle', 'Projet lifecycle');
    await page.locator('.react-flow__node-step').first().click();
    const heading = page.locator('.fb-inspector-head h2');
    await heading.waitFor();
    // The words of each line, from where each word's box sits.
    const lines = await heading.evaluate((h) => {
      const text = h.firstChild!;
      const words: { word: string; top: number }[] = [];
      const re = /\S+/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text.textContent ?? ''))) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        words.push({ word: m[0], top: Math.round(range.getBoundingClientRect().top) });
      }
      const byTop = new Map<number, string[]>();
      for (const w of words) byTop.set(w.top, [...(byTop.get(w.top) ?? []), w.word]);
      return [...byTop.values()].map((ws) => ws.join(' '));
    });
    await screenshot(page, `layout-inspector-head-${tag}`);
    // "Phase du cycle de / vie" left "vie" alone at 1280 x 720 in French.
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines.at(-1)!.split(' ').length).toBeGreaterThan(1);
  });
});

