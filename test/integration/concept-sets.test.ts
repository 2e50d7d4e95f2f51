import { beforeAll, describe, expect, it } from 'vitest';
import { createConceptSetResolvers } from '../../src/modules/concept-sets/concept-set-resolvers.js';
import { MAX_EXPANSION_SIZE } from '../../src/modules/concept-sets/concept-set.js';
import { resolvers } from '../../src/resolvers.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { loadSmallVocabulary, RADIOTHERAPY, RT } from '../helpers/small-vocabulary.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);

/** The service's GraphQL server, with expandConceptSet's expansion limit set to `limit`. */
function limitedClient(limit: number): typeof query {
  return graphqlClient(graph, { resolvers: { ...resolvers, Query: { ...resolvers.Query, ...createConceptSetResolvers({ maxExpansionSize: limit }).Query } } });
}

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSmallVocabulary(graph, RADIOTHERAPY);
});

const EXPAND = `
  query ($items: [ConceptSetItemInput!]!, $first: Int, $after: String) {
    expandConceptSet(items: $items, first: $first, after: $after) {
      totalCount
      edges { cursor node { conceptId } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`;

type Item = { conceptId: number | string; includeDescendants?: boolean; includeMapped?: boolean; isExcluded?: boolean };

async function expand(items: Item[], first = 100) {
  const result = await query(EXPAND, { items: items.map((item) => ({ ...item, conceptId: String(item.conceptId) })), first });
  expect(result.errors).toBeUndefined();
  const connection = result.data!.expandConceptSet as { totalCount: number; edges: { node: { conceptId: string } }[] };
  return { total: connection.totalCount, ids: connection.edges.map((edge) => Number(edge.node.conceptId)) };
}

const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

