// @vitest-environment jsdom
// The report is parsed by the browser's own HTML parser (jsdom's DOMParser).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportHtml,
  elkInThisThread,
  generateContacts,
  intervalOf,
  LIFECYCLE_STAGES,
  programmeCounts,
  programmeMap,
  reportRun,
  simulate,
  type Project,
  type SimulationResult,
} from '../../../engine/index.ts';
import { replicationSeed } from '../../../engine/study/index.ts';
import { endStateCounts } from '../../../engine/results/index.ts';
import { seedProgramme } from '../programme/fixtures.ts';
import { personaSentences } from '../../../engine/report/assumptions.ts';
import { STAGE_COLORS } from '../../../engine/results/index.ts';
import { DEFAULT_PERSONAS } from '../../../engine/model/index.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const values = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((c) => Number(c.getAttribute('data-value')));

let project: Project;
let results: SimulationResult[];
const CONTACTS = 400;

beforeAll(() => {
  const seed = seedProgramme('fr');
  project = { ...seed, name: 'Client <script>alert(1)</script> & “Co”', simulation: { ...seed.simulation, horizonDays: 30, seed: 7 } };
  const contacts = generateContacts(project, CONTACTS, 7);
  // The replications of a study of seed 7 (engine/study replicationSeed), as `flowbench report` runs them.
  results = [0, 1, 2].map((k) => simulate(project, contacts, { seed: replicationSeed(7, k) }));
});

