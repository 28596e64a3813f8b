// The report's cards against the canvas's: the same step reads the same in both (a review found
// "Délai de 5 jours" in the report where the canvas said "Attendre 5 jours", "Envoyer l’e-mail
// Suivi – ebook 1" for "Envoyer « Suivi – ebook 1 »", "Branche si/alors" for the branch's
// condition, and a title cut "Ajouter à un segment…").
import { describe, expect, it } from 'vitest';
import { elkInThisThread } from '../../engine/layout/index.ts';
import type { Lang } from '../../engine/model/index.ts';
import { buildReportHtml, reportRun } from '../../engine/report/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { simulate } from '../../engine/sim/index.ts';
import { buildTemplate } from '../../engine/templates/index.ts';
import { triggersText } from '../../renderer/canvas/cardText.ts';
import { stepSummary, stepTitle } from '../../renderer/canvas/summary.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { everyKind, projects } from './every-kind.ts';

const LANGS: readonly Lang[] = ['fr', 'en'];

/** Each card of the report's diagram: its title and its summary, each line joined back with the space it was cut at. */
function reportCards(html: string): Map<string, { title: string; summary: string }> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const cards = new Map<string, { title: string; summary: string }>();
  for (const g of doc.querySelectorAll('.workflow-svg g.step[data-step]')) {
    const lines = (size: string) => [...g.querySelectorAll(`:scope > text[font-size="${size}"]`)].map((t) => t.textContent ?? '').join(' ');
    cards.set(`${g.closest('.workflow-svg')!.getAttribute('data-workflow')}/${g.getAttribute('data-step')}`, { title: lines('13'), summary: lines('12') });
  }
  return cards;
}

describe('the report’s cards read as the canvas’s', () => {
  for (const lang of LANGS) {
    it(`on every card of every template and of every kind, whole: no title or summary cut (${lang})`, async () => {
      const t = createI18n(lang).t;
      for (const { name, project } of projects(lang)) {
        const cards = reportCards(await buildReportHtml({ project, lang, date: '2026-03-02', elk: elkInThisThread }));
        for (const workflow of project.workflows) {
          expect(cards.get(`${workflow.id}/__enrollment__`)?.summary, `${name}: ${workflow.name}`).toBe(triggersText(workflow, project, lang));
          expect(cards.get(`${workflow.id}/__enrollment__`)?.title).toBe(t('canvas.enrollment'));
          for (const step of workflow.steps) {
            // The canvas's very words: "Attendre 5 jours", "Envoyer « Suivi – ebook 1 »", "Si : A cliqué…"; a title on two lines rather than "Ajouter à un segment…".
            expect(cards.get(`${workflow.id}/${step.id}`), `${name}: ${step.id}`).toEqual({ title: stepTitle(step, t), summary: stepSummary(step, { project, workflow, lang, t }) });
          }
        }
      }
    });
  }

  it('says the review’s cards as the canvas does, after a run too (its counts take room beside the title)', async () => {
    const project = buildTemplate('nurturing', 'fr');
    const result = simulate(project, generateContacts(project, 200, 5), { seed: 5 });
    const html = await buildReportHtml({ project, lang: 'fr', date: '2026-03-02', elk: elkInThisThread, run: reportRun(project, [result], 200) });
    const cards = [...reportCards(html).values()];
    expect(cards).toContainEqual({ title: 'Délai', summary: 'Attendre 5 jours' });
    expect(cards).toContainEqual({ title: 'Envoyer un e-mail', summary: 'Envoyer «\u00a0Suivi – ebook 1\u00a0»' });
    expect(cards.find((c) => c.title === 'Branche si/alors')?.summary).toMatch(/^Si\u00a0: A téléchargé l’ebook «\u00a0/);
    expect(cards).toContainEqual(expect.objectContaining({ title: 'Ajouter à un segment statique' }));
    expect(html).not.toContain('Délai de 5 jours');
    expect(html).not.toContain('Ajouter à un segment…');
    // The title wraps where it would have been cut: two lines, each a whole word at its end.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const titled = [...doc.querySelectorAll('g.step')].find((g) => g.querySelector('text[font-size="13"]')?.textContent === 'Ajouter à un segment')!;
    expect([...titled.querySelectorAll('text[font-size="13"]')].map((x) => x.textContent)).toEqual(['Ajouter à un segment', 'statique']);
  });

  it('names the paths of a wait for an event as the canvas does', async () => {
    for (const lang of LANGS) {
      const t = createI18n(lang).t;
      const html = await buildReportHtml({ project: everyKind(lang), lang, date: '2026-03-02', elk: elkInThisThread });
      const labels = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.workflow-svg text[font-size="11"]')].map((x) => x.textContent);
      expect(labels).toContain(t('canvas.met'));
    }
  });
});
