import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { isA, loadSmallVocabulary, RADIOTHERAPY, RT, type SmallConcept } from '../helpers/small-vocabulary.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);

// Hubs for the limits: HUB has 101 children that each have one child under SPOKE_END's side,
// so HUB_TOP -> child_i -> ... gives many shortest paths; WIDE has 250 children, NARROW 199.
const L = 2_100_100_000;
const HUB_FROM = L + 1;
const HUB_TO = L + 2;
const WIDE = L + 3;
const NARROW = L + 4;
const middles = Array.from({ length: 101 }, (_, i) => L + 1000 + i);
const wideChildren = Array.from({ length: 250 }, (_, i) => L + 2000 + i);
const narrowChildren = Array.from({ length: 199 }, (_, i) => L + 3000 + i);
const concept = (id: number, name: string): SmallConcept => ({ id, name, code: `H${id - L}` });

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSmallVocabulary(graph, {
    ...RADIOTHERAPY,
    concepts: [
      ...RADIOTHERAPY.concepts,
      concept(HUB_FROM, 'Hub start'),
      concept(HUB_TO, 'Hub end'),
      concept(WIDE, 'Wide parent'),
      concept(NARROW, 'Narrow parent'),
      ...middles.map((id) => concept(id, 'Hub middle')),
      ...wideChildren.map((id) => concept(id, 'Wide child')),
      ...narrowChildren.map((id) => concept(id, 'Narrow child')),
    ],
    relationships: [
      ...RADIOTHERAPY.relationships!,
      ...middles.flatMap((id) => [...isA(HUB_FROM, id), ...isA(id, HUB_TO)]),
      ...wideChildren.flatMap((id) => isA(id, WIDE)),
      ...narrowChildren.flatMap((id) => isA(id, NARROW)),
    ],
  });
});

const ids = (concepts: { conceptId: string }[]) => concepts.map((c) => Number(c.conceptId));
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

