import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { DropZone } from '../../../renderer/app/DropZone.tsx';
import { Toasts } from '../../../renderer/app/Toasts.tsx';
import { HubSpotLayer } from '../../../renderer/hubspot/HubSpotLayer.tsx';
import { sampleProject } from '../render.tsx';
import { renderHubSpot } from './helpers.tsx';

/** A contact flow as GET /automation/v4/flows/{id} returns it: one marketing email. */
const contact = (id: string, name: string, extra: object = {}) => ({
  id,
  type: 'CONTACT_FLOW',
  objectTypeId: '0-1',
  flowType: 'WORKFLOW',
  name,
  isEnabled: false,
  startActionId: '1',
  enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
  actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '777' } }],
  ...extra,
});
const deal = { id: '9', type: 'PLATFORM_FLOW', objectTypeId: '0-3', flowType: 'WORKFLOW', name: 'Deal flow', isEnabled: false, actions: [] };

function setUp(lang: 'en' | 'fr') {
  return renderHubSpot(
    <DialogsProvider>
      <DropZone />
      <DialogHost />
      <HubSpotLayer />
      <Toasts />
    </DialogsProvider>,
    { project: sampleProject(), lang },
  );
}

/** Drops a file on the window as the browser does (only name, size and bytes are read). */
function drop(name: string, bytes: Uint8Array) {
  const file = { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
  const event = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer: { types: ['Files'], files: [file] } });
  act(() => void window.dispatchEvent(event));
}
const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Drops, says yes, and gives the report's text. */
async function imported(name: string, bytes: Uint8Array): Promise<HTMLElement> {
  drop(name, bytes);
  const dialog = await screen.findByTestId('confirm-dialog');
  fireEvent.click(within(dialog).getByTestId('confirm'));
  return screen.findByTestId('hubspot-import-report');
}

describe('the import report of a page mixing contact and deal workflows', () => {
  it.each([
    ['en', '1 deal workflow skipped (“Deal flow”): Flowbench reads contact workflows only.', 'Every action and filter was read as it is in HubSpot.'],
    ['fr', '1 workflow de transactions laissé de côté («\u00a0Deal flow\u00a0»)\u00a0: Flowbench ne lit que les workflows de contacts.', 'Chaque action et chaque filtre a été lu tel qu’il est dans HubSpot.'],
  ] as const)('adds the contact workflow and lists the deal one as skipped, never "read as it is" (%s)', async (lang, skipped, clean) => {
    const { stores } = setUp(lang);
    const report = await imported('results.json', utf8({ results: [contact('1', 'Nurture'), deal], paging: {} }));
    expect(stores.document.getState().project.workflows.map((w) => w.name)).toContain('Nurture');
    expect(stores.document.getState().project.workflows.map((w) => w.name)).not.toContain('Deal flow');
    expect(within(report).getAllByTestId('import-skipped').map((p) => p.textContent)).toEqual([skipped]);
    expect(report.textContent).not.toContain(clean);
  });
});

describe('the import report says which settings HubSpot’s JSON does not hold', () => {
  it.each([
    ['en', 'To check', 'HubSpot’s workflow JSON does not say whether existing contacts are enrolled when it is turned on: set to off; check it in the workflow’s settings.', 'Every action and filter was read as it is in HubSpot.'],
    ['fr', 'À vérifier', 'Le JSON d’un workflow HubSpot ne dit pas si les contacts existants sont inscrits quand il est activé\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.', 'Chaque action et chaque filtre a été lu tel qu’il est dans HubSpot.'],
  ] as const)('enroll existing contacts: set to off, to check (%s)', async (lang, label, sentence, clean) => {
    setUp(lang);
    const report = await imported('flow.json', utf8(contact('1', 'Nurture')));
    const notes = within(report).getAllByTestId('import-note');
    expect(notes.map((n) => n.getAttribute('data-kind'))).toEqual(['unsaid']);
    expect(notes[0]!.textContent).toBe(`${label}${sentence}`);
    expect(report.textContent).not.toContain(clean);
  });
});

describe('a random split’s percentages in the import', () => {
  const split = (a: number | string, b: number | string) =>
    contact('5', 'Split', {
      actions: [
        { type: 'AB_TEST_BRANCH', actionId: '1', testBranches: [{ edgeType: 'STANDARD', nextActionId: '2', percentage: a }, { edgeType: 'STANDARD', nextActionId: '3', percentage: b }] },
        { type: 'SINGLE_CONNECTION', actionId: '2', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '777' } },
        { type: 'SINGLE_CONNECTION', actionId: '3', actionTypeId: '0-4', actionTypeVersion: 0, fields: { content_id: '778' } },
      ],
    });
  const percents = (stores: ReturnType<typeof setUp>['stores']) => {
    const step = stores.document.getState().project.workflows.find((w) => w.name === 'Split')!.steps.find((s) => s.kind === 'branch-random');
    return step?.kind === 'branch-random' ? step.branches.map((b) => b.percent) : [];
  };

  it('70 / 30 comes in as 70 / 30, with no approximation', async () => {
    const { stores } = setUp('en');
    const report = await imported('split.json', utf8(split(70, 30)));
    expect(percents(stores)).toEqual([70, 30]);
    expect(within(report).getAllByTestId('import-note').map((n) => n.getAttribute('data-kind'))).toEqual(['unsaid']);
  });

  it.each([
    ['en', 'ApproximatedRandom split with percentages 70 / 20: they must be whole numbers adding up to 100; split into even groups (50 / 50%).'],
    ['fr', 'ApprochéRépartition aléatoire aux pourcentages 70 / 20\u00a0: il faut des nombres entiers qui totalisent 100\u00a0; répartie en groupes égaux (50 / 50\u00a0%).'],
  ] as const)('70 / 20 is spread evenly and the report says so (%s)', async (lang, note) => {
    const { stores } = setUp(lang);
    const report = await imported('split.json', utf8(split(70, 20)));
    expect(percents(stores)).toEqual([50, 50]);
    const approximated = within(report).getAllByTestId('import-note').filter((n) => n.getAttribute('data-kind') === 'approximated');
    expect(approximated.map((n) => n.textContent)).toEqual([`${note}actions[0].testBranches`]);
  });
});

describe('a flow file in UTF-16, as Windows PowerShell’s > writes it', () => {
  it('is read as the same file in UTF-8', async () => {
    const { stores } = setUp('en');
    const text = JSON.stringify(contact('1', 'Relance – été'));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
    await imported('flow.json', bytes);
    expect(stores.document.getState().project.workflows.map((w) => w.name)).toContain('Relance – été');
  });
});

describe('what the import added is said in the report, not in a toast over it', () => {
  it.each([
    ['en', 'Added 1 workflow from HubSpot to “Test project”. Undo takes it back.'],
    ['fr', '1 workflow de HubSpot ajouté à «\u00a0Test project\u00a0». Annuler le retire.'],
  ] as const)('%s', async (lang, sentence) => {
    setUp(lang);
    const report = await imported('flow.json', utf8(contact('1', 'Nurture')));
    expect(within(report).getByTestId('import-added').textContent).toBe(sentence);
    // At 1280x720 the success toast covered the report's Done button.
    expect(screen.queryByTestId('toast-success')).toBeNull();
  });
});
