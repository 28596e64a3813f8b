/**
 * The pending events of a run: a bucket queue with one FIFO list per virtual minute. Minutes
 * are whole numbers and nothing is scheduled in the past, so popping minute by minute, oldest
 * first within a minute, is exactly the (time, sequence) order of a binary heap, in O(1).
 * Events past the last minute are dropped: they would happen after the horizon.
 *
 * A node's five fields sit side by side in one Int32Array. Nodes are not recycled one by one:
 * each span of ARENA_MINUTES minutes takes its nodes from small chunks of its own, handed back whole
 * once the span is drained. The events of the day being run then sit in a few hundred
 * kilobytes instead of being scattered over the whole pool, so popping them rarely misses the
 * cache.
 */
export const NODE = 5;
export const N_KIND = 0;
export const N_CONTACT = 1;
export const N_A = 2;
export const N_B = 3;
const N_LINK = 4;
const ARENA_MINUTES = 1440;
const CHUNK_NODES = 512;

export class EventQueue {
  /** `nodes[node * NODE + field]`: kind, contact, a, b, link. */
  nodes: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  /** Per arena: next free node in its current chunk, end of that chunk, its first chunk. */
  private readonly cursor: Int32Array;
  private readonly limit: Int32Array;
  private readonly firstChunk: Int32Array;
  /** Per chunk: the next chunk of the same arena, or of the free list. */
  private chunkNext = new Int32Array(64).fill(-1);
  private chunks = 0;
  private freeChunks = -1;
  /** Arenas before this one are drained and their chunks given back. */
  private released = 0;
  /** The minute being drained; the time of the last popped event. */
  now = 0;
  size = 0;

  constructor(
    readonly lastMinute: number,
    capacity = 1024,
  ) {
    this.head = new Int32Array(lastMinute + 1).fill(-1);
    this.tail = new Int32Array(lastMinute + 1).fill(-1);
    const arenas = Math.floor(lastMinute / ARENA_MINUTES) + 1;
    this.cursor = new Int32Array(arenas);
    this.limit = new Int32Array(arenas);
    this.firstChunk = new Int32Array(arenas).fill(-1);
    this.nodes = new Int32Array(Math.max(CHUNK_NODES, Math.ceil(capacity / CHUNK_NODES) * CHUNK_NODES) * NODE);
  }

  push(time: number, kind: number, contact: number, a: number, b: number): void {
    if (time > this.lastMinute) return;
    const t = time < this.now ? this.now : Math.floor(time);
    const node = this.allocate(Math.floor(t / ARENA_MINUTES));
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

  /** Back to minute t (only empty minutes were skipped past it): something runs there first. */
  rewind(t: number): void {
    if (t < this.now) this.now = t;
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

  /** Called once the popped node's fields are read: hands back the arenas now behind us. */
  release(node: number): void {
    void node;
    const arena = Math.floor(this.now / ARENA_MINUTES);
    while (this.released < arena) this.drop(this.released++);
  }

  private allocate(arena: number): number {
    if (this.cursor[arena] === this.limit[arena]) {
      let chunk = this.freeChunks;
      if (chunk >= 0) this.freeChunks = this.chunkNext[chunk]!;
      else chunk = this.newChunk();
      this.chunkNext[chunk] = this.firstChunk[arena]!;
      this.firstChunk[arena] = chunk;
      this.cursor[arena] = chunk * CHUNK_NODES;
      this.limit[arena] = (chunk + 1) * CHUNK_NODES;
    }
    return this.cursor[arena]!++;
  }

  private newChunk(): number {
    const chunk = this.chunks++;
    if (chunk >= this.chunkNext.length) {
      const next = new Int32Array(this.chunkNext.length * 2).fill(-1);
      next.set(this.chunkNext);
      this.chunkNext = next;
    }
    const needed = (chunk + 1) * CHUNK_NODES * NODE;
    if (needed > this.nodes.length) {
      const grown = new Int32Array(Math.max(needed, this.nodes.length * 2));
      grown.set(this.nodes);
      this.nodes = grown;
    }
    return chunk;
  }

  private drop(arena: number): void {
    let chunk = this.firstChunk[arena]!;
    while (chunk >= 0) {
      const after = this.chunkNext[chunk]!;
      this.chunkNext[chunk] = this.freeChunks;
      this.freeChunks = chunk;
      chunk = after;
    }
    this.firstChunk[arena] = -1;
    this.cursor[arena] = 0;
    this.limit[arena] = 0;
  }
}
