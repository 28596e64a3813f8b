import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../engine/model/index.ts';
import { CriteriaBuilder } from '../../renderer/inspector/criteria/CriteriaBuilder.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

/**
 * The e-mail filter's event menu follows "E-mail <name>", so each entry says what happened to
 * that e-mail the same way: a participle (« désabonné », not the noun « désabonnement »; « envoyé »,
 * not « a été envoyé »), the two combined events alike.
 */

const criteria: Criteria = { groups: [{ filters: [{ kind: 'email', email: null, event: 'opened' }] }] };

function eventMenu(lang: 'fr' | 'en'): string[] {
  renderWithEditor(<CriteriaBuilder criteria={criteria} project={sampleProject()} onChange={() => undefined} />, { lang });
  const menu = screen.getByRole('combobox', { name: lang === 'fr' ? 'Événement' : 'Event' }) as HTMLSelectElement;
  return [...menu.options].map((o) => o.textContent ?? '');
}

describe('the e-mail event menu', () => {
  it('reads as participles in French', () => {
    expect(eventMenu('fr')).toEqual(['envoyé', 'ouvert', 'cliqué', 'rejeté (bounce)', 'désabonné', 'ouvert, non cliqué', 'reçu, non ouvert']);
  });

  it('reads as participles in English', () => {
    expect(eventMenu('en')).toEqual(['sent', 'opened', 'clicked', 'bounced', 'unsubscribed', 'opened, not clicked', 'received, not opened']);
  });
});
