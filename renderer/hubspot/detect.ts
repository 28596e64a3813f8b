import { FILE_FORMAT } from '../../engine/io/index.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys of a page HubSpot's list endpoints return. */
const PAGE_KEYS: ReadonlySet<string> = new Set(['results', 'paging', 'total']);

/** One v4 flow as HubSpot returns or accepts it: a key only a flow has. */
function isFlow(v: unknown): boolean {
  if (!isObj(v) || v.format === FILE_FORMAT) return false;
  return typeof v.flowType === 'string' || typeof v.objectTypeId === 'string' || v.type === 'CONTACT_FLOW' || (Array.isArray(v.actions) && ('enrollmentCriteria' in v || 'startActionId' in v));
}

/**
 * The parsed JSON of a file when it is HubSpot v4 flows (one flow, an array of flows or a page
 * `{ results: [...] }`), else null: a Flowbench project, or anything else, goes to the project
 * reader, which says what is wrong with it. Text that is not JSON is not a flow either.
 */
export function hubSpotFlowJson(text: string): unknown {
  const head = text.slice(0, 4096);
  if (head.includes(FILE_FORMAT)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  if (isFlow(value)) return value;
  if (Array.isArray(value) && value.length > 0 && isFlow(value[0])) return value;
  if (isObj(value) && Array.isArray(value.results) && value.results.length > 0 && isFlow(value.results[0])) return value;
  // An empty page of HubSpot's list endpoint: the import says there is no workflow in it.
  if (isObj(value) && Array.isArray(value.results) && value.results.length === 0 && Object.keys(value).every((k) => PAGE_KEYS.has(k))) return value;
  return null;
}
