import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { loadSmallVocabulary, type SmallConcept } from '../helpers/small-vocabulary.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);

// Test concepts in OMOP's local id range; names are the project's own wording.
const L = 2_100_200_000;
const C = {
  // ids against the expected order, so ordering by id alone would fail the ranking tests
  CODE_77412: L + 2,
  NAMES_77412: L + 1,
  MIXED_CASE: L + 3,
  GI_HEMORRHAGE: L + 9,
  GI_HEMORRHAGE_ICD: L + 5,
  UPPER_GI: L + 6,
  COLON: L + 7,
  STOMACH: L + 8,
} as const;
const condition = { domain: 'Condition', conceptClass: 'Clinical Finding' };
const fractions = Array.from({ length: 25 }, (_, i) => L + 100 + i);

const CONCEPTS: SmallConcept[] = [
  { id: C.CODE_77412, name: 'Radiation treatment delivery, level 3', code: '77412', vocabulary: 'CPT4', conceptClass: 'CPT4' },
  // the code's digits three times in the name: full-text scores it above the code match alone
  {
    id: C.NAMES_77412,
    name: 'Delivery replaced by 77412 (77412, 77412)',
    code: 'G6015',
    vocabulary: 'HCPCS',
    conceptClass: 'HCPCS',
    standard: null,
    invalid: 'U',
    end: '2025-12-31',
  },
  { id: C.MIXED_CASE, name: 'A concept with a mixed-case code', code: 'Abc1', vocabulary: 'ICD10PCS', standard: null },
  { id: C.GI_HEMORRHAGE, name: 'Gastrointestinal hemorrhage', code: 'T-GIH', ...condition },
  {
    id: C.GI_HEMORRHAGE_ICD,
    name: 'Gastrointestinal hemorrhage, unspecified',
    code: 'K92.2',
    vocabulary: 'ICD10CM',
    standard: null,
    start: '2007-01-01',
    ...condition,
  },
  { id: C.UPPER_GI, name: 'Upper gastrointestinal hemorrhage', code: 'T-UGIH', start: '2010-01-01', ...condition },
  { id: C.COLON, name: 'Hemorrhage of colon', code: 'T-COLON', end: '2005-12-31', invalid: 'D', ...condition },
  { id: C.STOMACH, name: 'Bleeding from stomach', code: 'T-STOMACH', ...condition },
  ...fractions.map((id, i) => ({ id, name: `Radiotherapy fraction ${i + 1}`, code: `T-FRACTION-${i + 1}` })),
];

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSmallVocabulary(graph, {
    concepts: CONCEPTS,
    synonyms: [
      [C.GI_HEMORRHAGE, 'GI bleed'],
      [C.GI_HEMORRHAGE, 'GI hemorrhage'],
      [C.STOMACH, 'Gastric hemorrhage'],
    ],
  });
});

