import { booleanMatches, dateMatches, enumerationMatches, numberMatches, stringMatches } from '../../criteria/property-match.ts';
import { containsIgnoreCase, sameUrl } from '../../criteria/text-fold.ts';
import { booleanOf, DAY_MS, instantOf, numberOf, windowStart } from '../../criteria/values.ts';
import { isScoreProperty, type PropertyValue } from '../../model/index.ts';
import type {
  BooleanOperation,
  Criteria,
  DateOperation,
  EmailFilter,
  EnumerationOperation,
  Filter,
  FormFilter,
  NumberOperation,
  PageViewFilter,
  PropertyFilter,
  StringOperation,
} from '../../model/index.ts';
import { T_NUMBER } from '../state/columns.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { Compiled, CompiledStep } from './compile.ts';
import { ACTION_CODE, EV_CHANGED, EV_EMAIL, EV_FORM, EV_PAGE, type EmailAction } from '../state/history.ts';

/**
 * Criteria turned into closures over the columnar population: `test(i, minute)` answers what
 * `matches(criteria, contact, nowMs)` of engine/criteria answers for contact i at that minute of
 * the run (`nowMs` = `store.originMs` + minute * 60,000), without
 * building the contact. engine/criteria stays the reference (a property test compares them).
 */
export type ContactTest = (i: number, minute: number) => boolean;
/**
 * Tests take the minute, a small integer, rather than the instant: a double passed to a call that
 * is not inlined (these closures never are) is boxed, millions of times a run. Everything in a run
 * happens at whole minutes.
 */
const MINUTE_MS = 60_000;

const NEVER: ContactTest = () => false;

/** Filters are pure, so an AND group may check the cheap ones (columns) before history scans. */
function cost(f: Filter, store: ContactStore): number {
  // A lazy score evaluates every score rule.
  if (f.kind === 'property' && ((f.property === 'hubspotscore' && store.scoreAt) || (store.scorePart && isScoreProperty(f.property)))) return 5;
  if (f.kind === 'property') return f.operation.op === 'updated-in-last-days' ? 2 : 0;
  if (f.kind === 'list') return 1;
  return f.withinDays === undefined ? 4 : 3;
}

