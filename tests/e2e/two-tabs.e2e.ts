import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';
import { newFromTemplate, project, waitForCanvas, waitSaved } from './support/app.ts';

/**
 * Two tabs of one browser on the same project, and a reload right after an edit (Chromium,
 * French). A review found that a tab holding an older copy overwrote the other tab's saved work
 * at its next autosave, and that an edit made within the autosave's delay before a reload was lost.
 */

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

/** Renames the open project's first workflow, as one edit of the document (what the settings form does). */
const renameWorkflow = (page: Page, name: string) =>
  page.evaluate((n) => {
    window.__flowbench!.stores.document.getState().apply((p) => ({ ...p, workflows: p.workflows.map((w, k) => (k === 0 ? { ...w, name: n } : w)) }));
  }, name);

/** Every stored project's name and first workflow's name, read from the library as the Projects list does. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('flowbench');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const rows = await new Promise<{ json: string }[]>((done) => {
      const request = db.transaction('projects').objectStore('projects').getAll();
      request.onsuccess = () => done(request.result as { json: string }[]);
    });
    db.close();
    return rows
      .map((r) => JSON.parse(r.json) as { project: { name: string; workflows: { name: string }[] } })
      .map((f) => `${f.project.name} | ${f.project.workflows[0]?.name ?? ''}`)
      .sort();
  });

describe('two tabs on one project, and a reload right after an edit', () => {
  it('a tab with no edit of its own shows the other tab’s saved change', async () => {
    const a = session.page;
    await newFromTemplate(a, 'nurturing', 'Démo deux onglets');
    await waitSaved(a);
    const b = await session.context.newPage();
    b.on('pageerror', (e) => console.error('page error (B):', e.message));
    await b.goto(server.url);
    await waitForCanvas(b);
    expect((await project(b)).id).toBe((await project(a)).id);
    await renameWorkflow(a, 'Renommé dans A');
    await waitSaved(a);
    await b.waitForFunction(() => window.__flowbench!.project().workflows[0]!.name === 'Renommé dans A');
    await expect(b.getByTestId('toast-success').last().textContent()).resolves.toContain('a été modifié dans une autre fenêtre');
    await b.close();
  });

  it('a tab with its own unsaved edit never overwrites the other’s: its version becomes a copy', async () => {
    const a = session.page;
    const b = await session.context.newPage();
    await b.goto(server.url);
    await waitForCanvas(b);
    // B edits; before its autosave writes, A writes the same project.
    await renameWorkflow(b, 'Modifié dans B');
    await renameWorkflow(a, 'Modifié dans A');
    await waitSaved(a);
    await waitSaved(b);
    // Whichever wrote second kept its version as a copy: both edits are in the library, one of
    // them under the project's name, the other in "Démo deux onglets (copie)".
    const rows = await stored(a);
    const base = 'Démo deux onglets';
    expect([...rows].sort()).toEqual(
      rows.includes(`${base} | Modifié dans A`) ? [`${base} (copie) | Modifié dans B`, `${base} | Modifié dans A`].sort() : [`${base} (copie) | Modifié dans A`, `${base} | Modifié dans B`].sort(),
    );
    // The tab that wrote second goes on in the copy, and says so.
    const copied = (await project(b)).name.endsWith('(copie)') ? b : a;
    expect((await project(copied)).name).toBe(`${base} (copie)`);
    await copied.getByTestId('toast-error').last().waitFor();
    await expect(copied.getByTestId('toast-error').last().textContent()).resolves.toContain('Votre version est gardée comme un nouveau projet');
    await screenshot(copied, 'two-tabs-kept-as-copy-1440x900');
    await b.close();
  });

  it('an edit made just before a reload is there after it', async () => {
    const a = session.page;
    a.on('dialog', (d) => void d.accept());
    await renameWorkflow(a, 'Tapé juste avant F5');
    // No wait: the autosave's delay has not passed.
    await a.reload();
    await waitForCanvas(a);
    // From the snapshot taken at pagehide, or from the write started then if it finished.
    await a.waitForFunction(() => window.__flowbench!.project().workflows[0]!.name === 'Tapé juste avant F5');
  });
});
