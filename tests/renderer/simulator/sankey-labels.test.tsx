// The Simulate panel's Sankey, as a review saw it at 1280x720 (and at 1440x900: the panel is 400 px
// wide at both): « Nurturing – ebook 2 téléchargé 3 0… », « Nurturing – articles envoyés 53 46- »,
// each label one line, its interval cut by the drawing's edge. The 190 units right of the bars
// hold about 30 characters at 11 px (the review's cut came after 34): each line must keep to that.
import { describe, expect, it } from 'vitest';
import { Sankey, type SankeyData } from '../../../renderer/simulator/Sankey.tsx';
import { renderWithEditor } from '../render.tsx';

const ROOM = 30;

const data: SankeyData = {
  enrolled: 67,
  enrolledRange: { lo: 54, hi: 77 },
  ends: [
    { key: 'in-progress', label: 'Encore en cours', value: 11, color: '#2f6fde', range: { lo: 6, hi: 19 } },
    { key: 'end:a', label: 'Nurturing – ebook 2 téléchargé', value: 3, color: '#7c4dce', range: { lo: 0, hi: 6 } },
    { key: 'end:b', label: 'Nurturing – articles envoyés', value: 53, color: '#d0499c', range: { lo: 46, hi: 60 } },
    { key: 'end:c', label: 'Contacts du salon de printemps, relancés deux fois', value: 1234, color: '#0f8b9c' },
  ],
};

/** A label's lines as drawn: its line tspans, else (one line) the whole text but the tooltip. */
function lines(g: Element): string[] {
  const tspans = [...g.querySelectorAll('.fb-sim-sankey-line')];
  if (tspans.length > 0) return tspans.map((t) => t.textContent!);
  const text = g.querySelector('text')!;
  return [text.textContent!.slice(text.querySelector('title')!.textContent!.length)];
}

describe('the Simulate panel’s Sankey labels', () => {
  it('wrap instead of running out of the drawing: every line within 30 characters, the figures whole', () => {
    const view = renderWithEditor(<Sankey data={data} />, { lang: 'fr' });
    const label = (key: string) => lines(view.getByTestId(`sim-sankey-${key}`));
    for (const end of data.ends) for (const line of label(end.key)) expect(line.length).toBeLessThanOrEqual(ROOM);
    // Nothing cut: the name, then its count and interval (a no-break space groups French thousands).
    expect(label('end:b').join(' ')).toBe('Nurturing – articles envoyés 53 46–60');
    expect(label('end:a').join(' ')).toBe('Nurturing – ebook 2 téléchargé 3 0–6');
    expect(label('in-progress')).toEqual(['Encore en cours 11 6–19']);
    expect(label('end:c').join(' ')).toBe('Contacts du salon de printemps, relancés deux fois 1\u202f234');
  });

  it('stacks each label under the one above, however many lines it takes', () => {
    const view = renderWithEditor(<Sankey data={data} />, { lang: 'fr' });
    let bottom = -Infinity;
    for (const end of data.ends) {
      const text = view.getByTestId(`sim-sankey-${end.key}`).querySelector('text')!;
      const top = Number(text.getAttribute('y'));
      expect(top).toBeGreaterThanOrEqual(bottom + 14);
      const steps = [...text.querySelectorAll('.fb-sim-sankey-line')].slice(1).map((t) => Number(t.getAttribute('dy')));
      bottom = top + steps.reduce((a, b) => a + b, 0);
    }
    // The drawing grows to hold the last label.
    const box = view.getByTestId('sim-sankey').querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(box[3]).toBeGreaterThanOrEqual(bottom + 4);
  });
});