export function compileCriteriaTest(criteria: Criteria, store: ContactStore): ContactTest {
  const groups = criteria.groups
    .filter((g) => g.filters.length > 0)
    .map((g) => [...g.filters].sort((a, b) => cost(a, store) - cost(b, store)).map((f) => compileFilterTest(f, store)));
  if (groups.length === 0) return NEVER;
  if (groups.length === 1) return allOf(groups[0]!)!;
  return (i, minute) => {
    for (let g = 0; g < groups.length; g++) {
      const all = groups[g]!;
      let ok = true;
      for (let f = 0; f < all.length; f++) {
        if (!all[f]!(i, minute)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    return false;
  };
}

/** The tests a run asks: per workflow its triggers and goal, per step its branches' filters and its wait. */
export function compileRunTests(compiled: Compiled, store: ContactStore) {
  const branches = ({ step }: CompiledStep) =>
    step.kind === 'branch-if' ? step.branches.map((b) => b.criteria.groups.map((g) => g.filters.map((f) => compileFilterTest(f, store)))) : null;
  const wait = ({ step }: CompiledStep) => (step.kind === 'delay-until-event' && step.event.kind === 'criteria-met' ? compileCriteriaTest(step.event.criteria, store) : null);
  const branchTests = compiled.steps.map(branches);
  const waitTest = compiled.steps.map(wait);
  const edited = compiled.edited;
  return {
    triggerTest: compiled.workflows.map((cw) => compileCriteriaTest(cw.triggers.criteria, store)),
    goalTest: compiled.workflows.map((cw) => (cw.goal ? compileCriteriaTest(cw.goal.criteria, store) : null)),
    branchTests,
    waitTest,
    // The steps of a workflow edited during the run, from the edit on: the same tests where the step is the same.
    edited: edited && {
      branchTests: edited.steps.map((cs, s) => (cs === compiled.steps[s] ? branchTests[s]! : branches(cs))),
      waitTest: edited.steps.map((cs, s) => (cs === compiled.steps[s] ? waitTest[s]! : wait(cs))),
    },
  };
}

/**
 * All of these tests (null for none), with a plain loop: a callback such as `every`'s would be a
 * new closure at each call, and these are asked millions of times.
 */
export function allOf(tests: readonly ContactTest[]): ContactTest | null {
  const [a, b] = tests;
  if (!a) return null;
  if (!b) return a;
  if (tests.length === 2) return (i, minute) => a(i, minute) && b(i, minute);
  return (i, minute) => {
    for (let f = 0; f < tests.length; f++) if (!tests[f]!(i, minute)) return false;
    return true;
  };
}

export function compileFilterTest(filter: Filter, store: ContactStore): ContactTest {
  switch (filter.kind) {
    case 'property':
      return propertyTest(filter, store);
    case 'list': {
      const list = filter.list;
      const lists = store.lists;
      return filter.op === 'in' ? (i) => lists[i]!.includes(list) : (i) => !lists[i]!.includes(list);
    }
    case 'form':
      return formTest(filter, store);
    case 'email':
      return emailTest(filter, store);
    case 'page-view':
      return pageTest(filter, store);
  }
}

function propertyTest(f: PropertyFilter, store: ContactStore): ContactTest {
  const col = store.column(f.property);
  const op = f.operation;
  const scoreAt = f.property === 'hubspotscore' ? store.scoreAt : null;
  if (scoreAt && op.op !== 'updated-in-last-days') return scoreTest(f, scoreAt, store.originMs);
  if (store.scorePart && isScoreProperty(f.property) && op.op !== 'updated-in-last-days') return scorePartTest(f, store.scorePart);
  if (op.op === 'is-known') return (i) => col.get(i) !== null;
  if (op.op === 'is-unknown') return (i) => col.get(i) === null;
  if (op.op === 'updated-in-last-days') {
    const code = store.strings.code(f.property);
    const days = op.days;
    const origin = store.originMs;
    return (i, minute) => {
      const now = origin + minute * MINUTE_MS;
      return lastChange(store, i, code, now) >= now - days * DAY_MS;
    };
  }
  const unknown = f.includeUnknown === true;
  switch (f.type) {
    case 'string': {
      const o = op as StringOperation;
      return (i) => {
        const v = col.get(i);
        return v === null ? unknown : stringMatches(o, v);
      };
    }
    case 'number': {
      const o = op as NumberOperation;
      return (i) => {
        const v = col.get(i);
        return v === null ? unknown : numberMatches(o, numberOf(v));
      };
    }
    case 'boolean': {
      const o = op as BooleanOperation;
      return (i) => {
        const v = col.get(i);
        return v === null ? unknown : booleanMatches(o, booleanOf(v));
      };
    }
    case 'enumeration': {
      const o = op as EnumerationOperation;
      return (i) => {
        const v = col.get(i);
        return v === null ? unknown : enumerationMatches(o, v);
      };
    }
    case 'date': {
      const o = op as DateOperation;
      const origin = store.originMs;
      return (i, minute) => {
        const now = origin + minute * MINUTE_MS;
        if (col.tag[i] === T_NUMBER) return dateMatches(o, col.num![i]!, now);
        const v = col.get(i);
        return v === null ? unknown : dateMatches(o, instantOf(v), now);
      };
    }
  }
}

/** A filter on a score model's part (fit, engagement: numbers; threshold: a label, unknown below the first tier). */
function scorePartTest(f: PropertyFilter, part: (i: number, name: string, minute: number) => PropertyValue | undefined): ContactTest {
  const name = f.property;
  const op = f.operation;
  if (op.op === 'is-known') return (i, minute) => (part(i, name, minute) ?? null) !== null;
  if (op.op === 'is-unknown') return (i, minute) => (part(i, name, minute) ?? null) === null;
  const unknown = f.includeUnknown === true;
  return (i, minute) => {
    const v = part(i, name, minute) ?? null;
    if (v === null) return unknown;
    switch (f.type) {
      case 'number':
        return numberMatches(op as NumberOperation, numberOf(v));
      case 'string':
        return stringMatches(op as StringOperation, v);
      case 'enumeration':
        return enumerationMatches(op as EnumerationOperation, v);
      default:
        return false;
    }
  };
}

/** A filter on a score read when asked (score.ts): always known, a number. */
function scoreTest(f: PropertyFilter, scoreAt: (i: number, minute: number) => number, origin: number): ContactTest {
  const matches = scoreMatcher(f, origin);
  return (i, minute) => matches(scoreAt(i, minute), minute);
}

/** A filter on the score, asked of a score value (known, a number) at a minute of the run. */
export function scoreMatcher(f: PropertyFilter, origin: number): (score: number, minute: number) => boolean {
  const op = f.operation;
  if (op.op === 'is-known') return () => true;
  if (op.op === 'is-unknown') return () => false;
  switch (f.type) {
    case 'string':
      return (v) => stringMatches(op as StringOperation, String(v));
    case 'boolean':
      return (v) => booleanMatches(op as BooleanOperation, booleanOf(v));
    case 'enumeration':
      return (v) => enumerationMatches(op as EnumerationOperation, v);
    case 'date':
      return (v, minute) => dateMatches(op as DateOperation, v, origin + minute * MINUTE_MS);
    default:
      return (v) => numberMatches(op as NumberOperation, v);
  }
}

/** When the property last changed at or before now, from the history; -Infinity if never. */
function lastChange(store: ContactStore, i: number, code: number, now: number): number {
  const h = store.history;
  for (let n = h.head(i); n >= 0; n = h.next(n)) {
    if (h.kind(n) === EV_CHANGED && h.at(n) <= now && h.ref(n) === code) return h.at(n);
  }
  return -Infinity;
}

function formTest(f: FormFilter, store: ContactStore): ContactTest {
  const asset = f.asset === null ? -1 : store.strings.code(f.asset);
  const within = f.withinDays;
  const h = store.history;
  const submitted = (i: number, now: number): boolean => {
    const since = windowStart(now, within);
    const sorted = !h.unsorted(i);
    for (let n = h.head(i); n >= 0; n = h.next(n)) {
      const at = h.at(n);
      if (sorted && at < since) return false;
      if (h.kind(n) !== EV_FORM) continue;
      if (at <= now && at >= since && (asset < 0 || h.ref(n) === asset)) return true;
    }
    return false;
  };
  const origin = store.originMs;
  return f.op === 'submitted' ? (i, minute) => submitted(i, origin + minute * MINUTE_MS) : (i, minute) => !submitted(i, origin + minute * MINUTE_MS);
}

/** Whether this exact email had the action at any time up to now. */
function emailHad(store: ContactStore, i: number, email: number, action: number, now: number): boolean {
  const h = store.history;
  for (let n = h.head(i); n >= 0; n = h.next(n)) {
    if (h.kind(n) === EV_EMAIL && h.sub(n) === action && h.at(n) <= now && h.ref(n) === email) return true;
  }
  return false;
}

function emailTest(f: EmailFilter, store: ContactStore): ContactTest {
  const email = f.email === null ? -1 : store.strings.code(f.email);
  const within = f.withinDays;
  const h = store.history;
  const compound = f.event === 'opened-not-clicked' || f.event === 'received-not-opened';
  const action = compound ? (f.event === 'opened-not-clicked' ? ACTION_CODE.opened : ACTION_CODE.sent) : ACTION_CODE[f.event as EmailAction];
  const origin = store.originMs;
  return (i, minute) => {
    const now = origin + minute * MINUTE_MS;
    const since = windowStart(now, within);
    // Newest first: once past the window's start, no older event can be in it.
    const sorted = !h.unsorted(i);
    for (let n = h.head(i); n >= 0; n = h.next(n)) {
      const at = h.at(n);
      if (sorted && at < since) return false;
      if (h.kind(n) !== EV_EMAIL || h.sub(n) !== action) continue;
      const ref = h.ref(n);
      // The reference tests the window of plain and compound events differently for NaN instants.
      if (!compound) {
        if (at <= now && at >= since && (email < 0 || ref === email)) return true;
        continue;
      }
      if (at > now || at < since) continue;
      if (email >= 0 && ref !== email) continue;
      if (action === ACTION_CODE.opened) {
        if (!emailHad(store, i, ref, ACTION_CODE.clicked, now)) return true;
      } else if (!emailHad(store, i, ref, ACTION_CODE.bounced, now) && !emailHad(store, i, ref, ACTION_CODE.opened, now)) {
        return true;
      }
    }
    return false;
  };
}

function pageTest(f: PageViewFilter, store: ContactStore): ContactTest {
  const h = store.history;
  const strings = store.strings.strings;
  const within = f.withinDays;
  const hits = new Map<number, boolean>();
  const hit = (ref: number): boolean => {
    let known = hits.get(ref);
    if (known === undefined) {
      const url = strings[ref]!;
      known = f.match === 'equals' ? sameUrl(url, f.url) : containsIgnoreCase(url, f.url);
      hits.set(ref, known);
    }
    return known;
  };
  const viewed = (i: number, now: number): boolean => {
    const since = windowStart(now, within);
    const sorted = !h.unsorted(i);
    for (let n = h.head(i); n >= 0; n = h.next(n)) {
      const at = h.at(n);
      if (sorted && at < since) return false;
      // As the reference: a page view is skipped when outside the window (NaN instants are not).
      if (h.kind(n) !== EV_PAGE || at > now || at < since) continue;
      if (hit(h.ref(n))) return true;
    }
    return false;
  };
  const origin = store.originMs;
  return f.op === 'viewed' ? (i, minute) => viewed(i, origin + minute * MINUTE_MS) : (i, minute) => !viewed(i, origin + minute * MINUTE_MS);
}
