import { oneLine } from '../../engine/model/index.ts';

/**
 * About what the sidebar shows of a name in its two lines (232 px, 13 px type): two names alike
 * up to there look the same, « (importé) » cut off by the ellipsis.
 */
const SHOWN = 48;
/** The end kept of such a name: enough for a suffix such as « (importé) » and what is before it. */
const TAIL = 22;

/**
 * The name each workflow shows in the sidebar, on one line (engine/model oneLine), and its
 * tooltip, the whole name. A long name that begins as another one does, so far that the sidebar's
 * two lines would show the same, shows its beginning and its end ("Nurturing – … (importé)").
 */
export function sidebarNames(names: readonly string[]): { shown: string; whole: string }[] {
  const wholes = names.map((n) => oneLine(n).trim());
  return wholes.map((whole, i) => {
    const alike = whole.length > SHOWN && wholes.some((other, j) => j !== i && other !== whole && other.slice(0, SHOWN) === whole.slice(0, SHOWN));
    return { shown: alike ? `${whole.slice(0, SHOWN - TAIL - 3).trimEnd()} … ${whole.slice(-TAIL).trimStart()}` : whole, whole };
  });
}
