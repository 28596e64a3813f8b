import { FILE_VERSION } from './envelope.ts';
import { fromV1 } from './migration-v1.ts';
import { fromV2 } from './migration-v2.ts';

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0 was the pre-release shape: a workflow named its first step `firstStep`, and had
 * neither `enabled` nor `timeZone` (every workflow ran, in the simulation's time zone); `app`
 * was optional.
 */
function fromV0(v0: JsonObject): JsonObject {
  // Pre-release files did not always say which app wrote them.
  const file: JsonObject = { ...v0, app: v0.app ?? { name: 'Flowbench', version: '0' } };
  const project = file.project;
  if (!isObject(project) || !Array.isArray(project.workflows)) return { ...file, version: 1 };
  const simulation = project.simulation;
  const zone = isObject(simulation) && typeof simulation.timeZone === 'string' ? simulation.timeZone : 'Europe/Paris';
  const workflows = project.workflows.map((w: unknown) => {
    if (!isObject(w)) return w;
    const { firstStep, ...rest } = w;
    return { ...rest, start: firstStep ?? null, enabled: rest.enabled ?? true, timeZone: rest.timeZone ?? zone };
  });
  return { ...file, version: 1, project: { ...project, workflows } };
}

/** MIGRATIONS[n] turns a version-n file into a version n+1 file; they run in a chain. */
export const MIGRATIONS: Readonly<Record<number, (file: JsonObject) => JsonObject>> = {
  0: fromV0,
  1: fromV1,
  2: fromV2,
};

/** The oldest version the chain can start from. */
export const OLDEST_VERSION = 0;

/** Runs every migration from `version` up to the current one. Only for versions it knows. */
export function migrate(file: JsonObject, version: number): JsonObject {
  let current = file;
  for (let v = version; v < FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from version ${v}`);
    current = step(current);
  }
  return current;
}
