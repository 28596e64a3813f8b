import { describeExpectation, measureText, type ExpectState, type Outcome, type TestRun } from '../../expect/index.ts';
import { counted, numberText, type Lang, type Project, type TestPopulation } from '../../model/index.ts';
import { visible } from '../terminal.ts';

/** The text `flowbench test` prints: one line per expectation, its offenders below, a tally. */

/** Offenders printed under a failing expectation; the rest are counted. */
export const OFFENDERS_PRINTED = 10;

const STATE: Readonly<Record<ExpectState, { fr: string; en: string }>> = {
  holds: { fr: 'TIENT    ', en: 'HOLDS    ' },
  fails: { fr: 'ÉCHOUE   ', en: 'FAILS    ' },
  uncertain: { fr: 'INCERTAIN', en: 'UNCERTAIN' },
};

function populationText(population: TestPopulation, count: number, lang: Lang): string {
  if (population.kind === 'sample')
    return lang === 'fr' ? `${counted(count, lang, 'contact d’exemple', 'contacts d’exemple')} (graine ${population.seed})` : `${counted(count, lang, 'sample contact', 'sample contacts')} (seed ${population.seed})`;
  return lang === 'fr' ? `${counted(count, lang, 'contact enregistré', 'contacts enregistrés')} avec le projet` : `${counted(count, lang, 'contact', 'contacts')} saved with the project`;
}

function intervalText(o: Outcome, lang: Lang): string {
  if (!o.interval || o.interval.low === o.interval.high) return '';
  const low = measureText({ value: o.interval.low, unit: o.measured.unit }, lang);
  const high = measureText({ value: o.interval.high, unit: o.measured.unit }, lang);
  return lang === 'fr' ? ` (entre ${low} et ${high} selon les tirages)` : ` (between ${low} and ${high} across runs)`;
}

function outcomeLines(o: Outcome, project: Project, lang: Lang): string[] {
  const dash = ' \u2014 ';
  const value = o.measured.broken ? o.measured.broken[lang] : `${measureText(o.measured, lang)}${intervalText(o, lang)}`;
  const lines = [`${STATE[o.state][lang]} ${describeExpectation(o.expectation, project, lang)}${dash}${value}`];
  if (o.state === 'holds') return lines;
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  for (const f of o.measured.offenders.slice(0, OFFENDERS_PRINTED)) lines.push(`          ${f.id} ${f.name}${colon}${f.why[lang]}`);
  const more = o.measured.offenders.length - OFFENDERS_PRINTED;
  if (more > 0) lines.push(lang === 'fr' ? `          \u2026 et ${counted(more, lang, 'autre', 'autres')}` : `          \u2026 and ${numberText(more, lang)} more`);
  return lines;
}

export function testReport(project: Project, population: TestPopulation, run: TestRun, lang: Lang): string {
  const runs = lang === 'fr' ? counted(run.replications, lang, 'tirage', 'tirages') : counted(run.replications, lang, 'run', 'runs');
  const head = lang === 'fr' ? `${project.name}\u00a0: ${populationText(population, run.contacts, lang)}, ${runs}` : `${project.name}: ${populationText(population, run.contacts, lang)}, ${runs}`;
  const count = (s: ExpectState) => run.outcomes.filter((o) => o.state === s).length;
  // Verbs agree with their count: "1 tient, 2 échouent", "1 holds, 2 fail".
  const tally =
    lang === 'fr'
      ? `${counted(count('holds'), lang, 'tient', 'tiennent')}, ${counted(count('fails'), lang, 'échoue', 'échouent')}, ${counted(count('uncertain'), lang, 'incertaine', 'incertaines')}.`
      : `${counted(count('holds'), lang, 'holds', 'hold')}, ${counted(count('fails'), lang, 'fails', 'fail')}, ${numberText(count('uncertain'), lang)} uncertain.`;
  // Every line through `visible`: names and reasons are user text.
  return [head, ...run.outcomes.flatMap((o) => outcomeLines(o, project, lang)), tally].map(visible).join('\n') + '\n';
}
