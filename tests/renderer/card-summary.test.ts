import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../engine/templates/index.ts';
import { asBranchId, asStepId, type Step } from '../../engine/model/index.ts';
import { stepSummary, stepTitle } from '../../renderer/canvas/summary.ts';
import { createI18n } from '../../renderer/i18n/index.ts';

function summaries(lang: 'fr' | 'en') {
  const project = buildTemplate('nurturing', lang);
  const workflow = project.workflows[0]!;
  const t = createI18n(lang).t;
  return workflow.steps.map((step) => ({ kind: step.kind, text: stepSummary(step, { project, workflow, lang, t }) }));
}

describe('the one-line summary on each card', () => {
  it('reads like the seed article in French', () => {
    const lines = summaries('fr');
    expect(lines.find((l) => l.kind === 'delay')?.text).toBe('Attendre 5 jours');
    expect(lines.find((l) => l.kind === 'branch-if')?.text).toMatch(/^Si\u00a0: /);
    expect(lines.find((l) => l.kind === 'send-email')?.text).toMatch(/^Envoyer «\u00a0.+\u00a0»$/);
  });

  it('reads naturally in English', () => {
    const lines = summaries('en');
    expect(lines.find((l) => l.kind === 'delay')?.text).toBe('Wait 5 days');
    expect(lines.find((l) => l.kind === 'branch-if')?.text).toMatch(/^If: /);
    expect(lines.find((l) => l.kind === 'add-to-list')?.text).toMatch(/^Add to “.+”$/);
  });

  it('counts days before an anchor date with the right plural', () => {
    const project = buildTemplate('webinar', 'fr');
    const workflow = project.workflows[0]!;
    const t = createI18n('fr').t;
    const delay = (offsetDays: number): Step => ({ id: asStepId('d'), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays, time: '09:00' }, next: null });
    expect(stepSummary(delay(-1), { project, workflow, lang: 'fr', t })).toBe('1 jour avant la date, à 09:00');
    expect(stepSummary(delay(-14), { project, workflow, lang: 'fr', t })).toBe('14 jours avant la date, à 09:00');
    expect(stepSummary(delay(1), { project, workflow, lang: 'fr', t })).toBe('1 jour après la date, à 09:00');
  });
});

describe('a delay of a part of a unit on its card', () => {
  const project = buildTemplate('nurturing', 'fr');
  const workflow = project.workflows[0]!;
  const delay = (amount: number, unit: 'days' | 'minutes'): Step => ({ id: asStepId('d'), kind: 'delay', delay: { mode: 'duration', duration: { amount, unit } }, next: null });
  const text = (step: Step, lang: 'fr' | 'en') => stepSummary(step, { project, workflow, lang, t: createI18n(lang).t });

  it('writes the amount as the language does, the unit agreeing with it', () => {
    // A review saw "Attendre 2.5 jours" on a French card while the inspector said 2,5.
    expect(text(delay(2.5, 'days'), 'fr')).toBe('Attendre 2,5 jours');
    expect(text(delay(2.5, 'days'), 'en')).toBe('Wait 2.5 days');
    // French takes the singular below 2 (1,5 jour), English the plural for anything but 1.
    expect(text(delay(1.5, 'days'), 'fr')).toBe('Attendre 1,5 jour');
    expect(text(delay(1.5, 'days'), 'en')).toBe('Wait 1.5 days');
    // Thousands grouped as each language groups them (French: a narrow no-break space).
    expect(text(delay(1500, 'minutes'), 'fr')).toBe('Attendre 1\u202f500 minutes');
    expect(text(delay(1500, 'minutes'), 'en')).toBe('Wait 1,500 minutes');
  });
});

describe('text from outside on a card', () => {
  it('shows a value and a title on one line, without direction overrides or controls', () => {
    const project = buildTemplate('nurturing', 'en');
    const workflow = project.workflows[0]!;
    const ctx = { project, workflow, lang: 'en' as const, t: createI18n('en').t };
    // As a review imported it from HubSpot: a right-to-left override and a line break in the value.
    const step: Step = { id: asStepId('s'), kind: 'set-property', property: 'company', value: '<b>bold</b>\u202eevil\nnext', next: null };
    expect(stepSummary(step, ctx)).toBe('Set Company name to “<b>bold</b>evil next”');
    expect(stepTitle({ ...step, title: 'Ti\u202etle\r\nTwo' }, ctx.t)).toBe('Title Two');
  });
});

describe('a random split on its card', () => {
  it('writes its shares as each language writes a percentage: "50 %" in French (no-break space), "50%" in English', () => {
    const project = buildTemplate('nurturing', 'en');
    const workflow = project.workflows[0]!;
    const branch = (id: string, percent: number) => ({ id: asBranchId(id), name: id, percent, next: null });
    const step: Step = { id: asStepId('r'), kind: 'branch-random', branches: [branch('a', 30), branch('b', 70)] };
    expect(stepSummary(step, { project, workflow, lang: 'en', t: createI18n('en').t })).toContain('30% / 70%');
    expect(stepSummary(step, { project, workflow, lang: 'fr', t: createI18n('fr').t })).toContain('30\u00a0% / 70\u00a0%');
  });
});
