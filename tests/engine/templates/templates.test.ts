import { describe, expect, it } from 'vitest';
import { buildTemplate, TEMPLATE_IDS, TEMPLATES } from '../../../engine/templates/index.ts';
import { DEFAULT_PERSONAS, LANGS, outgoingEdges, reachableSteps, type Project, type Step } from '../../../engine/model/index.ts';

/** Keys whose string values are texts a translation may change; everything else is structure. */
const TEXT_KEYS = new Set(['name', 'description', 'note', 'title', 'subject', 'defaultName', 'label']);

/** Paths where the French and English projects differ; throws on a difference outside texts. */
function textDifferences(fr: unknown, en: unknown, path = ''): string[] {
  if (typeof fr === 'string' && typeof en === 'string') {
    if (fr === en) return [];
    const key = path.split('.').pop() ?? '';
    if (!TEXT_KEYS.has(key)) throw new Error(`non-text difference at ${path}: ${fr} / ${en}`);
    return [path];
  }
  if (Array.isArray(fr) && Array.isArray(en)) {
    expect(en.length, path).toBe(fr.length);
    return fr.flatMap((item, i) => textDifferences(item, en[i], `${path}[${i}]`));
  }
  if (fr && en && typeof fr === 'object' && typeof en === 'object') {
    expect(Object.keys(en).sort(), path).toEqual(Object.keys(fr).sort());
    return Object.entries(fr).flatMap(([k, v]) => textDifferences(v, (en as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  expect(en, path).toEqual(fr);
  return [];
}

function referencedIds(project: Project) {
  const steps = project.workflows.flatMap((w) => w.steps);
  return {
    emails: steps.flatMap((s) => (s.kind === 'send-email' ? [s.email] : [])),
    lists: steps.flatMap((s) => (s.kind === 'add-to-list' || s.kind === 'remove-from-list' ? [s.list] : [])),
  };
}

describe('template catalogue', () => {
  it('lists the five templates in order, each named and described in both languages', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['nurturing', 'lifecycle', 'cleanup', 'webinar', 'birthday']);
    for (const t of TEMPLATES) {
      for (const lang of LANGS) {
        expect(t.name[lang].length).toBeGreaterThan(3);
        expect(t.description[lang].length).toBeGreaterThan(20);
      }
      expect(t.name.fr).not.toBe(t.name.en);
    }
  });

  it('declares the workflow types its project really uses', () => {
    for (const t of TEMPLATES) {
      const types = new Set(buildTemplate(t.id, 'en').workflows.map((w) => w.timing.type));
      expect([...types].sort()).toEqual([...t.workflowTypes].sort());
    }
  });
});

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  const fr = buildTemplate(id, 'fr');
  const en = buildTemplate(id, 'en');

  it('has the same structure in French and English and differs only in texts', () => {
    const diffs = textDifferences(fr, en);
    expect(diffs).toContain('name');
    expect(diffs.some((p) => p.startsWith('workflows[0].name'))).toBe(true);
  });

  it('is self-contained: every email, list and step it refers to exists', () => {
    const emails = new Set(fr.emails.map((e) => e.id));
    const lists = new Set(fr.lists.map((l) => l.id));
    const assets = new Set(fr.assets.map((a) => a.id));
    const refs = referencedIds(fr);
    for (const e of refs.emails) expect(emails).toContain(e);
    for (const l of refs.lists) expect(lists).toContain(l);
    for (const e of fr.emails) if (e.asset) expect(assets).toContain(e.asset);
    for (const w of fr.workflows) {
      const ids = new Set(w.steps.map((s) => s.id));
      expect(ids.size).toBe(w.steps.length);
      for (const s of w.steps) for (const edge of outgoingEdges(s)) if (edge.to) expect(ids).toContain(edge.to);
      expect(reachableSteps(w).size).toBe(w.steps.length);
    }
  });

  it('uses the default personas and builds a fresh project each time', () => {
    // The defaults, named in French (Engaged, Lukewarm, Cold: Engagé, Tiède, Froid); every rate as the defaults'.
    expect(fr.personas.map((p) => p.name)).toEqual(['Engagé', 'Tiède', 'Froid']);
    expect(fr.personas.map((p) => ({ ...p, name: '' }))).toEqual(DEFAULT_PERSONAS.map((p) => ({ ...p, name: '' })));
    expect(buildTemplate(id, 'en').personas).toEqual(DEFAULT_PERSONAS);
    expect(buildTemplate(id, 'fr')).toEqual(fr);
    expect(buildTemplate(id, 'fr')).not.toBe(fr);
  });

  it('writes its French texts with French typography', () => {
    const texts = JSON.stringify(fr);
    expect(texts).not.toMatch(/ [:;!?»]/);
    expect(texts).not.toMatch(/« /);
  });
});

