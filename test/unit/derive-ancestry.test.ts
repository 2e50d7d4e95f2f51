import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/ingest/athena/derive-ancestry.js';

/** Parent lists from [child, parent, levels] triples. */
function parents(...edges: [number, number, number][]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const [child, parent, levels] of edges) map.set(child, [...(map.get(child) ?? []), parent, levels]);
  return map;
}

describe('ancestry walk of the loader', () => {
  it('gives the fewest and the most levels over all paths of a poly-hierarchy', () => {
    // 5 -> 4 -> 2 -> 1 and 5 -> 3 -> 1: concept 1 is 2 levels up one way, 3 the other.
    const result = ancestorsOf(5, parents([5, 4, 1], [4, 2, 1], [2, 1, 1], [5, 3, 1], [3, 1, 1]));
    expect(Object.fromEntries(result)).toEqual({ 5: [0, 0], 4: [1, 1], 3: [1, 1], 2: [2, 2], 1: [2, 3] });
  });

  it('counts zero levels for rows that do not add one (non-hierarchical, or from a non-standard ancestor)', () => {
    const result = ancestorsOf(3, parents([3, 2, 0], [2, 1, 1]));
    expect(Object.fromEntries(result)).toEqual({ 3: [0, 0], 2: [0, 0], 1: [1, 1] });
  });

  it('ends on a loop in bad data', () => {
    const result = ancestorsOf(1, parents([1, 2, 1], [2, 3, 1], [3, 1, 1]));
    expect(Object.fromEntries(result)).toEqual({ 1: [0, 0], 2: [1, 1], 3: [2, 2] });
  });
});
