import { describe, expect, it } from 'vitest';
import type { ConceptRecord } from '../../src/graph/concept.js';
import { resolveMapping, type MappingHopRecord } from '../../src/modules/mapping/chain-resolution.js';

const concept = (conceptId: number, standardConcept: string | null, validEndDate = '2099-12-31'): ConceptRecord => ({
  conceptId,
  conceptName: `concept ${conceptId}`,
  domainId: 'Procedure',
  vocabularyId: 'TEST',
  conceptClassId: 'Test',
  standardConcept,
  conceptCode: String(conceptId),
  validStartDate: '1970-01-01',
  validEndDate,
  invalidReason: null,
  nameSource: 'VOCABULARY',
});

const hop = (from: ConceptRecord, to: ConceptRecord, relationshipId: string, validEndDate = '2099-12-31'): MappingHopRecord => ({
  from,
  to,
  relationshipId,
  validStartDate: '1970-01-01',
  validEndDate,
  invalidReason: null,
});

function graph(...hops: MappingHopRecord[]): Map<number, MappingHopRecord[]> {
  const byFrom = new Map<number, MappingHopRecord[]>();
  for (const h of hops) byFrom.set(h.from.conceptId, [...(byFrom.get(h.from.conceptId) ?? []), h]);
  return byFrom;
}

const ids = (concepts: ConceptRecord[]) => concepts.map((c) => c.conceptId);
const path = (hops: MappingHopRecord[]) => hops.map((h) => `${h.from.conceptId}-${h.relationshipId}->${h.to.conceptId}`);
const DAY = '2026-06-01';

describe('mapping chain resolution', () => {
  const s1 = concept(1, 'S');
  const s2 = concept(2, 'S');
  const zombie = concept(3, 'S', '2024-12-31');

  it('maps a standard concept to itself with no hops; a deleted-but-standard one is DEPRECATED_STANDARD', () => {
    expect(resolveMapping(s1, new Map(), DAY)).toEqual({ status: 'STANDARD', targets: [s1], hops: [] });
    expect(resolveMapping(zombie, new Map(), DAY)).toMatchObject({ status: 'DEPRECATED_STANDARD', targets: [zombie], hops: [] });
    expect(resolveMapping(zombie, new Map(), '2020-01-01').status).toBe('STANDARD');
  });

  it('follows a replacement chain hop by hop to the standard concept', () => {
    const a = concept(10, null);
    const b = concept(11, null);
    const c = concept(12, null);
    const result = resolveMapping(a, graph(hop(a, b, 'Concept replaced by'), hop(b, c, 'Concept same_as to'), hop(c, s1, 'Maps to')), DAY);
    expect(result.status).toBe('STANDARD');
    expect(ids(result.targets)).toEqual([1]);
    expect(path(result.hops)).toEqual(['10-Concept replaced by->11', '11-Concept same_as to->12', '12-Maps to->1']);
  });

  it('returns every target of a one-to-many map, ordered by conceptId, each hop once', () => {
    const a = concept(10, null);
    const b = concept(11, null);
    const result = resolveMapping(a, graph(hop(a, s2, 'Maps to'), hop(a, s1, 'Maps to'), hop(a, b, 'Concept replaced by')), DAY);
    // 'Maps to' rows win: the replacement row of a concept that has maps is not followed.
    expect(result.status).toBe('STANDARD');
    expect(ids(result.targets)).toEqual([1, 2]);
    expect(path(result.hops)).toEqual(['10-Maps to->1', '10-Maps to->2']);
  });

  it('reports DEPRECATED_STANDARD when a target is standard but not valid on the day', () => {
    const a = concept(10, null);
    const result = resolveMapping(a, graph(hop(a, zombie, 'Maps to'), hop(a, s1, 'Maps to')), DAY);
    expect(result.status).toBe('DEPRECATED_STANDARD');
    expect(ids(result.targets)).toEqual([1, 3]);
  });

  it('reports NO_STANDARD_TARGET at a dead end, with the hops taken', () => {
    const a = concept(10, null);
    const b = concept(11, null);
    const result = resolveMapping(a, graph(hop(a, b, 'Concept replaced by')), DAY);
    expect(result).toMatchObject({ status: 'NO_STANDARD_TARGET', targets: [] });
    expect(path(result.hops)).toEqual(['10-Concept replaced by->11']);
    expect(resolveMapping(b, new Map(), DAY)).toEqual({ status: 'NO_STANDARD_TARGET', targets: [], hops: [] });
  });

  it('reports CYCLE when the walk comes back, returning the hops up to the loop', () => {
    const a = concept(10, null);
    const b = concept(11, null);
    const c = concept(12, null);
    const result = resolveMapping(a, graph(hop(a, b, 'Concept replaced by'), hop(b, c, 'Concept replaced by'), hop(c, a, 'Concept replaced by')), DAY);
    expect(result.status).toBe('CYCLE');
    expect(path(result.hops)).toEqual(['10-Concept replaced by->11', '11-Concept replaced by->12', '12-Concept replaced by->10']);
  });

  it('does not call a diamond a cycle', () => {
    const a = concept(10, null);
    const b = concept(11, null);
    const c = concept(12, null);
    const d = concept(13, null);
    const result = resolveMapping(
      a,
      graph(hop(a, b, 'Maps to'), hop(a, c, 'Maps to'), hop(b, d, 'Concept replaced by'), hop(c, d, 'Concept replaced by'), hop(d, s1, 'Maps to')),
      DAY,
    );
    expect(result.status).toBe('STANDARD');
    expect(ids(result.targets)).toEqual([1]);
    expect(result.hops).toHaveLength(5);
  });

  it('follows only rows valid on the day', () => {
    const a = concept(10, null);
    const old = hop(a, s2, 'Maps to', '2010-12-31');
    const result = resolveMapping(a, graph(old, hop(a, s1, 'Maps to')), DAY);
    expect(ids(result.targets)).toEqual([1]);
    expect(ids(resolveMapping(a, graph(old), '2005-01-01').targets)).toEqual([2]);
  });

  it('refuses a chain longer than the hop limit with TRAVERSAL_DEPTH_LIMIT_EXCEEDED', () => {
    const chain = Array.from({ length: 5 }, (_, i) => concept(100 + i, null));
    const hops = graph(...chain.slice(1).map((c, i) => hop(chain[i]!, c, 'Concept replaced by')), hop(chain[4]!, s1, 'Maps to'));
    expect(resolveMapping(chain[0]!, hops, DAY, 5).status).toBe('STANDARD');
    expect(() => resolveMapping(chain[0]!, hops, DAY, 4)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'TRAVERSAL_DEPTH_LIMIT_EXCEEDED', limit: 4, requested: 5 }) }),
    );
  });
});
