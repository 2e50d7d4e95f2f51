import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordShape } from 'neo4j-driver';
import { Graph } from '../../src/db/graph.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { ancestryKey, readTable } from '../helpers/ancestry.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

const { graph, driver } = useTestDatabase();
const query = graphqlClient(graph);

const concepts = new Map(readTable(EUNOMIA, 'CONCEPT.csv').map((row) => [row.concept_id!, row]));
/** CONCEPT_ANCESTOR rows between concepts CONCEPT defines (the others name placeholders, never returned). */
const ancestorRows = readTable(EUNOMIA, 'CONCEPT_ANCESTOR.csv').filter(
  (row) => concepts.has(row.ancestor_concept_id!) && concepts.has(row.descendant_concept_id!),
);
const expected = new Set(
  ancestorRows.map((r) => ancestryKey(r.ancestor_concept_id!, r.descendant_concept_id!, r.min_levels_of_separation!, r.max_levels_of_separation!)),
);
const withRows = [...new Set(ancestorRows.flatMap((r) => [r.ancestor_concept_id!, r.descendant_concept_id!]))].sort();

interface AncestryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { conceptId: string }; minLevelsOfSeparation: number; maxLevelsOfSeparation: number }[];
}
const PAGE = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { conceptId } minLevelsOfSeparation maxLevelsOfSeparation }';

beforeAll(async () => {
  await resetDatabase(graph);
  await loadVocabularyFolder(graph, EUNOMIA, { rejectsFile: join(tempFolder('rejects'), 'rejects.tsv') });
}, 600_000);

/** Every page of one concept's ancestors or descendants, following endCursor. */
async function allPages(conceptId: string, field: 'ancestors' | 'descendants', first: number): Promise<AncestryPage['edges']> {
  const edges: AncestryPage['edges'] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors } = await query(
      `query ($id: ID, $first: Int, $after: String) { concept(conceptId: $id) { ${field}(minLevels: 0, first: $first, after: $after) { ${PAGE} } } }`,
      {
        id: conceptId,
        first,
        after,
      },
    );
    expect(errors).toBeUndefined();
    const page = (data!.concept as Record<string, AncestryPage>)[field]!;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return edges;
    after = page.pageInfo.endCursor;
  }
}

