import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveProject } from '../../engine/io/index.ts';
import { asProjectId, emptyProject, emptyWorkflow } from '../../engine/model/index.ts';
import { buildTemplate } from '../../engine/templates/index.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';
import { project, selectStep, waitForCanvas, waitSaved } from './support/app.ts';

let server: StaticServer;
let session: Session;
const files = mkdtempSync(join(tmpdir(), 'flowbench-documents-'));

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('empty-canvas').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Names and workflow counts in the Projects list, as shown. */
async function listed(page: Page): Promise<string[]> {
  await page.getByTestId('open-projects').click();
  const rows = page.getByTestId('project-row');
  // The library answers asynchronously; the list marks when it has.
  await page.waitForSelector('[data-testid=projects-list][data-loaded=true]');
  const texts = await rows.evaluateAll((els) => els.map((el) => `${el.querySelector('[data-testid=project-row-name]')!.textContent} | ${el.querySelector('small')!.textContent!.split(' · ')[0]}`));
  return texts;
}

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByTestId('projects-dialog').waitFor({ state: 'detached' });
}

async function answer(page: Page, name: string) {
  await page.getByTestId('prompt-input').fill(name);
  await page.getByTestId('prompt-ok').click();
  await page.getByTestId('prompt-dialog').waitFor({ state: 'detached' });
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
    await page.setViewportSize({ width, height });
    // Two frames: the resize is laid out and painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await screenshot(page, `documents-${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('projects are documents: nothing is lost (Chromium, French)', () => {
  it('a template picked over unsaved work opens as a new named project; the work stays in Projets', async () => {
    const { page } = session;
    await page.getByTestId('empty-new-contact').click();
    await waitForCanvas(page);
    await page.getByTestId('project-name').fill('Mon travail');
    await page.getByTestId('settings-name').fill('Relance salon');
    // No wait for the autosave: the template comes while the edit is still unsaved.
    await page.getByTestId('open-templates').click();
    await page.getByTestId('template-nurturing').click();
    await expect(page.getByTestId('prompt-dialog').textContent()).resolves.toContain('Nouveau projet à partir de');
    await shoot(page, 'new-project-from-template-fr');
    await answer(page, 'Campagne ebook');
    await waitForCanvas(page);
    const opened = await project(page);
    expect(opened.name).toBe('Campagne ebook');
    expect(opened.workflows.map((w) => w.id)).toEqual(buildTemplate('nurturing', 'fr').workflows.map((w) => w.id));
    await expect(page.getByTestId('project-name').inputValue()).resolves.toBe('Campagne ebook');
    expect(await listed(page)).toEqual(['Campagne ebook | 1 workflow', 'Mon travail | 1 workflow']);
    await shoot(page, 'projects-list-fr');
    await closeDialog(page);
  });

  it('opening a file over unsaved work keeps that work too', async () => {
    const { page } = session;
    await page.getByTestId('project-name').fill('Campagne ebook v2');
    const path = join(files, 'salon.flowbench.json');
    writeFileSync(path, saveProject({ ...emptyProject(asProjectId('p-salon'), 'Salon 2026'), workflows: [emptyWorkflow('wf-a', 'Invitations'), emptyWorkflow('wf-b', 'Relances')] }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(path);
    await page.waitForFunction(() => window.__flowbench!.project().name === 'Salon 2026');
    expect(await listed(page)).toEqual(['Salon 2026 | 2 workflows', 'Campagne ebook v2 | 1 workflow', 'Mon travail | 1 workflow']);
    await closeDialog(page);
  });

  it('after a reload the last project opens and every project is still listed', async () => {
    const { page } = session;
    await waitSaved(page);
    await page.reload();
    await page.getByTestId('project-name').waitFor();
    await expect(page.getByTestId('project-name').inputValue()).resolves.toBe('Salon 2026');
    expect(await listed(page)).toEqual(['Salon 2026 | 2 workflows', 'Campagne ebook v2 | 1 workflow', 'Mon travail | 1 workflow']);
    // Open the first project again: the edit made before the template is there.
    await page.getByTestId('project-row').filter({ hasText: 'Mon travail' }).getByTestId('project-open').click();
    await page.waitForFunction(() => window.__flowbench!.project().name === 'Mon travail');
    await waitForCanvas(page);
    expect((await project(page)).workflows.map((w) => w.name)).toEqual(['Relance salon']);
  });

  it('adds the article’s examples into the open project as new workflows', async () => {
    const { page } = session;
    for (const id of ['nurturing', 'lifecycle', 'cleanup']) {
      await page.getByTestId('open-templates').click();
      await page.getByTestId(`template-add-${id}`).click();
      await page.getByTestId('templates-gallery').waitFor({ state: 'detached' });
    }
    const merged = await project(page);
    expect(merged.name).toBe('Mon travail');
    const expected = ['Relance salon', ...(['nurturing', 'lifecycle', 'cleanup'] as const).flatMap((id) => buildTemplate(id, 'fr').workflows.map((w) => w.name))];
    expect(merged.workflows.map((w) => w.name)).toEqual(expected);
    await expect(page.getByTestId('workflow-item').count()).resolves.toBe(expected.length);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await project(page)).workflows.length).toBe(expected.length - 1);
    await page.getByTestId('redo').click();
  });

  it('creates an email from the step that needs it, and Undo takes it back', async () => {
    const { page } = session;
    await page.getByTestId('workflow-item').nth(1).click();
    await waitForCanvas(page);
    const workflow = (await project(page)).workflows[1]!;
    const send = workflow.steps.find((s) => s.kind === 'send-email')!;
    await selectStep(page, send.id);
    const emailsBefore = (await project(page)).emails.length;
    await page.getByTestId('field-email').selectOption('__new__:email');
    await page.getByTestId('prompt-input').fill('Invitation au webinar');
    await shoot(page, 'inline-new-email-fr');
    await page.getByTestId('prompt-ok').click();
    await page.waitForFunction((n) => window.__flowbench!.project().emails.length === n + 1, emailsBefore);
    const created = (await project(page)).emails.at(-1)!;
    expect(created.name).toBe('Invitation au webinar');
    await expect(page.getByTestId('field-email').inputValue()).resolves.toBe(created.id);
    await shoot(page, 'inline-created-fr');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await project(page)).emails.length).toBe(emailsBefore);
  });

  it('refuses a dropped file over 40 MB with the same message as the picker, project unchanged', async () => {
    const { page } = session;
    const before = await project(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(41 * 1024 * 1024)], 'archive.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    });
    const toast = page.getByTestId('toast-error');
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toContain('«\u00a0archive.json\u00a0» est trop volumineux (41\u00a0Mo)\u00a0: la limite d’un projet est de 40\u00a0Mo.');
    expect(await project(page)).toEqual(before);
    await toast.getByRole('button').click();

    const big = join(files, 'gros.json');
    writeFileSync(big, Buffer.alloc(41 * 1024 * 1024, 32));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(big);
    await expect(page.getByTestId('toast-error').textContent()).resolves.toContain('«\u00a0gros.json\u00a0» est trop volumineux (41\u00a0Mo)');
    expect(await project(page)).toEqual(before);
    await page.getByTestId('toast-error').getByRole('button').click();
  });
});

