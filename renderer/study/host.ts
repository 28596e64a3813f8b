import type { Contact, Project } from '../../engine/model/index.ts';
import type { LoadedPopulation } from '../../engine/sim/index.ts';
import { replicationFrame, studyPopulation, studyShape, type StudyLayout, type StudyOptions } from '../../engine/study/index.ts';
import type { StudyAnswer, StudyRequest } from './protocol.ts';

export type LoadSandbox = (sandbox: string) => Promise<readonly Contact[]>;

interface Ready {
  readonly project: Project;
  readonly layout: StudyLayout;
  /** The start population loaded once (engine/sim/loaded.ts): each replication runs from a copy. */
  readonly loaded: LoadedPopulation;
  readonly variant: { readonly project: Project; readonly layout: StudyLayout; readonly loaded: LoadedPopulation } | null;
  readonly contacts: readonly Contact[];
  readonly options: StudyOptions;
}

/**
 * A study worker's side: reads the contacts once (the sandbox from IndexedDB itself, as the
 * simulator worker does) and loads them into a run's store once, then runs the replications it
 * is given and answers each with its counts per day, counted as the run goes (no log kept).
 * `release` drops the contacts (the worker is kept
 * for the next job). The same code runs in the page where there is no Worker (jsdom).
 */
export class StudyHost {
  private ready: Ready | null = null;

  constructor(private readonly loadSandbox: LoadSandbox) {}

  async handle(request: StudyRequest, reply: (answer: StudyAnswer, transfer?: Transferable[]) => void): Promise<void> {
    try {
      if (request.type === 'setup') {
        const { project, variant, origin, options } = request.setup;
        const contacts = 'sandbox' in origin ? await this.loadSandbox(origin.sandbox) : origin.contacts;
        this.ready = {
          project,
          layout: studyShape(project, options),
          loaded: studyPopulation(project, contacts, options),
          variant: variant ? { project: variant, layout: studyShape(variant, options), loaded: studyPopulation(variant, contacts, options) } : null,
          contacts,
          options,
        };
        return reply({ type: 'ready' });
      }
      if (request.type === 'release') {
        this.ready = null;
        return;
      }
      const ready = this.ready;
      if (!ready) throw new Error('The study worker was not set up.');
      const frame = replicationFrame(ready.project, ready.contacts, ready.options, request.r, ready.layout, ready.loaded);
      if (!ready.variant) return reply({ type: 'frame', r: request.r, frame }, [frame.buffer]);
      const frameB = replicationFrame(ready.variant.project, ready.contacts, ready.options, request.r, ready.variant.layout, ready.variant.loaded);
      return reply({ type: 'frame', r: request.r, frame, frameB }, [frame.buffer, frameB.buffer]);
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
