import type { Project } from '../model/index.ts';
import { loadPopulation, simulate, type ContactInput, type LoadedPopulation, type SimulationOptions } from '../sim/index.ts';
import { StudyAggregate, type StudySummary } from './aggregate.ts';
import { countsOnlyFrame } from './frame-sink.ts';
import { studyLayout, type StudyLayout } from './layout.ts';

/**
 * Replications: the same project and the same contacts, each run with its own seed, all derived
 * from the run seed, so a study is reproduced from that one number. Replication 0 uses the run
 * seed itself: a study of one replication is the single run the app has always shown.
 */

/** The seed of replication r (a whole 32-bit number, as the simulator takes). */
export function replicationSeed(seed: number, r: number): number {
  if (r === 0) return seed | 0;
  // splitmix32 of (seed, r): neighbouring replications get unrelated streams.
  let x = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(r, 0x85ebca6b)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aafd);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) | 0;
}

export interface StudyOptions extends Omit<SimulationOptions, 'onProgress' | 'seed'> {
  readonly seed?: number;
  readonly replications: number;
}

/** The run options of replication r (its seed in place of the study's). */
export function replicationOptions(project: Project, options: StudyOptions, r: number): SimulationOptions {
  const { replications: _replications, ...rest } = options;
  return { ...rest, seed: replicationSeed(options.seed ?? project.simulation.seed, r) };
}

/**
 * The cells of a study of this project with these options: read off a run with no contacts over
 * one day (steps, edges, workflows and lists come from the compiled project, not from contacts).
 */
export function studyShape(project: Project, options: StudyOptions): StudyLayout {
  const { replications: _replications, stopAtMinute: _stop, ...rest } = options;
  const empty = simulate(project, [], { ...rest, horizonDays: 1, arrivals: { ...project.simulation.arrivals, ...rest.arrivals, perDay: 0 } });
  return studyLayout(project, empty);
}

/**
 * The start population of a study's replications, loaded once (sim/loaded.ts): give it to each
 * `replicationFrame` of the same project, contacts and options.
 */
export function studyPopulation(project: Project, contacts: ContactInput, options: StudyOptions): LoadedPopulation {
  return loadPopulation(project, contacts, replicationOptions(project, options, 0));
}

/**
 * Replication r's counts per day (frame.ts), counted as the run goes: no log kept (frame-sink.ts);
 * from a copy of `loaded` (studyPopulation) when given.
 */
export function replicationFrame(project: Project, contacts: ContactInput, options: StudyOptions, r: number, layout: StudyLayout, loaded?: LoadedPopulation): Int32Array {
  const run = replicationOptions(project, options, r);
  return countsOnlyFrame(project, contacts, loaded ? { ...run, loaded } : run, layout);
}

export interface Study {
  readonly layout: StudyLayout;
  readonly summary: StudySummary;
}

/** A whole study in this thread (tests, small studies); the CLI and the app spread replications over workers. */
export function runStudy(project: Project, contacts: ContactInput, options: StudyOptions, onReplication?: (done: number) => void): Study {
  const layout = studyShape(project, options);
  const loaded = options.replications > 1 ? studyPopulation(project, contacts, options) : undefined;
  let aggregate: StudyAggregate | null = null;
  for (let r = 0; r < options.replications; r++) {
    const frame = replicationFrame(project, contacts, options, r, layout, loaded);
    aggregate ??= new StudyAggregate(layout.cells.length, frame.length / layout.cells.length, options.replications);
    aggregate.add(r, frame);
    onReplication?.(r + 1);
  }
  if (!aggregate) throw new Error('A study needs at least one replication.');
  return { layout, summary: aggregate.summary() };
}
