// @vitest-environment jsdom
// The report's workflow diagrams, as a review saw them: the branch names « A téléchargé l’ebook 2 »
// and « Non » touched the paths' counts « 3 » and « 55 » (each count sat at its path's middle,
// where ELK put the name too), and every card had the same blue bar where the canvas colours a
// delay orange and a branch purple.
import { describe, expect, it } from 'vitest';
import { CARD_GROUP_COLORS, ENROLLMENT_COLOR } from '../../../engine/cards/index.ts';
import { elkInThisThread } from '../../../engine/layout/index.ts';
import { edgeKey, workflowEdges, type Lang, type Project, type Workflow } from '../../../engine/model/index.ts';
import { workflowSvg } from '../../../engine/report/workflow-svg.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { reviewProject } from './review-workflow.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const boxOf = (rect: Element): Box => {
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
  return { x0: x!, y0: y!, x1: x! + w!, y1: y! + h! };
};
/** The room between two boxes (negative when they overlap). */
const gap = (a: Box, b: Box) => Math.max(b.x0 - a.x1, a.x0 - b.x1, b.y0 - a.y1, a.y0 - b.y1);

/** The diagram of a run where every step was reached and every path taken by 55 contacts (two digits, as the review's « 55 »). */
async function drawn(project: Project, workflow: Workflow, lang: Lang) {
  const run = {
    id: workflow.id,
    end: { enrolled: 55, completed: 55, goal: 0, unenrolled: 0, inProgress: 0, lost: 0 },
    entered: Object.fromEntries(workflow.steps.map((s) => [s.id, 55])),
    edges: Object.fromEntries(workflowEdges(workflow).map((e) => [edgeKey(e), 55])),
  };
  const { svg } = await workflowSvg(workflow, project, lang, elkInThisThread, run);
  return new DOMParser().parseFromString(`<div>${svg}</div>`, 'text/html');
}

const cases = [
  { name: 'the nurturing template (FR)', project: buildTemplate('nurturing', 'fr'), lang: 'fr' as const },
  { name: 'the nurturing template (EN)', project: buildTemplate('nurturing', 'en'), lang: 'en' as const },
  { name: 'the review’s workflow', project: reviewProject('fr'), lang: 'fr' as const },
];

describe('the report’s workflow diagram', () => {
  for (const c of cases) {
    it(`keeps each path’s count clear of the branch names: ${c.name}`, async () => {
      const doc = await drawn(c.project, c.project.workflows[0]!, c.lang);
      const names = [...doc.querySelectorAll('rect[fill="#eef1f5"]')].map(boxOf);
      const counts = [...doc.querySelectorAll('.edge-count rect')].map(boxOf);
      const cards = [...doc.querySelectorAll('g.step > rect:first-child')].map(boxOf);
      expect(names.length).toBeGreaterThanOrEqual(2);
      expect(counts.length).toBeGreaterThan(names.length);
      // At least 2 px between a count and any name (the review's were 0 to 4 px into each other), and no count on a card.
      for (const count of counts) {
        for (const name of names) expect(gap(count, name)).toBeGreaterThanOrEqual(2);
        for (const card of cards) expect(gap(count, card)).toBeGreaterThan(0);
      }
    });
  }

  it('gives each card the canvas’s colour for its kind of step', async () => {
    const project = reviewProject('fr');
    const workflow = project.workflows[0]!;
    const doc = await drawn(project, workflow, 'fr');
    const bar = (id: string) => doc.querySelector(`g.step[data-step="${id}"] rect[width="3"]`)!.getAttribute('fill');
    const kinds = new Map(workflow.steps.map((s) => [s.id as string, s.kind]));
    const delays = workflow.steps.filter((s) => s.kind === 'delay');
    expect(delays.length).toBeGreaterThan(1);
    for (const d of delays) expect(bar(d.id)).toBe(CARD_GROUP_COLORS.delays);
    expect(bar('step-1')).toBe(CARD_GROUP_COLORS.branches);
    expect(bar('step-2')).toBe(CARD_GROUP_COLORS.lists);
    expect(bar('step-4')).toBe(CARD_GROUP_COLORS.communication);
    expect(bar('__enrollment__')).toBe(ENROLLMENT_COLOR);
    expect(kinds.get('step-1')).toBe('branch-if');
  });
});
