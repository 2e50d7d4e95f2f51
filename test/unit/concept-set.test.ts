import { describe, expect, it } from 'vitest';
import { resolveConceptSet, type ExpandedItem } from '../../src/modules/concept-sets/concept-set.js';
import { checkDepth, compareSequences, traversalPlan } from '../../src/modules/navigation/traversal.js';
import type { RelationshipPlan } from '../../src/graph/relationship-catalogue.js';

const item = (conceptId: number, extra: Partial<ExpandedItem> = {}): ExpandedItem => ({ conceptId, isExcluded: false, descendants: [], mapped: [], ...extra });

describe('resolveConceptSet', () => {
  it('is the union of included items minus the union of excluded ones, by conceptId', () => {
    expect(
      resolveConceptSet([
        item(30, { descendants: [31, 32, 33], mapped: [90] }),
        item(10, { descendants: [11] }),
        item(32, { isExcluded: true, descendants: [33] }),
        item(90, { isExcluded: true }),
      ]),
    ).toEqual([10, 11, 30, 31]);
  });

  it('deduplicates and lets exclusion win whatever the item order', () => {
    expect(resolveConceptSet([item(5, { isExcluded: true }), item(1, { descendants: [5, 2] }), item(2)])).toEqual([1, 2]);
    expect(resolveConceptSet([])).toEqual([]);
    expect(resolveConceptSet([item(0)])).toEqual([0]);
  });

  it('refuses an item or a union over the limit with RESULT_SIZE_LIMIT_EXCEEDED', () => {
    const refusal = (items: ExpandedItem[]) => {
      try {
        resolveConceptSet(items, 3);
      } catch (error) {
        return (error as { extensions: unknown }).extensions;
      }
      return null;
    };
    expect(refusal([item(1, { descendants: [2, 3, 4, 5] })])).toMatchObject({ code: 'RESULT_SIZE_LIMIT_EXCEEDED', limit: 3, requested: 4 });
    expect(refusal([item(1, { mapped: [2, 3, 4, 5] })])).toMatchObject({ code: 'RESULT_SIZE_LIMIT_EXCEEDED', limit: 3 });
    expect(refusal([item(1, { descendants: [2] }), item(3, { descendants: [4] })])).toMatchObject({
      code: 'RESULT_SIZE_LIMIT_EXCEEDED',
      limit: 3,
      requested: 4,
    });
    expect(refusal([item(1, { descendants: [2, 3] })])).toBeNull();
  });
});

const plan = (relationshipId: string, neo4jType: string, storedReversed: boolean, reverseRelationshipId: string): RelationshipPlan => ({
  relationshipId,
  relationshipName: relationshipId,
  reverseRelationshipId,
  isHierarchical: false,
  definesAncestry: false,
  neo4jType,
  storedAsRelationshipId: storedReversed ? reverseRelationshipId : relationshipId,
  storedReversed,
});
const catalogue = new Map(
  [
    plan('Maps to', 'MAPS_TO', false, 'Mapped from'),
    plan('Mapped from', 'MAPS_TO', true, 'Maps to'),
    plan('Is a', 'IS_A', false, 'Subsumes'),
    plan('Subsumes', 'IS_A', true, 'Is a'),
  ].map((p) => [p.relationshipId, p]),
);

describe('traversalPlan', () => {
  it('walks each chosen id in the direction it reads', () => {
    expect(traversalPlan(catalogue, ['Mapped from'])).toEqual({ types: ['MAPS_TO'], forward: [], backward: ['MAPS_TO'] });
    expect(traversalPlan(catalogue, ['Is a', 'Maps to', 'Is a'])).toEqual({ types: ['IS_A', 'MAPS_TO'], forward: ['IS_A', 'MAPS_TO'], backward: [] });
  });

  it('walks every stored type both ways when no ids are given', () => {
    expect(traversalPlan(catalogue, null)).toEqual({ types: ['IS_A', 'MAPS_TO'], forward: ['IS_A', 'MAPS_TO'], backward: ['IS_A', 'MAPS_TO'] });
    expect(traversalPlan(catalogue, [])).toEqual(traversalPlan(catalogue, undefined));
  });

  it('refuses ids the catalogue does not hold', () => {
    expect(() => traversalPlan(catalogue, ['MAPS_TO'])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'relationshipIds' }) }),
    );
  });
});

describe('checkDepth and compareSequences', () => {
  it('defaults, refuses under 1 and over the limit, never clamps', () => {
    expect(checkDepth('depth', undefined, 2, 3)).toBe(2);
    expect(checkDepth('depth', 3, 2, 3)).toBe(3);
    expect(() => checkDepth('depth', 4, 2, 3)).toThrow(
      expect.objectContaining({ extensions: { code: 'TRAVERSAL_DEPTH_LIMIT_EXCEEDED', limit: 3, requested: 4, argument: 'depth' } }),
    );
    expect(() => checkDepth('depth', 0, 2, 3)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('orders sequences element by element, shorter prefixes first', () => {
    expect(
      [
        [2, 1],
        [1, 3],
        [1, 2, 0],
        [1, 2],
      ].sort(compareSequences),
    ).toEqual([
      [1, 2],
      [1, 2, 0],
      [1, 3],
      [2, 1],
    ]);
  });
});
