import type { Page } from 'playwright-core';
import type { Project, Workflow } from '../../../engine/model/index.ts';

/**
 * Waits until the canvas has drawn the active workflow as the document holds it now: the layout
 * on screen is of this very workflow (data-layout-ready) and its step cards are exactly the
 * workflow's steps (the same count alone passes while the previous workflow is still drawn).
 */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('[data-testid=canvas]');
    if (!canvas || canvas.getAttribute('data-layout-ready') !== 'true') return false;
    const state = window.__flowbench!.stores.document.getState();
    const steps = state.project.workflows.find((w) => w.id === state.activeWorkflowId)?.steps.map((s) => `step-card-${s.id}`) ?? [];
    const cards = new Set([...document.querySelectorAll('.react-flow__node-step [data-testid^="step-card-"]')].map((e) => e.getAttribute('data-testid')));
    return Number(canvas.getAttribute('data-step-count')) === steps.length && cards.size === steps.length && steps.every((s) => cards.has(s));
  });
}

/** Fits the whole diagram with the "1" key and waits until that fit has come to rest (the canvas counts them). */
export async function fitDiagram(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const done = Number((await page.getByTestId('canvas').getAttribute('data-fits-done')) ?? 0);
  await page.keyboard.press('1');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=canvas]')?.getAttribute('data-fits-done') ?? 0) > n, done);
}

export async function project(page: Page): Promise<Project> {
  return page.evaluate(() => window.__flowbench!.project());
}

export async function projectJson(page: Page): Promise<string> {
  return page.evaluate(() => window.__flowbench!.projectJson());
}

export async function activeWorkflow(page: Page): Promise<Workflow> {
  return page.evaluate(() => {
    const state = window.__flowbench!.stores.document.getState();
    return state.project.workflows.find((w) => w.id === state.activeWorkflowId)!;
  });
}

/**
 * Scrolls the diagram (the pane pans on the wheel) until an element of it sits inside the pane:
 * a fit stops at 75 %, so a tall diagram's lower "+" can be out of sight. Each wheel waits for the
 * viewport to have moved; at most 20 of them.
 */
export async function revealInCanvas(page: Page, testId: string): Promise<void> {
  const viewport = () => page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '');
  for (let i = 0; i < 20; i++) {
    const [box, pane] = await Promise.all([page.getByTestId(testId).boundingBox(), page.locator('.fb-canvas .react-flow').boundingBox()]);
    if (!box || !pane) return;
    const below = box.y + box.height - (pane.y + pane.height - 24);
    const above = pane.y + 24 - box.y;
    if (below <= 0 && above <= 0) return;
    const before = await viewport();
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, below > 0 ? below + 40 : -(above + 40));
    await page.waitForFunction((style) => document.querySelector('.react-flow__viewport')?.getAttribute('style') !== style, before);
  }
}

/** Clicks the "+" of an edge (its key, e.g. `__enrollment__/next`) and picks a step kind. */
export async function insertStep(page: Page, edge: string, kind: string): Promise<string> {
  const before = (await activeWorkflow(page)).steps.length;
  await revealInCanvas(page, `plus-${edge}`);
  await page.getByTestId(`plus-${edge}`).click();
  await page.getByTestId(`palette-${kind}`).click();
  await page.waitForFunction((n) => {
    const s = window.__flowbench!.stores.document.getState();
    return s.project.workflows.find((w) => w.id === s.activeWorkflowId)!.steps.length === n + 1;
  }, before);
  await waitForCanvas(page);
  const wf = await activeWorkflow(page);
  return wf.steps.at(-1)!.id;
}

export async function selectStep(page: Page, id: string): Promise<void> {
  await page.getByTestId(`step-card-${id}`).click();
}

/** Resolves once autosave has written the latest revision. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=save-state][data-dirty=false]');
}

/** A workflow's paths as kinds, from enrollment, each branch in display order. */
export function pathKinds(workflow: Workflow): string[] {
  const byId = new Map(workflow.steps.map((s) => [s.id as string, s]));
  const walk = (id: string | null): string => {
    const parts: string[] = [];
    while (id) {
      const step = byId.get(id);
      if (!step) break;
      parts.push(step.kind);
      if ('next' in step) id = step.next;
      else if (step.kind === 'branch-if' || step.kind === 'branch-value') {
        parts.push(`[${step.branches.map((b) => walk(b.next)).join(' | ')} | ${walk(step.defaultNext)}]`);
        break;
      } else if (step.kind === 'branch-random') {
        parts.push(`[${step.branches.map((b) => walk(b.next)).join(' | ')}]`);
        break;
      } else if (step.kind === 'delay-until-event') {
        parts.push(`[${walk(step.met)} | ${walk(step.notMet)}]`);
        break;
      } else break;
    }
    return parts.join(' > ');
  };
  return [walk(workflow.start)];
}

/**
 * Starts a new project from a template: the gallery asks the project's name (the template's title
 * is not used as the name). Resolves once the project is open and drawn.
 */
export async function newFromTemplate(page: Page, id: string, name = `Projet ${id}`): Promise<void> {
  await page.getByTestId('open-templates').click();
  await page.getByTestId(`template-${id}`).click();
  await page.getByTestId('prompt-input').fill(name);
  await page.getByTestId('prompt-ok').click();
  await page.waitForFunction((n) => window.__flowbench!.project().name === n, name);
  await waitForCanvas(page);
}

/** A project file's text without the project id: a reopened file gets a fresh id when its own is already saved. */
export function withoutProjectId(json: string): string {
  const file = JSON.parse(json) as { project: { id: string } };
  return JSON.stringify({ ...file, project: { ...file.project, id: '<project>' } });
}

/**
 * Generates sample contacts into the sandbox from its dialog, waits for the table, closes the
 * sandbox and (unless told otherwise) dismisses the "generated" message, which would otherwise
 * sit over the canvas.
 */
export async function generateSandbox(page: Page, options: { count: number; seed?: number; dismiss?: boolean }): Promise<void> {
  await page.getByTestId('open-sandbox').click();
  await page.getByTestId('open-generate').click();
  await page.getByTestId('generate-count').fill(String(options.count));
  if (options.seed !== undefined) await page.getByTestId('generate-seed').fill(String(options.seed));
  await page.getByTestId('generate-run').click();
  await page.getByTestId('contacts-table').waitFor();
  await page.getByTestId('sandbox-close').click();
  if (options.dismiss ?? true) await page.getByTestId('toast-success').getByRole('button').click();
}

/**
 * A new project from a template, `count` generated contacts in its sandbox, then Run in Simulate
 * with `replications` runs: resolves once the study's note is shown; returns the project run.
 */
export async function studyOfTemplate(page: Page, template: string, options: { count: number; seed: number; replications: number }): Promise<Project> {
  await newFromTemplate(page, template);
  await generateSandbox(page, { count: options.count, seed: options.seed });
  await page.getByTestId('toggle-simulate').click();
  await page.getByTestId('sim-replications').fill(String(options.replications));
  await page.getByTestId('sim-run').click();
  await page.getByTestId('study-note').waitFor();
  return project(page);
}
