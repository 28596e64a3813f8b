import { STEP_GROUPS, type StepKind } from '../model/index.ts';

export type StepGroup = keyof typeof STEP_GROUPS;

/**
 * A card's colour by its palette group (its left bar and icon tint): the canvas's
 * (renderer/canvas/stepVisuals.ts `GROUP_COLORS`, which tests/renderer/card-colours.test.ts holds
 * to this table) and the report's, so a delay is orange in both.
 */
export const CARD_GROUP_COLORS: Readonly<Record<StepGroup, string>> = {
  communication: '#3b6fd8',
  delays: '#c27c0e',
  branches: '#7c4dce',
  records: '#138a72',
  lists: '#d0527a',
  control: '#5a6472',
};

/** The enrollment card's colour (renderer/app/styles/canvas.css `.fb-enrollment`). */
export const ENROLLMENT_COLOR = '#1f2933';

const GROUP_OF = new Map<StepKind, StepGroup>((Object.entries(STEP_GROUPS) as [StepGroup, readonly StepKind[]][]).flatMap(([group, kinds]) => kinds.map((k) => [k, group] as const)));

/** A step kind's card colour. */
export function cardColor(kind: StepKind): string {
  return CARD_GROUP_COLORS[GROUP_OF.get(kind) ?? 'control'];
}
