import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { MAX_NAME_LENGTH } from '../../../engine/schema/index.ts';
import { ProjectNameInput } from '../../../renderer/app/ProjectNameInput.tsx';
import { createDocumentStore } from '../../../renderer/stores/document.ts';
import { sampleProject } from '../render.tsx';

/**
 * The project name in the top bar. A review pasted 5,000 characters into it: the project took the
 * name, its file no longer loaded (names hold at most 1,000), so the autosave refused it and every
 * later edit was lost at the next reload. An emptied name was saved too.
 */
function setUp() {
  const store = createDocumentStore(sampleProject());
  const view = render(
    <ProjectNameInput name={store.getState().project.name} label="Project name" required="Required." onChange={(name) => store.getState().apply((p) => ({ ...p, name }))} />,
  );
  const rerender = () =>
    view.rerender(<ProjectNameInput name={store.getState().project.name} label="Project name" required="Required." onChange={(name) => store.getState().apply((p) => ({ ...p, name }))} />);
  return { store, input: screen.getByTestId('project-name') as HTMLInputElement, rerender };
}

describe('the project name field', () => {
  it('stops at the length a project file holds, so the project always saves', () => {
    const { input } = setUp();
    expect(input.maxLength).toBe(MAX_NAME_LENGTH);
    // The premise: one character more and the loader refuses the file.
    const over = { ...sampleProject(), name: 'x'.repeat(MAX_NAME_LENGTH + 1) };
    expect(loadProject(saveProject(over)).ok).toBe(false);
    expect(loadProject(saveProject({ ...over, name: 'x'.repeat(MAX_NAME_LENGTH) })).ok).toBe(true);
  });

  it('refuses an empty name: the field says it is required, the project keeps its name, put back on leaving', () => {
    const { store, input, rerender } = setUp();
    const before = store.getState().project.name;
    fireEvent.change(input, { target: { value: '   ' } });
    expect(store.getState().project.name).toBe(before);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.title).toBe('Required.');
    fireEvent.blur(input);
    expect(input.value).toBe(before);
    fireEvent.change(input, { target: { value: 'Démo client' } });
    rerender();
    expect(store.getState().project.name).toBe('Démo client');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });
});
