/**
 * A Map that keeps at most `max` keys, dropping the oldest first. The insertion order lives in
 * an array with a moving head: taking the first key of a Map after many deletions walks the
 * deleted slots, which made eviction the slowest step of the claims command.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();
  private order: K[] = [];
  private head = 0;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): void {
    if (!this.map.has(key)) {
      this.order.push(key);
      while (this.map.size >= this.max && this.head < this.order.length) this.map.delete(this.order[this.head++]!);
      if (this.head > 1024 && this.head * 2 > this.order.length) {
        this.order = this.order.slice(this.head);
        this.head = 0;
      }
    }
    this.map.set(key, value);
  }
}
