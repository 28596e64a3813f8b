import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asWorkflowId, type Project } from '../../engine/model/index.ts';
import { ExpectationsSection } from '../../renderer/expect/ExpectationsSection.tsx';
import { EXPECT_TEXTS } from '../../renderer/expect/i18n.ts';
import { ExpectRunner } from '../../renderer/expect/useExpect.ts';
import { CONTACTS, L, prospects, smallProject, students, STEPS } from '../engine/expect/fixture.ts';
import { renderWithEditor } from './render.tsx';

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the expectations texts', () => {
  it('have the same keys in French and English', () => {
    expect(keysOf(EXPECT_TEXTS.fr).sort()).toEqual(keysOf(EXPECT_TEXTS.en).sort());
  });

  it('hold every literal key renderer/expect uses', () => {
    const dir = join('renderer', 'expect');
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('expect\.([a-zA-Z.-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const en = new Set(keysOf(EXPECT_TEXTS.en));
    // Plural keys are stored as key_one / key_other.
    const missing = [...used].filter((k) => !en.has(k) && !en.has(`${k}_one`));
    expect(missing).toEqual([]);
  });
});

const withTests = (triggers = smallProject().workflows[0]!.enrollment.triggers): Project => {
  const base = smallProject(STEPS, triggers);
  return { ...base, tests: { expectations: [{ id: 'no-student-mql', kind: 'never-stage', who: students, stage: 'marketingqualifiedlead' }], population: { kind: 'contacts', contacts: CONTACTS } } };
};

describe('the expectations section', () => {
  it('re-checks after an edit: fails naming the student, then holds once students are left out, and again after undo', async () => {
    const { stores, container } = renderWithEditor(
      <>
        <ExpectRunner />
        <ExpectationsSection />
      </>,
      { project: withTests(), lang: 'en' },
    );
    const state = () => container.querySelector('[data-testid=expectation]')?.getAttribute('data-state');
    const ready = () => container.querySelector('[data-testid=expectations]')?.getAttribute('data-expect-state') === 'ready';
    await waitFor(() => expect(ready() && state()).toBe('fails'));
    expect(screen.getByText('Bob Student')).toBeTruthy();
    expect(screen.getByText('1 contact breaks it')).toBeTruthy();

    act(() => stores.document.getState().editWorkflow((w) => ({ ...w, enrollment: { ...w.enrollment, triggers: prospects } })));
    await waitFor(() => expect(ready() && state()).toBe('holds'));
    expect(screen.queryByText('Bob Student')).toBeNull();

    act(() => stores.document.getState().undo());
    await waitFor(() => expect(ready() && state()).toBe('fails'));
  });

  it('deleting an expectation is one undoable edit', async () => {
    const { stores, container } = renderWithEditor(<ExpectationsSection />, { project: withTests(), lang: 'fr' });
    act(() => (container.querySelector('[data-testid=expect-remove]') as HTMLButtonElement).click());
    expect(stores.document.getState().project.tests?.expectations).toEqual([]);
    expect(screen.getByText(/Aucune attente pour l’instant/)).toBeTruthy();
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().project.tests?.expectations.length).toBe(1);
  });

  it('judged over runs: the runs field is one undoable edit, and the measure shows its 90 % interval', async () => {
    const { stores, container } = renderWithEditor(
      <>
        <ExpectRunner />
        <ExpectationsSection />
      </>,
      { project: withTests(), lang: 'en' },
    );
    const ready = () => container.querySelector('[data-testid=expectations]')?.getAttribute('data-expect-state') === 'ready';
    await waitFor(() => expect(ready()).toBe(true));
    const field = screen.getByTestId('expect-replications') as HTMLInputElement;
    expect(field.value).toBe('1');
    act(() => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(field, '3');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(stores.document.getState().project.tests?.replications).toBe(3);
    // The small fixture's count does not depend on chance: the same in all 3 runs, an interval of one value,
    // of contacts breaking an expectation that wants none.
    await waitFor(() => expect(ready() && container.querySelector('.fb-expect-measure')?.textContent).toBe(' — Measured: 1 (1\u20131) contact at fault'));
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().project.tests?.replications).toBeUndefined();
  });
});

describe('an expectation’s day in the panel', () => {
  // Day numbers: day 1 is 5 Jan, the start date; the prospect and the student join L at the start
  // of day 3 (7 Jan). The fixture's run lasts 10 days, to 14 Jan.
  const onDay = (day: number): Project => ({
    ...smallProject(),
    tests: { expectations: [{ id: 's', kind: 'share-in-list', workflow: asWorkflowId('wf'), list: L, day, bound: 'at-least', percent: 100 }], population: { kind: 'contacts', contacts: CONTACTS } },
  });

  async function row(day: number, lang: 'en' | 'fr') {
    const { container } = renderWithEditor(
      <>
        <ExpectRunner />
        <ExpectationsSection />
      </>,
      { project: onDay(day), lang },
    );
    await waitFor(() => expect(container.querySelector('[data-testid=expectations]')?.getAttribute('data-expect-state')).toBe('ready'));
    await waitFor(() => expect(container.querySelector('[data-testid=expectation]')?.getAttribute('data-state')).not.toBe('pending'));
    const item = container.querySelector('[data-testid=expectation]')!;
    return { state: item.getAttribute('data-state'), text: item.querySelector('.fb-problem-text')!.textContent };
  }

  it('reads "at the end of day 3" and holds: both joined that morning', async () => {
    expect(await row(3, 'en')).toEqual({ state: 'holds', text: 'At the end of day 3, at least 100% of those enrolled in “Qualify” are in the segment “L” — Measured: 100%' });
  });

  it('a day past the run fails and says so plainly, in English', async () => {
    expect(await row(11, 'en')).toEqual({
      state: 'fails',
      text: 'At the end of day 11, at least 100% of those enrolled in “Qualify” are in the segment “L” — day 11 is after the end of the run (10 days, last day 14 Jan): pick a day from 1 to 10 or make the run longer.',
    });
  });

  it('and in French', async () => {
    expect(await row(11, 'fr')).toEqual({
      state: 'fails',
      text: 'À la fin du jour 11, au moins 100\u00a0% des inscrits de «\u00a0Qualify\u00a0» sont dans le segment «\u00a0L\u00a0» — le jour 11 est après la fin de la simulation (10 jours, dernier jour le 14 janv.)\u00a0: choisissez un jour de 1 à 10 ou allongez la simulation.',
    });
  });
});
