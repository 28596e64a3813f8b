import { MAX_SPAN_DAYS } from '../schema/index.ts';
import { dayNumber } from '../study/days.ts';

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The expectations whose `day` names a day of the run. */
const DAY_KINDS = new Set(['share-in-list', 'list-exactly']);

/**
 * Version 2 counted an expectation's `day` from 0 (0 = the start date), while every other figure
 * of the app says day 1 for the start date. Version 3 writes day numbers as people read them
 * (engine/study/days.ts `dayNumber`): each `day` d becomes d + 1.
 *
 * - share-in-list keeps exactly its moment: it read at the end of day index d, which is the end
 *   of day number d + 1.
 * - list-exactly read both the segment and the criteria at the midnight starting day index d. It
 *   now reads the criteria at that same midnight (the start of day d + 1) and the segment at the
 *   end of that day instead of its first minute: what a workflow does during the day counts.
 * - A day at or past the run's horizon was read, silently, at the run's last minute: the end of
 *   day number `horizonDays`. It becomes that day, so it measures what it measured (version 3
 *   says plainly that a day past the horizon cannot be read, and fails it).
 *
 * Anything else (a `day` that is not a whole number, an expectation not an object) is left for
 * the schema to report at its path.
 */
export function fromV2(v2: JsonObject): JsonObject {
  const project = v2.project;
  const tests = isObject(project) ? project.tests : undefined;
  if (!isObject(project) || !isObject(tests) || !Array.isArray(tests.expectations)) return { ...v2, version: 3 };
  const simulation = project.simulation;
  const horizon = isObject(simulation) && Number.isInteger(simulation.horizonDays) && (simulation.horizonDays as number) >= 1 ? (simulation.horizonDays as number) : MAX_SPAN_DAYS;
  const expectations = tests.expectations.map((x: unknown) => {
    if (!isObject(x) || typeof x.kind !== 'string' || !DAY_KINDS.has(x.kind)) return x;
    const day = x.day;
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 0) return x;
    // Version 2's day was the engine's day index.
    return { ...x, day: Math.min(dayNumber(day), horizon) };
  });
  return { ...v2, version: 3, project: { ...project, tests: { ...tests, expectations } } };
}
