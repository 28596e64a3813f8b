import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContacts, programmeCounts, programmeMap, saveProject, simulate, type Project } from '../../engine/index.ts';
import { seedProgramme } from '../engine/programme/fixtures.ts';
import { PROGRAMME_TEXTS } from '../../renderer/programme/i18n.ts';
import { waitForCanvas, generateSandbox } from './support/app.ts';
import { screenshot, SCREENSHOTS, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';

let server: StaticServer;
let session: Session;
let project: Project;
const OUT = join('test-output', 'report');
const CONTACTS = 1500;

/** Numbers as the UI writes them, read back. */
const parse = (text: string | null) => Number((text ?? '').replace(/[\s\u202f\u00a0,]/g, ''));

/** The seed article's three examples in one project, with arrivals (ebook 1 downloads) so the links carry contacts. */
function programmeProject(): Project {
  const seed = seedProgramme('fr');
  return {
    ...seed,
    name: 'Programme <Client> & “associés”',
    simulation: { ...seed.simulation, horizonDays: 45, arrivals: { perDay: 15, viaAsset: seed.assets[0]!.id, lifecycleStage: 'subscriber' } },
  };
}

/** Switches the app's language and waits until the programme button speaks it. */
async function setLanguage(lang: 'fr' | 'en'): Promise<void> {
  await session.page.getByTestId('language').selectOption(lang);
  await session.page.waitForFunction((hint) => document.querySelector('[data-testid=open-programme]')?.getAttribute('aria-label') === hint, PROGRAMME_TEXTS[lang].openHint);
}

async function openMap(): Promise<void> {
  const { page } = session;
  await page.getByTestId('open-programme').click();
  await page.waitForSelector('[data-testid=programme-map][data-ready=true][data-counts=true]');
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the consultant’s programme map, report and presentation in Chromium', () => {
  it('opens the three examples as one project and runs them over generated contacts', async () => {
    const { page } = session;
    const file = resolve(OUT, 'programme.flowbench.json');
    writeFileSync(file, saveProject(programmeProject()));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(file);
    await page.waitForFunction(() => window.__flowbench!.project().name.startsWith('Programme <Client>'));
    await waitForCanvas(page);
    project = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    await generateSandbox(page, { count: CONTACTS, seed: 42 });
    await page.getByTestId('toggle-simulate').click();
    await page.getByTestId('sim-setup').waitFor();
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-timeline').waitFor();
  });

  it('shows the map with the links the engine finds and the contacts each carried', async () => {
    const { page } = session;
    await openMap();
    const expected = programmeCounts(project, programmeMap(project), simulate(project, generateContacts(project, CONTACTS, 42)));
    const edges = await page.locator('[data-testid=programme-map] [data-edge]').evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-edge')!, text: e.querySelector('text')!.textContent! })));
    expect(edges.map((e) => e.key).sort()).toEqual([...expected.keys()].sort());
    for (const e of edges) expect(parse(e.text.split('·').at(-1)!)).toBe(expected.get(e.key));
    // The chain lifecycle 1 -> 2 carried contacts in this run.
    expect([...expected.values()].some((n) => n > 0)).toBe(true);
    await screenshot(page, 'report-map-fr-1440');
  });

  it('follows a link to the workflow it feeds', async () => {
    const { page } = session;
    const edge = page.locator('[data-testid=programme-map] [data-edge*="wf-lifecycle-lead>wf-lifecycle-mql"]');
    await edge.locator('text').click();
    await page.waitForSelector('[data-testid=programme-map]', { state: 'detached' });
    await page.waitForFunction(() => window.__flowbench!.stores.document.getState().activeWorkflowId === 'wf-lifecycle-mql');
  });

  it('exports a report that opens with the network blocked and prints one workflow per page', async () => {
    const { page } = session;
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-report').waitFor();
    await screenshot(page, 'report-export-dialog-fr-1440');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
    const path = resolve(OUT, 'report-fr.html');
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('Programme -Client- & “associés” – rapport.html');
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('data-section="outcomes"');

    const reader = await session.context.newPage();
    const url = `file://${path}`;
    // Every request the page makes, whether the route sees it or not; all but the file itself fail.
    const asked = new Set<string>();
    await reader.route('**/*', (route) => {
      asked.add(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    reader.on('request', (r) => void asked.add(r.url()));
    await reader.goto(url);
    await reader.waitForLoadState('load');
    expect([...asked]).toEqual([url]);
    expect(await reader.locator('section[data-section=workflow]').count()).toBe(project.workflows.length);
    await reader.emulateMedia({ media: 'print' });
    const breaks = await reader.locator('section.page').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(['auto', ...breaks.slice(1).map(() => 'page')]);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await reader.pdf({ format, printBackground: true });
      writeFileSync(resolve(OUT, `report-fr-${format}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // Cover, programme, one page per workflow, outcomes (one or two pages), expectations, assumptions.
      expect(pages).toBeGreaterThanOrEqual(2 + project.workflows.length + 3);
      expect(pages).toBeLessThanOrEqual(2 + project.workflows.length + 5);
    }
    await reader.close();
    await page.getByTestId('toast-success').getByRole('button').click();
  });

  it('enters presentation mode, plays, steps a day, follows a contact, and leaves with Escape', async () => {
    const { page } = session;
    await openMap();
    await page.getByTestId('enter-present').click();
    const present = page.locator('[data-testid=present-mode][data-ready=true]');
    await present.waitFor();
    await expect(page.getByTestId('project-name').isVisible()).resolves.toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const minute = Number(await present.getAttribute('data-minute'));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((m) => Number(document.querySelector('[data-testid=present-mode]')?.getAttribute('data-minute')) > m, minute);
    await page.keyboard.press(' ');
    await page.waitForSelector('[data-testid=present-mode][data-playing=true]');
    await page.keyboard.press(' ');
    await page.waitForSelector('[data-testid=present-mode][data-playing=false]');
    await page.keyboard.press('f');
    await page.waitForFunction(() => (document.querySelector('[data-testid=present-mode]')?.getAttribute('data-following') ?? '') !== '');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('present-captions').waitFor();
    await screenshot(page, 'report-present-fr-1440');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=present-mode]', { state: 'detached' });
    await expect(page.getByTestId('project-name').isVisible()).resolves.toBe(true);
  });

  it('looks right in English and at 1280×720 too', async () => {
    const { page } = session;
    await setLanguage('en');
    await openMap();
    await expect(page.getByTestId('programme-map').locator('h2').textContent()).resolves.toBe('Programme map');
    await screenshot(page, 'report-map-en-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'report-map-en-1280');
    await page.getByTestId('enter-present').click();
    await page.locator('[data-testid=present-mode][data-ready=true]').waitFor();
    await page.keyboard.press('f');
    await page.getByTestId('present-captions').waitFor();
    await screenshot(page, 'report-present-en-1280');
    await page.keyboard.press('Escape');
    await setLanguage('fr');
    await openMap();
    await screenshot(page, 'report-map-fr-1280');
    await page.getByTestId('close-programme').click();
    expect(SCREENSHOTS).toBe(join('test-output', 'screenshots'));
  });
});
