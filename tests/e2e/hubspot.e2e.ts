import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFlowSchema } from '../../engine/hubspot/index.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';
import { newFromTemplate, project, projectJson, waitForCanvas } from './support/app.ts';

let server: StaticServer;
let session: Session;
const files = mkdtempSync(join(tmpdir(), 'flowbench-hubspot-'));

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
    // Two frames: the resize is laid out and painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await screenshot(page, `hubspot-${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** What a portal gives each kind: numbers for emails and segments, GUIDs for forms. */
function portalId(table: string, n: number): string {
  return table === 'forms' ? `0b7e2f2a-1111-4c3d-9e8f-${String(n).padStart(12, '0')}` : String(1000 + n);
}

async function openHubSpotExport(page: Page) {
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-format-hubspot').check();
}

describe('the HubSpot bridge in the app', () => {
  it('refuses to export the nurturing template before its ids are mapped and shows the pre-flight', async () => {
    const { page } = session;
    await newFromTemplate(page, 'nurturing', 'Nurturing HubSpot');
    await openHubSpotExport(page);
    await shoot(page, 'export-menu-fr');
    await page.getByTestId('export-download').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    // Three emails, two forms, two segments: seven ids to map (engine/hubspot preflight test).
    const preflight = page.getByTestId('preflight');
    await page.waitForSelector('[data-testid=preflight][data-blocking="7"]');
    expect(await preflight.getAttribute('data-ok')).toBe('false');
    expect(await page.getByTestId('toast-error').textContent()).toContain('7 problèmes sont à corriger');
    await shoot(page, 'preflight-fr');
  });

  it('maps every id from the pre-flight and exports a body the strict v4 schema accepts', async () => {
    const { page } = session;
    await page.getByTestId('toast-error').getByRole('button').click();
    await page.locator('[data-testid=preflight-problem][data-kind=unmapped]').first().click();
    const dialog = page.getByTestId('hubspot-mapping');
    await dialog.waitFor();
    // The field of the clicked problem has the focus.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    const first = page.locator('[data-testid=preflight-problem][data-kind=unmapped]').first();
    expect(focused).toBe(`mapping-id-${await first.getAttribute('data-table')}-${await first.getAttribute('data-key')}`);
    // A letter where HubSpot gives a number: refused at the field, in French.
    const email = dialog.locator('[data-testid^=mapping-id-emails-]').first();
    await email.fill('12a');
    expect(await dialog.getByRole('alert').textContent()).toBe('HubSpot lui donne un nombre\u00a0: 18 chiffres au plus (par exemple 123456789), ou collez son adresse dans HubSpot.');
    await shoot(page, 'mapping-error-fr');
    const rows = await dialog.locator('tr[data-status=missing], tr[data-status=mapped]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('mapping-row-', '')));
    expect(rows).toHaveLength(7);
    const typed: Record<string, string> = {};
    for (const [i, row] of rows.entries()) {
      const table = row.split('-')[0]!;
      typed[row] = portalId(table, i + 1);
      await dialog.getByTestId(`mapping-id-${row}`).fill(typed[row]!);
    }
    await page.waitForSelector('[data-testid=mapping-summary][data-missing="0"]');
    await shoot(page, 'mapping-fr');
    await page.getByTestId('mapping-done').click();
    await page.waitForSelector('[data-testid=preflight][data-blocking="0"]');
    const saved = (await project(page)).hubspot!;
    expect(Object.keys(saved.emails).length + Object.keys(saved.lists).length + Object.keys(saved.forms).length).toBe(7);

    await openHubSpotExport(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const path = join(files, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/\.hubspot\.json$/);
    const body = exportFlowSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const emailIds = Object.entries(typed).filter(([row]) => row.startsWith('emails-')).map(([, id]) => id);
    const sent = body.actions.flatMap((a) => (a.type === 'SINGLE_CONNECTION' && a.actionTypeId === '0-4' ? [String((a.fields as { content_id: unknown }).content_id)] : []));
    expect(sent.sort()).toEqual(emailIds.sort());
    expect(body.isEnabled).toBe(false);
    writeFileSync(join(files, 'body.json'), JSON.stringify(body));
  });

  it('shows the same views in English', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('en');
    await openHubSpotExport(page);
    await shoot(page, 'export-menu-en');
    await page.getByTestId('export-hubspot-ids').click();
    await page.getByTestId('hubspot-mapping').waitFor();
    await shoot(page, 'mapping-en');
    await page.getByTestId('mapping-done').click();
    await page.getByTestId('hubspot-mapping').waitFor({ state: 'detached' });
    await page.getByTestId('problems-tab-preflight').waitFor();
    await shoot(page, 'preflight-en');
  });

  it('opens a v4 flow file: asks, adds the workflow, reports the placeholder', async () => {
    const { page } = session;
    const body = JSON.parse(readFileSync(join(files, 'body.json'), 'utf8')) as { name: string; actions: object[]; nextAvailableActionId: string };
    // As GET returns it: an id, and an action Flowbench has no step for at the end of the first path.
    const next = body.nextAvailableActionId;
    const actions = body.actions.map((a) => a as { actionId: string; connection?: unknown; type: string });
    const last = actions.find((a) => a.type === 'SINGLE_CONNECTION' && a.connection === undefined)!;
    last.connection = { edgeType: 'STANDARD', nextActionId: next };
    actions.push({ type: 'SINGLE_CONNECTION', actionId: next, actionTypeId: '0-11', actionTypeVersion: 0, fields: {} } as never);
    const flow = { ...body, id: '5550001', name: 'Imported nurturing', actions, nextAvailableActionId: String(Number(next) + 1) };
    const path = join(files, 'flow.json');
    writeFileSync(path, JSON.stringify(flow));
    const before = (await project(page)).workflows.length;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(path);
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Add 1 workflow from HubSpot (“Imported nurturing”) to “Nurturing HubSpot”?');
    await confirm.getByTestId('confirm').click();
    const report = page.getByTestId('hubspot-import-report');
    await report.waitFor();
    const after = await project(page);
    expect(after.workflows.map((w) => w.name)).toContain('Imported nurturing');
    expect(after.workflows).toHaveLength(before + 1);
    expect(await report.locator('[data-testid=import-note][data-kind=placeholder]').count()).toBe(1);
    expect(await report.textContent()).toContain('Rotate record to owner');
    await shoot(page, 'import-report-en');
    await page.getByTestId('import-report-close').click();
  });

  it('refuses a broken flow file, naming the JSON path, the project unchanged', async () => {
    const { page } = session;
    const before = await projectJson(page);
    const body = JSON.parse(readFileSync(join(files, 'body.json'), 'utf8')) as { actions: { fields?: Record<string, unknown> }[] };
    const delay = body.actions.findIndex((a) => a.fields && 'delta' in a.fields);
    body.actions[delay]!.fields!.delta = 'soon';
    const path = join(files, 'broken.json');
    writeFileSync(path, JSON.stringify(body));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(path);
    const toast = page.getByTestId('toast-error');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('This HubSpot workflow file could not be read; the open project is unchanged.');
    expect(await toast.textContent()).toContain(`actions[${delay}].fields.delta`);
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);
    expect(await projectJson(page)).toBe(before);
  });

  it('speaks of segments, finds them by the old word, groups the unenrollment settings', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('fr');
    const nurturing = (await project(page)).workflows.find((w) => w.name.startsWith('Nurturing'))!;
    await page.evaluate((id) => window.__flowbench!.stores.document.getState().setActiveWorkflow(id as never), nurturing.id);
    await waitForCanvas(page);
    await page.evaluate(() => window.__flowbench!.stores.ui.getState().setSearchOpen(true));
    await page.getByTestId('search-input').fill('liste');
    // The nurturing template ends two paths with "add to a static segment": both answer to "liste".
    const segmentSteps = nurturing.steps.filter((s) => s.kind === 'add-to-list').map((s) => `step-card-${s.id}`);
    await page.waitForFunction((n) => document.querySelectorAll('.fb-step.is-matched').length === n, segmentSteps.length);
    const matched = await page.locator('.fb-step.is-matched').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(matched.sort()).toEqual(segmentSteps.sort());
    expect(await page.locator('.fb-step.is-matched').first().textContent()).toContain('segment statique');
    await page.getByTestId('search-input').press('Escape');
    await page.getByTestId('enrollment-card').click();
    const group = page.getByTestId('settings-unenroll');
    await group.scrollIntoViewIfNeeded();
    expect(await group.locator('h3').textContent()).toBe('Désinscrire les contacts qui…');
    expect(await group.locator('h4').allTextContents()).toEqual(['Atteignent l’objectif du workflow', 'Rejoignent un segment de suppression']);
    await shoot(page, 'unenroll-fr');
    await page.getByTestId('language').selectOption('en');
    await group.scrollIntoViewIfNeeded();
    expect(await group.locator('h3').textContent()).toBe('Unenroll contacts who…');
    await shoot(page, 'unenroll-en');
  });
});
