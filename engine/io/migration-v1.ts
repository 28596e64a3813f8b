import { EMPTY_HUBSPOT_MAPPING } from '../model/index.ts';

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 had no HubSpot section. Version 2 adds `project.hubspot`, the ids of the portal the
 * project is exported to; an old file gets an empty mapping (every id still to be filled in).
 */
export function fromV1(v1: JsonObject): JsonObject {
  const project = v1.project;
  if (!isObject(project) || 'hubspot' in project) return { ...v1, version: 2 };
  return { ...v1, version: 2, project: { ...project, hubspot: EMPTY_HUBSPOT_MAPPING } };
}
