import type { Compiled, CompiledCriteria, TimeWatch } from './compile.ts';
import { allOf, compileFilterTest, scoreMatcher, type ContactTest } from './compiled-criteria.ts';
import type { ScoreRules } from '../run/score.ts';
import type { PropertyFilter } from '../../model/index.ts';
import { risesWithScore, scoreFalls } from './score-time.ts';
import { containsIgnoreCase, sameUrl } from '../../criteria/text-fold.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { PropertyColumn } from '../state/columns.ts';
import { EV_CHANGED, EV_EMAIL, EV_FORM, EV_PAGE } from '../state/history.ts';

/**
 * The time watches of a run's criteria, resolved once against its store (columns, interned
 * codes, page matchers, the score's rules), and grouped for tight re-checks: what flip.ts reads.
 */

/** A time watch with its column or history kind looked up once. */
export interface FlipWatch {
  readonly bit: number;
  readonly days: number;
  readonly sign: number;
  /** The date column (rolling-date filters), else null. */
  readonly column: PropertyColumn | null;
  /** History kind and, for "updated in the last N days", the property's code (-1: any). */
  readonly kind: number;
  readonly code: number;
  /**
   * Tight re-checks: the filter holds while some event it counts is in the window, so only the
   * newest such event can flip it. Then `sub`/`ref` say which events it counts (-1: any).
   */
  readonly newest: boolean;
  readonly sub: number;
  readonly ref: number;
  /** A filter on a lazy score (score.ts), else null. */
  readonly score: ScoreWatch | null;
  /** Page views: whether a viewed page (its interned code) is one the filter counts; null: any event of the kind. */
  readonly counts: ((ref: number) => boolean) | null;
  /** Two watches with the same key give the same boundaries. */
  readonly key: string;
}

/** A filter on a lazy score: its verdict for a score value, the rules, and the watches of each rule's windows. */
export interface ScoreWatch {
  readonly matches: (score: number, minute: number) => boolean;
  readonly rules: ScoreRules;
  readonly watches: readonly (readonly FlipWatch[])[];
  /** Tight re-checks: only where the score crosses (`scoreFlip`); else every boundary of every rule. */
  readonly exact: boolean;
  /**
   * Whether time alone can only lower the score (every rule decays, with points of 0 or more: see
   * `decays`), and whether the filter holds more (1) or less (-1) as the score grows, 0 neither.
   */
  readonly falls: boolean;
  readonly rises: number;
  /** The filter itself (a score model's flips are found by asking it: flip.ts#modelFlip). */
  readonly test: ContactTest;
}

export interface FlipCriteria {
  readonly deps: number;
  readonly watches: readonly FlipWatch[];
  /** Tight re-checks: the groups that read time, each looked at as a whole (see `groupFlip`). */
  readonly groups: readonly FlipGroup[] | null;
}

/**
 * An AND group reading time. Its gate (the filters that read no time) failing, time alone cannot
 * make it hold. Otherwise it can turn false only when one of its time filters holding turns
 * false, and true only once each failing one has turned true: its flip is the earliest boundary
 * of the filters holding if all hold, else the latest first boundary of those failing.
 */
export interface FlipGroup {
  readonly gate: ContactTest | null;
  /** What its filters read: a change to it may move the group's flip. */
  readonly deps: number;
  readonly timed: readonly { readonly test: ContactTest; readonly watches: readonly FlipWatch[] }[];
}


type Reading = Pick<Compiled, 'propertyBit' | 'readsTime' | 'scoreRules' | 'scoreInputs'> & { readonly score: ScoreRules };

function resolveGroups(c: CompiledCriteria, watches: readonly FlipWatch[], store: ContactStore, { readsTime }: Reading): FlipGroup[] {
  return c.criteria.groups.flatMap((g, k) => {
    if (!watches.some((_, n) => c.watchGroups[n] === k)) return [];
    const gate = allOf(g.filters.filter((f) => !readsTime(f)).map((f) => compileFilterTest(f, store)));
    const timed = g.filters.flatMap((f, n) => {
      const own = watches.filter((_, m) => c.watchGroups[m] === k && c.watchFilters[m] === n);
      return own.length === 0 ? [] : [{ test: compileFilterTest(f, store), watches: own }];
    });
    return [{ gate, deps: c.groupDeps[k]!, timed }];
  });
}

export function resolveWatches(
  criteria: readonly CompiledCriteria[],
  store: ContactStore,
  tight: boolean,
  reading: Reading,
): FlipCriteria[] {
  const exact = (w: TimeWatch) => (tight && w.kind === 'event' ? w.exact : undefined);
  const resolve = (w: TimeWatch): FlipWatch => {
    const watch = {
      newest: tight && (w.kind === 'changed' || exact(w) !== undefined),
      sub: exact(w)?.action ?? -1,
      ref: exact(w)?.ref ? store.strings.code(exact(w)!.ref!) : -1,
      bit: w.bit,
      days: w.days,
      sign: w.kind === 'property' ? w.sign : 1,
      column: w.kind === 'property' ? store.column(w.property) : null,
      kind: w.kind === 'property' || w.kind === 'score' ? 0 : w.kind === 'changed' ? EV_CHANGED : EVENT_KIND[w.event],
      code: w.kind === 'changed' ? store.strings.code(w.property) : -1,
      counts: w.kind === 'event' && w.page ? pageCounts(store, w.page) : null,
      score:
        w.kind === 'score'
          ? {
              matches: scoreMatcher(w.filter as PropertyFilter, store.originMs),
              rules: reading.score,
              watches: reading.scoreRules.map((r) => r.watches.map(resolve)),
              exact: tight,
              falls: scoreFalls(reading.scoreInputs, reading.readsTime),
              rises: risesWithScore(w.filter as PropertyFilter),
              test: compileFilterTest(w.filter, store),
            }
          : null,
    };
    const page = w.kind === 'event' && w.page ? `|${w.page.match}|${w.page.url}` : '';
    const key =
      w.kind === 'score'
        ? `score|${JSON.stringify(w.filter)}`
        : `${watch.column?.code ?? -1}|${watch.kind}|${watch.code}|${watch.days}|${watch.sign}|${watch.newest}|${watch.sub}|${watch.ref}${page}`;
    return { ...watch, key };
  };
  return criteria.map((c) => {
    const watches = c.watches.map(resolve);
    return { deps: c.deps, watches, groups: tight ? resolveGroups(c, watches, store, reading) : null };
  });
}

const EVENT_KIND = { email: EV_EMAIL, 'form-submitted': EV_FORM, 'page-viewed': EV_PAGE } as const;

/** Whether a page (by its interned code) is one a page-view filter counts, as the filter matches it; cached per code. */
function pageCounts(store: ContactStore, page: { readonly url: string; readonly match: 'equals' | 'contains' }): (ref: number) => boolean {
  const known: boolean[] = [];
  return (ref) => {
    let hit = known[ref];
    if (hit === undefined) {
      const url = store.strings.strings[ref]!;
      known[ref] = hit = page.match === 'equals' ? sameUrl(url, page.url) : containsIgnoreCase(url, page.url);
    }
    return hit;
  };
}

