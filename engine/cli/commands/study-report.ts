import type { Lang, Project } from '../../model/index.ts';
import { csvLine } from '../../csv/index.ts';
import { INTERVAL_LEVEL, intervalCoverage, lowerRank, verdict, type Cell, type ComparisonSummary, type StudySummary } from '../../study/index.ts';
import { visible } from '../terminal.ts';
import { cellLabel, num, signedWithInterval, withInterval, workflowName } from './study-labels.ts';

/** What `simulate --replications` and `compare` print and write: text, CSV (one row per count and day), JSON. */

export interface StudyHeading {
  readonly project: Project;
  readonly replications: number;
  readonly seed: number;
  readonly contacts: number;
  readonly days: number;
}

/** How the interval was taken, in words: the rule of engine/study/interval.ts for this R. */
export function methodText(replications: number, lang: Lang): string {
  const k = lowerRank(replications);
  const cover = num(intervalCoverage(replications) * 100, lang, 1);
  return lang === 'fr'
    ? `Moyenne des ${num(replications, lang)} réplications et intervalle à ${num(INTERVAL_LEVEL * 100, lang)}\u00a0% : de la ${k === 1 ? "1re" : `${k}e`} plus petite à la ${k === 1 ? "1re" : `${k}e`} plus grande valeur (k = ⌊0,05 × (R + 1)⌋), où tombe un nouveau tirage avec une probabilité de ${cover}\u00a0%.`
    : `Mean of the ${num(replications, lang)} replications and ${num(INTERVAL_LEVEL * 100, lang)}% interval: from the ${ordinal(k)} smallest to the ${ordinal(k)} largest value (k = ⌊0.05 × (R + 1)⌋), which holds a further run with probability ${cover}%.`;
}

const ordinal = (k: number) => `${k}${k % 10 === 1 && k % 100 !== 11 ? 'st' : k % 10 === 2 && k % 100 !== 12 ? 'nd' : k % 10 === 3 && k % 100 !== 13 ? 'rd' : 'th'}`;

/** Cells grouped as a reader looks for them: each workflow (its own counts, steps, paths), then emails, lists, stages. */
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
              ? 'Listes statiques'
              : 'Static lists'
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

const silent = (s: StudySummary, at: number) => s.mean[at] === 0 && s.lo[at] === 0 && s.hi[at] === 0;

export function studyText(h: StudyHeading, cells: readonly Cell[], s: StudySummary, lang: Lang): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const day = s.days - 1;
  const lines = [
    fr
      ? `Étude «\u00a0${h.project.name}\u00a0»\u00a0: ${num(h.replications, lang)} réplications, graine ${h.seed}, ${num(h.contacts, lang)} contacts, fin du jour ${num(s.days, lang)}.`
      : `Study "${h.project.name}": ${num(h.replications, lang)} replications, seed ${h.seed}, ${num(h.contacts, lang)} contacts, end of day ${num(s.days, lang)}.`,
    methodText(h.replications, lang),
  ];
  for (const g of groups(h.project, cells, lang)) {
    const rows = g.members.filter((k) => !silent(s, day * s.cells + k) || cells[k]!.figure === 'enrolled');
    if (rows.length === 0) continue;
    lines.push('', g.title);
    for (const k of rows) {
      const at = day * s.cells + k;
      lines.push(`  ${cellLabel(h.project, cells[k]!, lang)}${colon}${withInterval(s.mean[at]!, s.lo[at]!, s.hi[at]!, lang)}`);
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
      ? `Comparaison A «\u00a0${h.project.name}\u00a0» et B «\u00a0${projectB.name}\u00a0»\u00a0: mêmes ${num(h.contacts, lang)} contacts, ${num(h.replications, lang)} réplications (graine ${h.seed}), mêmes tirages là où les étapes coïncident, fin du jour ${num(c.diff.days, lang)}.`
      : `Comparing A "${h.project.name}" and B "${projectB.name}": the same ${num(h.contacts, lang)} contacts, ${num(h.replications, lang)} replications (seed ${h.seed}), the same draws where the steps coincide, end of day ${num(c.diff.days, lang)}.`,
    methodText(h.replications, lang),
  ];
  let clear = 0;
  for (const g of groups(h.project, c.cells, lang)) {
    const rows = g.members.filter((k) => !silent(c.a, day * n + k) || !silent(c.b, day * n + k));
    if (rows.length === 0) continue;
    lines.push('', g.title);
    for (const k of rows) {
      const at = day * n + k;
      const v = verdict(c.diff.lo[at]!, c.diff.hi[at]!);
      if (v !== 'none') clear++;
      const words = verdictWords(v, c.diff.mean[at]!, c.diff.lo[at]!, c.diff.hi[at]!, c.diff.days, lang);
      lines.push(
        `  ${cellLabel(h.project, c.cells[k]!, lang)}${colon}A ${withInterval(c.a.mean[at]!, c.a.lo[at]!, c.a.hi[at]!, lang)}, B ${withInterval(c.b.mean[at]!, c.b.lo[at]!, c.b.hi[at]!, lang)}, B − A ${signedWithInterval(c.diff.mean[at]!, c.diff.lo[at]!, c.diff.hi[at]!, lang)}${colon}${words}`,
      );
    }
  }
  lines.push('', fr ? `Différences nettes (l’intervalle de B − A exclut 0)\u00a0: ${num(clear, lang)}.` : `Clear differences (the interval of B − A excludes 0): ${num(clear, lang)}.`);
  return `${lines.map(visible).join('\n')}\n`;
}

