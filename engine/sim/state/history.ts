import type { ContactEvent } from '../../model/index.ts';
import type { Interner } from './columns.ts';

/**
 * Every contact's history in one shared pool of nodes: one singly linked list per contact,
 * newest event first (the order filters read it in), nodes recycled through a free list.
 * 16 bytes an event, all its fields on one cache line, instead of an object each.
 */
export const EV_EMAIL = 1;
export const EV_FORM = 2;
export const EV_PAGE = 3;
export const EV_CHANGED = 4;
export const EMAIL_ACTIONS = ['sent', 'opened', 'clicked', 'bounced', 'unsubscribed'] as const;
export type EmailAction = (typeof EMAIL_ACTIONS)[number];
export const ACTION_CODE: Readonly<Record<EmailAction, number>> = { sent: 0, opened: 1, clicked: 2, bounced: 3, unsubscribed: 4 };

/**
 * Node layout: 16 bytes, the instant as a double, then kind | sub << 3 | ref << 6 and next as
 * int32 (so ref, an interned string's code, stays under 2^26).
 */
const F_STRIDE = 2;
const I_STRIDE = 4;
const I_CODE = 2;
const I_NEXT = 3;
const MAX_REF = 1 << 26;
/** The contact's meta word: bits 0-4 its length modulo 32 (all pruning needs), bit 5 "unsorted". */
const LENGTH = 31;
const UNSORTED = 32;

export class History {
  /** Each node's fields side by side, through two views of one buffer. */
  private f = new Float64Array(1024 * F_STRIDE);
  private n = new Int32Array(this.f.buffer);
  /** Per contact, head and length words live in the contact's record (ContactStore.hot). */
  private rec: Int32Array = new Int32Array(0);
  private stride = 1;
  private headAt = 0;
  private lengthAt = 0;
  private used = 0;
  private free = -1;

  /** Keeps each contact's head (newest node or -1) and length (plus an "unsorted" bit) in its record; bits 8+ of the meta word are the record owner's. */
  bind(rec: Int32Array, stride: number, headAt: number, lengthAt: number): void {
    this.rec = rec;
    this.stride = stride;
    this.headAt = headAt;
    this.lengthAt = lengthAt;
  }

  head(i: number): number {
    return this.rec[i * this.stride + this.headAt]!;
  }

  /** Events per contact modulo 32, as the length of its history array would be. */
  length(i: number): number {
    return this.rec[i * this.stride + this.lengthAt]! & LENGTH;
  }

  /** True when a contact's history is not newest-first by instant, so scans cannot stop early. */
  unsorted(i: number): boolean {
    return (this.rec[i * this.stride + this.lengthAt]! & UNSORTED) !== 0;
  }

  at(node: number): number {
    return this.f[node * F_STRIDE]!;
  }

  kind(node: number): number {
    return this.n[node * I_STRIDE + I_CODE]! & 7;
  }

  sub(node: number): number {
    return (this.n[node * I_STRIDE + I_CODE]! >>> 3) & 7;
  }

  ref(node: number): number {
    return this.n[node * I_STRIDE + I_CODE]! >>> 6;
  }

  next(node: number): number {
    return this.n[node * I_STRIDE + I_NEXT]!;
  }

  push(i: number, kind: number, sub: number, ref: number, at: number): void {
    let node = this.free;
    if (node >= 0) this.free = this.next(node);
    else {
      if (this.used * F_STRIDE === this.f.length) this.grow();
      node = this.used++;
    }
    if (ref >= MAX_REF) throw new Error(`Too many distinct emails, assets, URLs and properties in histories (over ${MAX_REF}).`);
    const o = node * I_STRIDE;
    this.f[node * F_STRIDE] = at;
    this.n[o + I_CODE] = kind | (sub << 3) | (ref << 6);
    const r = i * this.stride;
    const newest = this.rec[r + this.headAt]!;
    if (newest >= 0 && !(at >= this.at(newest))) this.rec[r + this.lengthAt]! |= UNSORTED;
    this.n[o + I_NEXT] = newest;
    this.rec[r + this.headAt] = node;
    const meta = this.rec[r + this.lengthAt]!;
    this.rec[r + this.lengthAt] = (meta & ~LENGTH) | ((meta + 1) & LENGTH);
  }

  /** Drops the events `keep` refuses, keeping the others' order. */
  prune(i: number, keep: (node: number) => boolean): void {
    const r = i * this.stride;
    let prev = -1;
    let node = this.rec[r + this.headAt]!;
    let kept = 0;
    while (node >= 0) {
      const after = this.next(node);
      if (keep(node)) {
        kept++;
        prev = node;
      } else {
        if (prev < 0) this.rec[r + this.headAt] = after;
        else this.n[prev * I_STRIDE + I_NEXT] = after;
        this.n[node * I_STRIDE + I_NEXT] = this.free;
        this.free = node;
      }
      node = after;
    }
    this.rec[r + this.lengthAt] = (this.rec[r + this.lengthAt]! & ~LENGTH) | (kept & LENGTH);
  }

  /**
   * Gives every node of contact i back to the pool, its history empty after: a counts-only run
   * frees a contact's history once it has run (sim.ts), so the next contact takes the same nodes,
   * still in the cache, and the pool stays the size of one contact's history instead of the run's.
   */
  release(i: number): void {
    const r = i * this.stride;
    let node = this.rec[r + this.headAt]!;
    if (node < 0) return;
    const first = node;
    for (let after = this.next(node); after >= 0; after = this.next(node)) node = after;
    this.n[node * I_STRIDE + I_NEXT] = this.free;
    this.free = first;
    this.rec[r + this.headAt] = -1;
    this.rec[r + this.lengthAt] = this.rec[r + this.lengthAt]! & ~(LENGTH | UNSORTED);
  }

  /** The history as contact events, oldest first. */
  events(i: number, strings: Interner): ContactEvent[] {
    const out: ContactEvent[] = [];
    for (let n = this.head(i); n >= 0; n = this.next(n)) {
      const ref = strings.strings[this.ref(n)]!;
      const at = this.at(n);
      switch (this.kind(n)) {
        case EV_EMAIL:
          out.push({ kind: 'email', event: EMAIL_ACTIONS[this.sub(n)]!, email: ref as never, at });
          break;
        case EV_FORM:
          out.push({ kind: 'form-submitted', asset: ref as never, at });
          break;
        case EV_PAGE:
          out.push({ kind: 'page-viewed', url: ref, at });
          break;
        case EV_CHANGED:
          out.push({ kind: 'property-changed', property: ref, at });
      }
    }
    return out.reverse();
  }

  /** Nodes taken from the pool so far (freed ones included). */
  get nodes(): number {
    return this.used;
  }

  /**
   * Takes a copy of another pool's nodes (a loaded population: engine/sim/loaded.ts), with room
   * for `reserve` nodes in all; `bind` follows with the records.
   */
  copyNodes(from: History, reserve = 0): void {
    this.f = new Float64Array(Math.max(from.used, reserve, 1024) * F_STRIDE);
    this.f.set(from.f.subarray(0, from.used * F_STRIDE));
    this.n = new Int32Array(this.f.buffer);
    this.used = from.used;
    this.free = from.free;
  }

  /** By half: a million contacts hold millions of events, and a copy briefly doubles them. */
  private grow(): void {
    const f = new Float64Array(Math.ceil((this.f.length * 1.5) / F_STRIDE) * F_STRIDE);
    f.set(this.f);
    this.f = f;
    this.n = new Int32Array(f.buffer);
  }
}
