import { History } from './history.ts';
import { Streams } from './rng.ts';

/** Slots of a contact's record in `ContactStore.hot`: its history's head, then bits 0-7 the history's (see History.bind), 8-15 the persona. */
const H_HISTORY = 0;
const H_META = 1;
const HOT_STRIDE = 2;
/** Slots of the record of the contact being run, `ContactStore.live`. */
const L_CHECK = 0;
const L_RULES = 1;
const L_FLIP = 2;
const L_STREAM = 3;
const L_ACTIVE = 7;

/** No time flip ahead (`flipAt`). */
export const NO_FLIP = 0x7fffffff;

/**
 * Per-contact records of the run, packed: `hot`, what outlives a contact's run (8 bytes a
 * contact), and `live`, one record for the contact being run. `ContactStore` adds the columns.
 */
export class ContactRecords {
  readonly history = new History();
  /** Per contact, what outlives its run: its history's head and length, and its persona (8 bytes). */
  hot: Int32Array;
  /**
   * The state nearly every event of the contact being run reads, one record (contacts are run one
   * at a time, and none reads another's): the pending re-check, the score rules holding (eager
   * score), the first minute a time flip may have happened since the last look, the random
   * stream, then per workflow the active enrollment (or -1), and bit sets of the workflows whose
   * triggers matched at the last look and of those ever enrolled in. Blank again for each contact
   * added (`add`); the accessors take the contact for clarity, and it must be the one being run.
   */
  readonly live: Int32Array;
  private readonly matchedAt: number;
  private readonly everAt: number;
  /** The random stream of the contact being run, kept in the live record. */
  readonly streams = new Streams(1);
  readonly workflowCount: number;

  constructor(capacity: number, workflowCount: number) {
    this.workflowCount = workflowCount;
    const w = Math.max(1, workflowCount);
    // Matched then ever bits, packed: one word for both up to 16 workflows.
    this.matchedAt = L_ACTIVE + w;
    this.everAt = w;
    this.live = new Int32Array(this.matchedAt + Math.ceil((2 * w) / 32));
    this.streams.bind(new Uint32Array(this.live.buffer), 0, L_STREAM);
    this.hot = this.blankRecords(capacity, 0);
  }

  /** Records for contacts from..n: no history yet. */
  protected blankRecords(n: number, from: number, old?: Int32Array): Int32Array {
    const hot = new Int32Array(n * HOT_STRIDE);
    if (old) hot.set(old);
    for (let i = from; i < n; i++) hot[i * HOT_STRIDE + H_HISTORY] = -1;
    this.history.bind(hot, HOT_STRIDE, H_HISTORY, H_META);
    return hot;
  }

  /** Takes a copy of another's records and history (same capacity and workflows; room for `reserveNodes` events); the live record stays blank. */
  protected copyRecords(from: ContactRecords, reserveNodes: number): void {
    this.hot = from.hot.slice();
    this.history.copyNodes(from.history, reserveNodes);
    this.history.bind(this.hot, HOT_STRIDE, H_HISTORY, H_META);
  }

  /** The live record blank for a new contact: no re-check pending, no flip ahead, no enrollment. */
  protected blankLive(): void {
    const live = this.live;
    live.fill(0);
    live[L_CHECK] = -1;
    live[L_FLIP] = NO_FLIP;
    live.fill(-1, L_ACTIVE, this.matchedAt);
  }

  /** The minute of the contact's pending re-check, -1 for none. */
  checkAt(_i: number): number {
    return this.live[L_CHECK]!;
  }

  setCheckAt(i: number, minute: number): void {
    this.live[L_CHECK] = minute;
  }

  /**
   * The first minute at which a time-dependent filter of the contact may have flipped since its
   * criteria were last looked at (`rechecks.ts#scheduleCheck`); NO_FLIP for none.
   */
  flipAt(_i: number): number {
    return this.live[L_FLIP]!;
  }

  setFlipAt(i: number, minute: number): void {
    this.live[L_FLIP] = minute;
  }

  /** Bit r: score rule r holds. */
  ruleBits(_i: number): number {
    return this.live[L_RULES]! >>> 0;
  }

  setRuleBits(i: number, bits: number): void {
    this.live[L_RULES] = bits;
  }

  persona(i: number): number {
    return (this.hot[i * HOT_STRIDE + H_META]! >>> 8) & 255;
  }

  setPersona(i: number, p: number): void {
    const at = i * HOT_STRIDE + H_META;
    this.hot[at] = (this.hot[at]! & ~0xff00) | ((p & 255) << 8);
  }

  /** The contact's active enrollment in workflow w, -1 for none. */
  active(i: number, w: number): number {
    return this.live[L_ACTIVE + w]!;
  }

  setActive(i: number, w: number, e: number): void {
    this.live[L_ACTIVE + w] = e;
  }

  /** Whether workflow w's triggers matched at the last look. */
  matched(i: number, w: number): boolean {
    return ((this.live[this.matchedAt + (w >>> 5)]! >>> (w & 31)) & 1) === 1;
  }

  setMatched(i: number, w: number, m: boolean): void {
    const at = this.matchedAt + (w >>> 5);
    const bit = 1 << (w & 31);
    this.live[at] = m ? this.live[at]! | bit : this.live[at]! & ~bit;
  }

  /** Whether the contact was ever enrolled in workflow w. */
  ever(i: number, w: number): boolean {
    const b = this.everAt + w;
    return ((this.live[this.matchedAt + (b >>> 5)]! >>> (b & 31)) & 1) === 1;
  }

  setEver(i: number, w: number): void {
    const b = this.everAt + w;
    this.live[this.matchedAt + (b >>> 5)]! |= 1 << (b & 31);
  }

}
