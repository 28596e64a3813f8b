import type { PropertyValue } from '../../model/index.ts';

/**
 * One contact property for the whole population, column-wise: a tag per contact, numbers in
 * a Float64Array and other values (strings, booleans) in a plain array, each allocated only
 * when first needed, so a date column costs 9 bytes a contact and holds no boxed numbers.
 */
export const T_ABSENT = 0;
export const T_NUMBER = 1;
export const T_OTHER = 2;
export const T_NULL = 3;

export class PropertyColumn {
  tag: Uint8Array;
  num: Float64Array | null = null;
  /** Filled by push, never `new Array(n)`: V8 keeps big preallocated arrays as slow dictionaries. */
  obj: (string | boolean | undefined)[] | null = null;
  /**
   * Writes through `set` and `setNumber`, for every contact: a reader caching what it read of the
   * column knows nothing changed while this stays (score.ts, fit rules). Visits write the activity
   * date's numbers directly (visits.ts) and do not count; no cache reads that column.
   */
  writes = 0;

  constructor(
    readonly name: string,
    readonly code: number,
    private capacity: number,
  ) {
    this.tag = new Uint8Array(capacity);
  }

  /** The value as criteria read it: null when unknown. */
  get(i: number): PropertyValue {
    const t = this.tag[i];
    if (t === T_NUMBER) return this.num![i]!;
    if (t === T_OTHER) return this.obj![i]!;
    return null;
  }

  /** The instant or number of a numeric value, NaN otherwise (a fast path for dates). */
  number(i: number): number {
    return this.tag[i] === T_NUMBER ? this.num![i]! : NaN;
  }

  set(i: number, value: PropertyValue | undefined): void {
    this.writes++;
    if (value === undefined) {
      this.tag[i] = T_ABSENT;
    } else if (value === null) {
      this.tag[i] = T_NULL;
    } else if (typeof value === 'number') {
      (this.num ??= new Float64Array(this.capacity))[i] = value;
      this.tag[i] = T_NUMBER;
    } else {
      const obj = (this.obj ??= []);
      while (obj.length <= i) obj.push(undefined);
      obj[i] = value;
      this.tag[i] = T_OTHER;
    }
  }

  setNumber(i: number, value: number): void {
    this.writes++;
    (this.num ??= new Float64Array(this.capacity))[i] = value;
    this.tag[i] = T_NUMBER;
  }

  /** Whether the contact has the property at all (null counts: it was set to nothing). */
  present(i: number): boolean {
    return this.tag[i] !== T_ABSENT;
  }

  /** A copy of the column, its own arrays. */
  copy(): PropertyColumn {
    const c = new PropertyColumn(this.name, this.code, 0);
    c.tag = this.tag.slice();
    c.num = this.num && this.num.slice();
    c.obj = this.obj && this.obj.slice();
    c.capacity = this.capacity;
    return c;
  }

  grow(capacity: number): void {
    const tag = new Uint8Array(capacity);
    tag.set(this.tag);
    this.tag = tag;
    if (this.num) {
      const num = new Float64Array(capacity);
      num.set(this.num);
      this.num = num;
    }
    this.capacity = capacity;
  }
}

/** Strings the history refers to (email, asset, property ids, URLs) as small integers. */
export class Interner {
  readonly strings: string[] = [];
  private readonly codes = new Map<string, number>();

  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.strings.length;
      this.strings.push(s);
      this.codes.set(s, c);
    }
    return c;
  }

  /** Takes another interner's strings, with their codes (this one still empty). */
  copyFrom(from: Interner): void {
    if (this.strings.length > 0) throw new Error('An interner is copied into only while empty.');
    for (const s of from.strings) this.code(s);
  }

  /** The code of a string already seen, -1 otherwise. */
  find(s: string): number {
    return this.codes.get(s) ?? -1;
  }
}
