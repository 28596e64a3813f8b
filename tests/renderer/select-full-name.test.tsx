import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { asAssetId, asEmailId, type Criteria } from '../../engine/model/index.ts';
import { CriteriaBuilder } from '../../renderer/inspector/criteria/CriteriaBuilder.tsx';
import { ResourcePicker } from '../../renderer/inspector/pickers.tsx';
import { renderWithEditor, sampleProject } from './render.tsx';

/**
 * A select is as wide as the inspector lets it be, so a long name (an ebook's title) is cut:
 * « Ebook : Comment construire vc ». The name picked is whole in the select's tooltip, on one
 * line (a name imported with a line break or a tab reads as one line), and each option in its own.
 */

const ebook = 'Ebook\u00a0: Comment construire votre propre sujet Y\u00a0? Le guide\nen dix étapes';
const whole = 'Ebook\u00a0: Comment construire votre propre sujet Y\u00a0? Le guide en dix étapes';

function project() {
  const base = sampleProject();
  return { ...base, assets: [...base.assets, { id: asAssetId('asset-long'), name: ebook, kind: 'ebook' as const, conversionScale: 1 }] };
}

describe('a select holding a long name', () => {
  it('gives the ebook picked in a branch’s filter whole, on one line, as its tooltip', () => {
    const criteria: Criteria = { groups: [{ filters: [{ kind: 'form', asset: asAssetId('asset-long'), op: 'submitted' }] }] };
    renderWithEditor(<CriteriaBuilder criteria={criteria} project={project()} onChange={() => undefined} />, { lang: 'fr' });
    const menu = screen.getAllByRole('combobox').find((s) => (s as HTMLSelectElement).value === 'asset-long') as HTMLSelectElement;
    expect(menu.title).toBe(whole);
    expect(menu.selectedOptions[0]!.title).toBe(whole);
  });

  it('gives the e-mail picked in a step’s picker whole as its tooltip, and follows the choice', () => {
    const long = 'Relance – ebook 2 pour les contacts qui ont ouvert le premier e-mail sans cliquer';
    const base = sampleProject();
    const withLong = { ...base, emails: [...base.emails, { id: asEmailId('email-long'), name: long, subject: 's', asset: null, openScale: 1, clickScale: 1 }] };
    function Picker() {
      const [value, setValue] = useState<string | null>('email-long');
      return <ResourcePicker label="E-mail" items={withLong.emails} value={value} onChange={setValue} testId="pick" />;
    }
    renderWithEditor(<Picker />, { project: withLong });
    expect(screen.getByTestId('pick').title).toBe(long);
    fireEvent.change(screen.getByTestId('pick'), { target: { value: 'email-1' } });
    expect(screen.getByTestId('pick').title).toBe('Follow-up ebook 1');
  });
});
