/**
 * Seeded randomness, one independent stream per contact. Each stream is an sfc32 generator
 * whose four words live in one shared Uint32Array, seeded from the run seed and a hash of the
 * contact id (not its index), so adding or editing one contact never reshuffles the others.
 */

/** FNV-1a over the string, then mixed with the seed. */
export function hashSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Stream i's four words are at `state[i * stride + offset ..]`: by default a buffer of its own,
 * or a slot of each contact's record in the run's store (see ContactStore.hot), so a draw reads
 * the cache line the contact's other hot state is on.
 */
export class Streams {
  state: Uint32Array;
  private stride = 4;
  private offset = 0;

  constructor(capacity: number) {
    this.state = new Uint32Array(Math.max(4, capacity * 4));
  }

  /** Uses slots of another buffer (its content is the streams' state from now on). */
  bind(state: Uint32Array, stride: number, offset: number): void {
    this.state = state;
    this.stride = stride;
    this.offset = offset;
  }

  /** Seeds stream `i` from a 32-bit seed, with a short warm-up as sfc32 recommends. */
  seed(i: number, seed32: number): void {
    const s = this.state;
    const o = i * this.stride + this.offset;
    s[o] = mix32(seed32 ^ 0x9e3779b9);
    s[o + 1] = mix32(seed32 + 0x6a09e667);
    s[o + 2] = mix32(seed32 ^ 0xbb67ae85);
    s[o + 3] = 1;
    for (let k = 0; k < 12; k++) this.next(i);
  }

  /** A uniform float in [0, 1) from stream `i`. */
  next(i: number): number {
    return (this.next32(i) >>> 0) / 4294967296;
  }

  /**
   * The next 32 random bits of stream `i`, as a signed integer: `(next32(i) >>> 0) / 2 ** 32` is
   * `next(i)`. An integer is returned unboxed, where a double from a call not inlined is not.
   */
  next32(i: number): number {
    const s = this.state;
    const o = i * this.stride + this.offset;
    let a = s[o]!;
    let b = s[o + 1]!;
    let c = s[o + 2]!;
    let d = s[o + 3]!;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    s[o] = a;
    s[o + 1] = b;
    s[o + 2] = c;
    s[o + 3] = d;
    return t;
  }

  chance(i: number, p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.next(i) < p;
  }

  /** Log-normal with the given median; spread is sigma. Spread 0 gives exactly the median. */
  logNormal(i: number, median: number, spread: number): number {
    if (spread <= 0) return median;
    const u1 = 1 - this.next(i);
    const u2 = this.next(i);
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return median * Math.exp(spread * z);
  }

  /** Waiting time of a Poisson process of the given rate (per unit). */
  exponential(i: number, rate: number): number {
    return -Math.log(1 - this.next(i)) / rate;
  }
}

/** A standalone stream for draws that belong to no contact (arrivals). */
export function standaloneStream(seed: number, key: string): { next(): number } {
  const s = new Streams(1);
  s.seed(0, hashSeed(seed, key));
  return { next: () => s.next(0) };
}
