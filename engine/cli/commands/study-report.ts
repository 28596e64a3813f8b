import { counted, isPlural, type Lang, type Project } from '../../model/index.ts';
import { cellLabel, dayNumber, methodText, num, signed, signedWithInterval, verdict, verdictWords, withInterval, workflowName, type Cell, type ComparisonSummary, type StudyHeading, type StudySummary } from '../../study/index.ts';
import { visible } from '../terminal.ts';

export { studyCsv, studyJson, type StudyHeading } from '../../study/index.ts';

/** What `simulate --replications` and `compare` print and write: text, CSV (one row per count and day), JSON. */

/** Cells grouped as a reader looks for them: each workflow (its own counts, steps, paths), then emails, lists, stages, programme links. */
function groups(project: Project, cells: readonly Cell[], lang: Lang): { title: string; members: number[] }[] {
  const fr = lang === 'fr';
  const out = new Map<string, { title: string; members: number[] }>();
  cells.forEach((c, k) => {
    const id = c.workflow ? `w|${c.workflow}` : c.kind;
    let g = out.get(id);
    if (!g) {
      const title = c.workflow
        ? `${workflowName(project, c.workflow)} (${c.workflow})`
        : c.kind === 'total'
          ? fr
            ? 'E-mails (tous workflows)'
            : 'Emails (all workflows)'
          : c.kind === 'list'
            ? fr
              ? 'Segments statiques'
              : 'Static segments'
            : c.kind === 'programme'
              ? fr
                ? 'Liens entre workflows (carte du programme)'
                : 'Links between workflows (programme map)'
              : fr
                ? 'Phases du cycle de vie'
                : 'Lifecycle stages';
      out.set(id, (g = { title, members: [] }));
    }
    g.members.push(k);
  });
  // A workflow's own counts first, then its steps and paths, as laid out.
  for (const g of out.values()) g.members.sort((a, b) => rank(cells[a]!) - rank(cells[b]!) || a - b);
  return [...out.values()];
}

const rank = (c: Cell) => (c.kind === 'workflow' ? 0 : c.kind === 'edge' ? 2 : 1);

/** A count with its interval, or alone when one run gives none ("One run: no interval" above it, not "76 (76–76)"). */
const figureText = (runs: number, mean: number, lo: number, hi: number, lang: Lang) => (runs > 1 ? withInterval(mean, lo, hi, lang) : num(mean, lang, 1));
const differenceText = (runs: number, mean: number, lo: number, hi: number, lang: Lang) => (runs > 1 ? signedWithInterval(mean, lo, hi, lang) : signed(mean, lang, 1));

const silent = (s: StudySummary, at: number) => s.mean[at] === 0 && s.lo[at] === 0 && s.hi[at] === 0;

export function studyText(h: StudyHeading, cells: readonly Cell[], s: StudySummary, lang: Lang): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const day = s.days - 1;
  const lines = [
    fr
      ? `Étude «\u00a0${h.project.name}\u00a0»\u00a0: ${counted(h.replications, lang, 'tirage', 'tirages')}, graine ${h.seed}, ${counted(h.contacts, lang, 'contact', 'contacts')}, fin du jour ${num(dayNumber(day), lang)}.`
      : `Study "${h.project.name}": ${counted(h.replications, lang, 'run', 'runs')}, seed ${h.seed}, ${counted(h.contacts, lang, 'contact', 'contacts')}, end of day ${num(dayNumber(day), lang)}.`,
    methodText(h.replications, lang),
  ];
  for (const g of groups(h.project, cells, lang)) {
    const rows = g.members.filter((k) => !silent(s, day * s.cells + k) || cells[k]!.figure === 'enrolled');
    if (rows.length === 0) continue;
    lines.push('', g.title);
    for (const k of rows) {
      const at = day * s.cells + k;
      lines.push(`  ${cellLabel(h.project, cells[k]!, lang)}${colon}${figureText(h.replications, s.mean[at]!, s.lo[at]!, s.hi[at]!, lang)}`);
    }
  }
  return `${lines.map(visible).join('\n')}\n`;
}

/** A comparison at the end of the horizon: A, B, B - A with its interval, and the verdict in words. */
export function comparisonText(h: StudyHeading, projectB: Project, c: ComparisonSummary, lang: Lang): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const day = c.diff.days - 1;
  const n = c.cells.length;
  const lines = [
    fr
      ? `Comparaison A «\u00a0${h.project.name}\u00a0» et B «\u00a0${projectB.name}\u00a0»\u00a0: ${isPlural(h.contacts, lang) ? 'mêmes' : 'même'} ${counted(h.contacts, lang, 'contact', 'contacts')}, ${counted(h.replications, lang, 'tirage', 'tirages')} (graine ${h.seed}), même hasard là où les étapes coïncident, fin du jour ${num(dayNumber(day), lang)}.`
      : `Comparing A "${h.project.name}" and B "${projectB.name}": the same ${counted(h.contacts, lang, 'contact', 'contacts')}, ${counted(h.replications, lang, 'run', 'runs')} (seed ${h.seed}), the same draws where the steps coincide, end of day ${num(dayNumber(day), lang)}.`,
    methodText(h.replications, lang),
  ];
  let clear = 0;
  for (const g of groups(h.project, c.cells, lang)) {
    const rows = g.members.filter((k) => !silent(c.a, day * n + k) || !silent(c.b, day * n + k));
    if (rows.length === 0) continue;
    lines.push('', g.title);
    for (const k of rows) {
      const at = day * n + k;
      // One run has no interval, so no verdict either (its "interval 5 to 5" would be none).
      const v = h.replications > 1 ? verdict(c.diff.lo[at]!, c.diff.hi[at]!) : 'none';
      if (v !== 'none') clear++;
      const words = h.replications > 1 ? verdictWords(v, c.diff.mean[at]!, c.diff.lo[at]!, c.diff.hi[at]!, day, lang) : fr ? 'un seul tirage, pas de verdict' : 'one run, no verdict';
      lines.push(
        `  ${cellLabel(h.project, c.cells[k]!, lang, projectB)}${colon}A ${figureText(h.replications, c.a.mean[at]!, c.a.lo[at]!, c.a.hi[at]!, lang)}, B ${figureText(h.replications, c.b.mean[at]!, c.b.lo[at]!, c.b.hi[at]!, lang)}, B − A ${differenceText(h.replications, c.diff.mean[at]!, c.diff.lo[at]!, c.diff.hi[at]!, lang)}${colon}${words}`,
      );
    }
  }
  lines.push('', fr ? `Différences nettes (l’intervalle de B − A exclut 0)\u00a0: ${num(clear, lang)}.` : `Clear differences (the interval of B − A excludes 0): ${num(clear, lang)}.`);
  return `${lines.map(visible).join('\n')}\n`;
}