describe('commonAncestors', () => {
  const COMMON = `query ($ids: [ID!]!, $first: Int, $after: String) {
    commonAncestors(conceptIds: $ids, first: $first, after: $after) { totalCount edges { node { conceptId } } pageInfo { hasNextPage endCursor } }
  }`;
  async function common(conceptIds: number[]) {
    const result = await query(COMMON, { ids: conceptIds.map(String) });
    expect(result.errors).toBeUndefined();
    const connection = result.data!.commonAncestors as { totalCount: number; edges: { node: { conceptId: string } }[] };
    return { total: connection.totalCount, ids: ids(connection.edges.map((edge) => edge.node)) };
  }

  it('gives the shared ancestors nearest first (max over inputs of min levels, then conceptId)', async () => {
    expect(await common([RT.D, RT.E])).toEqual({ total: 2, ids: [RT.B, RT.A] });
    expect(await common([RT.D, RT.F])).toEqual({ total: 1, ids: [RT.A] });
    // G is 1 from D and E and 2 from B: B (max(2,1) = 2) ties with nothing; A is 3 from G
    expect(await common([RT.G, RT.E])).toEqual({ total: 3, ids: [RT.E, RT.B, RT.A] });
  });

  it('counts a given concept as its own ancestor at level 0', async () => {
    expect(await common([RT.D, RT.B])).toEqual({ total: 2, ids: [RT.B, RT.A] });
    // one concept: itself, then its ancestors; the :Unresolved placeholder above D is skipped
    expect(await common([RT.D])).toEqual({ total: 3, ids: [RT.D, RT.B, RT.A] });
  });

  it('is empty for concepts with no shared ancestor', async () => {
    expect(await common([RT.D, RT.S1])).toEqual({ total: 0, ids: [] });
  });

  it('pages with a true totalCount', async () => {
    const first = await query(COMMON, { ids: [String(RT.G)], first: 2 });
    const page1 = first.data!.commonAncestors as {
      totalCount: number;
      edges: { node: { conceptId: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await query(COMMON, { ids: [String(RT.G)], first: 10, after: page1.pageInfo.endCursor });
    const page2 = second.data!.commonAncestors as { edges: { node: { conceptId: string } }[] };
    expect([...ids(page1.edges.map((e) => e.node)), ...ids(page2.edges.map((e) => e.node))]).toEqual([RT.G, RT.D, RT.E, RT.B, RT.A]);
  });

  it('refuses unknown and malformed ids, an empty list and more than 100 ids', async () => {
    expect(codeOf(await query(COMMON, { ids: [String(RT.D), '2100000098'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conceptIds' });
    expect(codeOf(await query(COMMON, { ids: ['x1'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conceptIds' });
    expect(codeOf(await query(COMMON, { ids: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conceptIds' });
    expect(codeOf(await query(COMMON, { ids: Array.from({ length: 101 }, () => String(RT.D)) }))).toMatchObject({
      code: 'LIST_SIZE_LIMIT_EXCEEDED',
      limit: 100,
      requested: 101,
    });
    expect(codeOf(await query(COMMON, { ids: [String(RT.D)], after: 'bm90LW91cnM' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('paths', () => {
  const PATHS = `query ($from: ID!, $to: ID!, $ids: [String!], $maxDepth: Int) {
    paths(fromConceptId: $from, toConceptId: $to, relationshipIds: $ids, maxDepth: $maxDepth) {
      length concepts { conceptId } steps { from { conceptId } to { conceptId } relationshipId validStartDate validEndDate invalidReason }
    }
  }`;
  type Path = {
    length: number;
    concepts: { conceptId: string }[];
    steps: { from: { conceptId: string }; to: { conceptId: string }; relationshipId: string }[];
  };
  async function paths(from: number, to: number, extra: { ids?: string[]; maxDepth?: number } = {}) {
    const result = await query(PATHS, { from: String(from), to: String(to), ...extra });
    expect(result.errors).toBeUndefined();
    return (result.data!.paths as Path[]).map((path) => ({ concepts: ids(path.concepts), via: path.steps.map((s) => s.relationshipId), length: path.length }));
  }

  it('finds the shortest path over every relationship both ways by default, reading each step in its walked direction', async () => {
    expect(await paths(RT.D, RT.F)).toEqual([{ concepts: [RT.D, RT.B, RT.A, RT.C, RT.F], via: ['Is a', 'Is a', 'Subsumes', 'Subsumes'], length: 4 }]);
    expect(await paths(RT.S1, RT.D)).toEqual([{ concepts: [RT.S1, RT.D], via: ['Maps to'], length: 1 }]);
    expect(await paths(RT.D, RT.S1)).toEqual([{ concepts: [RT.D, RT.S1], via: ['Mapped from'], length: 1 }]);
  });

  it('carries the relationship dates and invalid reason of each step', async () => {
    const result = await query(PATHS, { from: String(RT.S4), to: String(RT.E) });
    expect((result.data!.paths as Path[])[0]!.steps[0]).toEqual({
      from: { conceptId: String(RT.S4) },
      to: { conceptId: String(RT.E) },
      relationshipId: 'Maps to',
      validStartDate: '1970-01-01',
      validEndDate: '2020-01-01',
      invalidReason: 'D',
    });
  });

  it('walks a chosen id only in the direction it reads', async () => {
    expect(await paths(RT.G, RT.A, { ids: ['Is a'] })).toEqual([
      { concepts: [RT.G, RT.D, RT.B, RT.A], via: ['Is a', 'Is a', 'Is a'], length: 3 },
      { concepts: [RT.G, RT.E, RT.B, RT.A], via: ['Is a', 'Is a', 'Is a'], length: 3 },
    ]);
    expect(await paths(RT.A, RT.G, { ids: ['Is a'] })).toEqual([]);
    expect(await paths(RT.A, RT.D, { ids: ['Subsumes'] })).toEqual([{ concepts: [RT.A, RT.B, RT.D], via: ['Subsumes', 'Subsumes'], length: 2 }]);
    expect(await paths(RT.S1, RT.B, { ids: ['Maps to'] })).toEqual([]);
    expect(await paths(RT.S1, RT.B, { ids: ['Maps to', 'Is a'] })).toEqual([{ concepts: [RT.S1, RT.D, RT.B], via: ['Maps to', 'Is a'], length: 2 }]);
  });

  it('returns every shortest path, ordered by concept ids', async () => {
    const found = await paths(RT.D, RT.E, { ids: ['Is a', 'Subsumes'] });
    expect(found).toEqual([
      { concepts: [RT.D, RT.B, RT.E], via: ['Is a', 'Subsumes'], length: 2 },
      { concepts: [RT.D, RT.G, RT.E], via: ['Subsumes', 'Is a'], length: 2 },
    ]);
  });

  it('gives no path beyond maxDepth, and one path of length 0 from a concept to itself', async () => {
    expect(await paths(RT.D, RT.F, { maxDepth: 3 })).toEqual([]);
    expect(await paths(RT.D, RT.F, { maxDepth: 4 })).toHaveLength(1);
    expect(await paths(RT.D, RT.D)).toEqual([{ concepts: [RT.D], via: [], length: 0 }]);
  });

  it('refuses a depth over 6 (TRAVERSAL_DEPTH_LIMIT_EXCEEDED) and under 1 (BAD_USER_INPUT)', async () => {
    expect(codeOf(await query(PATHS, { from: String(RT.D), to: String(RT.F), maxDepth: 7 }))).toMatchObject({
      code: 'TRAVERSAL_DEPTH_LIMIT_EXCEEDED',
      limit: 6,
      requested: 7,
      argument: 'maxDepth',
    });
    expect(codeOf(await query(PATHS, { from: String(RT.D), to: String(RT.F), maxDepth: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
  });

  it('refuses more than 100 shortest paths (RESULT_SIZE_LIMIT_EXCEEDED) instead of cutting the list', async () => {
    const result = await query(PATHS, { from: String(HUB_FROM), to: String(HUB_TO) });
    expect(codeOf(result)).toMatchObject({ code: 'RESULT_SIZE_LIMIT_EXCEEDED', limit: 100, requested: 101 });
  });

  it('refuses unknown concept ids and relationship ids, and injection-shaped ids change nothing', async () => {
    expect(codeOf(await query(PATHS, { from: '2100000098', to: String(RT.D) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromConceptId' });
    expect(codeOf(await query(PATHS, { from: String(RT.D), to: '12x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toConceptId' });
    const before = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    for (const id of ['Is a]-() DETACH DELETE n //', 'IS_A', 'is a', '`Is a`|HAS_ANCESTOR']) {
      expect(codeOf(await query(PATHS, { from: String(RT.D), to: String(RT.A), ids: [id] }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'relationshipIds',
      });
    }
    expect(await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });
});

describe('neighbourhood', () => {
  const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int, $ids: [String!]) {
    neighbourhood(conceptId: $id, depth: $depth, relationshipIds: $ids) {
      nodes { conceptId } edges { fromConceptId toConceptId relationshipId } truncated nodeLimit mermaid dot
    }
  }`;
  type Subgraph = {
    nodes: { conceptId: string }[];
    edges: { fromConceptId: string; toConceptId: string; relationshipId: string }[];
    truncated: boolean;
    nodeLimit: number;
    mermaid: string;
    dot: string;
  };
  async function neighbourhood(id: number, extra: { depth?: number; ids?: string[] } = {}) {
    const result = await query(NEIGHBOURHOOD, { id: String(id), ...extra });
    expect(result.errors).toBeUndefined();
    return result.data!.neighbourhood as Subgraph;
  }
  const edge = (from: number, to: number, relationshipId: string) => ({ fromConceptId: String(from), toConceptId: String(to), relationshipId });

  it('gives the centre, its neighbours by conceptId, and the edges among them in stored direction', async () => {
    const subgraph = await neighbourhood(RT.B);
    expect(ids(subgraph.nodes)).toEqual([RT.B, RT.A, RT.D, RT.E]);
    expect(subgraph.edges).toEqual([edge(RT.B, RT.A, 'Is a'), edge(RT.D, RT.B, 'Is a'), edge(RT.E, RT.B, 'Is a')]);
    expect(subgraph.truncated).toBe(false);
    expect(subgraph.nodeLimit).toBe(200);
  });

  it('renders the same graph as Mermaid and DOT text', async () => {
    const subgraph = await neighbourhood(RT.D, { ids: ['Maps to', 'Mapped from'] });
    expect(ids(subgraph.nodes)).toEqual([RT.D, RT.S1]);
    expect(subgraph.mermaid).toBe(
      [
        'flowchart LR',
        '  n0["SNOMED RT-D: Intensity modulated radiotherapy"]',
        '  n1["ICD10PCS SRC1: IMRT delivery (source code)"]',
        '  n1 -->|"Maps to"| n0',
      ].join('\n'),
    );
    expect(subgraph.dot).toContain('n1 -> n0 [label="Maps to"];');
    expect(subgraph.dot).toContain(`digraph "neighbourhood of ${RT.D}"`);
  });

  it('reads edges as the chosen id: Subsumes from the parent', async () => {
    const subgraph = await neighbourhood(RT.B, { ids: ['Subsumes'] });
    expect(ids(subgraph.nodes)).toEqual([RT.B, RT.D, RT.E]);
    expect(subgraph.edges).toEqual([edge(RT.B, RT.D, 'Subsumes'), edge(RT.B, RT.E, 'Subsumes')]);
  });

  it('goes depth steps out, nearest first', async () => {
    const subgraph = await neighbourhood(RT.D, { depth: 2, ids: ['Is a', 'Subsumes'] });
    // depth 1: B, G; depth 2: A, E
    expect(ids(subgraph.nodes)).toEqual([RT.D, RT.B, RT.G, RT.A, RT.E]);
    expect(subgraph.edges).toEqual([
      edge(RT.B, RT.A, 'Is a'),
      edge(RT.D, RT.B, 'Is a'),
      edge(RT.E, RT.B, 'Is a'),
      edge(RT.G, RT.D, 'Is a'),
      edge(RT.G, RT.E, 'Is a'),
    ]);
  });

  it('keeps the nearest 200 concepts of a larger neighbourhood and says so', async () => {
    const wide = await neighbourhood(WIDE);
    expect(wide.truncated).toBe(true);
    expect(ids(wide.nodes)).toEqual([WIDE, ...wideChildren.slice(0, 199)]);
    expect(wide.edges).toHaveLength(199);
    const narrow = await neighbourhood(NARROW);
    expect(narrow.truncated).toBe(false);
    expect(narrow.nodes).toHaveLength(200);
  });

  it('refuses a depth over 3, under 1, unknown ids and unknown relationship ids', async () => {
    expect(codeOf(await query(NEIGHBOURHOOD, { id: String(RT.B), depth: 4 }))).toMatchObject({
      code: 'TRAVERSAL_DEPTH_LIMIT_EXCEEDED',
      limit: 3,
      requested: 4,
      argument: 'depth',
    });
    expect(codeOf(await query(NEIGHBOURHOOD, { id: String(RT.B), depth: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    expect(codeOf(await query(NEIGHBOURHOOD, { id: '2100000098' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conceptId' });
    expect(codeOf(await query(NEIGHBOURHOOD, { id: String(RT.B), ids: ['Maps to', 'Nope'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'relationshipIds',
    });
  });

  it('answers for concept 0', async () => {
    const subgraph = await neighbourhood(RT.NO_MATCH);
    expect(ids(subgraph.nodes)).toEqual([0]);
    expect(subgraph.edges).toEqual([]);
  });
});
