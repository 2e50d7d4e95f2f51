import { describe, expect, it } from 'vitest';
import { ClosedIds, ConceptIdSet } from '../../src/ingest/bulk/concept-id-set.js';

/** A deterministic stream of ids: clustered runs (as vocabularies number their concepts), scattered ids, the extremes, repeats. */
function sampleIds(count: number, seed: number): number[] {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const ids = [0, 1, 2_147_483_647, -1, -2_147_483_648];
  while (ids.length < count) {
    const start = Math.floor(next() * 2_100_000_000);
    const run = 1 + Math.floor(next() * 50);
    for (let i = 0; i < run && ids.length < count; i++) ids.push(start + i);
    if (next() < 0.2) ids.push(ids[Math.floor(next() * ids.length)]!);
  }
  return ids;
}

describe('ConceptIdSet', () => {
  it('answers has and rank as a sorted set would, sealed and as handed to a worker, for ids in it and not', () => {
    for (const [count, seed] of [
      [0, 1],
      [1, 2],
      [13, 3],
      [50_000, 4],
    ] as const) {
      const ids = sampleIds(count, seed).slice(0, count);
      const set = new ConceptIdSet();
      for (const id of ids) set.add(id);
      set.seal();
      const sorted = [...new Set(ids)].sort((a, b) => a - b);
      const copy = ConceptIdSet.ofSorted(set.sortedIds());
      expect(set.size).toBe(sorted.length);
      expect([...set.sortedIds()]).toEqual(sorted);
      const asked = [...ids, ...sampleIds(count + 20, seed + 100), -1, 0, 3, 2_147_483_646];
      const position = new Map(sorted.map((id, i) => [id, i]));
      const expected = asked.map((id) => position.has(id));
      expect(asked.map((id) => set.has(id))).toEqual(expected);
      expect(asked.map((id) => copy.has(id))).toEqual(expected);
      expect(asked.map((id) => set.rank(id))).toEqual(asked.map((id) => position.get(id) ?? -1));
    }
  });

  it('keeps a subset of it (ClosedIds), the ids outside it included', () => {
    const set = new ConceptIdSet();
    for (const id of [5, 7, 9, 11]) set.add(id);
    set.seal();
    const closed = new ClosedIds(set);
    for (const id of [7, 11, 42]) closed.add(id);
    expect([5, 7, 9, 11, 42, 43].map((id) => closed.has(id))).toEqual([false, true, false, true, true, false]);
  });
});
