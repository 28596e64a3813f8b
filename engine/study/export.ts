import { CSV_BOM, csvLine } from '../csv/index.ts';
import { oneLine, type Lang, type Project } from '../model/index.ts';
import type { StudySummary } from './aggregate.ts';
import type { verdict } from './compare.ts';
import type { Cell } from './layout.ts';
import { INTERVAL_LEVEL, intervalCoverage, lowerRank } from './interval.ts';
import { cellLabel, num } from './words.ts';
import { dayNumber } from './days.ts';

/** A study written out (the CLI's --csv / --json, the app's Simulate export): one row per count and day, or JSON. */

export interface StudyHeading {
  readonly project: Project;
  readonly replications: number;
  readonly seed: number;
  readonly contacts: number;
  readonly days: number;
}

/**
 * How the interval was taken, in words: the rule of engine/study/interval.ts for this R. Below the
 * replications a 90 % interval needs (19), it says what the range of the runs covers instead, and
 * one run has no interval at all.
 */
export function methodText(replications: number, lang: Lang): string {
  const fr = lang === 'fr';
  const level = num(INTERVAL_LEVEL * 100, lang);
  const needed = num(RUNS_FOR_LEVEL, lang);
  if (replications < 2)
    return fr
      ? `Un seul tirage\u00a0: pas d’intervalle (il faut au moins 2 tirages, et ${needed} pour un intervalle à ${level}\u00a0%).`
      : `One run: no interval (it takes at least 2 runs, and ${needed} for a ${level}% interval).`;
  const k = lowerRank(replications);
  const cover = num(intervalCoverage(replications) * 100, lang, 1);
  // The same word as the rest of the sentence ("un nouveau tirage", "a further run") and the app's Runs field.
  const runs = fr ? `${num(replications, lang)} tirages` : `${num(replications, lang)} runs`;
  if (replications < RUNS_FOR_LEVEL)
    return fr
      ? `Moyenne des ${runs}, et leur plus petite et plus grande valeur\u00a0: un nouveau tirage y tombe avec une probabilité de ${cover}\u00a0% seulement (il faut ${needed} tirages pour ${level}\u00a0%).`
      : `Mean of the ${runs}, and their smallest and largest value: a further run falls within them with probability ${cover}% only (it takes ${needed} runs for ${level}%).`;
  // From 19 to 38 runs the interval is the smallest to the largest value: no "1re plus petite" rank to name.
  if (k === 1)
    return fr
      ? `Moyenne des ${runs} et intervalle à ${level}\u00a0%\u00a0: de la plus petite à la plus grande valeur, où tombe un nouveau tirage avec une probabilité de ${cover}\u00a0%.`
      : `Mean of the ${runs} and ${level}% interval: from the smallest to the largest value, which holds a further run with probability ${cover}%.`;
  return fr
    ? `Moyenne des ${runs} et intervalle à ${level}\u00a0%\u00a0: de la ${k}e plus petite à la ${k}e plus grande valeur (k = ⌊0,05 × (R + 1)⌋), où tombe un nouveau tirage avec une probabilité de ${cover}\u00a0%.`
    : `Mean of the ${runs} and ${level}% interval: from the ${ordinal(k)} smallest to the ${ordinal(k)} largest value (k = ⌊0.05 × (R + 1)⌋), which holds a further run with probability ${cover}%.`;
}

/** Replications from which the range between the lowest and highest run covers a further run at the stated level: (R - 1) / (R + 1) >= 0.9. */
const RUNS_FOR_LEVEL = 19;

const ordinal = (k: number) => `${k}${k % 10 === 1 && k % 100 !== 11 ? 'st' : k % 10 === 2 && k % 100 !== 12 ? 'nd' : k % 10 === 3 && k % 100 !== 13 ? 'rd' : 'th'}`;

/**
 * The verdict in plain words: "B has 6 more by day 30 (interval 1 to 11)", "no clear difference".
 * `dayIndex`: the summary's row (0-based), named as days are (days.ts `dayNumber`).
 */
