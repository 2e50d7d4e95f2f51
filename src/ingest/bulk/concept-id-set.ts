/**
 * The set of concept ids a conversion has seen: a sorted Int32Array searched by bisection.
 * OMOP concept ids are 32-bit, so a million concepts take 4 MB (8 MB while the array grows),
 * where a JS Set of numbers would take ten times that.
 */
export class ConceptIdSet {
  private ids = new Int32Array(1 << 16);
  private length = 0;
  private sealed = false;

  add(id: number): void {
    if (this.sealed) throw new Error('the id set is sealed');
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  /** Sorts and removes repeats; the set is read-only afterwards. */
  seal(): void {
    const ids = this.ids.subarray(0, this.length).sort();
    let unique = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[unique++] = ids[i]!;
    this.ids = this.ids.slice(0, unique);
    this.length = unique;
    this.sealed = true;
  }

  get size(): number {
    return this.length;
  }

  /** The sealed set's ids, sorted (a copy, to hand to a worker thread). */
  sortedIds(): Int32Array<ArrayBuffer> {
    if (!this.sealed) throw new Error('the id set is not sealed');
    return this.ids.slice(0, this.length);
  }

  /** A sealed set of ids already sorted and unique (sortedIds() of another set). */
  static ofSorted(ids: Int32Array<ArrayBuffer>): ConceptIdSet {
    const set = new ConceptIdSet();
    set.ids = ids;
    set.length = ids.length;
    set.sealed = true;
    return set;
  }

  has(id: number): boolean {
    return this.rank(id) >= 0;
  }

  /** The position of an id in the sorted set, or -1 when it is not in it. */
  rank(id: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = this.ids[mid]!;
      if (value === id) return mid;
      if (value < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

/**
 * A subset of the ids, one bit per known concept (125 KB per million), plus a JS set for ids
 * outside the known set (absent concepts, few).
 */
export class ClosedIds {
  private readonly bits: Uint8Array;
  private readonly others = new Set<number>();
  constructor(private readonly known: ConceptIdSet) {
    this.bits = new Uint8Array((known.size >>> 3) + 1);
  }
  add(id: number): void {
    const rank = this.known.rank(id);
    if (rank < 0) this.others.add(id);
    else this.bits[rank >>> 3]! |= 1 << (rank & 7);
  }
  has(id: number): boolean {
    const rank = this.known.rank(id);
    return rank < 0 ? this.others.has(id) : (this.bits[rank >>> 3]! & (1 << (rank & 7))) !== 0;
  }
}
