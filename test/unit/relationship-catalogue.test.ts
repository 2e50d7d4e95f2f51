import { describe, expect, it } from 'vitest';
import type { RelationshipPlan } from '../../src/graph/relationship-catalogue.js';
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