export function verdictWords(v: ReturnType<typeof verdict>, mean: number, lo: number, hi: number, dayIndex: number, lang: Lang): string {
  const fr = lang === 'fr';
  if (v === 'none') {
    if (lo === 0 && hi === 0 && mean === 0) return fr ? 'identique à chaque tirage' : 'the same in every run';
    return fr ? 'pas de différence nette' : 'no clear difference';
  }
  const [a, b] = v === 'more' ? [lo, hi] : [-hi, -lo];
  const by = num(Math.abs(mean), lang, 1);
  return fr
    ? `B en compte ${by} de ${v === 'more' ? 'plus' : 'moins'} au jour ${num(dayNumber(dayIndex), lang)} (intervalle ${num(a, lang)} à ${num(b, lang)})`
    : `B has ${by} ${v === 'more' ? 'more' : 'fewer'} by day ${num(dayNumber(dayIndex), lang)} (interval ${num(a, lang)} to ${num(b, lang)})`;
}

const HEAD = {
  fr: ['Jour', 'Type', 'Workflow', 'Objet', 'Mesure', 'Libellé'],
  en: ['Day', 'Kind', 'Workflow', 'Subject', 'Figure', 'Label'],
};

/** Every count on every day, one row each, after a BOM (Excel then reads UTF-8); French: `;` and a decimal comma, as the results CSV. */
export function studyCsv(project: Project, cells: readonly Cell[], columns: readonly { readonly name: string; readonly summary: StudySummary }[], lang: Lang): string {
  const sep = lang === 'fr' ? ';' : ',';
  const decimal = (v: number) => (lang === 'fr' ? String(Math.round(v * 1000) / 1000).replace('.', ',') : String(Math.round(v * 1000) / 1000));
  // One study: "mean, low 90%, high 90%" alone; a comparison names whose each is (A, B, B-A).
  const named = (name: string, word: string) => (columns.length === 1 ? word : `${oneLine(name)} ${word}`);
  const head = [
    ...HEAD[lang],
    ...columns.flatMap((c) => [named(c.name, lang === 'fr' ? 'moyenne' : 'mean'), named(c.name, lang === 'fr' ? 'bas 90 %' : 'low 90%'), named(c.name, lang === 'fr' ? 'haut 90 %' : 'high 90%')]),
  ];
  const lines = [csvLine(head, sep)];
  // Labels hold workflow, step and segment names: on one line, no control character.
  const labels = cells.map((c) => oneLine(cellLabel(project, c, lang)));
  const days = columns[0]?.summary.days ?? 0;
  for (let d = 0; d < days; d++) {
    cells.forEach((cell, k) => {
      const values = columns.flatMap(({ summary: s }) => {
        const at = d * s.cells + k;
        return [decimal(s.mean[at]!), String(s.lo[at]!), String(s.hi[at]!)];
      });
      lines.push(csvLine([dayNumber(d), cell.kind, cell.workflow, cell.subject, cell.figure, labels[k]!, ...values], sep));
    });
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** The same as JSON: per count, its key and words, and per day mean, low and high. */
export function studyJson(h: StudyHeading, cells: readonly Cell[], columns: readonly { readonly name: string; readonly summary: StudySummary }[], lang: Lang): unknown {
  const days = columns[0]?.summary.days ?? 0;
  const series = (s: StudySummary, k: number, f: 'mean' | 'lo' | 'hi') => Array.from({ length: days }, (_, d) => s[f][d * s.cells + k]!);
  return {
    project: { id: h.project.id, name: h.project.name },
    seed: h.seed,
    replications: h.replications,
    contacts: h.contacts,
    days,
    // Each series' value i is the count at the end of day firstDay + i (days.ts: the first day is day 1).
    firstDay: dayNumber(0),
    interval: { level: INTERVAL_LEVEL, rank: lowerRank(h.replications), coverage: intervalCoverage(h.replications), method: methodText(h.replications, lang) },
    counts: cells.map((cell, k) => ({
      ...cell,
      label: cellLabel(h.project, cell, lang),
      ...Object.fromEntries(columns.map(({ name, summary }) => [name, { mean: series(summary, k, 'mean'), low: series(summary, k, 'lo'), high: series(summary, k, 'hi') }])),
    })),
  };
}
