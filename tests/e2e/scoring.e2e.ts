import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromium, screenshot, type Session } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { newFromTemplate, project } from './support/app.ts';

/** The Scoring dialog in the built app: open the lifecycle template's model, edit it, in French and English. */

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serveDist();
  session = await openChromium({ locale: 'fr-FR' });
  session.page.on('pageerror', (e) => console.error('page error:', e.message));
  await session.page.goto(server.url);
  await session.page.getByTestId('empty-canvas').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function shoot(page: Page, name: string) {
  for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await screenshot(page, `scoring-${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('the Scoring dialog', () => {
  it('shows the lifecycle template’s score model and saves a change to it', async () => {
    const { page } = session;
    await newFromTemplate(page, 'lifecycle');
    await page.getByTestId('open-scoring').click();
    await page.waitForSelector('[data-testid=scoring-dialog] .fb-scoring[data-ready=true]');
    expect(await page.getByTestId('scoring-group').count()).toBe(3);
    await shoot(page, 'fr');
    await page.getByTestId('scoring-decay-percent').fill('25');
    await expect.poll(async () => (await project(page)).scoreModel?.groups[1]?.decay?.percent).toBe(25);
    await page.keyboard.press('Escape');
    await page.getByTestId('scoring-dialog').waitFor({ state: 'detached' });
  });

  it('reads in English', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('open-scoring').click();
    await page.waitForSelector('[data-testid=scoring-dialog] .fb-scoring[data-ready=true]');
    await expect.poll(() => page.getByTestId('open-scoring').textContent()).toContain('Scoring');
    expect(await page.getByTestId('scoring-dialog').textContent()).toContain('Lead scoring');
    await shoot(page, 'en');
    await page.keyboard.press('Escape');
  });
});
