import type { Project } from '../../engine/model/index.ts';

/**
 * One colour per thing, whatever the view: an end state is the same colour in the "where they
 * are" bars and the Sankey, a list in its bar, the Sankey and the lists chart, a lifecycle
 * stage always the same in its chart. End states, lists and stages draw from separate palettes
 * so that a list and an end state shown side by side never share a colour.
 */

export const END_COLORS = {
  enrolled: '#52606d',
  'in-progress': '#2f6fde',
  completed: '#1b8a5a',
  goal: '#0e8a99',
  lost: '#e8891c',
  unenrolled: '#9aa5b1',
} as const;

export type EndColorKey = keyof typeof END_COLORS;

/** Lists: purples, pinks, browns, reds; none of the end-state colours. */
const LIST_PALETTE = ['#7c4dce', '#c2569b', '#8a6d1b', '#cf3b3b', '#5b6bbf', '#a0522d', '#6b8e23', '#b03060'];

/** A list's colour follows its place in the project, so it stays when other lists are empty. */
export function listColor(project: Pick<Project, 'lists'>, listId: string): string {
  const k = project.lists.findIndex((l) => l.id === listId);
  return LIST_PALETTE[(k < 0 ? 0 : k) % LIST_PALETTE.length]!;
}

/** Paths that end on a step other than a list: shades of the "completed" green, in order. */
const END_STEP_PALETTE = ['#1b8a5a', '#3fa37a', '#137048', '#6cbf98'];
export const endStepColor = (k: number): string => END_STEP_PALETTE[k % END_STEP_PALETTE.length]!;

/** Lifecycle stages from cold to hot, then "other" and "unknown": lighter tones, none shared with the above; the report's too (engine/report). */
export { STAGE_COLORS } from '../../engine/results/index.ts';

/** Every colour a list can take (tests check the palettes never overlap). */
export const LIST_COLORS: readonly string[] = LIST_PALETTE;
export const END_STEP_COLORS: readonly string[] = END_STEP_PALETTE;
