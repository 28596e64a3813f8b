import { formatDate, formatTime } from '../cards/index.ts';
import { LIFECYCLE_STAGES, type Lang, type Localized } from '../model/index.ts';
import { countText, drawProgramme, edgeLabel, formatCount, programmeMap, triggerSummary, withCounts, type Interval } from '../programme/index.ts';
import { personaSentences, reportDay, settingSentences } from './assumptions.ts';
import { lifecycleChart, sankeyChart, stageLabel, type SankeyFlow } from './charts.ts';
import { esc, plainDocument } from './markup.ts';
import { REPORT_CSS } from './styles.ts';
import { END_FIGURES, type EndFigure, type OutdatedRun, type ReportInput, type ReportRun } from './types.ts';
import { fill, words } from './words.ts';
import { workflowSvg } from './workflow-svg.ts';
import { dayNumber } from '../study/days.ts';

const text = (t: string | Localized, lang: Lang) => (typeof t === 'string' ? t : t[lang]);

/** A number cell; with an interval, its range after it (none where every run gave the same count). */
function cell(n: number, lang: Lang, interval?: Interval): string {
  const range = interval && interval.low !== interval.high ? ` <span class="range">(${formatCount(interval.low, lang)}–${formatCount(interval.high, lang)})</span>` : '';
  return `<td class="n" data-value="${n}">${formatCount(n, lang)}${range}</td>`;
}

/**
 * What the report says at its top when the project or its contacts changed after the run it
 * shows, in the programme map's words ("before the latest edits"): when the run was, how many
 * edits since, and to run it again. Null when the run is of the project as it is.
 */
export function staleNotice(outdated: OutdatedRun | undefined, lang: Lang): string | null {
  if (!outdated) return null;
  const edited = outdated.edits !== 0;
  if (!edited && !outdated.contactsChanged) return null;
  const w = words(lang);
  const ranAt = outdated.ranAt === null ? null : /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(outdated.ranAt);
  const at = ranAt ? fill(w.staleAt, { date: formatDate(ranAt[1]!, lang), time: formatTime(ranAt[2]!, lang) }) : '';
  const edits = outdated.edits === null || outdated.edits === 0 ? '' : outdated.edits === 1 ? w.oneEdit : fill(w.edits, { count: formatCount(outdated.edits, lang) });
  return fill(edited ? (outdated.contactsChanged ? w.staleBoth : w.staleRun) : w.staleContacts, { at, edits });
}

function cover(input: ReportInput): string {
  const { project, lang, run } = input;
  const w = words(lang);
  const rows: [string, string][] = [
    [w.workflowCount, formatCount(project.workflows.length, lang)],
    ...(run ? ([[lang === 'fr' ? 'Contacts' : 'Contacts', formatCount(run.contacts, lang)], [lang === 'fr' ? 'Période' : 'Period', `${reportDay(run.startDate, lang)} · ${run.horizonDays} ${lang === 'fr' ? 'jours' : 'days'}`]] as [string, string][]) : []),
  ];
  const stale = run ? staleNotice(input.outdated, lang) : null;
  return `<section class="page cover" data-section="cover">
${stale ? `<p class="stale-run" role="note" data-field="stale-run">${esc(stale)}</p>\n` : ''}<p class="kicker">${esc(w.title)}</p>
<h1 data-field="project-name">${esc(project.name)}</h1>
<p class="muted" data-field="date">${esc(fill(w.generated, { date: reportDay(input.date, lang) }))}</p>
${run ? '' : `<p>${esc(w.noRun)}</p>`}
<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
</section>`;
}

