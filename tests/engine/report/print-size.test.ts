// @vitest-environment jsdom
// The printed size of a workflow's diagram, worked out as Chromium prints it: each band of the
// diagram is an SVG `width` px wide drawing its viewBox, shrunk to the page's width when wider
// (`figure svg { max-width: 100% }`, nothing caps its height); a page is A4 or Letter less the
// report's @page margin, turned landscape for a section marked so. A text of `s` px in a band
// drawn at `k` × its size prints at s × k × 0.75 pt (96 px to the inch, 72 pt).
import { describe, expect, it } from 'vitest';
import { asBranchId, asStepId, type Lang, type Project, type Step } from '../../../engine/model/index.ts';
import { elkInThisThread } from '../../../engine/layout/index.ts';
import { buildReportHtml, reportRun } from '../../../engine/report/index.ts';
import { REPORT_CSS } from '../../../engine/report/styles.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { reviewProject } from './review-workflow.ts';

const PX_PER_MM = 96 / 25.4;
const margin = Number(/@page \{ margin: (\d+)mm; \}/.exec(REPORT_CSS)?.[1]);
/** A printed cap on a diagram's height, if the style sheet has one (it had 150 mm). */
const cap = Number(/figure\.diagram svg \{ max-height: (\d+)mm; \}/.exec(REPORT_CSS)?.[1] ?? Infinity) * PX_PER_MM;
const PAPERS = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;

/** The printed content box, CSS px, of a paper in an orientation: the paper less the margins. */
function content(paper: keyof typeof PAPERS, landscape: boolean): { width: number; height: number } {
  const p = PAPERS[paper];
  const [w, h] = landscape ? [p.height, p.width] : [p.width, p.height];
  return { width: (w - 2 * margin) * PX_PER_MM, height: (h - 2 * margin) * PX_PER_MM };
}

interface PrintedDiagram {
  readonly workflow: string;
  readonly landscape: boolean;
  /** The diagram's own width and height (its bands stacked), CSS px. */
  readonly width: number;
  readonly height: number;
  /** Its smallest text as printed, in points, and its tallest band's printed height, px. */
  readonly minPt: number;
  readonly tallestBand: number;
}

/** Every workflow diagram of a report, as printed on that paper. */
function printed(html: string, paper: keyof typeof PAPERS): PrintedDiagram[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('section[data-section=workflow]')].map((section) => {
    const landscape = section.classList.contains('landscape');
    const page = content(paper, landscape);
    let minPt = Infinity;
    let tallestBand = 0;
    const bands = [...section.querySelectorAll('figure.diagram svg')];
    for (const band of bands) {
      const [, , vbWidth, vbHeight] = band.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      // Its own size, narrower to fit the page's width, and lower to fit a height cap if there is one (keeping its proportions).
      const scale = Math.min(Number(band.getAttribute('width')), page.width, (cap * vbWidth) / vbHeight) / vbWidth;
      tallestBand = Math.max(tallestBand, vbHeight! * scale);
      for (const text of band.querySelectorAll('text')) minPt = Math.min(minPt, Number(text.getAttribute('font-size')) * scale * 0.75);
    }
    const width = Math.max(...bands.map((b) => Number(b.getAttribute('width'))));
    const height = bands.reduce((h, b) => h + Number(b.getAttribute('height')), 0);
    return { workflow: section.getAttribute('data-workflow')!, landscape, width, height, minPt, tallestBand };
  });
}

async function reportOf(project: Project, lang: Lang, withRun = true): Promise<string> {
  const run = withRun ? reportRun(project, [simulate(project, generateContacts(project, 300, 4), { seed: 4 })], 300) : undefined;
  return buildReportHtml({ project, lang, date: '2026-03-02', elk: elkInThisThread, ...(run ? { run } : {}) });
}

/** A random split into `n` variants, each an email then a wait: n columns of cards side by side. */
function split(n: number): Project {
  const base = buildTemplate('nurturing', 'en');
  const email = base.emails[0]!.id;
  const steps: Step[] = [
    { id: asStepId('split'), kind: 'branch-random', branches: Array.from({ length: n }, (_, i) => ({ id: asBranchId(`b${i}`), name: `Variant ${i + 1}`, percent: 100 / n, next: asStepId(`s${i}`) })) },
    ...Array.from({ length: n }, (_, i): Step[] => [
      { id: asStepId(`s${i}`), kind: 'send-email', email, next: asStepId(`d${i}`) },
      { id: asStepId(`d${i}`), kind: 'delay', delay: { mode: 'duration', duration: { amount: i + 1, unit: 'days' } }, next: null },
    ]).flat(),
  ];
  return { ...base, workflows: [{ ...base.workflows[0]!, start: asStepId('split'), steps }] };
}

