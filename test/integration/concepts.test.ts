import { beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer } from '../../src/apollo.js';
import { createRepositories, createRequestContext } from '../../src/context.js';
import { Graph } from '../../src/db/graph.js';
import { writeConcepts } from '../../src/ingest/concept-writer.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { seedConceptRows } from '../../src/ingest/seed/seed-writer.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';

const { graph } = useTestDatabase();
const repositories = createRepositories(graph);
const apollo = createApolloServer();

async function query(source: string, variables: Record<string, unknown> = {}) {
  const response = await apollo.executeOperation({ query: source, variables }, { contextValue: createRequestContext(repositories, 'test', silentLog) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

const packConcepts = seedConceptRows(readSeedPack());
const FIELDS = 'conceptId conceptName domainId vocabularyId conceptClassId standardConcept conceptCode validStartDate validEndDate invalidReason nameSource';

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
});

describe('seed', () => {
  it('loads every concept of the pack (193 public, 8 local), and a second load changes nothing', async () => {
    const expected = packConcepts.length;
    expect(expected).toBe(201);
    const count = async () => (await graph.read<{ n: number }>('MATCH (c:Concept) RETURN count(c) AS n'))[0]!.n;
    expect(await count()).toBe(expected);
    await loadSeed(graph, silentLog, { force: true });
    expect(await count()).toBe(expected);
  });

  it('never replaces a name loaded from a vocabulary release with a curated label', async () => {
    const [row] = packConcepts.filter((r) => r.conceptCode === '77427');
    await writeConcepts(graph, [{ ...row!, conceptName: 'Official name from a licensed load', nameSource: 'VOCABULARY' }]);
    await loadSeed(graph, silentLog, { force: true });
    const { data } = await query(`{ concept(vocabularyId: "CPT4", conceptCode: "77427") { conceptName nameSource } }`);
    expect(data).toEqual({ concept: { conceptName: 'Official name from a licensed load', nameSource: 'VOCABULARY' } });
  });
});

describe('concept lookup', () => {
  it('finds CPT4 77412 by code, with the OMOP fields in camelCase', async () => {
    const { data, errors } = await query(`{ concept(vocabularyId: "CPT4", conceptCode: "77412") { ${FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      concept: expect.objectContaining({
        conceptId: '2211867',
        domainId: 'Procedure',
        vocabularyId: 'CPT4',
        conceptClassId: 'CPT4',
        standardConcept: 'S',
        conceptCode: '77412',
        invalidReason: null,
        nameSource: 'PROJECT_LABEL',
      }),
    });
  });

  it('finds HCPCS G6015 by id, with its public CMS descriptor', async () => {
    const { data } = await query(`query ($id: ID) { concept(conceptId: $id) { conceptCode vocabularyId conceptName nameSource } }`, {
      id: '45890647',
    });
    expect(data?.concept).toEqual({
      conceptCode: 'G6015',
      vocabularyId: 'HCPCS',
      conceptName: expect.stringMatching(/^Intensity modulated treatment delivery/),
      nameSource: 'PUBLIC_DESCRIPTOR',
    });
  });

  it('answers null, not an error, for an unknown code or id', async () => {
    const { data, errors } = await query(`{ a: concept(vocabularyId: "CPT4", conceptCode: "99999") { conceptId } b: concept(conceptId: 1) { conceptId } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null });
  });

  it('answers null for a placeholder of a concept that a relationship names but no CONCEPT row defines', async () => {
    await graph.write('MERGE (c:Concept {conceptId: 424242}) SET c:Unresolved');
    const { data, errors } = await query('{ concept(conceptId: 424242) { conceptId conceptName } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ concept: null });
  });

  it('returns many concepts in the order asked, null where unknown', async () => {
    const { data } = await query(`{ concepts(conceptIds: ["45890647", "1", "2211867"]) { conceptCode } }`);
    expect(data).toEqual({ concepts: [{ conceptCode: 'G6015' }, null, { conceptCode: '77412' }] });
  });

  it("answers concept 0 ('No matching concept'), alone and in a list", async () => {
    await graph.write(
      "MERGE (c:Concept {conceptId: 0}) SET c.conceptName = 'No matching concept', c.domainId = 'Metadata', c.vocabularyId = 'None', c.conceptClassId = 'Undefined', c.conceptCode = 'No matching concept', c.nameSource = 'VOCABULARY'",
    );
    try {
      const one = await query('{ concept(conceptId: "0") { conceptId conceptName } }');
      expect(one.errors).toBeUndefined();
      expect(one.data).toEqual({ concept: { conceptId: '0', conceptName: 'No matching concept' } });
      const many = await query('{ concepts(conceptIds: ["0", 2211867]) { conceptId } }');
      expect(many.errors).toBeUndefined();
      expect(many.data).toEqual({ concepts: [{ conceptId: '0' }, { conceptId: '2211867' }] });
    } finally {
      await graph.write('MATCH (c:Concept {conceptId: 0}) DETACH DELETE c');
    }
  });

  it('refuses more than 1,000 ids in concepts by that cap, also when all of them would cost more than the cost limit allows', async () => {
    const ids = Array.from({ length: 1_001 }, (_, i) => String(i + 1));
    const over = await query('query ($ids: [ID!]!) { concepts(conceptIds: $ids) { conceptId } }', { ids });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 1_000, requested: 1_001, argument: 'conceptIds' });
    // 60,000 ids with their parents (20 assumed each) would cost 1,260,000 against the limit of
    // 50,000; counted at the cap they cost 21,000, so the cap answers, by name.
    const many = Array.from({ length: 60_000 }, (_, i) => String(i + 1));
    const far = await query('query ($ids: [ID!]!) { concepts(conceptIds: $ids) { conceptId parents { conceptId } } }', { ids: many });
    expect(far.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 1_000, requested: 60_000 });
  });

  it('names the position of a bad id in concepts', async () => {
    const { errors } = await query('{ concepts(conceptIds: ["2211867", "1", "x7", "2"]) { conceptId } }');
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'conceptIds[2]' });
    expect(errors?.[0]?.message).toMatch(/^conceptIds\[2\] .*got 'x7'/);
  });

  it.each([
    ['both forms', '{ concept(conceptId: 2211867, vocabularyId: "CPT4", conceptCode: "77412") { conceptId } }'],
    ['neither form', '{ concept { conceptId } }'],
    ['a code without its vocabulary', '{ concept(conceptCode: "77412") { conceptId } }'],
    ['a non-numeric id', '{ concept(conceptId: "G6015") { conceptId } }'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, source) => {
    const { errors } = await query(source);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('repository', () => {
  it('answers a batch of code keys in key order, with null for the missing ones', async () => {
    const found = await repositories.concepts.byCodes([
      { vocabularyId: 'HCPCS', conceptCode: 'G6015' },
      { vocabularyId: 'HCPCS', conceptCode: '77412' },
      { vocabularyId: 'CPT4', conceptCode: '77412' },
    ]);
    expect(found.map((c) => c?.conceptId ?? null)).toEqual([45890647, null, 2211867]);
  });
});

describe('lookups across concurrent requests', () => {
  it('go to Neo4j together, each request still getting its own answer', async () => {
    let reads = 0;
    const counted = createRepositories(new Graph(graph.driver, graph.database, { observer: { transaction: () => (reads += 1) } }));
    const run = (code: string) =>
      apollo.executeOperation(
        { query: 'query ($c: String!) { concept(vocabularyId: "HCPCS", conceptCode: $c) { conceptCode } }', variables: { c: code } },
        { contextValue: createRequestContext(counted, 'test', silentLog) },
      );
    const codes = packConcepts.filter((c) => c.vocabularyId === 'HCPCS').map((c) => c.conceptCode);
    expect(codes.length).toBeGreaterThanOrEqual(20);
    const asked = [...codes, 'NO-SUCH-CODE'];
    const answers = await Promise.all(asked.map(run));
    const codesAnswered = answers.map((a) =>
      a.body.kind === 'single' ? ((a.body.singleResult.data?.concept as { conceptCode: string } | null)?.conceptCode ?? null) : 'not single',
    );
    expect(codesAnswered).toEqual([...codes, null]);
    // One request alone takes one read; these took far fewer than one each.
    expect(reads).toBeLessThanOrEqual(3);
  });
});