const SEARCH = `query ($q: String!, $filter: ConceptFilter, $first: Int, $after: String) {
  searchConcepts(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { conceptId conceptCode } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
type Page = { totalCount: number; edges: { node: { conceptId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function search(q: string, filter?: Record<string, unknown>, first = 100, after?: string) {
  const result = await query(SEARCH, { q, filter, first, after });
  expect(result.errors).toBeUndefined();
  const page = result.data!.searchConcepts as Page;
  return { total: page.totalCount, ids: page.edges.map((edge) => Number(edge.node.conceptId)), page };
}
const errorOf = async (variables: Record<string, unknown>) => (await query(SEARCH, variables)).errors?.[0]?.extensions;
const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

describe('searchConcepts: ranking', () => {
  it('puts the exact code match first, above a name that scores higher on the same text', async () => {
    const { total, ids } = await search('77412');
    expect(total).toBe(2);
    expect(ids).toEqual([C.CODE_77412, C.NAMES_77412]);
  });

  it('matches the code ignoring case, mixed-case codes too', async () => {
    expect((await search('g6015')).ids[0]).toBe(C.NAMES_77412);
    expect((await search('ABC1')).ids).toEqual([C.MIXED_CASE]);
    expect((await search('abc1')).ids).toEqual([C.MIXED_CASE]);
    expect((await search('k92.2')).ids[0]).toBe(C.GI_HEMORRHAGE_ICD);
  });

  it('finds names by whole words and word beginnings, and synonyms', async () => {
    expect(sorted(...(await search('hemorrhage')).ids)).toEqual(sorted(C.GI_HEMORRHAGE, C.GI_HEMORRHAGE_ICD, C.UPPER_GI, C.COLON, C.STOMACH));
    expect(sorted(...(await search('gastro')).ids)).toEqual(sorted(C.GI_HEMORRHAGE, C.GI_HEMORRHAGE_ICD, C.UPPER_GI));
    expect((await search('GI bleed')).ids).toEqual([C.GI_HEMORRHAGE]);
    expect((await search('gastric')).ids).toEqual([C.STOMACH]);
  });

  it('requires every word', async () => {
    expect(await search('gastrointestinal colon')).toMatchObject({ total: 0, ids: [] });
    expect(sorted(...(await search('upper hemorrhage')).ids)).toEqual([C.UPPER_GI]);
  });

  it('ranks better matches first and orders equal scores by conceptId', async () => {
    // the two-word name matches better than the longer names
    expect((await search('gastrointestinal hemorrhage')).ids[0]).toBe(C.GI_HEMORRHAGE);
    const { ids } = await search('radiotherapy fraction');
    expect(ids).toEqual(fractions);
  });
});

describe('searchConcepts: filters', () => {
  const hemorrhage = (filter: Record<string, unknown>) => search('hemorrhage', filter).then((r) => sorted(...r.ids));

  it('filters by vocabulary, domain, class and standard flag (S, C, N for non-standard)', async () => {
    expect(await hemorrhage({ vocabularyIds: ['ICD10CM'] })).toEqual([C.GI_HEMORRHAGE_ICD]);
    expect(await hemorrhage({ standardConcept: ['N'] })).toEqual([C.GI_HEMORRHAGE_ICD]);
    expect(await hemorrhage({ standardConcept: ['S'] })).toEqual(sorted(C.GI_HEMORRHAGE, C.UPPER_GI, C.COLON, C.STOMACH));
    expect(await hemorrhage({ standardConcept: ['S', 'N'] })).toHaveLength(5);
    expect(await hemorrhage({ standardConcept: ['C'] })).toEqual([]);
    expect(await hemorrhage({ domainIds: ['Procedure'] })).toEqual([]);
    expect(await hemorrhage({ conceptClassIds: ['Clinical Finding'], vocabularyIds: [] })).toHaveLength(5);
  });

  it('filters by validity on a date', async () => {
    expect(await hemorrhage({ validOn: '2000-01-01' })).toEqual(sorted(C.GI_HEMORRHAGE, C.COLON, C.STOMACH));
    expect(await hemorrhage({ validOn: '2020-01-01' })).toEqual(sorted(C.GI_HEMORRHAGE, C.GI_HEMORRHAGE_ICD, C.UPPER_GI, C.STOMACH));
  });

  it('combines filters (all must hold) and counts only what passes', async () => {
    const result = await search('hemorrhage', { vocabularyIds: ['SNOMED', 'ICD10CM'], standardConcept: ['S'], validOn: '2020-01-01' });
    expect(result.total).toBe(3);
    expect(sorted(...result.ids)).toEqual(sorted(C.GI_HEMORRHAGE, C.UPPER_GI, C.STOMACH));
    expect((await search('77412', { vocabularyIds: ['HCPCS'] })).ids).toEqual([C.NAMES_77412]);
  });
});

describe('searchConcepts: pages', () => {
  it('gives a true totalCount on every page, and the pages together are the whole answer once each', async () => {
    const whole = await search('radiotherapy', undefined, 1000);
    expect(whole.total).toBe(25);
    const seen: number[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const { total, ids, page } = await search('radiotherapy', undefined, 7, after);
      expect(total).toBe(25);
      seen.push(...ids);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(whole.ids);
    expect(new Set(seen).size).toBe(25);
  });
});

describe('searchConcepts: hostile and odd text', () => {
  it('takes Lucene syntax and injection-shaped text literally, never failing', async () => {
    const hostile = [
      '"',
      '\\',
      '*',
      '?',
      '~',
      '^',
      ':',
      '/',
      '&&',
      '||',
      '!',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      'AND',
      'OR NOT',
      '-',
      '+',
      'hemorrhage AND (',
      'title:hemorrhage',
      '[1 TO 5]',
      'a~2',
      'hemorrhage^10',
      '/.*/',
      'hem*',
      "' OR 1=1 --",
      '}) DETACH DELETE n //',
      '\\"; MATCH (n) DETACH DELETE n; //',
      'NOT hemorrhage',
      'hemorrhage OR colon',
      '"hemorrhage"',
      '🩸 hemorrhage',
      'נזק',
      'e\u0301',
      '\u200bhemorrhage',
      '%00',
      '${jndi:ldap://x}',
    ];
    const before = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    for (const q of hostile) {
      const result = await query(SEARCH, { q });
      expect(result.errors, q).toBeUndefined();
      expect(typeof (result.data!.searchConcepts as Page).totalCount).toBe('number');
    }
    expect(await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });

  it('reads operator words and special characters as plain words', async () => {
    // 'OR' is the word "or", which no name holds: nothing matches, not the union
    expect((await search('hemorrhage OR colon')).total).toBe(0);
    expect(sorted(...(await search('hemorrhage)')).ids)).toHaveLength(5);
    expect((await search('"colon"')).ids).toEqual([C.COLON]);
  });

  it('normalizes compatibility characters (full-width letters)', async () => {
    expect(sorted(...(await search('ｈｅｍｏｒｒｈａｇｅ')).ids)).toHaveLength(5);
  });

  it('refuses empty text, control characters and lone surrogates (BAD_USER_INPUT)', async () => {
    for (const q of ['', '   ', '\t\n', 'hemo\u0007rrhage', '\u0000', 'a\u009b', '\ud800abc', 'abc\udc00']) {
      expect(await errorOf({ q }), JSON.stringify(q)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    }
  });

  it('refuses text over 200 characters (TEXT_LENGTH_LIMIT_EXCEEDED) and answers at 200', async () => {
    expect(await errorOf({ q: 'a'.repeat(201) })).toMatchObject({ code: 'TEXT_LENGTH_LIMIT_EXCEEDED', limit: 200, requested: 201, argument: 'query' });
    expect((await query(SEARCH, { q: 'a'.repeat(200) })).errors).toBeUndefined();
  });
});

describe('searchConcepts: bad arguments', () => {
  it('refuses bad cursors, oversize pages, unknown standard flags, bad dates and long filter lists', async () => {
    expect(await errorOf({ q: 'hemorrhage', after: 'bogus!' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await errorOf({ q: 'hemorrhage', first: 1001 })).toMatchObject({ code: 'PAGE_SIZE_LIMIT_EXCEEDED', limit: 1000, requested: 1001 });
    expect(await errorOf({ q: 'hemorrhage', first: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await errorOf({ q: 'hemorrhage', filter: { standardConcept: ['X'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.standardConcept' });
    expect(await errorOf({ q: 'hemorrhage', filter: { validOn: '2020-02-30' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await errorOf({ q: 'hemorrhage', filter: { vocabularyIds: Array.from({ length: 101 }, (_, i) => `V${i}`) } })).toMatchObject({
      code: 'LIST_SIZE_LIMIT_EXCEEDED',
      limit: 100,
      requested: 101,
      argument: 'filter.vocabularyIds',
    });
  });
});
