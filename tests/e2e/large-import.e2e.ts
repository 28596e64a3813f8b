import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeFlow } from '../engine/hubspot/big-flow.ts';
import { screenshot, type Session } from './support/browser.ts';
import { openApp } from './support/launch.ts';
import type { StaticServer } from './support/server.ts';

/**
 * A HubSpot flow of 12,000 actions opened in the app, after a broken file: the broken file's
 * error goes as soon as the good one reads, the workflow is added and drawn (the simpler layout
 * said by a notice, only the cards in view in the page), and a click on a card opens it.
 */
let server: StaticServer;
let session: Session;
const files = mkdtempSync(join(tmpdir(), 'flowbench-large-'));

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'en-GB' }));
  await session.page.getByTestId('empty-canvas').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(page: Page, name: string, content: unknown) {
  const path = join(files, name);
  writeFileSync(path, JSON.stringify(content));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
  await chooser.setFiles(path);
}

describe('a HubSpot flow of 12,000 actions', () => {
  it('replaces the error of a broken file, imports, and is drawn with a notice, responsive to a click', async () => {
    const { page } = session;
    const flow = treeFlow(12_000);
    const actions = flow.actions as { fields?: Record<string, unknown> }[];
    const delay = actions.findIndex((a) => a.fields !== undefined && 'delta' in a.fields);
    const broken = { ...flow, actions: actions.map((a, i) => (i === delay ? { ...a, fields: { ...a.fields, delta: 'soon' } } : a)) };
    await open(page, 'broken.json', broken);
    expect(await page.getByTestId('toast-error').textContent()).toContain(`actions[${delay}].fields.delta`);

    await open(page, 'flow.json', flow);
    await page.getByTestId('confirm-dialog').waitFor();
    // The broken file's message is about a file no longer on the table.
    expect(await page.getByTestId('toast-error').count()).toBe(0);
    await page.getByTestId('confirm').click();
    const report = page.getByTestId('hubspot-import-report');
    await report.waitFor();
    // Tasks' and notifications' bodies kept, said once per kind of action.
    expect(await report.locator('[data-testid=import-note][data-kind=kept]').count()).toBe(2);
    await page.getByTestId('import-report-close').click();

    await page.waitForSelector('[data-testid=canvas][data-layout-ready=true][data-step-count="12000"]');
    expect(await page.getByTestId('layout-simplified').textContent()).toBe('This workflow has 12,000 steps: it is drawn with a simpler layout, so that the canvas stays quick.');
    // Only the cards in view are in the page.
    const cards = await page.locator('.react-flow__node').count();
    expect(cards).toBeGreaterThan(3);
    expect(cards).toBeLessThan(200);
    expect(await page.getByTestId('toast-error').count()).toBe(0);
    await screenshot(page, 'large-import-12000');

    await page.locator('.react-flow__node-step').nth(1).click();
    await page.waitForSelector('.react-flow__node-step.selected');
    await expect.poll(() => page.getByTestId('inspector').textContent()).not.toContain('Select a step to edit it');
  });
});
