import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyWorkflow } from '../../engine/model/index.ts';
import { WorkflowsSidebar } from '../../renderer/panels/WorkflowsSidebar.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

/**
 * Two imported workflows whose ~480-character names differ only by « (importé) » at the end looked
 * the same in the sidebar (the suffix under the ellipsis). Each entry has its whole name, on one
 * line, as its tooltip, and two names alike as far as the sidebar shows show their ends.
 */

const long = `Nurturing\tebook\n${'relance des contacts qui ont téléchargé le premier ebook '.repeat(8)}`.trim();
const oneLineLong = long.replace(/[\t\n]/g, ' ');

function sidebar(names: readonly string[]) {
  const workflows = names.map((name, i) => emptyWorkflow(`wf-${i}`, name));
  renderWithEditor(<WorkflowsSidebar />, { project: { ...sampleProject(workflows[0]), workflows }, lang: 'fr' });
  return screen.getAllByTestId('workflow-name');
}

describe('the sidebar’s workflow names', () => {
  it('have the whole name on one line as tooltip, and show the end of two long names alike', () => {
    expect(long.length).toBeGreaterThan(450);
    const [first, imported] = sidebar([long, `${long} (importé)`]);
    expect(first!.title).toBe(oneLineLong);
    expect(imported!.title).toBe(`${oneLineLong} (importé)`);
    expect(imported!.textContent).toMatch(/^Nurturing ebook relance.* … .*ebook \(importé\)$/);
    expect(first!.textContent).toMatch(/^Nurturing ebook relance.* … .*le premier ebook$/);
    expect(first!.textContent).not.toBe(imported!.textContent);
    // Short enough for the sidebar's two lines.
    expect(imported!.textContent!.length).toBeLessThanOrEqual(48);
  });

  it('show short names and names told apart early as they are', () => {
    const [a, b] = sidebar(['Nurturing', 'Renouvellement\u0007 annuel']);
    expect(a!.textContent).toBe('Nurturing');
    expect(b!.textContent).toBe('Renouvellement annuel');
    expect(b!.title).toBe('Renouvellement annuel');
  });
});
