import { decodeText } from '../io/embedded.ts';
import { checkJsonText } from '../io/json-text.ts';
import { plainDataIssues } from '../io/plain-data.ts';
import { zodIssuesToLoadIssues, topIssues } from '../io/issue-messages.ts';
import { MAX_NESTING_DEPTH, MAX_PROJECT_BYTES } from '../io/envelope.ts';
import {
  EMPTY_HUBSPOT_MAPPING,
  type Asset,
  type Email,
  type HubSpotMapping,
  type Lang,
  type Localized,
  type Project,
  type PropertyDefinition,
  type StaticList,
  type Workflow,
} from '../model/index.ts';
import { checkWorkflowIntegrity, cleanName, issueText, MAX_NAME_LENGTH, spanIssues, workflowSchema, type LoadIssue } from '../schema/index.ts';
import { flowIssues, namedTextIssue } from './flow-issues.ts';
import { importFlowSchema } from './flow-schema.ts';
import { ImportContext, type ImportNote } from './import-context.ts';
import { workflowFromFlow } from './import-flow.ts';
import { flowName, otherObject, type SkippedFlow } from './skipped.ts';

export type { ImportNote, SkippedFlow };

export type ImportResult =
  | {
      readonly ok: true;
      readonly workflows: readonly Workflow[];
      /** New resources the workflows name (HubSpot ids not in the mapping yet). */
      readonly emails: readonly Email[];
      readonly lists: readonly StaticList[];
      readonly assets: readonly Asset[];
      readonly properties: readonly PropertyDefinition[];
      /** The mapping given, plus every HubSpot id met (so an export goes back to the same ids). */
      readonly mapping: HubSpotMapping;
      /** Placeholders, approximations and conditions left out, each with its JSON path. */
      readonly notes: readonly ImportNote[];
      /** Workflows named as one of the project's already is (or an earlier one of the same file): given a suffix. */
      readonly renamed: readonly { readonly from: string; readonly to: string }[];
      /** The project's own resources the flows' HubSpot ids resolved to through its mapping (keys), per table. */
      readonly reused: { readonly emails: readonly string[]; readonly lists: readonly string[]; readonly forms: readonly string[] };
      /** Workflows of the file on another object than contacts (a deal workflow), left out: `skippedMessages` says them. */
      readonly skipped: readonly SkippedFlow[];
    }
  | { readonly ok: false; readonly errors: readonly LoadIssue[] };

