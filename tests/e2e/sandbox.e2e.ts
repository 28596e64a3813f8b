import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { screenshot, type Session } from './support/browser.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';

let server: StaticServer;
let session: Session;
const fixture = (name: string) => new URL(`../engine/csv/fixtures/${name}`, import.meta.url).pathname;

const contacts = () => session.page.evaluate(() => window.__flowbenchTest!.sandbox!.contacts()) as Promise<Contact[]>;
/** Numbers as the French UI writes them (narrow no-break space between thousands). */
const fr = (n: number) => n.toLocaleString('fr-FR');
const countText = () => session.page.getByTestId('contact-count').textContent();

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('open-sandbox').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the contact sandbox in Chromium', () => {
  it('opens an empty sandbox from the top bar', async () => {
    const { page } = session;
    await page.getByTestId('open-sandbox').click();
    await page.getByTestId('sandbox-empty').waitFor();
    await expect.poll(() => page.getByTestId('sandbox-empty').textContent()).toContain('Aucun contact');
    await screenshot(page, 'sandbox-01-empty');
  });

  it('generates 10,000 sample leads, the same for the same seed', async () => {
    const { page } = session;
    await page.getByTestId('open-generate').click();
    await page.getByTestId('generate-count').fill('10000');
    await page.getByTestId('generate-seed').fill('42');
    await screenshot(page, 'sandbox-02-generate-dialog');
    await page.getByTestId('generate-run').click();
    await page.getByTestId('contacts-table').waitFor();
    await expect.poll(countText).toBe(`${fr(10000)} contacts`);
    const rowsInDom = await page.getByTestId('contact-row').count();
    expect(rowsInDom).toBeLessThan(80);
    const project = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    expect(await contacts()).toEqual(generateContacts(project, 10000, 42));
    await screenshot(page, 'sandbox-03-generated-table');
  });

  it('filters with the criteria builder and shows only the matching contacts', async () => {
    const { page } = session;
    const expected = (await contacts()).filter((c) => typeof c.properties.hubspotscore === 'number' && c.properties.hubspotscore > 50).length;
    expect(expected).toBeGreaterThan(0);
    await page.getByTestId('toggle-filter').click();
    const filter = page.getByTestId('sandbox-criteria');
    await filter.getByTestId('add-group').click();
    await filter.getByTestId('filter-property').selectOption('hubspotscore');
    await filter.getByTestId('filter-operator').selectOption('gt');
    await filter.getByTestId('filter-value').fill('50');
    await expect.poll(countText).toBe(`${fr(expected)} sur ${fr(10000)} affichés`);
    await screenshot(page, 'sandbox-04-filtered');
    await filter.getByRole('button', { name: /supprimer le groupe|remove group/i }).first().click();
    await expect.poll(countText).toBe(`${fr(10000)} contacts`);
    await page.getByTestId('toggle-filter').click();
  });

  it('edits the personas with their benchmark defaults explained', async () => {
    const { page } = session;
    await page.getByTestId('open-personas').click();
    const editor = page.getByTestId('persona-editor');
    await editor.waitFor();
    await expect(editor.getByTestId('persona').count()).resolves.toBe(3);
    await expect(editor.textContent()).resolves.toContain('Part des e-mails délivrés que ce persona ouvre.');
    await editor.getByTestId('persona-openRate').first().fill('50');
    await screenshot(page, 'sandbox-10-personas');
    await expect.poll(() => page.evaluate(() => window.__flowbench!.project().personas[0]!.openRate)).toBe(0.5);
    await editor.getByTestId('persona-reset').click();
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
  });

  it('edits a contact inline and keeps the edit after a reload', async () => {
    const { page } = session;
    const row = page.getByTestId('contact-row').first();
    const id = await row.getAttribute('data-id');
    await row.getByTestId('cell-firstname').dblclick();
    await row.getByTestId('edit-firstname').fill('Zoé');
    await row.getByTestId('edit-firstname').press('Enter');
    await expect.poll(async () => (await contacts()).find((c) => c.id === id)?.properties.firstname).toBe('Zoé');
    await row.getByTestId('cell-createdate').dblclick();
    await row.getByTestId('edit-createdate').fill('31/02/2024');
    await row.getByTestId('edit-createdate').press('Enter');
    await expect.poll(() => row.getByTestId('edit-createdate').getAttribute('aria-invalid')).toBe('true');
    await row.getByTestId('edit-createdate').press('Escape');
    await row.getByTestId('open-contact').click();
    await page.getByTestId('contact-drawer').waitFor();
    await screenshot(page, 'sandbox-05-contact-drawer');

    await page.reload();
    await page.getByTestId('open-sandbox').click();
    await expect.poll(countText).toBe(`${fr(10000)} contacts`);
    expect((await contacts()).find((c) => c.id === id)?.properties.firstname).toBe('Zoé');
  });

  it('imports a CSV with errors: the report lists the bad lines, the valid rows are added', async () => {
    const { page } = session;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-csv').click()]);
    await chooser.setFiles(fixture('ten-percent-bad.csv'));
    await page.getByTestId('import-mapping').waitFor();
    await screenshot(page, 'sandbox-06-import-mapping');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').waitFor();
    await expect(page.getByTestId('import-summary').textContent()).resolves.toBe('45 lignes valides, 5 en erreur, sur 50');
    const lines = await page.getByTestId('import-error').locator('td:first-child').allTextContents();
    expect(lines).toEqual(['8', '15', '22', '29', '36']);
    await expect(page.getByTestId('import-errors').textContent()).resolves.toContain('« 31/02/2024 » n’est pas une date valide');
    await screenshot(page, 'sandbox-07-import-report');
    await page.getByTestId('import-run').click();
    await expect.poll(countText).toBe(`${fr(10045)} contacts`);
  });

  it('exports the sandbox to CSV and imports it back identically', async () => {
    const { page } = session;
    const before = await contacts();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFRecord ID,Email,First Name,Last Name,Company Name')).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-csv').click()]);
    await chooser.setFiles(path);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').waitFor();
    await expect(page.getByTestId('import-summary').textContent()).resolves.toBe(`${fr(10045)} lignes valides, 0 en erreur, sur ${fr(10045)}`);
    await page.getByTestId('import-mode').selectOption('replace');
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    // Unknown values (null or absent: the same in the model) come back absent.
    const known = (list: Contact[]) => list.map((c) => ({ ...c, properties: Object.fromEntries(Object.entries(c.properties).filter(([, v]) => v !== null)) }));
    const after = await contacts();
    expect(after).toEqual(known(before));
  });

  it('includes the contacts in a saved project, and offers a sandbox when that file is opened', async () => {
    const { page } = session;
    const sandboxContacts = await contacts();
    await page.getByTestId('sandbox-close').click();
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-format-json').check();
    await page.getByTestId('include-contacts').check();
    await screenshot(page, 'sandbox-08-export-include-contacts');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { project: Project };
    expect(saved.project.contacts).toHaveLength(sandboxContacts.length);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(path);
    await page.getByTestId('bundled-contacts').waitFor();
    await expect(page.getByTestId('bundled-contacts').textContent()).resolves.toContain(`${fr(10045)} contacts`);
    await screenshot(page, 'sandbox-09-bundled-offer');
    await page.getByTestId('bundled-create').click();
    await page.getByTestId('contacts-table').waitFor();
    await expect.poll(countText).toBe(`${fr(10045)} contacts`);
    await expect.poll(() => page.getByTestId('sandbox-picker').locator('option').count()).toBe(2);
    expect(await contacts()).toEqual(sandboxContacts);
  });
});
