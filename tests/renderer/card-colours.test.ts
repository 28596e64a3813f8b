// The report draws each card in its kind's colour from engine/cards (it cannot import the canvas);
// the canvas keeps its own table (renderer/canvas/stepVisuals.ts). Both must say the same, or a
// delay orange on the canvas prints blue in the report again, as a review found.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_GROUP_COLORS, cardColor, ENROLLMENT_COLOR } from '../../engine/cards/index.ts';
import { STEP_KINDS } from '../../engine/model/index.ts';
import { GROUP_COLORS, stepGroup } from '../../renderer/canvas/stepVisuals.ts';

describe('the cards’ colours', () => {
  it('are the canvas’s, group by group and kind by kind', () => {
    expect(CARD_GROUP_COLORS).toEqual(GROUP_COLORS);
    for (const kind of STEP_KINDS) expect(cardColor(kind)).toBe(GROUP_COLORS[stepGroup(kind)]);
  });

  it('give the enrollment card the canvas’s colour', () => {
    const css = readFileSync('renderer/app/styles/canvas.css', 'utf8');
    expect(/\.fb-enrollment\s*\{\s*--group:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]).toBe(ENROLLMENT_COLOR);
  });
});