async function programmeSection(input: ReportInput): Promise<string> {
  const { project, lang, run } = input;
  const w = words(lang);
  let map = programmeMap(project);
  if (run) map = withCounts(map, new Map(Object.entries(run.programme)), { workflows: run.workflows.map((x) => ({ id: x.id, enrolled: x.end.enrolled })) });
  if (run?.programmeIntervals) {
    const intervals = run.programmeIntervals;
    const enrolled = new Map(run.workflows.flatMap((x) => (x.intervals ? [[x.id, x.intervals.enrolled] as const] : [])));
    map = {
      nodes: map.nodes.map((n) => (enrolled.has(n.workflow) ? { ...n, enrolledInterval: enrolled.get(n.workflow)! } : n)),
      edges: map.edges.map((e) => (intervals[e.key] ? { ...e, interval: intervals[e.key]! } : e)),
    };
  }
  const names = new Map(project.workflows.map((x) => [x.id as string, x.name]));
  const drawn = project.workflows.length > 0 ? await drawProgramme(project, map, lang, { elk: input.elk }) : null;
  const rows = map.edges.map(
    (e) =>
      `<tr data-edge="${esc(e.key)}"><td>${esc(names.get(e.from) ?? e.from)}</td><td>${esc(names.get(e.to) ?? e.to)}</td><td>${esc(edgeLabel(e, project, lang))}</td>${run ? `<td class="n" data-value="${e.count ?? 0}">${esc(countText(e, lang) ?? '')}</td>` : ''}</tr>`,
  );
  const head = lang === 'fr' ? ['De', 'Vers', 'Lien', 'Contacts'] : ['From', 'To', 'Link', 'Contacts'];
  return `<section class="page" data-section="programme">
<h2>${esc(w.programme)}</h2>
<p>${esc(w.programmeIntro)}${run ? ` ${esc(w.programmeCounts)}` : ''}</p>
${drawn ? `<figure class="programme" data-figure="programme-map">${drawn.svg}</figure>` : ''}
${map.edges.length === 0 ? `<p class="muted">${esc(w.noLinks)}</p>` : `<table data-figure="programme-links"><thead><tr>${head.slice(0, run ? 4 : 3).map((h, i) => `<th${i === 3 ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`}
</section>`;
}

function endTable(run: ReportRun, ids: readonly string[], names: ReadonlyMap<string, string>, lang: Lang, total: boolean): string {
  const w = words(lang);
  const rows = ids.flatMap((id) => {
    const r = run.workflows.find((x) => x.id === id);
    if (!r) return [];
    return [`<tr data-workflow="${esc(id)}"><td>${esc(names.get(id) ?? id)}</td>${END_FIGURES.map((f) => cell(r.end[f], lang, r.intervals?.[f])).join('')}</tr>`];
  });
  if (total && ids.length > 1) {
    // The runs' totals averaged (run.total), not the workflows' rounded means added up.
    rows.push(`<tr data-workflow="*"><th>${esc(w.total)}</th>${END_FIGURES.map((f) => cell(run.total[f], lang, run.totalIntervals?.[f])).join('')}</tr>`);
  }
  return `<table data-figure="end-states"><thead><tr><th>${esc(w.workflow)}</th>${END_FIGURES.map((f) => `<th class="n">${esc(w.end[f])}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

async function workflowSections(input: ReportInput): Promise<string[]> {
  const { project, lang, run } = input;
  const w = words(lang);
  const names = new Map(project.workflows.map((x) => [x.id as string, x.name]));
  const out: string[] = [];
  for (const workflow of project.workflows) {
    const figures = run?.workflows.find((r) => r.id === workflow.id);
    const drawn = await workflowSvg(workflow, project, lang, input.elk, figures);
    out.push(`<section class="page workflow${drawn.orientation === 'landscape' ? ' landscape' : ''}" data-section="workflow" data-workflow="${esc(workflow.id)}">
<p class="muted">${esc(w.workflow)}</p>
<h2>${esc(workflow.name)}</h2>
${workflow.description ? `<p>${esc(workflow.description)}</p>` : ''}
<p><strong>${esc(w.trigger)}${lang === 'fr' ? '\u00a0:' : ':'}</strong> ${esc(triggerSummary(workflow, project, lang))}</p>
${run && !figures ? `<p class="muted">${esc(w.disabled)}</p>` : ''}
<figure class="diagram" data-figure="workflow-diagram">${drawn.svg}${figures ? `<figcaption>${esc(run && run.replications > 1 ? fill(w.diagramMeans, { runs: run.replications }) : w.diagramCounts)}</figcaption>` : ''}</figure>
${run && figures ? endTable(run, [workflow.id], names, lang, false) : ''}
</section>`);
  }
  return out;
}

function outcomes(input: ReportInput & { run: ReportRun }): string {
  const { project, lang, run } = input;
  const w = words(lang);
  const names = new Map(project.workflows.map((x) => [x.id as string, x.name]));
  const ids = run.workflows.map((r) => r.id);
  const categories: EndFigure[] = ['completed', 'goal', 'unenrolled', 'inProgress'];
  const flows: SankeyFlow[] = run.workflows.flatMap((r) => categories.map((c) => ({ from: names.get(r.id) ?? r.id, to: w.end[c], value: r.end[c] })));
  // Each node its own figure (a workflow's enrolled, the total of an end state), as the tables give them.
  const sankey = sankeyChart(
    run.workflows.map((r) => ({ name: names.get(r.id) ?? r.id, value: r.end.enrolled })),
    categories.map((c) => ({ name: w.end[c], value: run.total[c] })),
    flows,
    lang,
  );
  const stages = [...LIFECYCLE_STAGES, 'unknown'].filter((s) => (run.lifecycle[s] ?? []).some((n) => n > 0));
  const days = Math.max(0, ...stages.map((s) => (run.lifecycle[s]?.length ?? 1) - 1));
  const lifecycleRows = stages.map((s) => {
    const v = run.lifecycle[s] ?? [];
    const ranges = run.lifecycleIntervals?.[s];
    return `<tr data-stage="${esc(s)}"><td>${esc(stageLabel(s, lang))}</td>${cell(v[0] ?? 0, lang, ranges?.[0])}${cell(v.at(-1) ?? 0, lang, ranges?.at(-1))}</tr>`;
  });
  const listRows = project.lists.map((l) => `<tr data-list="${esc(l.id)}"><td>${esc(l.name)}</td>${cell(run.lists[l.id] ?? 0, lang, run.listIntervals?.[l.id])}</tr>`);
  const e = run.emails;
  const emailKeys = ['sent', 'opened', 'clicked', 'unsubscribed', 'bounced', 'conversions'] as const;
  return `<section class="page" data-section="outcomes">
<h2>${esc(w.outcomes)}</h2>
${run.replications > 1 ? `<p class="muted" data-field="intervals">${esc(fill(w.intervalNote, { runs: run.replications, from: run.seed }))}</p>` : ''}
<h3>${esc(w.endStates)}</h3>
${endTable(run, ids, names, lang, true)}
<h3>${esc(w.sankey)}</h3>
<figure data-figure="sankey">${sankey}</figure>
<h3>${esc(w.lifecycle)}</h3>
<figure data-figure="lifecycle">${lifecycleChart(Object.fromEntries(stages.map((s) => [s, run.lifecycle[s] ?? []])), lang, run.lifecycleIntervals)}</figure>
<table data-figure="lifecycle-table"><thead><tr><th>${esc(w.stage)}</th><th class="n">${esc(fill(w.endOfDay, { day: formatCount(dayNumber(0), lang) }))}</th><th class="n">${esc(fill(w.endOfDay, { day: formatCount(dayNumber(days), lang) }))}</th></tr></thead><tbody>${lifecycleRows.join('')}</tbody></table>
<h3>${esc(w.lists)}</h3>
${listRows.length === 0 ? `<p class="muted">${esc(w.none)}</p>` : `<table data-figure="lists"><thead><tr><th>${esc(w.list)}</th><th class="n">${esc(w.members)}</th></tr></thead><tbody>${listRows.join('')}</tbody></table>`}
<h3>${esc(w.emails)}</h3>
<table data-figure="emails"><thead><tr>${emailKeys.map((k) => `<th class="n">${esc(w.emailCols[k])}</th>`).join('')}</tr></thead><tbody><tr>${emailKeys.map((k) => cell(e[k], lang, run.emailIntervals?.[k])).join('')}</tr></tbody></table>
</section>`;
}

function expectations(input: ReportInput): string {
  const { expectations: list, expectationsCheckedOn: on, lang } = input;
  const w = words(lang);
  const verdict = (held: boolean | null) => (held === true ? `<td class="held" data-held="true">${esc(w.held)}</td>` : held === false ? `<td class="not-held" data-held="false">${esc(w.notHeld)}</td>` : `<td class="unknown" data-held="unknown">${esc(w.unknown)}</td>`);
  const body =
    !list || list.length === 0
      ? `<p class="muted">${esc(w.noExpectations)}</p>`
      : `<table data-figure="expectations"><thead><tr><th>${esc(w.expectation)}</th><th>${esc(w.measured)}</th><th>${esc(w.verdict)}</th></tr></thead><tbody>${list
          .map((x) => `<tr><td>${esc(text(x.text, lang))}</td><td>${x.measured === undefined ? '' : esc(text(x.measured, lang))}</td>${verdict(x.held)}</tr>`)
          .join('')}</tbody></table>`;
  const note =
    list && list.length > 0 && on
      ? `<p class="muted" data-figure="expectations-checked-on">${esc(fill(w.expectationsCheckedOn, { contacts: formatCount(on.contacts, lang), runs: on.replications > 1 ? fill(w.runs, { runs: formatCount(on.replications, lang) }) : w.oneRun }))}</p>`
      : '';
  return `<section class="page" data-section="expectations"><h2>${esc(w.expectations)}</h2>${body}${note}</section>`;
}

function assumptions(input: ReportInput): string {
  const { project, lang, run } = input;
  const w = words(lang);
  return `<section class="page" data-section="assumptions"><h2>${esc(w.assumptions)}</h2>
<ul class="plain" data-figure="settings">${settingSentences(project, run, lang).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>${lang === 'fr' ? 'Personas' : 'Personas'}</h3>
<ul class="plain" data-figure="personas">${personaSentences(project, lang).map((p) => `<li><strong>${esc(p.name)}</strong>${lang === 'fr' ? '\u00a0:' : ':'} ${esc(p.text)}</li>`).join('')}</ul>
</section>`;
}

/**
 * The client-ready report: one self-contained HTML file (inline style and SVG, no script, no
 * font or image fetched; a Content-Security-Policy forbids any request), printable to A4 and
 * Letter with one workflow per page. Every user text is escaped and made one line (`esc`), and
 * the document holds no control character (`plainDocument`).
 */
export async function buildReportHtml(input: ReportInput): Promise<string> {
  const { project, lang } = input;
  const w = words(lang);
  const sections = [cover(input), await programmeSection(input), ...(await workflowSections(input))];
  if (input.run) sections.push(outcomes({ ...input, run: input.run }));
  sections.push(expectations(input), assumptions(input));
  return plainDocument(`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Flowbench">
<title>${esc(`${project.name} – ${w.title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`);
}
