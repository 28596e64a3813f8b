import { toHubSpotFlow } from '../../engine/hubspot/index.ts';
import { EMPTY_HUBSPOT_MAPPING, isLifecycleStage, mappedId, type HubSpotMappingTable, type Lang, type Project } from '../../engine/model/index.ts';

/** The tables the mapping editor shows, in the order a marketer meets them. */
export const EDITOR_TABLES = ['emails', 'lists', 'forms', 'pages', 'properties', 'lifecycleStages', 'owners', 'workflows'] as const satisfies readonly HubSpotMappingTable[];

export type RowStatus = 'mapped' | 'missing' | 'unused';

export interface MappingRow {
  readonly table: HubSpotMappingTable;
  /** The Flowbench key (email id, list id, page path, property name…). */
  readonly key: string;
  /** What the user calls it. */
  readonly label: string;
  readonly id: string;
  readonly status: RowStatus;
}

/** Which kind of id HubSpot gives each table, for the check at the field. */
export type IdShape = 'digits' | 'guid' | 'url' | 'property' | 'stage';

export const ID_SHAPE: Readonly<Record<HubSpotMappingTable, IdShape>> = {
  emails: 'digits',
  lists: 'digits',
  forms: 'guid',
  pages: 'url',
  properties: 'property',
  lifecycleStages: 'stage',
  owners: 'digits',
  workflows: 'digits',
};

const SHAPES: Readonly<Record<IdShape, RegExp>> = {
  digits: /^\d{1,18}$/,
  guid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  url: /^https?:\/\/[^\s/]+\.[^\s]+$/i,
  property: /^[a-z][a-z0-9_]{0,99}$/,
  stage: /^[a-z0-9_]{1,100}$/,
};

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The id in what was pasted, as HubSpot people copy it: an address of HubSpot's app holds the
 * portal's number first and the item's last (…/contacts/123/objectLists/45: list 45 of portal
 * 123; …/email/123/edit/456/content: e-mail 456), a form's address its GUID; a number written
 * with spaces ("12 345") is that number. Anything else is given back trimmed, to be checked.
 */
export function pastedId(shape: IdShape, text: string, portal = false): string {
  const value = text.trim();
  if (shape === 'guid' && /^https?:\/\//i.test(value)) return GUID.exec(value)?.[0] ?? value;
  if (shape !== 'digits') return value;
  if (/^https?:\/\//i.test(value)) {
    let path: string[];
    try {
      path = new URL(value).pathname.split('/').filter((part) => /^\d+$/.test(part));
    } catch {
      return value;
    }
    return (portal ? path[0] : path[path.length - 1]) ?? value;
  }
  return /^\d{1,3}([\s\u00a0\u202f]\d{3})+$/.test(value) ? value.replace(/[\s\u00a0\u202f]/g, '') : value;
}

/** The shape an id breaks, or null when it is acceptable (empty removes the entry). */
export function idProblem(shape: IdShape, text: string): IdShape | null {
  const value = text.trim();
  return value === '' || SHAPES[shape].test(value) ? null : shape;
}

/**
 * The keys each table needs for the project's workflows to export: the same walk as the export,
 * run with an empty mapping, so every key it would ask for is reported (standard lifecycle
 * stages are their own ids and never asked for).
 */
export function neededKeys(project: Project): ReadonlyMap<HubSpotMappingTable, ReadonlySet<string>> {
  const needed = new Map<HubSpotMappingTable, Set<string>>();
  for (const workflow of project.workflows) {
    for (const p of toHubSpotFlow(project, workflow.id, EMPTY_HUBSPOT_MAPPING).problems) {
      if (p.kind !== 'unmapped' || p.table === undefined || p.key === undefined) continue;
      let keys = needed.get(p.table);
      if (!keys) needed.set(p.table, (keys = new Set()));
      keys.add(p.key);
    }
  }
  return needed;
}

/** The rows of one table: the project's own items of that kind, every key an export needs, every entry already made. */
export function mappingRows(project: Project, table: HubSpotMappingTable, needed: ReadonlyMap<HubSpotMappingTable, ReadonlySet<string>>, lang: Lang): MappingRow[] {
  const mapping = project.hubspot ?? EMPTY_HUBSPOT_MAPPING;
  const labels = new Map<string, string>();
  const own: Record<HubSpotMappingTable, () => [string, string][]> = {
    emails: () => project.emails.map((e) => [e.id, e.name]),
    lists: () => project.lists.map((l) => [l.id, l.name]),
    forms: () => project.assets.map((a) => [a.id, a.name]),
    pages: () => [],
    properties: () => project.properties.map((p) => [p.name, p.label[lang]]),
    lifecycleStages: () => [],
    owners: () => [],
    workflows: () => project.workflows.map((w) => [w.id, w.name]),
  };
  for (const [key, label] of own[table]()) labels.set(key, label);
  const keysNeeded = needed.get(table) ?? new Set<string>();
  for (const key of keysNeeded) if (!labels.has(key)) labels.set(key, key);
  // Entries of items still in the project (or of keys without an item: pages, stages, owners).
  const keyed = table === 'pages' || table === 'lifecycleStages' || table === 'owners';
  for (const key of Object.keys(mapping[table])) if (!labels.has(key) && keyed) labels.set(key, key);
  return [...labels].map(([key, label]) => {
    const id = mappedId(mapping, table, key) ?? '';
    const status: RowStatus = id !== '' ? 'mapped' : keysNeeded.has(key) ? 'missing' : 'unused';
    return { table, key, label: table === 'lifecycleStages' && isLifecycleStage(key) ? key : label, id, status };
  });
}
