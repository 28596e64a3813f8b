import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, TEMPLATE_IDS } from '../../engine/templates/index.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';
import { activeWorkflow, fitDiagram, insertStep, newFromTemplate, revealInCanvas, pathKinds, project, projectJson, selectStep, waitForCanvas, waitSaved, withoutProjectId } from './support/app.ts';

let server: StaticServer;
let session: Session;
const files = mkdtempSync(join(tmpdir(), 'flowbench-files-'));

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('empty-canvas').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Fits the diagram so every "+" is on screen. */
const fit = () => fitDiagram(session.page);

async function insert(edge: string, kind: string) {
  await fit();
  return insertStep(session.page, edge, kind);
}

describe('the workflow editor in Chromium', () => {
  it('shows a calm empty state on first start, in the system language', async () => {
    const { page } = session;
    await expect(page.getByTestId('empty-canvas').textContent()).resolves.toContain('Aucun workflow');
    await screenshot(page, '01-empty-state');
  });

  it("builds the seed's nurturing workflow from a blank one", async () => {
    const { page } = session;
    await page.getByTestId('empty-new-contact').click();
    await waitForCanvas(page);
    await page.getByTestId('settings-name').fill('Nurturing ebook');

    await page.getByTestId('toggle-resources').click();
    await page.getByTestId('resources-tab-assets').click();
    for (const name of ['TOP 10 des sujets', 'Construire votre sujet Y']) {
      await page.getByTestId('resources-add').click();
      await page.getByTestId('asset-name').last().fill(name);
    }
    await page.getByTestId('resources-tab-emails').click();
    for (const name of ['Suivi ebook 1', 'Offre ebook 2', 'Sélection d’articles']) {
      await page.getByTestId('resources-add').click();
      await page.getByTestId('email-name').last().fill(name);
    }
    await page.getByTestId('resources-tab-lists').click();
    for (const name of ['Ebook 2 téléchargé', 'Articles envoyés']) {
      await page.getByTestId('resources-add').click();
      await page.getByTestId('list-name').last().fill(name);
    }
    await screenshot(page, '02-resources-panel');

    await page.getByTestId('enrollment-card').click();
    const triggers = page.getByTestId('triggers');
    await triggers.getByTestId('add-group').click();
    await triggers.getByTestId('filter-kind').selectOption('form');
    await triggers.getByTestId('filter-asset').selectOption('asset-1');
    await screenshot(page, '03-workflow-settings');

    const s1 = await insert('__enrollment__/next', 'send-email');
    await page.getByTestId('field-email').selectOption('email-1');
    const s2 = await insert(`${s1}/next`, 'delay');
    await page.getByTestId('delay-amount').fill('5');
    const s3 = await insert(`${s2}/next`, 'send-email');
    await page.getByTestId('field-email').selectOption('email-2');
    const s4 = await insert(`${s3}/next`, 'delay');
    await page.getByTestId('delay-amount').fill('5');
    await fit();
    await revealInCanvas(page, `plus-${s4}/next`);
    await page.getByTestId(`plus-${s4}/next`).click();
    await page.getByTestId('palette').waitFor();
    await screenshot(page, '04-palette');
    await page.keyboard.press('Escape');
    const s5 = await insert(`${s4}/next`, 'branch-if');
    const branch = page.getByTestId('branch-criteria-branch-1');
    await branch.getByTestId('add-group').click();
    await branch.getByTestId('filter-kind').selectOption('form');
    await branch.getByTestId('filter-asset').selectOption('asset-2');
    await insert(`${s5}/branch:branch-1`, 'add-to-list');
    await page.getByTestId('field-list').selectOption('list-1');
    const s7 = await insert(`${s5}/default`, 'delay');
    await page.getByTestId('delay-amount').fill('3');
    const s8 = await insert(`${s7}/next`, 'send-email');
    await page.getByTestId('field-email').selectOption('email-3');
    await insert(`${s8}/next`, 'add-to-list');
    await page.getByTestId('field-list').selectOption('list-2');
    await fit();
    await selectStep(page, s5);
    await screenshot(page, '05-built-nurturing-branch-inspector');

    const built = await activeWorkflow(page);
    const seed = buildTemplate('nurturing', 'fr').workflows[0]!;
    expect(pathKinds(built)).toEqual(pathKinds(seed));
    expect(built.enrollment.triggers.groups[0]?.filters[0]).toMatchObject({ kind: 'form', asset: 'asset-1' });
    const kinds = Object.fromEntries(built.steps.map((s) => [s.id, s]));
    expect(kinds[s2]).toMatchObject({ delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } } });
    expect(kinds[s3]).toMatchObject({ email: 'email-2' });
    await expect(page.getByTestId(`step-card-${s2}`).textContent()).resolves.toContain('Attendre 5 jours');
    await expect(page.getByTestId(`step-card-${s5}`).textContent()).resolves.toContain('Si\u00a0:');
  });

  it('undoes and redoes every edit with the keyboard', async () => {
    const { page } = session;
    const full = await projectJson(page);
    const steps = (await activeWorkflow(page)).steps.length;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect((await activeWorkflow(page)).steps.length).toBeLessThan(steps);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await projectJson(page)).toBe(full);
    await page.getByTestId('undo').click();
    await page.getByTestId('redo').click();
    expect(await projectJson(page)).toBe(full);
  });

  it('navigates, searches, duplicates and deletes steps from the keyboard', async () => {
    const { page } = session;
    await fit();
    await page.getByTestId('enrollment-card').click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowDown');
    const selected = await page.evaluate(() => window.__flowbench!.stores.ui.getState().selected);
    expect(selected).toBe('step-1');
    const before = (await activeWorkflow(page)).steps.length;
    await page.keyboard.press('Control+d');
    await waitForCanvas(page);
    expect((await activeWorkflow(page)).steps.length).toBe(before + 1);
    await page.keyboard.press('Delete');
    await waitForCanvas(page);
    expect((await activeWorkflow(page)).steps.length).toBe(before);
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill('articles');
    await page.waitForSelector('.fb-card.is-matched');
    await screenshot(page, '06-search');
    await page.keyboard.press('Escape');
  });

  it('shows live lint findings and selects the step of a clicked finding', async () => {
    const { page } = session;
    await page.getByTestId('toggle-problems').click();
    await page.getByTestId('problems-panel').waitFor();
    const problems = page.getByTestId('problem');
    if ((await problems.count()) > 0) {
      const first = problems.first();
      const steps = (await first.getAttribute('data-steps')) ?? '';
      await first.click();
      const selected = await page.evaluate(() => window.__flowbench!.stores.ui.getState().selected);
      if (steps) expect(steps.split(' ')).toContain(selected);
    }
    await screenshot(page, '07-problems-panel');
    await page.getByTestId('toggle-problems').click();
  });

  it('exports PNG and SVG that reopen as the identical project', async () => {
    const { page } = session;
    const original = await projectJson(page);

    await page.getByTestId('open-export').click();
    await page.getByTestId('export-format-png').check();
    await page.getByTestId('export-scale-2').click();
    await screenshot(page, '08-export-dialog');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const pngPath = join(files, png.suggestedFilename());
    await png.saveAs(pngPath);
    const pngBytes = readFileSync(pngPath);
    expect([...pngBytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(pngBytes.includes(Buffer.from('iTXt'))).toBe(true);

    await page.getByTestId('open-export').click();
    await page.getByTestId('export-format-svg').check();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const svgPath = join(files, svg.suggestedFilename());
    await svg.saveAs(svgPath);
    const svgText = readFileSync(svgPath, 'utf8');
    expect(svgText).toContain('<metadata>');
    expect(svgText).toContain('Attendre 5 jours');

    // Open something else, then the PNG by the file picker: the project comes back whole.
    await newFromTemplate(page, 'cleanup');
    expect(await projectJson(page)).not.toBe(original);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(pngPath);
    // The same project, under a fresh id: the autosaved original keeps its own.
    await expect.poll(async () => withoutProjectId(await projectJson(page))).toBe(withoutProjectId(original));
    await waitForCanvas(page);

    // And the SVG by drag and drop.
    await newFromTemplate(page, 'webinar');
    await page.evaluate(async (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'workflow.svg', { type: 'image/svg+xml' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, svgText);
    await expect.poll(async () => withoutProjectId(await projectJson(page))).toBe(withoutProjectId(original));
    await waitForCanvas(page);
    await screenshot(page, '09-reopened-from-svg');
  });

  it('refuses a broken file with a clear message and keeps the open project', async () => {
    const { page } = session;
    const before = await projectJson(page);
    const broken = join(files, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'flowbench-project', version: 1, project: { name: 42, workflows: 'none' } }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(broken);
    const toast = page.getByTestId('toast-error');
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toContain('Votre projet n’a pas été modifié');
    expect(await projectJson(page)).toBe(before);
    await screenshot(page, '10-broken-file');
    await toast.getByRole('button').click();

    const notJson = join(files, 'notes.json');
    writeFileSync(notJson, 'this is { not json');
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await again.setFiles(notJson);
    await page.getByTestId('toast-error').waitFor();
    expect(await projectJson(page)).toBe(before);
    await page.getByTestId('toast-error').getByRole('button').click();
  });

  it('restores the autosaved project after a reload', async () => {
    const { page } = session;
    await waitSaved(page);
    const saved = await projectJson(page);
    await page.reload();
    // Bounded by the timeout: the autosaved project comes back, or the test fails.
    await page.waitForFunction((json) => window.__flowbench?.projectJson() === json, saved);
    await waitForCanvas(page);
    await expect(page.getByTestId('save-state').getAttribute('data-dirty')).resolves.toBe('false');
  });

  it('hides the minimap on demand, and keeps the choice after a reload', async () => {
    const { page } = session;
    const minimap = page.locator('.react-flow__minimap');
    const toggle = page.getByTestId('toggle-minimap');
    await expect(minimap.count()).resolves.toBe(1);
    await expect(toggle.getAttribute('aria-label')).resolves.toBe('Masquer la mini-carte');
    await toggle.click();
    await expect.poll(() => minimap.count()).toBe(0);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.reload();
    await waitForCanvas(page);
    await expect(minimap.count()).resolves.toBe(0);
    await page.getByTestId('toggle-minimap').click();
    await expect.poll(() => minimap.count()).toBe(1);
  });

  it('opens every template and draws all of its workflows', async () => {
    const { page } = session;
    await page.getByTestId('open-templates').click();
    await page.waitForFunction(() => document.querySelectorAll('.fb-template-preview img').length === 5);
    await screenshot(page, '11-templates-gallery');
    await page.keyboard.press('Escape');
    for (const id of TEMPLATE_IDS) {
      await newFromTemplate(page, id);
      const opened = await project(page);
      expect(opened.workflows.length).toBe(buildTemplate(id, 'fr').workflows.length);
      const items = page.getByTestId('workflow-item');
      expect(await items.count()).toBe(opened.workflows.length);
      for (let i = 0; i < opened.workflows.length; i++) {
        await items.nth(i).click();
        await waitForCanvas(page);
        expect(await page.locator('.react-flow__node-step').count()).toBe(opened.workflows[i]!.steps.length);
      }
      await screenshot(page, `12-template-${id}`);
    }
  });

  it('switches to English and keeps the choice', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('open-templates').textContent()).toContain('Templates');
    await page.locator('.react-flow__node-step').first().click();
    await screenshot(page, '13-english-inspector');
    await page.reload();
    await waitForCanvas(page);
    await expect.poll(() => page.getByTestId('open-templates').textContent()).toContain('Templates');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  });
});
