import { cardTitle } from '../../engine/cards/index.ts';
import type { Use } from '../../engine/edit/index.ts';
import type { Lang } from '../../engine/model/index.ts';

const SHOWN = 3;

const quote = (text: string, lang: Lang) => (lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`);

/** One use in words: a step with its workflow, a workflow's settings, or the score rules and settings of the project. */
function useText(use: Use, lang: Lang): string {
  if (use.workflow && use.step) return `${quote(cardTitle(use.step, lang), lang)} (${quote(use.workflow.name, lang)})`;
  if (use.workflow) return lang === 'fr' ? `les réglages de ${quote(use.workflow.name, lang)}` : `the settings of ${quote(use.workflow.name, lang)}`;
  return lang === 'fr' ? 'les réglages du projet (score, arrivées)' : 'the project’s settings (score, arrivals)';
}

/**
 * The places that use what is about to be deleted, as a list a sentence can hold: the first
 * three, then how many more ("… and 4 others" / "… et 4 autres").
 */
export function usesText(uses: readonly Use[], lang: Lang): string {
  const shown = uses.slice(0, SHOWN).map((u) => useText(u, lang));
  const more = uses.length - shown.length;
  if (more > 0) shown.push(lang === 'fr' ? `${more}\u00a0${more >= 2 ? 'autres' : 'autre'}` : `${more} ${more === 1 ? 'other' : 'others'}`);
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(shown);
}