describe('the same in English', () => {
  it('asks the new project name, lists projects and offers inline creation in English', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('open-projects').click();
    await expect(page.getByTestId('projects-dialog').textContent()).resolves.toContain('Projects on this computer');
    await page.getByTestId('projects-new').click();
    await expect(page.getByTestId('prompt-dialog').textContent()).resolves.toContain('Project name');
    await page.getByTestId('prompt-input').fill('Q3 onboarding');
    await shoot(page, 'new-project-en');
    await page.getByTestId('prompt-ok').click();
    await page.waitForFunction(() => window.__flowbench!.project().name === 'Q3 onboarding');
    expect(await listed(page)).toEqual(['Q3 onboarding | No workflow', 'Mon travail | 6 workflows', 'Salon 2026 | 2 workflows', 'Campagne ebook v2 | 1 workflow']);
    await shoot(page, 'projects-list-en');
    await closeDialog(page);

    await page.getByTestId('open-templates').click();
    await page.getByTestId('template-add-webinar').click();
    await waitForCanvas(page);
    const wf = (await project(page)).workflows[0]!;
    const list = wf.steps.find((s) => s.kind === 'add-to-list')!;
    await selectStep(page, list.id);
    await page.getByTestId('field-list').selectOption('__new__:list');
    await expect(page.getByTestId('prompt-dialog').textContent()).resolves.toContain('New static segment');
    await page.getByTestId('prompt-input').fill('Webinar attendees');
    await shoot(page, 'inline-new-list-en');
    await page.getByTestId('prompt-ok').click();
    await page.waitForFunction(() => window.__flowbench!.project().lists.some((l) => l.name === 'Webinar attendees'));
  });
});
