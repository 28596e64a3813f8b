/**
 * The pending events of the contact being run. Contacts never act on one another, so a run takes
 * them one at a time, each from its first event to the horizon; its queue holds a handful of
 * events (the next visit, the next form, a re-check, a step or reaction per enrollment).
 *
 * A binary heap on (minute, sequence): events of one minute come out in the order they were
 * queued, except a re-check, which comes first in its minute (it sees the contact as it stands
 * at the stroke of midnight). Keys are exact doubles, minute * 2^31 + sequence (0 for re-checks).
 * Events past the last minute are dropped: they would happen after the horizon.
 */
const SEQ = 2 ** 31;

export class ContactQueue {
  private keys = new Float64Array(32);
  private kinds = new Int32Array(32);
  private as = new Int32Array(32);
  private bs = new Int32Array(32);
  private seq = 0;
  size = 0;
  /** The contact's current minute: nothing is queued before it. */
  now = 0;
  /** The fields of the event `pop` took. */
  minute = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(readonly lastMinute: number) {}

  /** Starts the next contact at `minute`, with nothing queued. */
  reset(minute: number): void {
    this.size = 0;
    this.seq = 0;
    this.now = minute;
  }

  push(time: number, kind: number, a: number, b: number, first = false): void {
    if (time > this.lastMinute) return;
    const t = time < this.now ? this.now : Math.floor(time);
    if (this.size === this.keys.length) this.grow();
    const key = t * SEQ + (first ? 0 : ++this.seq);
    const keys = this.keys;
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (keys[parent]! <= key) break;
      this.move(parent, k);
      k = parent;
    }
    keys[k] = key;
    this.kinds[k] = kind;
    this.as[k] = a;
    this.bs[k] = b;
  }

  /** Whether an event at `minute` would come out before every event queued now. */
  before(minute: number): boolean {
    return this.size === 0 || minute < Math.floor(this.keys[0]! / SEQ);
  }

  /** Takes the earliest event into `minute`, `kind`, `a`, `b`; false when none is left. */
  pop(): boolean {
    if (this.size === 0) return false;
    const keys = this.keys;
    this.minute = Math.floor(keys[0]! / SEQ);
    this.kind = this.kinds[0]!;
    this.a = this.as[0]!;
    this.b = this.bs[0]!;
    this.now = this.minute;
    const n = --this.size;
    if (n === 0) return true;
    const key = keys[n]!;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      this.move(child, k);
      k = child;
    }
    this.move(n, k);
    return true;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.as[to] = this.as[from]!;
    this.bs[to] = this.bs[from]!;
  }

  private grow(): void {
    const n = this.keys.length * 2;
    const keys = new Float64Array(n);
    const kinds = new Int32Array(n);
    const as = new Int32Array(n);
    const bs = new Int32Array(n);
    keys.set(this.keys);
    kinds.set(this.kinds);
    as.set(this.as);
    bs.set(this.bs);
    this.keys = keys;
    this.kinds = kinds;
    this.as = as;
    this.bs = bs;
  }
}
