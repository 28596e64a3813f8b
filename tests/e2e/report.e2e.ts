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
    // The report is one of the files to choose; Download writes the one chosen.
    await page.getByTestId('export-format-report').check();
    await screenshot(page, 'report-export-dialog-fr-1440');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const path = resolve(OUT, 'report-fr.html');
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('Programme -Client- & “associés” – rapport.html');
    // Closed now: a success toast closes itself after a while, and printing the report twice below takes longer than that on a loaded machine.
    await page.getByTestId('toast-success').getByRole('button').click();
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
    // Printed on A4 the content is 210 − 2 × 14 mm = 182 mm, 688 px, wide: laid out at that width, each
    // band of each diagram is drawn at most at its own size, and its smallest text is 7 pt or more
    // (the nurturing diagram, 684 px wide, at its own size: 11 px, 8.25 pt; it was 3 pt in 150 mm).
    await reader.setViewportSize({ width: Math.floor((182 * 96) / 25.4), height: 1000 });
    const smallest = await reader.locator('.workflow-svg svg').evaluateAll((bands) =>
      bands.map((band) => {
        const scale = band.getBoundingClientRect().width / Number(band.getAttribute('viewBox')!.split(' ')[2]);
        return Math.min(...[...band.querySelectorAll('text')].map((t) => Number(getComputedStyle(t).fontSize.replace('px', '')) * scale * 0.75));
      }),
    );
    expect(smallest.length).toBeGreaterThan(project.workflows.length);
    expect(Math.min(...smallest)).toBeGreaterThanOrEqual(7);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await reader.pdf({ format, printBackground: true });
      writeFileSync(resolve(OUT, `report-fr-${format}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // Cover, programme, one page per workflow and one more for the nurturing diagram (1,500 px
      // at its own size runs over two), outcomes (one or two pages), expectations, assumptions.
      expect(pages).toBeGreaterThanOrEqual(2 + project.workflows.length + 1 + 3);
      expect(pages).toBeLessThanOrEqual(2 + project.workflows.length + 2 + 5);
    }
    await reader.close();
  });

  it('after an edit since the run, says so before writing: writes the report of that run saying so at its top, or runs again first', async () => {
    const { page } = session;
    const ran = await page.evaluate(() => window.__flowbench!.project());
    await page.evaluate(() => window.__flowbench!.stores.document.getState().apply((p) => ({ ...p, workflows: p.workflows.map((w, k) => (k === 0 ? { ...w, name: `${w.name} (v2)` } : w)) })));
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-format-report').check();
    const notice = page.getByTestId('report-stale-notice');
    await notice.waitFor();
    // Its two ways are under it: no Download beside them (it wrote the PNG still chosen, review h).
    expect(await page.getByTestId('export-download').count()).toBe(0);
    // The run's time as the computer's clock had it when the run ended (today, 24-hour in French), one edit since.
    expect(await notice.textContent()).toMatch(/^Chiffres et schémas de la dernière simulation du \d{1,2} [^ ]+ \d{4} à \d{2}:\d{2}, avant les dernières modifications\u00a0: le projet a changé depuis \(1\u00a0modification\)\. Relancez la simulation pour les inclure\.$/);
    await screenshot(page, 'report-stale-dialog-fr-1440');
    const [stale] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-as-run').click()]);
    const stalePath = resolve(OUT, 'report-stale-fr.html');
    await stale.saveAs(stalePath);
    const staleHtml = readFileSync(stalePath, 'utf8');
    expect(staleHtml).toContain('data-field="stale-run"');
    // Of the project as it was run: the first workflow under its name before the edit.
    expect(staleHtml).toContain(`<h2>${ran.workflows[0]!.name}</h2>`);
    await page.getByTestId('toast-success').filter({ hasText: 'le dit en tête' }).waitFor();
    await page.getByTestId('toast-success').getByRole('button').click();
    // Run again, then the report: of the project as it is, no notice.
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-format-report').check();
    const [fresh] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('report-run-again').click()]);
    const freshPath = resolve(OUT, 'report-rerun-fr.html');
    await fresh.saveAs(freshPath);
    const freshHtml = readFileSync(freshPath, 'utf8');
    expect(freshHtml).not.toContain('data-field="stale-run"');
    expect(freshHtml).toContain(`<h2>${ran.workflows[0]!.name} (v2)</h2>`);
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