describe('ancestors and descendants on the Eunomia vocabulary', () => {
  it(`equal CONCEPT_ANCESTOR with its levels for every one of the ${withRows.length} concepts that have rows there`, async () => {
    expect(withRows.length).toBe(435);
    const seen = new Set<string>();
    // Ten concepts a query: two pages of 1,000 for each keep it within the service's cost limit.
    for (let i = 0; i < withRows.length; i += 10) {
      const ids = withRows.slice(i, i + 10);
      const { data, errors } = await query(
        `query ($ids: [ID!]!) { concepts(conceptIds: $ids) { conceptId ancestors(minLevels: 0, first: 1000) { ${PAGE} } descendants(minLevels: 0, first: 1000) { ${PAGE} } } }`,
        { ids },
      );
      expect(errors).toBeUndefined();
      for (const concept of data!.concepts as { conceptId: string; ancestors: AncestryPage; descendants: AncestryPage }[]) {
        expect(concept.ancestors.pageInfo.hasNextPage).toBe(false);
        expect(concept.descendants.pageInfo.hasNextPage).toBe(false);
        for (const e of concept.ancestors.edges) seen.add(ancestryKey(e.node.conceptId, concept.conceptId, e.minLevelsOfSeparation, e.maxLevelsOfSeparation));
        for (const e of concept.descendants.edges) {
          const key = ancestryKey(concept.conceptId, e.node.conceptId, e.minLevelsOfSeparation, e.maxLevelsOfSeparation);
          // Read from both ends, each row must appear from both.
          expect(seen.has(key) || expected.has(key)).toBe(true);
          seen.add(key);
        }
        expect(concept.ancestors.totalCount).toBe(ancestorRows.filter((r) => r.descendant_concept_id === concept.conceptId).length);
        expect(concept.descendants.totalCount).toBe(ancestorRows.filter((r) => r.ancestor_concept_id === concept.conceptId).length);
      }
    }
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('orders by minimum level then conceptId, and pages of one give the same list as one page', async () => {
    // The concept with the most descendants among those CONCEPT defines.
    const counts = new Map<string, number>();
    for (const r of ancestorRows) counts.set(r.ancestor_concept_id!, (counts.get(r.ancestor_concept_id!) ?? 0) + 1);
    const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(counts.get(top)!).toBeGreaterThan(3);
    const whole = await allPages(top, 'descendants', 1000);
    const paged = await allPages(top, 'descendants', 1);
    expect(paged.map((e) => e.node.conceptId)).toEqual(whole.map((e) => e.node.conceptId));
    const order = whole.map((e) => [e.minLevelsOfSeparation, Number(e.node.conceptId)] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(whole[0]).toMatchObject({ node: { conceptId: top }, minLevelsOfSeparation: 0 });
  });

  it('leaves the concept itself out unless minLevels is 0, and filters by levels and standard concepts', async () => {
    const { data, errors } = await query(`{ concept(conceptId: 192671) {
      self: ancestors(minLevels: 0, maxLevels: 0) { totalCount edges { node { conceptId } } }
      default: ancestors { totalCount edges { minLevelsOfSeparation } }
      near: ancestors(maxLevels: 1) { totalCount edges { minLevelsOfSeparation } }
      standard: ancestors(standardOnly: true) { totalCount }
    } }`);
    expect(errors).toBeUndefined();
    const concept = data!.concept as Record<string, { totalCount: number; edges: { minLevelsOfSeparation?: number; node?: { conceptId: string } }[] }>;
    expect(concept.self).toEqual({ totalCount: 1, edges: [{ node: { conceptId: '192671' } }] });
    const rows = ancestorRows.filter((r) => r.descendant_concept_id === '192671' && r.ancestor_concept_id !== '192671');
    expect(concept.default!.totalCount).toBe(rows.length);
    expect(concept.default!.edges.every((e) => e.minLevelsOfSeparation! >= 1)).toBe(true);
    expect(concept.near!.totalCount).toBe(rows.filter((r) => r.min_levels_of_separation === '1').length);
    expect(concept.standard!.totalCount).toBe(rows.filter((r) => concepts.get(r.ancestor_concept_id!)!.standard_concept === 'S').length);
  });

  it('answers parents, children and isDescendantOf from the rows at one level', async () => {
    const direct = ancestorRows.find((r) => r.min_levels_of_separation === '1')!;
    const child = direct.descendant_concept_id!;
    const parent = direct.ancestor_concept_id!;
    const { data, errors } = await query(
      `query ($child: ID!, $parent: ID!) {
      child: concept(conceptId: $child) { parents { conceptId } under: isDescendantOf(conceptId: $parent) self: isDescendantOf(conceptId: $child) unknown: isDescendantOf(conceptId: "1") }
      parent: concept(conceptId: $parent) { children(first: 1000) { totalCount edges { node { conceptId } } } above: isDescendantOf(conceptId: $child) }
    }`,
      { child, parent },
    );
    expect(errors).toBeUndefined();
    const parentsOf = ancestorRows
      .filter((r) => r.descendant_concept_id === child && r.min_levels_of_separation === '1')
      .map((r) => r.ancestor_concept_id)
      .sort((a, b) => Number(a) - Number(b));
    const childrenOf = ancestorRows
      .filter((r) => r.ancestor_concept_id === parent && r.min_levels_of_separation === '1')
      .map((r) => r.descendant_concept_id)
      .sort((a, b) => Number(a) - Number(b));
    expect(data).toEqual({
      child: { parents: parentsOf.map((conceptId) => ({ conceptId })), under: true, self: false, unknown: false },
      parent: { children: { totalCount: childrenOf.length, edges: childrenOf.map((conceptId) => ({ node: { conceptId } })) }, above: false },
    });
  });

  it('tells whether a concept was valid on a day', async () => {
    const { data } = await query(
      `{ concept(conceptId: 1569708) { validStartDate validEndDate before: validOn(date: "1900-01-01") during: validOn(date: "2020-06-01") today: validOn } }`,
    );
    const c = concepts.get('1569708')!;
    expect(data!.concept).toEqual({ validStartDate: c.valid_start_date, validEndDate: c.valid_end_date, before: false, during: true, today: true });
  });
});

describe('relationships read from a concept', () => {
  const RELS = 'totalCount edges { node { relationshipId concept { conceptId } validStartDate validEndDate invalidReason } }';

  it('lists both directions with the id read from this side, ordered by relationshipId', async () => {
    const { data, errors } = await query(`{
      source: concept(conceptId: 35208414) { relationships { ${RELS} } }
      target: concept(conceptId: 192671) { relationships { ${RELS} } }
      parent: concept(conceptId: 1569708) { relationships { ${RELS} } }
    }`);
    expect(errors).toBeUndefined();
    const rel = (relationshipId: string, conceptId: string, validStartDate = '1970-01-01') => ({
      node: { relationshipId, concept: { conceptId }, validStartDate, validEndDate: '2099-12-31', invalidReason: null },
    });
    expect(data).toEqual({
      source: { relationships: { totalCount: 2, edges: [rel('Is a', '1569708', '2016-03-25'), rel('Maps to', '192671')] } },
      target: { relationships: { totalCount: 1, edges: [rel('Mapped from', '35208414')] } },
      parent: { relationships: { totalCount: 1, edges: [rel('Subsumes', '35208414', '2016-03-25')] } },
    });
  });

  it('keeps the relationship ids asked for, and the rows valid on a day', async () => {
    const { data, errors } = await query(`{ concept(conceptId: 35208414) {
      maps: relationships(relationshipIds: ["Maps to", "Mapped from"]) { ${RELS} }
      none: relationships(relationshipIds: ["Mapped from"]) { totalCount }
      early: relationships(validOn: "2010-01-01") { edges { node { relationshipId } } }
      paged: relationships(first: 1, after: "${Buffer.from('o:0').toString('base64url')}") { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { relationshipId } } }
    } }`);
    expect(errors).toBeUndefined();
    expect(data!.concept).toMatchObject({
      maps: { totalCount: 1, edges: [{ node: { relationshipId: 'Maps to', concept: { conceptId: '192671' } } }] },
      none: { totalCount: 0 },
      early: { edges: [{ node: { relationshipId: 'Maps to' } }] },
      paged: { totalCount: 2, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { relationshipId: 'Maps to' } }] },
    });
  });
});

describe('a concept looked up by id', () => {
  it('reads the id-only fields asked under it beside its own lookup, with the same answers', async () => {
    // A graph that writes down when each read starts and ends.
    const events: string[] = [];
    let reads = 0;
    class Timeline extends Graph {
      override async read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
        const n = reads++;
        events.push(`start ${n}`);
        try {
          return await super.read<T>(cypher, parameters);
        } finally {
          events.push(`end ${n}`);
        }
      }
    }
    const timed = graphqlClient(new Timeline(driver, graph.database));
    const id = ancestorRows.find((row) => row.min_levels_of_separation !== '0')!.ancestor_concept_id!;
    const fields = `conceptId descendants(first: 3) { totalCount edges { node { conceptId } } }
      ... on Concept { ancestors(first: 2) { totalCount } }
      ...rows`;
    const source = (root: string) => `query ($id: ID!) { ${root} { ${fields} } } fragment rows on Concept { relationships(first: 2) { totalCount } }`;
    const byId = await timed(source('concept(conceptId: $id)'), { id });
    expect(byId.errors).toBeUndefined();
    // The lookup and the three nested reads all start before any of them ends.
    expect(events.slice(0, 4)).toEqual(['start 0', 'start 1', 'start 2', 'start 3']);
    // The same answers as through a lookup by code, which cannot start them early.
    events.length = 0;
    reads = 0;
    const byCode = await timed(source('concept(vocabularyId: $v, conceptCode: $c)').replace('$id: ID!', '$v: String!, $c: String!'), {
      v: concepts.get(id)!.vocabulary_id,
      c: concepts.get(id)!.concept_code,
    });
    expect(events.slice(0, 2)).toEqual(['start 0', 'end 0']);
    expect(byCode).toEqual(byId);
    expect((byId.data!.concept as { descendants: { totalCount: number } }).descendants.totalCount).toBeGreaterThan(0);
  });

  it('answers null for an id that does not exist, whatever the nested reads found', async () => {
    const { data, errors } = await query('{ concept(conceptId: 999999999) { conceptId descendants { totalCount } relationships { totalCount } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ concept: null });
  });
});
