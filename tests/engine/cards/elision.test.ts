// A card names a property or a page the marketer chose: French elides "de" and "que" before it
// when it starts with a vowel ("la valeur d’Entreprise"), as the canvas and the report show it.
import { describe, expect, it } from 'vitest';
import { cardSummary } from '../../../engine/cards/index.ts';
import { asBranchId, asStepId, type Step } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

const project = buildTemplate('nurturing', 'fr');
const workflow = project.workflows[0]!;
const summary = (step: Step, lang: 'fr' | 'en' = 'fr') => cardSummary(step, { project, workflow, lang });
const byValue = (property: string): Step => ({
  id: asStepId('v'),
  kind: 'branch-value',
  property,
  branches: [{ id: asBranchId('b'), name: 'A', value: 'a', next: null }],
  defaultName: 'Autre',
  defaultNext: null,
});
const untilViewed = (url: string): Step => ({
  id: asStepId('w'),
  kind: 'delay-until-event',
  event: { kind: 'page-viewed', url },
  maxWait: { amount: 2, unit: 'days' },
  met: null,
  notMet: null,
});

describe('a card’s words before a vowel in French', () => {
  it('branches on the value of a property whose label starts with a vowel: d’Entreprise, d’E-mail', () => {
    expect(summary(byValue('company'))).toBe('Selon la valeur d’Entreprise');
    expect(summary(byValue('email'))).toBe('Selon la valeur d’E-mail');
    expect(summary(byValue('jobtitle'))).toBe('Selon la valeur d’Intitulé du poste');
  });

  it('keeps "de" before a consonant and leaves English alone', () => {
    expect(summary(byValue('hubspotscore'))).toBe('Selon la valeur de Score HubSpot');
    expect(summary(byValue('company'), 'en')).toBe('By value of Company name');
  });

  it('waits until a page typed without its scheme is viewed: jusqu’à ce qu’exemple.fr…', () => {
    expect(summary(untilViewed('exemple.fr/offre'))).toBe('Jusqu’à ce qu’exemple.fr/offre soit vue, au plus 2 jours');
    expect(summary(untilViewed('/tarifs'))).toBe('Jusqu’à ce que /tarifs soit vue, au plus 2 jours');
  });
});
