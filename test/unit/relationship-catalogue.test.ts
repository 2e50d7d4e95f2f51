import { describe, expect, it } from 'vitest';
import type { RelationshipPlan } from '../../src/graph/relationship-catalogue.js';
import { edgeReads } from '../../src/modules/relationships/concept-relationship-repository.js';
import { resolveRelationshipIds } from '../../src/modules/relationships/relationship-ids.js';

const plan = (relationshipId: string, neo4jType: string, storedReversed: boolean): RelationshipPlan => ({
  relationshipId,
  relationshipName: relationshipId,
  reverseRelationshipId: null,
  isHierarchical: false,
  definesAncestry: false,
  neo4jType,
  storedAsRelationshipId: storedReversed ? 'Maps to' : relationshipId,
  storedReversed,
});
const catalogue = new Map([
  ['Maps to', plan('Maps to', 'MAPS_TO', false)],
  ['Mapped from', plan('Mapped from', 'MAPS_TO', true)],
]);

describe('relationship ids through the catalogue', () => {
  it('gives the stored type and direction of each id, in order, without duplicates', () => {
    expect(resolveRelationshipIds(catalogue, ['Mapped from', 'Maps to', 'Mapped from']).map((p) => [p.neo4jType, p.storedReversed])).toEqual([
      ['MAPS_TO', true],
      ['MAPS_TO', false],
    ]);
  });

  it('refuses an id the catalogue does not hold, naming the argument, whatever the id holds', () => {
    for (const id of ['Maps too', 'Maps to]->() DETACH DELETE (n) //', '']) {
      expect(() => resolveRelationshipIds(catalogue, [id], 'relationshipIds')).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'relationshipIds' } }),
      );
    }
  });
});

describe('the edges a relationships page reads', () => {
  // A canonical pair stored one way, a symmetric id, and a pair whose reverse the catalogue lacks.
  const withReverse = (relationshipId: string, neo4jType: string, storedReversed: boolean, reverse: string | null): RelationshipPlan => ({
    ...plan(relationshipId, neo4jType, storedReversed),
    reverseRelationshipId: reverse,
    storedAsRelationshipId: storedReversed && reverse ? reverse : relationshipId,
  });
  const full = new Map(
    [
      withReverse('Maps to', 'MAPS_TO', false, 'Mapped from'),
      withReverse('Mapped from', 'MAPS_TO', true, 'Maps to'),
      withReverse('Is a', 'IS_A', false, 'Subsumes'),
      withReverse('Subsumes', 'IS_A', true, 'Is a'),
      withReverse('Concept poss_eq to', 'CONCEPT_POSS_EQ_TO', false, 'Concept poss_eq to'),
      withReverse('Has orphan', 'HAS_ORPHAN', false, 'Orphan of'),
    ].map((p) => [p.relationshipId, p]),
  );

  it("reads 'Maps to' leaving only and 'Mapped from' arriving only, with the reverse id of what arrives", () => {
    expect(edgeReads(full, ['Maps to'])).toEqual({ leaving: ['MAPS_TO'], arriving: [], reverseOf: {} });
    expect(edgeReads(full, ['Mapped from'])).toEqual({ leaving: [], arriving: ['MAPS_TO'], reverseOf: { 'Maps to': 'Mapped from' } });
    expect(edgeReads(full, ['Subsumes', 'Maps to'])).toEqual({ leaving: ['MAPS_TO'], arriving: ['IS_A'], reverseOf: { 'Is a': 'Subsumes' } });
  });

  it('reads both ways an id that is its own reverse, or whose reverse the catalogue lacks', () => {
    expect(edgeReads(full, ['Concept poss_eq to'])).toEqual({
      leaving: ['CONCEPT_POSS_EQ_TO'],
      arriving: ['CONCEPT_POSS_EQ_TO'],
      reverseOf: { 'Concept poss_eq to': 'Concept poss_eq to' },
    });
    expect(edgeReads(full, ['Has orphan'])).toEqual({ leaving: ['HAS_ORPHAN'], arriving: ['HAS_ORPHAN'], reverseOf: { 'Has orphan': 'Has orphan' } });
  });

  it('reads every type both ways when no id is asked', () => {
    const reads = edgeReads(full, null);
    expect(reads.leaving).toEqual(['CONCEPT_POSS_EQ_TO', 'HAS_ORPHAN', 'IS_A', 'MAPS_TO']);
    expect(reads.arriving).toEqual(reads.leaving);
    expect(reads.reverseOf).toEqual({ 'Maps to': 'Mapped from', 'Is a': 'Subsumes', 'Concept poss_eq to': 'Concept poss_eq to', 'Has orphan': 'Has orphan' });
  });
});
