import type { ContactEvent } from '../model/index.ts';
import type { Interner } from './columns.ts';

/**
 * Every contact's history in a few shared typed arrays: one singly linked list per contact,
 * newest event first (the order filters read it in), nodes recycled through a free list.
 * About 18 bytes an event instead of an object each.
 */
export const EV_EMAIL = 1;
export const EV_FORM = 2;
export const EV_PAGE = 3;
export const EV_CHANGED = 4;
export const EMAIL_ACTIONS = ['sent', 'opened', 'clicked', 'bounced', 'unsubscribed'] as const;
export type EmailAction = (typeof EMAIL_ACTIONS)[number];
export const ACTION_CODE: Readonly<Record<EmailAction, number>> = { sent: 0, opened: 1, clicked: 2, bounced: 3, unsubscribed: 4 };

export class History {
  head: Int32Array;
  /** Events per contact, as the length of its history array would be. */
  length: Int32Array;
  /** 1 when a contact's history is not newest-first by instant, so scans cannot stop early. */
  unsorted: Uint8Array;
  at = new Float64Array(1024);
  kind = new Uint8Array(1024);
  sub = new Uint8Array(1024);
  ref = new Int32Array(1024);
  next = new Int32Array(1024);
  private used = 0;
  private free = -1;

  constructor(capacity: number) {
    this.head = new Int32Array(capacity).fill(-1);
    this.length = new Int32Array(capacity);
    this.unsorted = new Uint8Array(capacity);
  }

  growContacts(capacity: number): void {
    const head = new Int32Array(capacity).fill(-1);
    head.set(this.head);
    this.head = head;
    const length = new Int32Array(capacity);
    length.set(this.length);
    this.length = length;
    const unsorted = new Uint8Array(capacity);
    unsorted.set(this.unsorted);
    this.unsorted = unsorted;
  }

  push(i: number, kind: number, sub: number, ref: number, at: number): void {
    let n = this.free;
    if (n >= 0) this.free = this.next[n]!;
    else {
      if (this.used === this.at.length) this.grow();
      n = this.used++;
    }
    this.at[n] = at;
    this.kind[n] = kind;
    this.sub[n] = sub;
    this.ref[n] = ref;
    const newest = this.head[i]!;
    if (newest >= 0 && !(at >= this.at[newest]!)) this.unsorted[i] = 1;
    this.next[n] = newest;
    this.head[i] = n;
    this.length[i]!++;
  }

  /** Drops the events `keep` refuses, keeping the others' order. */
  prune(i: number, keep: (node: number) => boolean): void {
    let prev = -1;
    let n = this.head[i]!;
    let kept = 0;
    while (n >= 0) {
      const after = this.next[n]!;
      if (keep(n)) {
        kept++;
        prev = n;
      } else {
        if (prev < 0) this.head[i] = after;
        else this.next[prev] = after;
        this.next[n] = this.free;
        this.free = n;
      }
      n = after;
    }
    this.length[i] = kept;
  }

  /** The history as contact events, oldest first. */
  events(i: number, strings: Interner): ContactEvent[] {
    const out: ContactEvent[] = [];
    for (let n = this.head[i]!; n >= 0; n = this.next[n]!) {
      const ref = strings.strings[this.ref[n]!]!;
      const at = this.at[n]!;
      switch (this.kind[n]) {
        case EV_EMAIL:
          out.push({ kind: 'email', event: EMAIL_ACTIONS[this.sub[n]!]!, email: ref as never, at });
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

  private grow(): void {
    const n = this.at.length * 2;
    const at = new Float64Array(n);
    at.set(this.at);
    this.at = at;
    const kind = new Uint8Array(n);
    kind.set(this.kind);
    this.kind = kind;
    const sub = new Uint8Array(n);
    sub.set(this.sub);
    this.sub = sub;
    const ref = new Int32Array(n);
    ref.set(this.ref);
    this.ref = ref;
    const next = new Int32Array(n);
    next.set(this.next);
    this.next = next;
  }
}