describe('expandConceptSet: OHDSI semantics', () => {
  it('gives an item alone when no flag is set', async () => {
    expect(await expand([{ conceptId: RT.B }])).toEqual({ total: 1, ids: [RT.B] });
  });

  it('adds every descendant (CONCEPT_ANCESTOR) with includeDescendants, each once, by conceptId', async () => {
    expect(await expand([{ conceptId: RT.A, includeDescendants: true }])).toEqual({
      total: 7,
      ids: sorted(RT.A, RT.B, RT.C, RT.D, RT.E, RT.F, RT.G),
    });
  });

  it('never adds an :Unresolved placeholder (an ancestor id without a CONCEPT row)', async () => {
    const { ids } = await expand([{ conceptId: RT.D, includeDescendants: true }]);
    expect(ids).toEqual(sorted(RT.D, RT.G));
    const placeholder = await query(`{ expandConceptSet(items: [{ conceptId: "${RT.ABSENT}" }]) { totalCount } }`);
    expect(placeholder.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('adds the concepts mapping to the item and to its descendants with includeMapped, skipping invalid maps', async () => {
    expect(await expand([{ conceptId: RT.A, includeDescendants: true, includeMapped: true }])).toEqual({
      total: 10,
      // S4 maps to E only through a withdrawn (invalid_reason D) row: not part of the set
      ids: sorted(RT.A, RT.B, RT.C, RT.D, RT.E, RT.F, RT.G, RT.S1, RT.S2, RT.S3),
    });
  });

  it('maps only the item itself when includeDescendants is not set', async () => {
    expect(await expand([{ conceptId: RT.B, includeMapped: true }])).toEqual({ total: 1, ids: [RT.B] });
    expect(await expand([{ conceptId: RT.D, includeMapped: true }])).toEqual({ total: 2, ids: sorted(RT.D, RT.S1) });
  });

  it('removes an excluded item with its descendants', async () => {
    expect(
      await expand([
        { conceptId: RT.A, includeDescendants: true },
        { conceptId: RT.B, includeDescendants: true, isExcluded: true },
      ]),
    ).toEqual({ total: 3, ids: sorted(RT.A, RT.C, RT.F) });
  });

  it('removes an excluded item without its descendants when the flag is not set on it', async () => {
    expect(
      await expand([
        { conceptId: RT.A, includeDescendants: true },
        { conceptId: RT.B, isExcluded: true },
      ]),
    ).toEqual({ total: 6, ids: sorted(RT.A, RT.C, RT.D, RT.E, RT.F, RT.G) });
  });

  it('removes the mapped concepts of an excluded item when includeMapped is set on it', async () => {
    expect(
      await expand([
        { conceptId: RT.A, includeDescendants: true, includeMapped: true },
        { conceptId: RT.C, includeDescendants: true, includeMapped: true, isExcluded: true },
      ]),
    ).toEqual({ total: 7, ids: sorted(RT.A, RT.B, RT.D, RT.E, RT.G, RT.S1, RT.S3) }); // C, F and S2 (maps to F) removed
  });

  it('is empty when every item is excluded, and excluding wins over including the same concept', async () => {
    expect(await expand([{ conceptId: RT.A, isExcluded: true }])).toEqual({ total: 0, ids: [] });
    expect(await expand([{ conceptId: RT.D }, { conceptId: RT.D, isExcluded: true }])).toEqual({ total: 0, ids: [] });
  });

  it('deduplicates concepts reached through several items', async () => {
    expect(
      await expand([
        { conceptId: RT.B, includeDescendants: true },
        { conceptId: RT.D, includeDescendants: true },
        { conceptId: RT.E, includeDescendants: true },
      ]),
    ).toEqual({ total: 4, ids: sorted(RT.B, RT.D, RT.E, RT.G) });
  });

  it('accepts concept 0 (OMOP\'s "No matching concept") as an item', async () => {
    expect(await expand([{ conceptId: 0 }])).toEqual({ total: 1, ids: [0] });
  });
});

describe('expandConceptSet: pages', () => {
  it('pages through the set with a true totalCount and stable cursors', async () => {
    const items = [{ conceptId: String(RT.A), includeDescendants: true, includeMapped: true }];
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await query(EXPAND, { items, first: 3, after });
      expect(result.errors).toBeUndefined();
      const connection = result.data!.expandConceptSet as {
        totalCount: number;
        edges: { node: { conceptId: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
      expect(connection.totalCount).toBe(10);
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...connection.edges.map((edge) => Number(edge.node.conceptId)));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(sorted(RT.A, RT.B, RT.C, RT.D, RT.E, RT.F, RT.G, RT.S1, RT.S2, RT.S3));
  });
});

describe('expandConceptSet: bad input and limits', () => {
  it('refuses an id the graph does not hold, naming the item', async () => {
    const result = await query(EXPAND, { items: [{ conceptId: String(RT.A) }, { conceptId: '2100000098' }] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items[1].conceptId' });
  });

  it('refuses ids that are not OMOP concept ids', async () => {
    for (const bad of ['abc', '-1', '1.5', '99999999999', "1' OR 1=1"]) {
      const result = await query(EXPAND, { items: [{ conceptId: bad }] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items[0].conceptId' });
    }
  });

  it('refuses a cursor it did not issue and an oversize page', async () => {
    const items = [{ conceptId: String(RT.A) }];
    expect((await query(EXPAND, { items, after: 'not-a-cursor' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await query(EXPAND, { items, first: 1001 })).errors?.[0]?.extensions).toMatchObject({
      code: 'PAGE_SIZE_LIMIT_EXCEEDED',
      limit: 1000,
      requested: 1001,
    });
  });

  it('refuses more than 1,000 items (LIST_SIZE_LIMIT_EXCEEDED)', async () => {
    const items = Array.from({ length: 1001 }, () => ({ conceptId: String(RT.A) }));
    const result = await query(EXPAND, { items });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 1000, requested: 1001, argument: 'items' });
  });

  it('refuses an expansion over its limit (RESULT_SIZE_LIMIT_EXCEEDED) instead of cutting it short', async () => {
    // The service's limit is 100,000 concepts; the same resolver with a limit of 5 reaches the
    // refusal on the small vocabulary (A has 6 descendants, 9 concepts with its mapped ones).
    const limited = limitedClient(5);
    const descendants = await limited(EXPAND, { items: [{ conceptId: String(RT.A), includeDescendants: true }] });
    expect(descendants.errors?.[0]?.extensions).toMatchObject({ code: 'RESULT_SIZE_LIMIT_EXCEEDED', limit: 5, requested: 6, argument: 'items' });
    expect(descendants.data).toBeNull();
    // the union of items, each within the limit, is over it
    const union = await limited(EXPAND, {
      items: [
        { conceptId: String(RT.B), includeDescendants: true },
        { conceptId: String(RT.C), includeDescendants: true },
      ],
    });
    expect(union.errors?.[0]?.extensions).toMatchObject({ code: 'RESULT_SIZE_LIMIT_EXCEEDED', limit: 5, requested: 6 });
    // exactly at the limit is answered whole
    const atLimit = await limitedClient(7)(EXPAND, { items: [{ conceptId: String(RT.A), includeDescendants: true }] });
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data).toMatchObject({ expandConceptSet: { totalCount: 7 } });
  });

  it('has a limit of 100,000 concepts in the service', () => {
    expect(MAX_EXPANSION_SIZE).toBe(100_000);
  });
});
