import { enrollmentsCsv, resultsAt, stepEmailIndex, summaryJson, type StepEmailIndex } from '../../engine/results/index.ts';
import { LIFECYCLE_STAGES, type Contact, type Project } from '../../engine/model/index.ts';
import { createSimulation, type SimulationResult } from '../../engine/sim/index.ts';
import { programmeCounts, programmeMap } from '../../engine/programme/index.ts';
import { reportRun } from '../../engine/report/index.ts';
import { clockFor } from '../../engine/sim/index.ts';
import { contactName } from './contact-names.ts';
import { nextEventMinute, stepContacts } from './log-queries.ts';
import type { Frame, RunMeta, RunSettings, SimAnswer, SimRequest } from './protocol.ts';
import { contactScoresAt } from '../scoring/journey-scores.ts';

/**
 * The simulator's side of the worker: runs in chunks (a cancel message gets in between), then
 * keeps the whole result and answers small questions about it, so the page never holds the log.
 * The same code runs in the page where there is no Worker (jsdom).
 */

export type Reply = (answer: SimAnswer, transfer?: Transferable[]) => void;
export type LoadSandbox = (sandbox: string, onProgress: (fraction: number) => void) => Promise<readonly Contact[]>;

/** Events per chunk: a few tens of milliseconds of work, then a pause for messages. */
const CHUNK_EVENTS = 40_000;
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

export class SimHost {
  private result: SimulationResult | null = null;
  private emails: StepEmailIndex | null = null;
  private project: Project | null = null;
  private contactCount = 0;
  private contacts: readonly Contact[] = [];
  /** Built on the first name asked, not during the run. */
  private byId: Map<string, Contact> | null = null;
  private settings: RunSettings | null = null;
  /** The programme map's counts, read off the log when first asked (about 0.1 s at 100,000 contacts), not on every run. */
  private programme: Readonly<Record<string, number>> | null = null;
  private ticket = 0;

  constructor(private readonly loadSandbox: LoadSandbox) {}

  async handle(request: SimRequest, reply: Reply): Promise<void> {
    try {
      await this.answer(request, reply);
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async answer(request: SimRequest, reply: Reply): Promise<void> {
    if (request.type === 'run') return this.run(request, reply);
    if (request.type === 'cancel') {
      this.ticket++;
      return reply({ type: 'cancelled' });
    }
    const result = this.result;
    if (!result) throw new Error('No simulation has run yet.');
    switch (request.type) {
      case 'frame': {
        const frame = toFrame(result, this.emails!, request.minute);
        return reply({ type: 'frame', frame }, [frame.waiting.buffer, frame.entered.buffer, frame.edges.buffer, frame.stepEmails.buffer]);
      }
      case 'contact':
        return reply({
          type: 'contact',
          contact: result.contactAt(request.contact, request.minute),
          who: this.who(request.contact),
          scores: contactScoresAt(this.project!, this.contact(request.contact), this.settings!, request.minute),
        });
      case 'step-contacts': {
        const found = stepContacts(result, request.step, request.minute, request.mode, request.limit);
        return reply({ type: 'step-contacts', total: found.total, contacts: found.contacts.map((c) => ({ ...c, ...this.who(c.id) })) });
      }
      case 'next-event':
        return reply({ type: 'minute', minute: nextEventMinute(result, request.minute, request.direction) });
      case 'programme':
        this.programme ??= Object.fromEntries(programmeCounts(this.project!, programmeMap(this.project!), result));
        return reply({ type: 'programme', counts: this.programme });
      case 'report':
        return reply({ type: 'report', run: reportRun(this.project!, [result], this.contactCount) });
      case 'export': {
        const text = request.format === 'csv' ? enrollmentsCsv(this.project!, result, { lang: request.lang, contacts: this.contacts }) : JSON.stringify(summaryJson(this.project!, result, this.contactCount), null, 2);
        return reply({ type: 'export', text });
      }
    }
  }

  private async run(request: Extract<SimRequest, { type: 'run' }>, reply: Reply): Promise<void> {
    const ticket = ++this.ticket;
    this.result = null;
    this.programme = null;
    const started = performance.now();
    const cancelled = () => ticket !== this.ticket;
    let contacts: readonly Contact[];
    if ('sandbox' in request.origin) {
      reply({ type: 'progress', fraction: 0, phase: 'loading' });
      contacts = await this.loadSandbox(request.origin.sandbox, (fraction) => reply({ type: 'progress', fraction, phase: 'loading' }));
    } else contacts = request.origin.contacts;
    if (cancelled()) return;
    const loaded = performance.now();
    const { settings, project } = request;
    const simulation = createSimulation(project, contacts, {
      workflows: settings.workflows.length > 0 ? settings.workflows : undefined,
      startDate: settings.startDate,
      horizonDays: settings.horizonDays,
      seed: settings.seed,
      arrivals: settings.arrivals,
    });
    for (;;) {
      const done = simulation.advance(CHUNK_EVENTS);
      reply({ type: 'progress', fraction: simulation.progress(), phase: 'running' });
      if (done) break;
      await yieldToMessages();
      if (cancelled()) return;
    }
    if (cancelled()) return;
    const result = simulation.result();
    result.stateAt(0); // builds the time index now rather than on the first scrub
    this.result = result;
    this.emails = stepEmailIndex(result);
    this.project = project;
    this.settings = settings;
    this.contactCount = contacts.length;
    this.contacts = contacts;
    this.byId = null;
    this.programme = null;
    reply({ type: 'done', meta: toMeta(result, { loadMs: loaded - started, runMs: performance.now() - loaded }, contacts.length) });
  }

  private contact(id: string): Contact | undefined {
    this.byId ??= new Map(this.contacts.map((c) => [c.id, c]));
    return this.byId.get(id);
  }

  private who(id: string) {
    return contactName(this.contact(id));
  }
}

export function toFrame(result: SimulationResult, emails: StepEmailIndex, minute: number): Frame {
  const s = resultsAt(result, emails, minute);
  return { minute, waiting: s.waiting, entered: s.entered, edges: s.edges, workflows: s.workflows, totals: s.totals, lists: s.lists, lifecycle: s.lifecycle, stepEmails: s.stepEmails };
}

export function toMeta(result: SimulationResult, timing: { loadMs: number; runMs: number }, contacts: number): RunMeta {
  const clock = clockFor(result.startDate, result.timeZone);
  const stages = [...LIFECYCLE_STAGES, 'unknown'];
  const listIds = Object.keys(result.listCounts);
  return {
    startMs: result.startMs,
    timeZone: result.timeZone,
    horizonDays: result.horizonDays,
    lastMinute: result.lastMinute,
    midnights: Array.from({ length: result.horizonDays + 1 }, (_, d) => clock.midnight(d)),
    contacts,
    workflows: result.workflows.map((w) => ({ id: w.id, name: w.name, enrolled: w.enrolled })),
    steps: result.steps.map((s) => ({ workflow: s.workflow, step: s.step, entered: s.entered })),
    edges: result.edges.map((e) => ({ workflow: e.workflow, key: `${e.from}/${e.slot}`, to: e.to, count: e.count })),
    totals: { ...result.totals },
    series: {
      days: result.series.days,
      lifecycle: Object.fromEntries(stages.map((stage, k) => [stage, result.series.lifecycle[k] ?? new Int32Array(0)])),
      lists: Object.fromEntries(listIds.map((list, k) => [list, result.series.lists[k] ?? new Int32Array(0)])),
    },
    initial: (({ lists, lifecycle }) => ({ lists, lifecycle }))(result.stateAt(-1)),
    ...timing,
  };
}
