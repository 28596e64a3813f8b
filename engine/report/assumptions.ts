import { isPlural, type Lang, type Project } from '../model/index.ts';
import { formatCount } from '../programme/index.ts';
import { stageLabel } from './charts.ts';
import type { ReportRun } from './types.ts';

/** A rate as a percentage, to two decimals at most (0.25 % is a real unsubscribe rate, not 0.3 %). */
function percent(p: number, lang: Lang): string {
  const n = decimal(p * 100, lang);
  return lang === 'fr' ? `${n}\u00a0%` : `${n}%`;
}

/** A number the locale's way, to two decimals at most: "0,05" in French, "0.05" in English. */
function decimal(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 }).format(n);
}

/** "1 visite", "0,3 visite", "2 visites"; "1 visit", "0.3 visits" (French takes the singular below 2). */
function per(n: number, word: string, lang: Lang): string {
  return `${decimal(n, lang)} ${isPlural(n, lang) ? `${word}s` : word}`;
}

function day(iso: string, lang: Lang): string {
  const ms = Date.parse(`${iso}T12:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

export { day as reportDay };

/** The rehearsal's settings in sentences: population, dates, chance, arrivals. */
export function settingSentences(project: Project, run: ReportRun | undefined, lang: Lang): string[] {
  const s = run ?? { ...project.simulation, contacts: null, replications: 1 };
  const fr = lang === 'fr';
  const asset = s.arrivals.viaAsset ? project.assets.find((a) => a.id === s.arrivals.viaAsset)?.name ?? s.arrivals.viaAsset : null;
  const out = [
    s.contacts === null
      ? fr ? 'Population\u00a0: aucune simulation lancée, donc aucun contact compté.' : 'Population: no rehearsal run, so no contact counted.'
      : fr ? `Population\u00a0: ${formatCount(s.contacts, lang)} contacts au départ.` : `Population: ${formatCount(s.contacts, lang)} contacts at the start.`,
    fr
      ? `Période\u00a0: ${s.horizonDays} jours à partir du ${day(s.startDate, lang)} (fuseau ${s.timeZone}).`
      : `Period: ${s.horizonDays} days from ${day(s.startDate, lang)} (time zone ${s.timeZone}).`,
    fr
      ? `Hasard\u00a0: graine ${s.seed}${s.replications > 1 ? `, ${s.replications} tirages aux graines dérivées de celle-ci` : ''}\u00a0; la même graine redonne les mêmes résultats.`
      : `Chance: seed ${s.seed}${s.replications > 1 ? `, ${s.replications} runs with seeds derived from it` : ''}; the same seed gives the same results.`,
    s.arrivals.perDay > 0
      ? fr
        ? `Nouveaux contacts\u00a0: ${formatCount(s.arrivals.perDay, lang)} par jour en moyenne, en phase ${stageLabel(s.arrivals.lifecycleStage, lang)}${asset ? `, venus par «\u00a0${asset}\u00a0»` : ''}.`
        : `New contacts: ${formatCount(s.arrivals.perDay, lang)} a day on average, at stage ${stageLabel(s.arrivals.lifecycleStage, lang)}${asset ? `, coming through “${asset}”` : ''}.`
      : fr ? 'Nouveaux contacts\u00a0: aucun pendant la période.' : 'New contacts: none during the period.',
  ];
  return out;
}

/**
 * One sentence per persona: its share of the population and how it behaves. The French agrees with
 * nothing of the persona's name (« Engagé », « Curieuse »): verbs in the third person, no pronoun.
 */
export function personaSentences(project: Project, lang: Lang): { name: string; text: string }[] {
  const total = project.personas.reduce((n, p) => n + p.share, 0) || 1;
  const pc = (p: number) => percent(p, lang);
  return project.personas.map((p) => ({
    name: p.name,
    text:
      lang === 'fr'
        ? `${pc(p.share / total)} de la population. Ouvre ${pc(p.openRate)} des e-mails reçus, clique dans ${pc(p.clickRate)} des e-mails ouverts, télécharge après ${pc(p.conversionRate)} des clics\u00a0; se désabonne après ${pc(p.unsubscribeRate)} des e-mails, ${pc(p.bounceRate)} des envois rebondissent. Réagit en ${decimal(p.reactionDelay.medianHours, lang)}\u00a0h (médiane)\u00a0; de sa propre initiative, ${per(p.visitsPerWeek, 'visite', lang)} et ${per(p.formsPerWeek, 'formulaire', lang)} par semaine.`
        : `${pc(p.share / total)} of the population. Opens ${pc(p.openRate)} of the emails delivered, clicks in ${pc(p.clickRate)} of those opened, downloads after ${pc(p.conversionRate)} of the clicks; unsubscribes after ${pc(p.unsubscribeRate)} of the emails, ${pc(p.bounceRate)} of the sends bounce. Reacts in ${decimal(p.reactionDelay.medianHours, lang)} h (median); ${per(p.visitsPerWeek, 'visit', lang)} and ${per(p.formsPerWeek, 'form', lang)} a week on its own.`,
  }));
}
