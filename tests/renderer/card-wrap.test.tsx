import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../engine/templates/index.ts';
import { cardExtraHeights, SUMMARY_LINE, wrapText } from '../../renderer/canvas/cardText.ts';
import { fitViewport, MIN_FIT_ZOOM } from '../../renderer/canvas/fit.ts';
import { sizesFor } from '../../renderer/canvas/layoutSizes.ts';
import { buildWorkflowSvg } from '../../renderer/export/svgExport.ts';
import { layoutWorkflow } from '../../engine/layout/index.ts';
import { createI18n } from '../../renderer/i18n/index.ts';

/** 10 px a character: widths a reader can count. */
const mono = (text: string) => text.length * 10;

describe('card texts wrap rather than end in "…"', () => {
  it('breaks between words, keeps every word, and cuts only a word longer than a line', () => {
    expect(wrapText('Si : A a téléchargé', 100, 5, mono)).toEqual(['Si : A a', 'téléchargé']);
    expect(wrapText('abcdefghijklmnop', 50, 5, mono)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
    expect(wrapText('', 100, 5, mono)).toEqual(['']);
  });

  it('never breaks at a French no-break space ("Y ? »" stays together)', () => {
    expect(wrapText('sujet Y\u00a0?\u00a0»', 90, 5, mono)).toEqual(['sujet', 'Y\u00a0?\u00a0»']);
  });

  it('ends in "…" only past the line limit', () => {
    const lines = wrapText('aa bb cc dd ee ff', 20, 3, mono);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('grows the card of a long condition by its extra lines, on the canvas and in the SVG export', async () => {
    const project = buildTemplate('nurturing', 'fr');
    const workflow = project.workflows[0]!;
    const t = createI18n('fr').t;
    const extra = cardExtraHeights(workflow, project, 'fr', t);
    const branch = workflow.steps.find((s) => s.kind === 'branch-if')!;
    // The branch's condition names a long ebook title: more than one line at 6.6 px a character (jsdom).
    expect(extra[branch.id]).toBeGreaterThanOrEqual(SUMMARY_LINE);
    const notes = new Set(workflow.steps.filter((s) => s.note?.trim()).map((s) => s.id));
    const layout = await layoutWorkflow(workflow, sizesFor(notes, extra));
    const node = layout.nodes.find((n) => n.stepId === branch.id)!;
    expect(node.height).toBe(72 + (notes.has(branch.id) ? 26 : 0) + extra[branch.id]!);
    const { svg } = buildWorkflowSvg({ layout, workflow, project, projectJson: '{}', lang: 'fr', t, background: 'white' });
    // The whole condition is in the drawing, over several lines, without an ellipsis.
    const lines = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="12" fill="#52606d">([^<]*)<\/text>/g)].filter((m) => Number(m[1]) > node.y && Number(m[1]) < node.y + node.height);
    expect(lines.length).toBe(1 + extra[branch.id]! / SUMMARY_LINE);
    expect(lines.map((m) => m[2]).join(' ')).not.toContain('…');
    expect(lines.map((m) => m[2]).join(' ')).toContain('Comment construire votre propre sujet Y');
  });
});

describe('fit keeps cards readable', () => {
  const pane = { width: 800, height: 600 };
  it('shows a small diagram whole, at most 100 %', () => {
    expect(fitViewport({ minX: 0, minY: 0, maxX: 300, maxY: 200 }, pane).zoom).toBe(1);
  });

  it('never goes below the readable zoom: a tall diagram shows its top, right of the zoom toolbar, and scrolls', () => {
    // 3,000 px tall in a 600 px pane would need 504 / 3000 = 17 %.
    const v = fitViewport({ minX: 0, minY: 0, maxX: 400, maxY: 3000 }, pane);
    expect(v.zoom).toBe(MIN_FIT_ZOOM);
    expect(v.y).toBe(48);
    // Re-pinned (the toolbar became a column 40 px wide, fit.ts): the room runs from right of the
    // toolbar's column (15 + 40 + 12 = 67 px) to the padding (800 − 48 = 752 px), 685 px; the diagram,
    // 300 px at 75 %, is centred in it from 67 + 342.5 − 150 = 259.5 px (it was at 252 px, right of the 225 px row).
    expect(v.x).toBe(259.5);
    expect(v.x).toBeGreaterThanOrEqual(67);
  });
});
