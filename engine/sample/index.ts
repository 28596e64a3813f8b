import {
  asContactId,
  type Arrivals,
  type Contact,
  type ContactEvent,
  type Persona,
  type PersonaId,
  type Project,
  type PropertyValue,
} from '../model/index.ts';
import { hashSeed, Streams } from '../sim/state/rng.ts';
import { COMPANIES, ENGLISH_FIRST, ENGLISH_LAST, ENGLISH_TITLES, FRENCH_FIRST, FRENCH_GENDER, FRENCH_LAST, FRENCH_STUDENT, FRENCH_TITLES } from './names.ts';

/**
 * Sample contacts for the sandbox and the simulator: deterministic for (seed, index), a mix
 * of French and English people, contact types and lifecycle stages in plausible shares,
 * dates spread over the three years before the project's start date.
 */

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A value by weight: `[[value, weight], ...]`. */
function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return table[table.length - 1]![0];
}

const CONTACT_TYPES = [
  ['prospect', 70],
  ['customer', 10],
  ['student', 8],
  ['partner', 7],
  ['competitor', 5],
] as const;

const STAGES = [
  ['subscriber', 35],
  ['lead', 30],
  ['marketingqualifiedlead', 15],
  ['salesqualifiedlead', 7],
  ['opportunity', 3],
] as const;

const asciiMemo = new Map<string, string>();

/** Names come from small pools, so each is folded once. */
function ascii(s: string): string {
  let folded = asciiMemo.get(s);
  if (folded === undefined) {
    folded = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
    asciiMemo.set(s, folded);
  }
  return folded;
}

/** Each persona list's weight table, built once (a sandbox draws it for every contact). */
const shareTables = new WeakMap<readonly Persona[], readonly (readonly [PersonaId, number])[]>();

export function personaByShare(personas: readonly Persona[], rng: Rng): PersonaId | null {
  if (personas.length === 0) return null;
  let table = shareTables.get(personas);
  if (!table) shareTables.set(personas, (table = personas.map((p) => [p.id, Math.max(0, p.share)] as const)));
  return weighted(rng, table);
}

/** One generator reseeded per contact: a fresh typed array each would cost more than the draws. */
const scratch = new Streams(1);
const draw: Rng = () => scratch.next(0);

function rngFor(seed: number, key: string): Rng {
  scratch.seed(0, hashSeed(seed, key));
  return draw;
}

/** The project's start date at UTC midnight: "now" for the sample's dates. */
export function referenceMs(project: Project): number {
  const ms = Date.parse(`${project.simulation.startDate}T00:00:00Z`);
  return Number.isNaN(ms) ? Date.UTC(2026, 0, 5) : ms;
}

/** Contact number `index` (0-based) of a sample. */
export function sampleContact(project: Project, index: number, seed: number, nowMs = referenceMs(project)): Contact {
  const rng = rngFor(seed, `sample-${index}`);
  const french = rng() < 0.6;
  const first = french ? pick(rng, FRENCH_FIRST) : pick(rng, ENGLISH_FIRST);
  const last = pick(rng, french ? FRENCH_LAST : ENGLISH_LAST);
  const company = pick(rng, COMPANIES);
  const type = weighted(rng, CONTACT_TYPES);
  // A French title agrees with the first name's gender; the draws are those of one form per title.
  const title = french
    ? (type === 'student' ? FRENCH_STUDENT : pick(rng, FRENCH_TITLES))[FRENCH_GENDER[first as (typeof FRENCH_FIRST)[number]]]
    : type === 'student'
      ? 'Business School Student'
      : pick(rng, ENGLISH_TITLES);
  const stage = type === 'customer' ? 'customer' : weighted(rng, STAGES);
  const created = nowMs - Math.floor(rng() * 3 * YEAR_MS);
  // Activity leans recent, but a good share of old records went quiet years ago.
  const quiet = rng() < 0.35;
  const activity = quiet ? created + Math.floor(rng() * 0.3 * (nowMs - created)) : created + Math.floor(Math.sqrt(rng()) * (nowMs - created));
  const birthday = rng() < 0.7 ? Date.UTC(1960 + Math.floor(rng() * 44), Math.floor(rng() * 12), 1 + Math.floor(rng() * 28)) : null;
  const score = Math.round(100 * rng() ** 1.6);
  const domain = `${ascii(company).slice(0, 16) || 'example'}.${french ? 'fr' : 'com'}`;
  // join() gives one flat string, where concatenation keeps a rope of pieces alive per contact.
  const email = rng() < 0.01 ? null : [ascii(first), '.', ascii(last), index + 1, '@', domain].join('');
  const events: ContactEvent[] = [];
  if (project.assets.length > 0 && rng() < 0.1) {
    events.push({ kind: 'form-submitted', asset: pick(rng, project.assets).id, at: nowMs - Math.floor(rng() * 60 * DAY_MS) - 60_000 });
  }
  const properties: Record<string, PropertyValue> = {
    email,
    firstname: first,
    lastname: last,
    company,
    jobtitle: title,
    contacttype: type,
    lifecyclestage: stage,
    hubspotscore: score,
    createdate: created,
    lastactivitydate: activity,
    birthday,
  };
  return { id: asContactId(`c-${index + 1}`), properties, lists: [], events, persona: personaByShare(project.personas, rng) };
}

export function generateContacts(project: Project, n: number, seed: number = project.simulation.seed, nowMs = referenceMs(project)): Contact[] {
  const out: Contact[] = new Array<Contact>(n);
  for (let i = 0; i < n; i++) out[i] = sampleContact(project, i, seed, nowMs);
  return out;
}

/** A contact arriving during a run: created now, at the arrivals' stage, via their asset. */
export function sampleArrival(project: Project, k: number, seed: number, nowMs: number, arrivals: Arrivals): Contact {
  const base = sampleContact(project, k, seed ^ 0x5bd1e995, nowMs);
  const events: ContactEvent[] = arrivals.viaAsset ? [{ kind: 'form-submitted', asset: arrivals.viaAsset, at: nowMs }] : [];
  return {
    ...base,
    id: asContactId(`arrival-${k + 1}`),
    properties: {
      ...base.properties,
      contacttype: 'prospect',
      lifecyclestage: arrivals.lifecycleStage || null,
      hubspotscore: 0,
      createdate: nowMs,
      lastactivitydate: nowMs,
    },
    events,
  };
}
