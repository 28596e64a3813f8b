import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactRecords, NO_FLIP } from '../../../engine/sim/state/contact-records.ts';
import { ContactStore } from '../../../engine/sim/state/contacts.ts';
import { Interner } from '../../../engine/sim/state/columns.ts';
import { ACTION_CODE, EV_CHANGED, EV_EMAIL, EV_PAGE, History } from '../../../engine/sim/state/history.ts';

/**
 * The packed state, tested directly (issue #19): the history pool (one linked list per contact,
 * 16-byte nodes) against a plain array per contact, and the per-contact records (`hot`, 8 bytes
 * a contact; `live`, the contact being run) against what each accessor promises.
 */

/** A history over `contacts` contacts, bound to its own records as ContactStore does. */
function pool(contacts: number) {
  const h = new History();
  const rec = new Int32Array(contacts * 2).fill(0);
  for (let i = 0; i < contacts; i++) rec[i * 2] = -1;
  h.bind(rec, 2, 0, 1);
  return { h, rec };
}

function listed(h: History, i: number): { kind: number; sub: number; ref: number; at: number }[] {
  const out = [];
  for (let n = h.head(i); n >= 0; n = h.next(n)) out.push({ kind: h.kind(n), sub: h.sub(n), ref: h.ref(n), at: h.at(n) });
  return out;
}