export interface ImportOptions {
  /** The project the workflows will join: its properties, ids and mapping are reused. */
  readonly project?: Project;
  readonly mapping?: HubSpotMapping;
  /** The language of the names given to what the import creates (emails, segments, forms...); English by default. */
  readonly lang?: Lang;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (path: string, fr: string, en: string): ImportResult => ({ ok: false, errors: [{ path, message: { fr, en } }] });

function tooDeep(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_NESTING_DEPTH) return true;
    for (const child of Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The flows a GET returned: one flow, an array of flows, or a page `{ results: [...] }`. */
function flowsOf(input: unknown): { flows: readonly unknown[]; at: (i: number) => string } | null {
  if (Array.isArray(input)) return { flows: input, at: (i) => `[${i}]` };
  if (isObj(input) && Array.isArray(input.results) && !('actions' in input)) return { flows: input.results, at: (i) => `results[${i}]` };
  if (isObj(input)) return { flows: [input], at: () => '' };
  return null;
}

/**
 * Reads v4 flows as `GET /automation/v4/flows/{id}` returns them and builds Flowbench workflows.
 * Never throws: bad input gives FR/EN errors naming the JSON path; nothing is half-imported.
 */
export function fromHubSpotFlow(input: unknown, options: ImportOptions = {}): ImportResult {
  try {
    return read(input, options);
  } catch (error) {
    return fail('', `Le contenu n’a pas pu être lu (${error instanceof Error ? error.name : 'erreur inconnue'}).`, `The content could not be read (${error instanceof Error ? error.name : 'unknown error'}).`);
  }
}

function read(input: unknown, options: ImportOptions): ImportResult {
  if (tooDeep(input)) return fail('', `Le contenu est imbriqué sur plus de ${MAX_NESTING_DEPTH} niveaux : ce n’est pas un workflow HubSpot.`, `The content is nested more than ${MAX_NESTING_DEPTH} levels deep: this is not a HubSpot workflow.`);
  const found = flowsOf(input);
  if (found && found.flows.length === 0)
    return fail('', 'Aucun workflow dans ce fichier HubSpot\u00a0: sa liste de workflows est vide.', 'No workflow in this HubSpot file: its list of workflows is empty.');
  if (!found)
    return fail('', 'Il faut un workflow HubSpot v4 (un objet { … }), une liste de workflows ou { "results": [ … ] }.', 'Expected a HubSpot v4 workflow (an object { … }), a list of workflows or { "results": [ … ] }.');
  // A page of GET /automation/v4/flows mixes objects: its contact workflows are read, the others left out and said so.
  const skipped: SkippedFlow[] = [];
  const contact: number[] = [];
  found.flows.forEach((flow, i) => {
    const object = otherObject(flow);
    if (object === null) contact.push(i);
    else skipped.push({ path: found.at(i), name: flowName(flow, found.at(i) || String(i + 1)), objectTypeId: object });
  });
  const typeIssue = (i: number, name: string): LoadIssue => ({
    path: found.at(i) === '' ? 'type' : `${found.at(i)}.type`,
    message: {
      fr: `Workflow «\u00a0${name}\u00a0»\u00a0: Flowbench ne lit que les workflows de contacts (CONTACT_FLOW, objectTypeId "0-1").`,
      en: `Workflow “${name}”: Flowbench only reads contact workflows (CONTACT_FLOW, objectTypeId "0-1").`,
    },
  });
  // Nothing to read: refused, as a file of one deal workflow always was.
  if (contact.length === 0) return { ok: false, errors: topIssues(found.flows.map((flow, i) => typeIssue(i, flowName(flow, String(i + 1))))) };
  const issues: LoadIssue[] = [];
  const parsed = contact.map((i) => {
    const r = importFlowSchema.safeParse(found.flows[i], { reportInput: true });
    if (!r.success) {
      const prefix = found.at(i);
      issues.push(...flowIssues(r.error.issues).map((e) => ({ ...e, path: prefix === '' ? e.path : e.path === '' ? prefix : `${prefix}.${e.path}` })));
      return null;
    }
    if (r.data.type !== 'CONTACT_FLOW') issues.push(typeIssue(i, cleanName(r.data.name ?? String(i + 1))));
    return r.data as unknown as Obj;
  });
  if (issues.length > 0) return { ok: false, errors: topIssues(issues) };
  const mapping = options.mapping ?? options.project?.hubspot ?? EMPTY_HUBSPOT_MAPPING;
  const ctx = new ImportContext(options.project, mapping, options.lang);
  const taken = new Set(options.project?.workflows.map((w) => w.id as string) ?? []);
  const workflowIds = parsed.map((flow, k) => {
    const i = contact[k]!;
    const hubspotId = flow && typeof flow.id === 'string' ? flow.id : flow && typeof flow.id === 'number' ? String(flow.id) : undefined;
    const known = hubspotId === undefined ? undefined : ctx.known('workflows', hubspotId);
    if (known !== undefined && !options.project?.workflows.some((w) => w.id === known)) return { id: known, hubspotId };
    let id = `wf-hubspot-${(hubspotId ?? String(i + 1)).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || i + 1}`;
    for (let n = 2; taken.has(id); n++) id = `wf-hubspot-${hubspotId ?? i + 1}-${n}`;
    taken.add(id);
    return { id, hubspotId };
  });
  const workflowFor = (flowId: string) => {
    const own = workflowIds.find((w) => w.hubspotId === flowId);
    if (own) return own.id;
    const known = ctx.known('workflows', flowId);
    return known !== undefined && options.project?.workflows.some((w) => w.id === known) ? known : undefined;
  };
  const read = parsed.map((flow, k) => workflowFromFlow(flow!, found.at(contact[k]!), { workflowId: workflowIds[k]!.id, workflowFor }, ctx));
  if (ctx.errors.length > 0) return { ok: false, errors: topIssues(ctx.errors) };
  const { workflows, renamed } = distinctNames(read, options.project?.workflows ?? [], options.lang ?? 'en');
  workflows.forEach((w, k) => unsaidSettings(w, found.at(contact[k]!), workflows.length > 1, ctx));
  const integrity = workflows.flatMap((w, i) => checkWorkflowIntegrity(w, undefined, `workflows[${i}]`));
  if (integrity.length > 0) return { ok: false, errors: topIssues(integrity) };
  const beyond = beyondProject(workflows);
  if (beyond.length > 0) return { ok: false, errors: topIssues(beyond) };
  const finalMapping = ctx.mapping(mapping.portalId);
  const withFlows = workflowIds.reduce<HubSpotMapping>(
    (m, w) => (w.hubspotId === undefined ? m : { ...m, workflows: { ...m.workflows, [w.id]: w.hubspotId } }),
    finalMapping,
  );
  const reused = { emails: [...ctx.reused.emails], lists: [...ctx.reused.lists], forms: [...ctx.reused.forms] };
  return { ok: true, workflows, emails: ctx.emails, lists: ctx.lists, assets: ctx.assets, properties: ctx.properties, mapping: withFlows, notes: ctx.notes, renamed, reused, skipped };
}

/**
 * Settings a v4 flow has no field for (none in hubspot-today.md §1.2; its §2 says HubSpot asks
 * whether to enroll existing records when the workflow is turned on; a date-centred workflow's
 * yearly recurrence is ticked in its editor), read as off: said for each workflow, so a simulation
 * that enrolls fewer contacts than the original is explained. The reference names no field HubSpot
 * keeps and ignores (what it does with `customProperties` is not documented), so an export does
 * not try to carry them.
 */
function unsaidSettings(workflow: Workflow, path: string, name: boolean, ctx: ImportContext): void {
  const said = (message: Localized): Localized =>
    name ? { fr: `Workflow «\u00a0${workflow.name}\u00a0»\u00a0: ${message.fr.charAt(0).toLowerCase()}${message.fr.slice(1)}`, en: `Workflow “${workflow.name}”: ${message.en}` } : message;
  ctx.note(path, 'unsaid', said(UNSAID.enrollExisting));
  if (workflow.timing.type === 'date-property') ctx.note(path, 'unsaid', said(UNSAID.recurAnnually));
}

const UNSAID = {
  enrollExisting: {
    fr: 'Le JSON d’un workflow HubSpot ne dit pas si les contacts existants sont inscrits quand il est activé\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.',
    en: 'HubSpot’s workflow JSON does not say whether existing contacts are enrolled when it is turned on: set to off; check it in the workflow’s settings.',
  },
  recurAnnually: {
    fr: 'Le JSON d’un workflow HubSpot ne dit pas si un workflow centré sur une propriété de date se répète chaque année\u00a0: réglé sur non\u00a0; vérifiez-le dans les paramètres du workflow.',
    en: 'HubSpot’s workflow JSON does not say whether a workflow centred on a date property recurs every year: set to off; check it in the workflow’s settings.',
  },
} as const satisfies Record<string, Localized>;


/**
 * What a project could not hold of the workflows read: values its loader refuses (an increment of
 * 1e20, beyond what a number of a project keeps) or a span the simulator refuses (a delay of more
 * than ten years). Refused here, each named by workflow and step, rather than added to the
 * project, where the autosave would refuse to write it and the simulation to run it.
 */
function beyondProject(workflows: readonly Workflow[]): LoadIssue[] {
  const file = { project: { workflows } };
  const issues = workflows.flatMap((w, i) => {
    // As the loader does: numbers a project keeps (±2^53, plain-data.ts), then the schema.
    const plain = plainDataIssues(w);
    const r = plain.length > 0 ? null : workflowSchema.safeParse(w);
    const found = r === null ? plain : r.success ? [] : zodIssuesToLoadIssues(r.error.issues);
    return found.map((e) => ({ ...e, path: `project.workflows[${i}]${e.path === '' ? '' : `.${e.path}`}` }));
  });
  return [...issues, ...spanIssues(workflows)].map((found) => {
    const issue = namedTextIssue(file, found);
    return { path: '', message: { fr: issueText(file, issue, 'fr'), en: issueText(file, issue, 'en') } };
  });
}

const IMPORTED = { fr: 'importé', en: 'imported' } as const;

/**
 * Workflows named as a workflow of the project (or an earlier one of the same import) already is,
 * compared trimmed and case-folded, get "(imported)", then "(imported 2)"...: a re-import of an
 * exported workflow sits beside the original, told apart, never under the same name.
 */
function distinctNames(workflows: readonly Workflow[], existing: readonly Workflow[], lang: Lang): { workflows: Workflow[]; renamed: { from: string; to: string }[] } {
  const fold = (name: string) => name.trim().toLocaleLowerCase();
  const taken = new Set(existing.map((w) => fold(w.name)));
  const renamed: { from: string; to: string }[] = [];
  const named = workflows.map((w) => {
    let name = w.name;
    for (let n = 1; taken.has(fold(name)); n++) name = withSuffix(w.name, `(${IMPORTED[lang]}${n > 1 ? ` ${n}` : ''})`);
    taken.add(fold(name));
    if (name === w.name) return w;
    renamed.push({ from: w.name, to: name });
    return { ...w, name };
  });
  return { workflows: named, renamed };
}

/** `name suffix`, the name cut (with an ellipsis) so the whole stays within a name's length. */
function withSuffix(name: string, suffix: string): string {
  const room = MAX_NAME_LENGTH - Array.from(suffix).length - 1;
  const points = Array.from(name);
  return `${points.length > room ? `${points.slice(0, room - 1).join('')}…` : name} ${suffix}`;
}

/** Same as `fromHubSpotFlow`, from the text of a JSON file: size, syntax (line, column), then content. */
export function fromHubSpotText(text: string, options: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return fail('', 'Le contenu à ouvrir doit être du texte.', 'The content to open must be text.');
  if (text.length > MAX_PROJECT_BYTES) return fail('', 'Fichier trop volumineux pour un workflow HubSpot.', 'File too large for a HubSpot workflow.');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = checkJsonText(body, MAX_NESTING_DEPTH);
  if (problem) {
    const at = `ligne ${problem.line}, colonne ${problem.column}`;
    const atEn = `line ${problem.line}, column ${problem.column}`;
    return fail('', `Le fichier n’est pas du JSON valide (${at}).`, `The file is not valid JSON (${atEn}).`);
  }
  return fromHubSpotFlow(JSON.parse(body) as unknown, options);
}

/**
 * Same as `fromHubSpotText`, from a file's bytes decoded as a project file is (engine/io/embedded.ts
 * `decodeText`): UTF-8 with or without BOM, UTF-16 LE or BE, as Windows PowerShell's `>` writes.
 */
export function fromHubSpotBytes(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return fromHubSpotText(decodeText(bytes), options);
}

/** Adds imported workflows and their resources to a project (the project's mapping becomes the import's). */
export function addImportToProject(project: Project, result: Extract<ImportResult, { ok: true }>): Project {
  return {
    ...project,
    workflows: [...project.workflows, ...result.workflows],
    emails: [...project.emails, ...result.emails],
    lists: [...project.lists, ...result.lists],
    assets: [...project.assets, ...result.assets],
    properties: [...project.properties, ...result.properties],
    hubspot: result.mapping,
  };
}
