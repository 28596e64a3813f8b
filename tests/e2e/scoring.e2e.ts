import type { Page } from 'playwright-core';
import type { Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { simulate } from '../../engine/sim/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';
import { fitDiagram, newFromTemplate, project, generateSandbox } from './support/app.ts';

/** The Scoring dialog in the built app: open the lifecycle template's model, edit it, in French and English. */

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
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

  it('shows a contact’s scores in its journey, as the engine has them at that instant', async () => {
    const { page } = session;
    await generateSandbox(page, { count: 300, seed: 42 });
    await page.getByTestId('toggle-simulate').click();
    await page.getByTestId('sim-setup').waitFor();
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-timeline').waitFor();
    const p = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    const minute = 20 * 1440 + 600;
    await page.getByTestId('sim-scrubber').fill(String(minute));
    await page.waitForSelector(`[data-testid=sim-overlay][data-minute="${minute}"]`);
    await fitDiagram(page);
    await page.getByTestId('step-card-step-set-lead').click();
    await page.getByTestId('sim-mode-passed').click();
    await page.waitForSelector('[data-testid=sim-step-contacts][data-mode=passed][data-loading=false]');
    const first = page.getByTestId('sim-contact').first();
    const id = (await first.getAttribute('data-contact'))!;
    await first.click();
    await page.waitForSelector(`[data-testid=sim-journey][data-contact="${id}"][data-loading=false]`);
    await page.getByTestId('sim-journey-scores').waitFor();
    const truth = simulate(p, generateContacts(p, 300, 42), { stopAtMinute: minute }).finalContacts.find((c) => c.id === id)!.properties;
    const shown = (await page.getByTestId('journey-score-combined').textContent())!;
    const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(truth.hubspotscore as number);
    expect(shown.replace(/[\s\u202f\u00a0]/g, '')).toContain(number.replace(/,/g, ''));
    if (truth.scorethreshold) expect(shown).toContain(truth.scorethreshold as string);
    await shoot(page, 'journey');
  });
});