/** The path from enrollment following `next`, the one-branch if/then's branch first. */
function describeSteps(steps: readonly Step[]): string[] {
  return steps.map((s) => {
    switch (s.kind) {
      case 'send-email':
        return `send ${s.email}`;
      case 'delay':
        return s.delay.mode === 'duration' ? `wait ${s.delay.duration.amount} ${s.delay.duration.unit}` : `wait ${s.delay.mode}`;
      case 'add-to-list':
        return `list ${s.list}`;
      case 'branch-if':
        return `if ${s.branches.map((b) => `${b.id}->${b.next}`).join(',')} else->${s.defaultNext}`;
      default:
        return s.kind;
    }
  });
}

describe('nurturing template (seed example 1)', () => {
  const project = buildTemplate('nurturing', 'fr');
  const workflow = project.workflows[0]!;

  it('enrolls on the first ebook download, including contacts who already downloaded it', () => {
    expect(workflow.id).toBe('wf-nurturing');
    expect(workflow.enrollment.enrollExisting).toBe(true);
    expect(workflow.enrollment.triggers).toEqual({ groups: [{ filters: [{ kind: 'form', asset: 'asset-ebook-1', op: 'submitted' }] }] });
    expect(project.assets.find((a) => a.id === 'asset-ebook-1')?.name).toContain('TOP 10 des sujets à aborder pour réussir en sujet Y');
  });

  it('follows the article step by step', () => {
    expect(workflow.start).toBe('step-send-followup');
    expect(workflow.steps.map((s) => s.id)).toEqual([
      'step-send-followup',
      'step-wait-followup',
      'step-send-ebook-2',
      'step-wait-ebook-2',
      'step-branch-ebook-2',
      'step-list-downloaded',
      'step-wait-articles',
      'step-send-articles',
      'step-list-articles',
    ]);
    expect(describeSteps(workflow.steps)).toEqual([
      'send email-followup',
      'wait 5 days',
      'send email-ebook-2',
      'wait 5 days',
      'if branch-downloaded->step-list-downloaded else->step-wait-articles',
      'list list-downloaded',
      'wait 3 days',
      'send email-articles',
      'list list-articles',
    ]);
    const edges = workflow.steps.flatMap(outgoingEdges).map((e) => `${e.from}>${e.to}`);
    expect(edges).toEqual([
      'step-send-followup>step-wait-followup',
      'step-wait-followup>step-send-ebook-2',
      'step-send-ebook-2>step-wait-ebook-2',
      'step-wait-ebook-2>step-branch-ebook-2',
      'step-branch-ebook-2>step-list-downloaded',
      'step-branch-ebook-2>step-wait-articles',
      'step-list-downloaded>null',
      'step-wait-articles>step-send-articles',
      'step-send-articles>step-list-articles',
      'step-list-articles>null',
    ]);
  });

  it('offers the second ebook in its email and branches on its download', () => {
    const offer = project.emails.find((e) => e.id === 'email-ebook-2');
    expect(offer?.asset).toBe('asset-ebook-2');
    expect(project.assets.find((a) => a.id === 'asset-ebook-2')?.name).toContain('Comment construire votre propre sujet Y');
    const branch = workflow.steps.find((s) => s.id === 'step-branch-ebook-2');
    if (branch?.kind !== 'branch-if') throw new Error('expected an if/then');
    expect(branch.branches).toHaveLength(1);
    expect(branch.branches[0]?.name).toBe('A téléchargé l’ebook 2');
    expect(branch.branches[0]?.criteria.groups[0]?.filters).toEqual([{ kind: 'form', asset: 'asset-ebook-2', op: 'submitted' }]);
    expect(branch.defaultName).toBe('Non');
    expect(buildTemplate('nurturing', 'en').workflows[0]?.steps.find((s) => s.id === 'step-branch-ebook-2')).toMatchObject({
      defaultName: 'No',
      branches: [{ name: 'Downloaded ebook 2' }],
    });
  });

  it('ends both branches with static lists and says why in the notes', () => {
    const lists = Object.fromEntries(project.lists.map((l) => [l.id, l.name]));
    expect(lists).toEqual({ 'list-downloaded': 'Nurturing – ebook 2 téléchargé', 'list-articles': 'Nurturing – articles envoyés' });
    for (const id of ['step-list-downloaded', 'step-list-articles']) {
      expect(workflow.steps.find((s) => s.id === id)?.note).toContain('segments statiques');
    }
    expect(project.emails.find((e) => e.id === 'email-articles')?.name).toBe('Sélection d’articles de blog sur le sujet Y');
  });

  it('simulates 30 days with no arrivals by default', () => {
    expect(project.simulation.horizonDays).toBe(30);
    expect(project.simulation.arrivals.perDay).toBe(0);
  });
});
