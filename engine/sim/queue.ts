/**
 * The pending events of a run: a bucket queue with one FIFO list per virtual minute. Minutes
 * are whole numbers and nothing is scheduled in the past, so popping minute by minute, oldest
 * first within a minute, is exactly the (time, sequence) order of a binary heap, in O(1).
 * Events past the last minute are dropped: they would happen after the horizon.
 * A node's five fields sit side by side in one Int32Array, so reading one is one cache line.
 */
export const NODE = 5;
export const N_KIND = 0;
export const N_CONTACT = 1;
export const N_A = 2;
export const N_B = 3;
const N_LINK = 4;

export class EventQueue {
  /** `nodes[node * NODE + field]`: kind, contact, a, b, link. */
  nodes: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private free = -1;
  private used = 0;
  /** The minute being drained; the time of the last popped event. */
  now = 0;
  size = 0;

  constructor(readonly lastMinute: number, capacity = 1024) {
    this.head = new Int32Array(lastMinute + 1).fill(-1);
    this.tail = new Int32Array(lastMinute + 1).fill(-1);
    this.nodes = new Int32Array(Math.max(16, capacity) * NODE);
  }

  push(time: number, kind: number, contact: number, a: number, b: number): void {
    if (time > this.lastMinute) return;
    const t = time < this.now ? this.now : Math.floor(time);
    let node = this.free;
    if (node >= 0) this.free = this.nodes[node * NODE + N_LINK]!;
    else {
      if ((this.used + 1) * NODE > this.nodes.length) this.grow();
      node = this.used++;
    }
    const o = node * NODE;
    const n = this.nodes;
    n[o] = kind;
    n[o + N_CONTACT] = contact;
    n[o + N_A] = a;
    n[o + N_B] = b;
    n[o + N_LINK] = -1;
    const last = this.tail[t]!;
    if (last < 0) this.head[t] = node;
    else n[last * NODE + N_LINK] = node;
    this.tail[t] = node;
    this.size++;
  }

  /** The time of the next event, or Infinity when none is left. */
  peekTime(): number {
    while (this.now <= this.lastMinute && this.head[this.now]! < 0) this.now++;
    return this.now <= this.lastMinute ? this.now : Infinity;
  }

  /** Takes the next event (read its fields at `node * NODE`, then `release` it); -1 when none is left. */
  pop(): number {
    if (this.peekTime() === Infinity) return -1;
    const node = this.head[this.now]!;
    const after = this.nodes[node * NODE + N_LINK]!;
    this.head[this.now] = after;
    if (after < 0) this.tail[this.now] = -1;
    this.size--;
    return node;
  }

  release(node: number): void {
    this.nodes[node * NODE + N_LINK] = this.free;
    this.free = node;
  }

  private grow(): void {
    const next = new Int32Array(this.nodes.length * 2);
    next.set(this.nodes);
    this.nodes = next;
  }
}