/** The verdict in plain words: "B has 6 more by day 30 (interval 1 to 11)", "no clear difference". */
export function verdictWords(v: ReturnType<typeof verdict>, mean: number, lo: number, hi: number, day: number, lang: Lang): string {
  const fr = lang === 'fr';
  if (v === 'none') {
    if (lo === 0 && hi === 0 && mean === 0) return fr ? 'identique à chaque réplication' : 'the same in every replication';
    return fr ? 'pas de différence nette' : 'no clear difference';
  }
  const [a, b] = v === 'more' ? [lo, hi] : [-hi, -lo];
  const by = num(Math.abs(mean), lang, 1);
  return fr
    ? `B en compte ${by} de ${v === 'more' ? 'plus' : 'moins'} au jour ${num(day, lang)} (intervalle ${num(a, lang)} à ${num(b, lang)})`
    : `B has ${by} ${v === 'more' ? 'more' : 'fewer'} by day ${num(day, lang)} (interval ${num(a, lang)} to ${num(b, lang)})`;
}

const HEAD = {
  fr: ['Jour', 'Type', 'Workflow', 'Objet', 'Mesure', 'Libellé'],
  en: ['Day', 'Kind', 'Workflow', 'Subject', 'Figure', 'Label'],
};

/** Every count on every day, one row each; French: `;`, decimal comma and a BOM (French Excel), as the results CSV. */
export function studyCsv(project: Project, cells: readonly Cell[], columns: readonly { readonly name: string; readonly summary: StudySummary }[], lang: Lang): string {
  const sep = lang === 'fr' ? ';' : ',';
  const decimal = (v: number) => (lang === 'fr' ? String(Math.round(v * 1000) / 1000).replace('.', ',') : String(Math.round(v * 1000) / 1000));
  const head = [...HEAD[lang], ...columns.flatMap((c) => [`${c.name} ${lang === 'fr' ? 'moyenne' : 'mean'}`, `${c.name} ${lang === 'fr' ? 'bas 90 %' : 'low 90%'}`, `${c.name} ${lang === 'fr' ? 'haut 90 %' : 'high 90%'}`])];
  const lines = [csvLine(head, sep)];
  const labels = cells.map((c) => cellLabel(project, c, lang));
  const days = columns[0]?.summary.days ?? 0;
  for (let d = 0; d < days; d++) {
    cells.forEach((cell, k) => {
      const values = columns.flatMap(({ summary: s }) => {
        const at = d * s.cells + k;
        return [decimal(s.mean[at]!), String(s.lo[at]!), String(s.hi[at]!)];
      });
      lines.push(csvLine([d + 1, cell.kind, cell.workflow, cell.subject, cell.figure, labels[k]!, ...values], sep));
    });
  }
  return `${lang === 'fr' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
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
    interval: { level: INTERVAL_LEVEL, rank: lowerRank(h.replications), coverage: intervalCoverage(h.replications), method: methodText(h.replications, lang) },
    counts: cells.map((cell, k) => ({
      ...cell,
      label: cellLabel(h.project, cell, lang),
      ...Object.fromEntries(columns.map(({ name, summary }) => [name, { mean: series(summary, k, 'mean'), low: series(summary, k, 'lo'), high: series(summary, k, 'hi') }])),
    })),
  };
}