describe('the report, parsed, against the engine', () => {
  it('has the cover, the programme, one section per workflow, the outcomes, expectations and assumptions, in that order', async () => {
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'fr', date: '2026-03-02', run: reportRun(project, results.slice(0, 1), CONTACTS) }));
    const sections = [...doc.querySelectorAll('section[data-section]')].map((s) => `${s.getAttribute('data-section')}${s.getAttribute('data-workflow') ? `:${s.getAttribute('data-workflow')}` : ''}`);
    expect(sections).toEqual(['cover', 'programme', ...project.workflows.map((w) => `workflow:${w.id}`), 'outcomes', 'expectations', 'assumptions']);
    expect(doc.documentElement.lang).toBe('fr');
    // The project's name is text: nothing of it became markup.
    expect(doc.querySelector('[data-field=project-name]')!.textContent).toBe(project.name);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('[data-field=date]')!.textContent).toBe('Rédigé le 2 mars 2026');
  });

  it('shows the engine’s figures: links, end states, step counts, lists, stages, emails', async () => {
    const result = results[0]!;
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'en', date: '2026-03-02', run: reportRun(project, [result], CONTACTS) }));
    const map = programmeMap(project);
    const counts = programmeCounts(project, map, result);
    expect([...doc.querySelectorAll('[data-figure=programme-links] tr[data-edge]')].map((r) => r.getAttribute('data-edge'))).toEqual(map.edges.map((e) => e.key));
    expect(values(doc, '[data-figure=programme-links] td[data-value]')).toEqual(map.edges.map((e) => counts.get(e.key)));
    // The chain the map shows carried contacts in this run (form submissions from ebook 1 arrivals).
    expect(counts.get(map.edges[1]!.key)).toBeGreaterThan(0);
    const end = result.stateAt(result.lastMinute);
    result.workflows.forEach((wf, w) => {
      const c = endStateCounts(end, w);
      const section = doc.querySelector(`section[data-workflow="${wf.id}"]`)!;
      expect(values(section, '[data-figure=end-states] td[data-value]')).toEqual([c.enrolled, c.completed, c.goal, c.unenrolled, c.inProgress, c.lost]);
      const steps = result.steps.filter((s) => s.workflow === wf.id && s.entered > 0);
      for (const s of steps) expect(values(section, `[data-step="${s.step}"] .step-count`)).toEqual([s.entered]);
      expect(values(section, '[data-step="__enrollment__"] .step-count')).toEqual([c.enrolled]);
    });
    const outcomes = doc.querySelector('section[data-section=outcomes]')!;
    expect(values(outcomes, '[data-figure=lists] td[data-value]')).toEqual(project.lists.map((l) => result.listCounts[l.id] ?? 0));
    const stages = [...LIFECYCLE_STAGES, 'unknown'];
    for (const row of outcomes.querySelectorAll('[data-figure=lifecycle-table] tr[data-stage]')) {
      const series = result.series.lifecycle[stages.indexOf(row.getAttribute('data-stage')!)]!;
      expect(values(row, 'td[data-value]')).toEqual([series[0], series[series.length - 1]]);
    }
    expect(values(outcomes, '[data-figure=emails] td[data-value]')[0]).toBe(result.totals.emailsSent);
    // Each stage's line in the colour the app's charts give it (renderer/simulator/colors.ts re-exports it).
    const lines = [...outcomes.querySelectorAll('[data-figure=lifecycle] path.series')];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.getAttribute('stroke')).toBe(STAGE_COLORS[line.getAttribute('data-stage')!]);
    // The Sankey's flows add up to the enrollments that ended or are still running.
    const flows = values(outcomes, '[data-figure=sankey] path.flow').reduce((n, v) => n + v, 0);
    const total = result.workflows.reduce((n, _, w) => {
      const c = endStateCounts(end, w);
      return n + c.completed + c.goal + c.unenrolled + c.inProgress;
    }, 0);
    expect(flows).toBe(total);
  });

  it('gives each figure as the mean over replications, with its range, diagrams and charts included', async () => {
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'en', date: '2026-03-02', run: reportRun(project, results, CONTACTS) }));
    expect(doc.querySelector('[data-field=intervals]')!.textContent).toContain('the means of 3 runs with seeds derived from 7, diagrams included; in brackets, the 90% interval');
    // Means over the three full runs, to a whole contact, worked out here from each run's own figures.
    const mean = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
    const enrolled = results.map((r) => r.workflows[0]!.enrolled);
    const range = intervalOf(enrolled);
    const section = doc.querySelector(`section[data-workflow="${project.workflows[0]!.id}"]`)!;
    const first = section.querySelector('[data-figure=end-states] td[data-value]')!;
    expect(Number(first.getAttribute('data-value'))).toBe(mean(enrolled));
    expect(first.querySelector('.range')!.textContent).toBe(`(${range.low.toLocaleString('en-US')}–${range.high.toLocaleString('en-US')})`);
    // The diagram says the same: the enrollment's count is the table's, each step's the mean of its entered.
    expect(values(section, '[data-step="__enrollment__"] .step-count')).toEqual([mean(enrolled)]);
    for (const s of results[0]!.steps.filter((x) => x.workflow === project.workflows[0]!.id)) {
      const m = mean(results.map((r) => r.steps.find((x) => x.workflow === s.workflow && x.step === s.step)!.entered));
      if (m > 0) expect(values(section, `[data-step="${s.step}"] .step-count`)).toEqual([m]);
    }
    expect(section.querySelector('[data-figure=workflow-diagram] figcaption')!.textContent).toContain('the mean of 3 runs');
    const outcomes = doc.querySelector('section[data-section=outcomes]')!;
    expect(values(outcomes, '[data-figure=lists] td[data-value]')).toEqual(project.lists.map((l) => mean(results.map((r) => r.listCounts[l.id] ?? 0))));
    expect(values(outcomes, '[data-figure=emails] td[data-value]')[0]).toBe(mean(results.map((r) => r.totals.emailsSent)));
    // Emails carry their range too; a figure every run gave alike (no goal is met here: 0 each time) has none.
    const sent = intervalOf(results.map((r) => r.totals.emailsSent));
    expect(sent.high).toBeGreaterThan(sent.low);
    expect(outcomes.querySelector('[data-figure=emails] td[data-value] .range')!.textContent).toBe(`(${sent.low.toLocaleString('en-US')}–${sent.high.toLocaleString('en-US')})`);
    expect(results.every((r) => endStateCounts(r.stateAt(r.lastMinute), 0).goal === 0)).toBe(true);
    expect(section.querySelectorAll('[data-figure=end-states] td[data-value]')[2]!.querySelector('.range')).toBeNull();
  });

  it('lists the expectations with their verdicts, and the assumptions in words', async () => {
    const doc = parse(
      await buildReportHtml({
        elk: elkInThisThread,
        project,
        lang: 'en',
        date: '2026-03-02',
        run: reportRun(project, results.slice(0, 1), CONTACTS),
        expectations: [
          { text: 'At least 30 % download ebook 2', held: true, measured: '34 %' },
          { text: { fr: 'Moins de 2 % de désabonnements', en: 'Under 2 % unsubscribe' }, held: false },
          { text: '<b>not bold</b>', held: null },
        ],
      }),
    );
    expect([...doc.querySelectorAll('[data-figure=expectations] td[data-held]')].map((c) => c.getAttribute('data-held'))).toEqual(['true', 'false', 'unknown']);
    expect(doc.querySelector('[data-figure=expectations]')!.textContent).toContain('Under 2 % unsubscribe');
    expect(doc.querySelector('[data-figure=expectations] b')).toBeNull();
    const personas = [...doc.querySelectorAll('[data-figure=personas] li')];
    expect(personas).toHaveLength(project.personas.length);
    const total = project.personas.reduce((n, p) => n + p.share, 0);
    const p0 = project.personas[0]!;
    expect(personas[0]!.textContent).toContain(`${p0.name}`);
    expect(personas[0]!.textContent).toContain(`${Math.round((p0.share / total) * 1000) / 10}% of the population`);
    const settings = doc.querySelector('[data-figure=settings]')!.textContent!;
    expect(settings).toContain(`Population: ${CONTACTS} contacts`);
    expect(settings).toContain('Period: 30 days from 5 January 2026');
    expect(settings).toContain('seed 7');
  });

  it('asks nothing of the network: no script, no link, no src, no external url, and a policy forbidding requests', async () => {
    const html = await buildReportHtml({ elk: elkInThisThread, project, lang: 'fr', date: '2026-03-02', run: reportRun(project, results.slice(0, 1), CONTACTS) });
    const doc = parse(html);
    expect(doc.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content')).toMatch(/^default-src 'none'/);
    expect(doc.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^(src|href|xlink:href)=/.test(a) || /https?:/.test(a.split('=')[1] ?? '') && !a.startsWith('xmlns'))).toEqual([]);
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]).filter((u) => !u!.startsWith('#'))).toEqual([]);
    expect(html).not.toMatch(/@import|@font-face/);
  });

  it('without a run, shows the programme and the workflows and says no rehearsal ran', async () => {
    const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang: 'en', date: '2026-03-02' }));
    expect(doc.querySelector('section[data-section=outcomes]')).toBeNull();
    expect(doc.querySelector('section[data-section=cover]')!.textContent).toContain('No rehearsal has been run yet');
    // One diagram per workflow: a .workflow-svg of bands (one SVG each, so print can break between rows of cards).
    expect(doc.querySelectorAll('section[data-section=workflow] .workflow-svg')).toHaveLength(project.workflows.length);
    expect(doc.querySelectorAll('section[data-section=workflow] .workflow-svg svg.diagram-band').length).toBeGreaterThan(project.workflows.length);
    expect(doc.querySelectorAll('.step-count')).toHaveLength(0);
  });
});