describe('the style sheet prints a diagram at its own size, narrower only to fit the page', () => {
  it('keeps a band to the page’s width, never to a height, and turns the page for a section marked landscape', () => {
    expect(margin).toBe(14);
    expect(REPORT_CSS).toMatch(/figure svg \{[^}]*max-width: 100%;[^}]*height: auto;/);
    // The 150 mm cap that shrank a 13-step workflow's text to 3 pt is gone, on screen and in print.
    expect(REPORT_CSS).not.toMatch(/diagram[^{]*\{[^}]*max-height/);
    expect(REPORT_CSS).toMatch(/@page landscape \{ size: landscape; \}/);
    expect(REPORT_CSS).toMatch(/section\.landscape \{ page: landscape; \}/);
    // Bands are never cut; the diagram between them may break over pages.
    expect(REPORT_CSS).toMatch(/figure\.diagram svg\.diagram-band \{ break-inside: avoid;/);
    expect(REPORT_CSS).toMatch(/figure\.diagram \{ break-inside: auto;/);
  });
});

describe('a workflow’s diagram printed on A4 and Letter', () => {
  it('prints the review’s 13-step workflow with no text under 7 pt, in French and English (it printed at about 3 pt)', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const html = await reportOf(reviewProject(lang), lang);
      const [diagram] = printed(html, 'A4');
      // Two columns of 260 px cards after the branches, 790 px wide: wider than A4's 182 mm
      // (688 px) but within 688 / (7 / (11 × 0.75)) = 811 px, so portrait at 688 / 790 = 0.871,
      // its 11 px counts at 11 × 0.871 × 0.75 = 7.2 pt. It was 1,968 px tall in 150 mm
      // (567 px): 0.288, the counts at 2.4 pt and the summaries at 2.6 pt.
      expect(diagram!.workflow).toBe('wf-nurturing');
      expect(diagram!.landscape).toBe(false);
      expect(diagram!.width).toBe(790);
      expect(diagram!.minPt).toBeCloseTo((11 * 0.75 * content('A4', false).width) / 790, 5);
      expect(diagram!.minPt).toBeGreaterThanOrEqual(7);
      // It runs on over pages, each band shorter than a page.
      expect(diagram!.tallestBand).toBeLessThan(content('A4', false).height / 3);
      const [letter] = printed(html, 'Letter');
      expect(letter!.minPt).toBeGreaterThanOrEqual(7);
    }
  });

  it('prints every template’s diagrams, the largest (nurturing) included, with no text under 7 pt', async () => {
    for (const lang of ['fr', 'en'] as const) {
      let largest = { area: 0, template: '', minPt: 0 };
      for (const id of TEMPLATE_IDS) {
        const project = buildTemplate(id, lang);
        for (const d of printed(await reportOf(project, lang), 'A4')) {
          const area = d.width * d.height;
          if (area > largest.area) largest = { area, template: id, minPt: d.minPt };
          expect(d.minPt, `${id} ${d.workflow}`).toBeGreaterThanOrEqual(7);
        }
      }
      // The nurturing template's diagram, 684 px wide in French and 656 in English, fits A4's 688 px: drawn at its own size, 11 px at 8.25 pt.
      expect(largest.template).toBe('nurturing');
      expect(largest.minPt).toBeCloseTo(8.25, 5);
    }
  });

  it('turns the page for a diagram too wide for a portrait one, and cuts one too wide for a landscape page into strips', async () => {
    // Three columns (940 px): past 811 px, landscape (Letter's 251 mm, 950 px, the narrower) at its own size.
    const [three] = printed(await reportOf(split(3), 'en'), 'Letter');
    expect(three!.width).toBeGreaterThan(811);
    expect(three!.landscape).toBe(true);
    expect(three!.minPt).toBeGreaterThanOrEqual(7);
    // Six columns (1,840 px): past 950 / 0.848 = 1,120 px, two strips, each within it.
    const html = await reportOf(split(6), 'en');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('.diagram-strip')).toHaveLength(2);
    for (const paper of ['A4', 'Letter'] as const) expect(printed(html, paper)[0]!.minPt).toBeGreaterThanOrEqual(7);
    // Each card is drawn whole once, in one band of one strip.
    for (const step of split(6).workflows[0]!.steps) expect(doc.querySelectorAll(`[data-step="${step.id}"]`)).toHaveLength(1);
  });
});