describe('history pool', () => {
  it('keeps each contact newest first, fields intact, apart from the others', () => {
    const { h } = pool(2);
    h.push(0, EV_EMAIL, ACTION_CODE.clicked, 5, 1000);
    h.push(1, EV_PAGE, 0, (1 << 26) - 1, 1500);
    h.push(0, EV_CHANGED, 0, 7, 2000.5);
    expect(listed(h, 0)).toEqual([
      { kind: EV_CHANGED, sub: 0, ref: 7, at: 2000.5 },
      { kind: EV_EMAIL, sub: 2, ref: 5, at: 1000 },
    ]);
    expect(listed(h, 1)).toEqual([{ kind: EV_PAGE, sub: 0, ref: (1 << 26) - 1, at: 1500 }]);
    expect([h.length(0), h.length(1), h.unsorted(0)]).toEqual([2, 1, false]);
  });

  it('marks a history pushed out of time order unsorted, and refuses a reference past 2^26', () => {
    const { h } = pool(1);
    h.push(0, EV_EMAIL, 0, 1, 2000);
    h.push(0, EV_EMAIL, 0, 1, 1000);
    expect(h.unsorted(0)).toBe(true);
    expect(() => h.push(0, EV_EMAIL, 0, 1 << 26, 3000)).toThrow(/Too many distinct/);
  });

  it('leaves the bits above the length of the meta word to the record owner', () => {
    const { h, rec } = pool(1);
    rec[1] = 7 << 8;
    for (let k = 0; k < 40; k++) h.push(0, EV_EMAIL, 0, 0, k);
    // 40 events: the length word counts modulo 32.
    expect([h.length(0), rec[1]! >>> 8]).toEqual([40 % 32, 7]);
  });

  it('matches an array per contact through pushes and prunes, reusing pruned nodes', () => {
    const op = fc.oneof(
      fc.record({ push: fc.constant(true), i: fc.integer({ min: 0, max: 2 }), ref: fc.integer({ min: 0, max: 50 }), at: fc.integer({ min: 0, max: 100 }) }),
      fc.record({ push: fc.constant(false), i: fc.integer({ min: 0, max: 2 }), below: fc.integer({ min: 0, max: 100 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const { h } = pool(3);
        const model: { ref: number; at: number }[][] = [[], [], []];
        for (const o of ops) {
          if (o.push) {
            h.push(o.i, EV_PAGE, 0, o.ref, o.at);
            model[o.i]!.unshift({ ref: o.ref, at: o.at });
          } else {
            h.prune(o.i, (n) => h.at(n) >= o.below);
            model[o.i] = model[o.i]!.filter((e) => e.at >= o.below);
          }
        }
        for (let i = 0; i < 3; i++) {
          expect(listed(h, i).map(({ ref, at }) => ({ ref, at }))).toEqual(model[i]);
          expect(h.length(i)).toBe(model[i]!.length % 32);
        }
      }),
    );
  });

  it('gives the events back oldest first as contact events', () => {
    const { h } = pool(1);
    const strings = new Interner();
    h.push(0, EV_EMAIL, ACTION_CODE.opened, strings.code('email-1'), 10);
    h.push(0, EV_PAGE, 0, strings.code('/pricing'), 20);
    expect(h.events(0, strings)).toEqual([
      { kind: 'email', event: 'opened', email: 'email-1', at: 10 },
      { kind: 'page-viewed', url: '/pricing', at: 20 },
    ]);
  });
});

class Records extends ContactRecords {
  blank(): void {
    this.blankLive();
  }
}

describe('per-contact records', () => {
  it('a blank live record: no re-check, no flip ahead, no enrollment, nothing matched or ever enrolled', () => {
    const r = new Records(4, 3);
    r.blank();
    expect([r.checkAt(0), r.flipAt(0), r.ruleBits(0)]).toEqual([-1, NO_FLIP, 0]);
    for (let w = 0; w < 3; w++) expect([r.active(0, w), r.matched(0, w), r.ever(0, w)]).toEqual([-1, false, false]);
  });

  it('matched and ever bits of 40 workflows (several words) stay apart, and blank again for the next contact', () => {
    const W = 40;
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: W, maxLength: W }), fc.array(fc.boolean(), { minLength: W, maxLength: W }), (matched, ever) => {
        const r = new Records(1, W);
        r.blank();
        for (let w = 0; w < W; w++) {
          r.setMatched(0, w, matched[w]!);
          if (ever[w]) r.setEver(0, w);
          r.setActive(0, w, w * 10);
        }
        for (let w = 0; w < W; w++) expect([r.matched(0, w), r.ever(0, w), r.active(0, w)]).toEqual([matched[w], ever[w], w * 10]);
        r.blank();
        for (let w = 0; w < W; w++) expect([r.matched(0, w), r.ever(0, w), r.active(0, w)]).toEqual([false, false, -1]);
      }),
    );
  });

  it('a rule bit set reads back unsigned (rule 31 included)', () => {
    const r = new Records(1, 1);
    r.blank();
    r.setRuleBits(0, (1 << 31) | 5);
    expect(r.ruleBits(0)).toBe(2 ** 31 + 5);
  });

  it('the persona sits in the hot record beside the history, per contact', () => {
    const r = new Records(3, 1);
    r.setPersona(0, 4);
    r.setPersona(2, 255);
    r.history.push(2, EV_EMAIL, 0, 0, 1);
    expect([r.persona(0), r.persona(1), r.persona(2)]).toEqual([4, 0, 255]);
    expect([r.history.length(2), r.history.head(0)]).toEqual([1, -1]);
  });

  it('the random stream lives in the live record: writing it is writing the record', () => {
    const r = new Records(1, 1);
    r.blank();
    r.streams.seed(0, 42);
    const before = Array.from(r.live);
    r.streams.next(0);
    const after = Array.from(r.live);
    // Only the four words of the stream (slots 3 to 6) move.
    const moved = after.flatMap((v, k) => (v !== before[k] ? [k] : []));
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((k) => k >= 3 && k <= 6)).toBe(true);
  });
});

describe('static lists of a contact in the store', () => {
  const retention = { email: 0, form: 0, page: 0, changed: 0 };
  const blank = (lists: string[]) => ({ id: 'c' as never, properties: {}, lists: lists as never[], events: [], persona: null });

  it('add and remove like a set kept in insertion order', () => {
    // Against a plain array model, over random sequences of adds and removes of five lists.
    const names = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()), { maxLength: 30 }), fc.subarray(names), (moves, start) => {
        const store = new ContactStore(1, 0, retention, []);
        store.add(blank(start));
        let model = [...start];
        for (const [k, on] of moves) {
          const list = names[k]!;
          const changed = store.setListed(0, list as never, on);
          const had = model.includes(list);
          expect(changed).toBe(on !== had);
          if (on && !had) model = [...model, list];
          if (!on && had) model = model.filter((l) => l !== list);
          expect([...store.lists[0]!]).toEqual(model);
        }
      }),
    );
  });
});
