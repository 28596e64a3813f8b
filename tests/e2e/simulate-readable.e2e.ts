import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../engine/model/index.ts';
import { newFromTemplate, generateSandbox } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';

/**
 * Simulate mode as a French marketer on an American browser sees it, at 1280x720: the start
 * date in French order, panels that fold for the diagram, fit that stays readable, conditions
 * that wrap, a run cleared when another project opens, templates in the language chosen.
 */

let server: StaticServer;
let session: Session;

const project = () => session.page.evaluate(() => window.__flowbench!.project()) as Promise<Project>;
const paneWidth = () => session.page.locator('.fb-canvas .react-flow').evaluate((e) => e.clientWidth);

beforeAll(async () => {
  // The browser speaks American English: its own date field would read 01/05/2026 for 5 January.
  ({ server, session } = await openApp({ locale: 'en-US', width: 1280, height: 720 }));
  await session.page.getByTestId('language').selectOption('fr');
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Simulate mode, readable and in the user’s language', () => {
  it('shows the start date in the app language’s order, whatever the browser', async () => {
    const { page } = session;
    await newFromTemplate(page, 'nurturing', 'Nurturing');
    await generateSandbox(page, { count: 1000 });
    await page.getByTestId('toggle-simulate').click();
    const [year, month, day] = (await project()).simulation.startDate.split('-');
    await expect(page.getByTestId('sim-start').inputValue()).resolves.toBe(`${day}/${month}/${year}`);
    await page.getByTestId('sim-start').fill('12/03/2026');
    await expect(page.getByTestId('sim-start-long').textContent()).resolves.toBe('jeudi 12 mars 2026');
    await expect(page.getByText('Graine aléatoire (même graine, même résultat)').count()).resolves.toBe(1);
  });

  it('folds the panels so the diagram gets the room, and fit keeps cards readable', async () => {
    const { page } = session;
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-timeline').waitFor({ timeout: 60_000 });
    // One workflow: the workflows list starts folded in Simulate mode.
    await expect(page.getByTestId('workflows-sidebar').isVisible()).resolves.toBe(false);
    const withPanel = await paneWidth();
    await page.getByTestId('sim-toggle-results').click();
    await expect(page.getByTestId('sim-panel').isVisible()).resolves.toBe(false);
    await expect.poll(paneWidth).toBeGreaterThanOrEqual(withPanel + 380);
    await page.getByRole('button', { name: 'Ajuster à l’écran (1)' }).click();
    await page.waitForTimeout(400);
    const zoom = Number((await page.getByTestId('zoom-level').textContent())!.replace(/\D/g, ''));
    expect(zoom).toBeGreaterThanOrEqual(75);
    await screenshot(page, 'sim-readable-folded-1280');
    await page.getByTestId('sim-toggle-results').click();
    await page.getByTestId('sim-toggle-workflows').click();
    await expect(page.getByTestId('workflows-sidebar').isVisible()).resolves.toBe(true);
    await page.getByTestId('sim-toggle-workflows').click();
  });

  it('wraps a long condition on its card instead of cutting it', async () => {
    const { page } = session;
    const branch = (await project()).workflows[0]!.steps.find((s) => s.kind === 'branch-if')!;
    const summary = page.getByTestId(`step-card-${branch.id}`).locator('.fb-card-summary');
    await summary.scrollIntoViewIfNeeded();
    const box = await summary.evaluate((e) => ({ lines: Math.round(e.clientHeight / 16), overflow: e.scrollHeight - e.clientHeight, text: e.textContent }));
    expect(box.lines).toBeGreaterThanOrEqual(2);
    expect(box.overflow).toBeLessThanOrEqual(1);
    expect(box.text).toContain('Comment construire votre propre sujet Y');
  });

  it('clears the run when another project is opened, and the new template speaks the app language', async () => {
    const { page } = session;
    await page.getByTestId('sim-results').waitFor();
    await page.getByTestId('language').selectOption('en');
    await newFromTemplate(page, 'lifecycle', 'Lifecycle');
    await expect(page.getByTestId('sim-results').count()).resolves.toBe(0);
    await expect(page.getByTestId('sim-timeline').count()).resolves.toBe(0);
    await expect(page.getByTestId('sim-run').textContent()).resolves.toBe('Run');
    const opened = await project();
    // Created after switching to English: its texts are English (a rule of the template's score
    // model, word for word, engine/templates/lifecycle.ts; the 2025 model replaced the legacy
    // rule "Form submitted in the last 30 days" this test read before).
    expect(JSON.stringify(opened)).toContain('"Director-level job title"');
    expect(JSON.stringify(opened)).not.toContain('Poste de direction');
    await screenshot(page, 'sim-readable-other-project');
  });
});
