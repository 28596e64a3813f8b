/**
 * The ids of one HubSpot portal for the things a Flowbench project names by its own ids.
 * HubSpot ids cannot be known offline: the user copies them from the portal (or an import
 * fills them in). Every table maps a Flowbench key to the portal's id, as a string.
 */
export interface HubSpotMapping {
  /** Portal (hub) id, informative: shown on the build sheet. */
  readonly portalId?: string;
  /** Flowbench email id -> HubSpot automated email id (`content_id`). */
  readonly emails: Readonly<Record<string, string>>;
  /** Flowbench list id -> HubSpot segment (list) id, digits only (suppression takes integers). */
  readonly lists: Readonly<Record<string, string>>;
  /** Flowbench asset id (ebook, form, webinar, page) -> HubSpot form GUID. */
  readonly forms: Readonly<Record<string, string>>;
  /** Page URL as written in Flowbench (`/pricing`) -> full URL on the portal's site. */
  readonly pages: Readonly<Record<string, string>>;
  /** Custom property name -> HubSpot internal property name. Standard properties map to themselves. */
  readonly properties: Readonly<Record<string, string>>;
  /** Lifecycle stage -> the portal's stage id (custom stages); standard stages default to themselves. */
  readonly lifecycleStages: Readonly<Record<string, string>>;
  /** Internal-notification recipient as written in Flowbench -> HubSpot user id. */
  readonly owners: Readonly<Record<string, string>>;
  /** Flowbench workflow id -> HubSpot flow id (enroll in workflow, unenroll from others). */
  readonly workflows: Readonly<Record<string, string>>;
}

export const HUBSPOT_MAPPING_TABLES = ['emails', 'lists', 'forms', 'pages', 'properties', 'lifecycleStages', 'owners', 'workflows'] as const;
export type HubSpotMappingTable = (typeof HUBSPOT_MAPPING_TABLES)[number];

export const EMPTY_HUBSPOT_MAPPING: HubSpotMapping = {
  emails: {},
  lists: {},
  forms: {},
  pages: {},
  properties: {},
  lifecycleStages: {},
  owners: {},
  workflows: {},
};

/** A table's entry, own keys only: a key named `__proto__` or `constructor` is just a key. */
export function mappedId(mapping: HubSpotMapping, table: HubSpotMappingTable, key: string): string | undefined {
  const t = mapping[table];
  return Object.hasOwn(t, key) ? t[key] : undefined;
}

/** A copy of the mapping with one entry set (or removed when `id` is empty). */
export function withMappedId(mapping: HubSpotMapping, table: HubSpotMappingTable, key: string, id: string): HubSpotMapping {
  const next: Record<string, string> = { ...mapping[table] };
  if (id.trim() === '') delete next[key];
  else next[key] = id.trim();
  return { ...mapping, [table]: next };
}
