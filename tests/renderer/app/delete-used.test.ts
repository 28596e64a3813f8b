import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { lintProject } from '../../../engine/lint/index.ts';
import { asStepId, type Project, type Step } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { startAutosave, type Autosave } from '../../../renderer/persistence/autosave.ts';
import { openDb } from '../../../renderer/persistence/db.ts';
import { dexieLibrary } from '../../../renderer/persistence/library.ts';
import { createDocumentStore } from '../../../renderer/stores/document.ts';

/**
 * Deleting a workflow, email, segment or asset that something still uses leaves a reference to
 * fix, which the linter reports: the project must still save and open. A review deleted « Cycle
 * de vie 2 » while « Cycle de vie 1 » enrolled into it: the loader refused the dangling reference,
 * so the library refused every later autosave, and a reload brought the deleted workflow back and
 * lost a note written since.
 */

let dbCount = 0;
let running: Autosave | null = null;
afterEach(() => running?.stop());

/** The lifecycle template whose first workflow ends by enrolling into the second, as the review built it. */
function enrollingIntoSecond(): Project {
  const project = buildTemplate('lifecycle', 'fr');
  const [first, second, ...rest] = project.workflows;
  const enroll: Step = { id: asStepId('s-enroll'), kind: 'enroll-in-workflow', workflow: second!.id, next: null };
  const steps = first!.steps.map((s) => ('next' in s && s.next === null ? { ...s, next: enroll.id } : s)) as Step[];
  return { ...project, workflows: [{ ...first!, steps: [...steps, enroll] }, second!, ...rest] };
}

describe('deleting something a step uses', () => {
  it('keeps autosave working: the deletion and the edits after it are stored and read back', async () => {
    const project = enrollingIntoSecond();
    const library = dexieLibrary(openDb(`flowbench-delete-used-${++dbCount}`));
    await library.save(project);
    const store = createDocumentStore(project);
    const refused: unknown[] = [];
    running = startAutosave(store, library, 5, (e) => refused.push(e));
    const second = project.workflows[1]!.id;
    // What the sidebar's delete does.
    store.getState().apply((p) => ({ ...p, workflows: p.workflows.filter((w) => w.id !== second) }));
    store.getState().apply((p) => ({ ...p, name: `${p.name} — notes du 7` }));
    await new Promise((r) => setTimeout(r, 80));
    expect(refused).toEqual([]);
    expect(store.getState().savedRevision).toBe(store.getState().revision);
    const stored = await library.read(project.id);
    expect(stored?.workflows.map((w) => w.id)).not.toContain(second);
    expect(stored?.name).toBe(`${project.name} — notes du 7`);
    // The step left to fix is the linter's, in words a marketer reads.
    const missing = lintProject(stored!).filter((f) => f.rule === 'missing-reference');
    expect(missing.map((f) => f.message.fr)).toEqual([expect.stringMatching(/ désigne le workflow «\u00a0wf-lifecycle-mql\u00a0», qui n’existe pas ou plus dans le projet\.$/)]);
  });

  it('in every template, deleting any one workflow, email, segment or asset leaves a project that opens and runs', () => {
    let deletions = 0;
    for (const id of TEMPLATE_IDS) {
      const project = buildTemplate(id, 'en');
      const variants: Project[] = [
        ...project.workflows.map((w) => ({ ...project, workflows: project.workflows.filter((x) => x !== w) })),
        ...project.emails.map((e) => ({ ...project, emails: project.emails.filter((x) => x !== e) })),
        ...project.lists.map((l) => ({ ...project, lists: project.lists.filter((x) => x !== l) })),
        ...project.assets.map((a) => ({ ...project, assets: project.assets.filter((x) => x !== a) })),
      ];
      for (const variant of variants) {
        deletions++;
        const loaded = loadProject(saveProject(variant, { includeContacts: true }));
        expect(loaded.ok, `${id}: ${loaded.ok ? '' : loaded.errors.map((e) => e.path).join(', ')}`).toBe(true);
        const result = simulate(variant, generateContacts(variant, 30, 1), { horizonDays: 30 });
        expect(result.workflows).toHaveLength(variant.workflows.filter((w) => w.enabled).length);
      }
    }
    // The premise: the templates use what they hold, so many of these deletions leave references.
    expect(deletions).toBeGreaterThan(20);
  });
});