describe('the report’s typography', () => {
  it('puts a no-break space before a colon in French only', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const doc = parse(await buildReportHtml({ elk: elkInThisThread, project, lang, date: '2026-03-02' }));
      const label = doc.querySelector('section[data-section=workflow] p strong')!.textContent!;
      expect(label).toBe(lang === 'fr' ? 'Déclencheurs d’inscription\u00a0:' : 'Enrollment triggers:');
      const persona = doc.querySelector('[data-figure=personas] li')!.textContent!;
      expect(persona.startsWith(`${project.personas[0]!.name}${lang === 'fr' ? '\u00a0: ' : ': '}`)).toBe(true);
    }
  });
});

describe('the report’s assumptions about personas', () => {
  it('writes rates to two decimals and weekly habits the locale’s way, with the right plural', () => {
    // The defaults: Lukewarm unsubscribes after 0.25 % of the emails (was printed 0.3 %), visits 0.3 times a week
    // and fills 0.01 forms; Engaged visits once a week.
    const en = personaSentences({ ...project, personas: DEFAULT_PERSONAS }, 'en');
    const fr = personaSentences({ ...project, personas: DEFAULT_PERSONAS }, 'fr');
    expect(en[1]!.text).toContain('unsubscribes after 0.25% of the emails');
    expect(en[1]!.text).toContain('0.3 visits and 0.01 forms a week');
    expect(en[0]!.text).toContain('1 visit and 0.05 forms a week');
    expect(fr[1]!.text).toContain('se désabonne après 0,25\u00a0% des e-mails');
    expect(fr[1]!.text).toContain('0,3 visite et 0,01 formulaire par semaine');
    expect(fr[0]!.text).toContain('1 visite et 0,05 formulaire par semaine');
  });

  it('words the French so that it agrees with any persona’s name (« Engagé » read « d’elle-même »)', () => {
    const engaged = DEFAULT_PERSONAS[0]!;
    const [masculine, feminine] = personaSentences({ ...project, personas: [{ ...engaged, name: 'Engagé' }, { ...engaged, name: 'Curieuse' }] }, 'fr');
    expect(masculine!.text).toContain('\u00a0; de sa propre initiative, 1 visite et 0,05 formulaire par semaine.');
    expect(masculine!.text).not.toMatch(/(elle|lui|eux)-mêmes?/);
    // Nothing in the sentence depends on the name: the same rates read the same for both.
    expect(feminine!.text).toBe(masculine!.text);
  });
});
