/**
 * The pending events of a run: a bucket queue with one FIFO list per virtual minute. Minutes
 * are whole numbers and nothing is scheduled in the past, so popping minute by minute, oldest
 * first within a minute, is exactly the (time, sequence) order of a binary heap, in O(1).
 * Events past the last minute are dropped: they would happen after the horizon.
 */
export class EventQueue {
  kind: Uint8Array;
  contact: Int32Array;
  a: Int32Array;
  b: Int32Array;
  private link: Int32Array;
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
    this.kind = new Uint8Array(capacity);
    this.contact = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.link = new Int32Array(capacity);
  }

  push(time: number, kind: number, contact: number, a: number, b: number): void {
    if (time > this.lastMinute) return;
    const t = time < this.now ? this.now : Math.floor(time);
    let node = this.free;
    if (node >= 0) this.free = this.link[node]!;
    else {
      if (this.used === this.kind.length) this.grow();
      node = this.used++;
    }
    this.kind[node] = kind;
    this.contact[node] = contact;
    this.a[node] = a;
    this.b[node] = b;
    this.link[node] = -1;
    const last = this.tail[t]!;
    if (last < 0) this.head[t] = node;
    else this.link[last] = node;
    this.tail[t] = node;
    this.size++;
  }

  /** The time of the next event, or Infinity when none is left. */
  peekTime(): number {
    while (this.now <= this.lastMinute && this.head[this.now]! < 0) this.now++;
    return this.now <= this.lastMinute ? this.now : Infinity;
  }

  /** Takes the next event (read its fields, then `release` it); -1 when none is left. */
  pop(): number {
    if (this.peekTime() === Infinity) return -1;
    const node = this.head[this.now]!;
    const after = this.link[node]!;
    this.head[this.now] = after;
    if (after < 0) this.tail[this.now] = -1;
    this.size--;
    return node;
  }

  release(node: number): void {
    this.link[node] = this.free;
    this.free = node;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const k = new Uint8Array(n);
    k.set(this.kind);
    this.kind = k;
    this.contact = grow32(this.contact);
    this.a = grow32(this.a);
    this.b = grow32(this.b);
    this.link = grow32(this.link);
  }
}
