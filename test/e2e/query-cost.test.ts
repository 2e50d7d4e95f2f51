import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildSchema, getNamedType, isObjectType, isScalarType, isEnumType, isNonNullType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { WARM_UP_OPERATIONS } from '../../src/api/warm-up.js';
import { loadTypeDefs } from '../../src/schema.js';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { RADIOTHERAPY, writeSmallVocabulary } from '../helpers/small-vocabulary.js';

/**
 * The cost limit at its documented defaults, over HTTP against the knowledge pack: every
 * connection of the schema answers a page of 1,000 with its node's scalar fields, and a real
 * fan-out is refused with the same numbers and path whether its page sizes come as literals or
 * as variables, by POST, by GET and as a persisted query.
 */
const { graph } = useTestDatabase();
const defaults = loadConfig({});
let service: Service;
let base: string;

/** Two releases of a small vocabulary, the second renaming one concept: releaseChanges has a page to read. */
const FIRST_RELEASE = 'v5.0 18-JAN-19';
const SECOND_RELEASE = 'v5.0 18-JUL-19';

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
  const first = writeSmallVocabulary(RADIOTHERAPY);
  const second = writeSmallVocabulary({
    ...RADIOTHERAPY,
    concepts: RADIOTHERAPY.concepts.map((c, i) => (i === 0 ? { ...c, name: `${c.name} (renamed)` } : c)),
  });
  const vocabulary = join(second, 'VOCABULARY.csv');
  writeFileSync(vocabulary, readFileSync(vocabulary, 'utf8').replace(FIRST_RELEASE, SECOND_RELEASE));
  for (const folder of [first, second]) {
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: join(folder, 'rejects.tsv') });
    expect(report.rejected).toBe(0);
  }
  service = await createService({ graph, log: silentLog });
  base = `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await service?.stop();
});

interface Body {
  data?: unknown;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

async function post(body: Record<string, unknown>): Promise<{ status: number; json: Body }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, json: (await response.json()) as Body };
}

async function get(params: Record<string, string>): Promise<{ status: number; json: Body }> {
  const response = await fetch(`${base}/graphql?${new URLSearchParams(params)}`, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, json: (await response.json()) as Body };
}

/** Values for the required arguments of the fields that have connections, by argument name. */
const REQUIRED: Record<string, string> = {
  query: '"radiation"',
  items: '[{ conceptId: 2211867, includeDescendants: true }]',
  conceptIds: '[2211867]',
  from: '"2015-01-01"',
  to: '"2026-12-31"',
};
/** Values for a field whose required argument means something else than in REQUIRED. */
const REQUIRED_FOR: Record<string, Record<string, string>> = {
  'Query.releaseChanges': { from: `"${FIRST_RELEASE}"`, to: `"${SECOND_RELEASE}"` },
};
/** Where a connection of a type other than Query is reached from. */
const REACHED_FROM: Record<string, (inner: string) => string> = {
  Concept: (inner) => `concept(conceptId: 2211867) { ${inner} }`,
};

const scalarFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((f) => (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name)
    .join(' ');

/** A query asking `field` for a page of 1,000 with every scalar field of its node and edge. */
function pageQuery(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => {
      const value = REQUIRED_FOR[`${type.name}.${field.name}`]?.[a.name] ?? REQUIRED[a.name];
      if (value === undefined) throw new Error(`no sample value for the required argument ${type.name}.${field.name}(${a.name}): add one to REQUIRED`);
      return `${a.name}: ${value}`;
    });
  const connection = getNamedType(field.type) as GraphQLObjectType;
  const edge = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
  const node = getNamedType(edge.getFields().node!.type) as GraphQLObjectType;
  const selection = `${field.name}(${[...args, 'first: 1000'].join(', ')}) { totalCount pageInfo { hasNextPage endCursor } edges { ${scalarFields(edge)} node { ${scalarFields(node)} } } }`;
  if (type.name === 'Query') return `{ ${selection} }`;
  const reach = REACHED_FROM[type.name];
  if (!reach) throw new Error(`no way to reach ${type.name}.${field.name}: add one to REACHED_FROM`);
  return `{ ${reach(selection)} }`;
}

describe('the cost limit at its defaults', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const connections = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'first'))
        .map((f) => [`${type.name}.${f.name}`, type, f] as const),
    );

  it('finds the connections of the schema', () => {
    expect(connections.map(([name]) => name)).toEqual(
      expect.arrayContaining(['Query.searchConcepts', 'Query.codeChanges', 'Concept.ancestors', 'Concept.descendants']),
    );
  });

  it.each(connections)('answers %s at first: 1000 with its scalar fields', async (_name, type, field) => {
    const answer = await post({ query: pageQuery(type, field) });
    expect(answer.json.errors, JSON.stringify(answer.json.errors)).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('leaves a list over its own limit to that limit: 1,001 ids in concepts is LIST_SIZE_LIMIT_EXCEEDED', async () => {
    const ids = Array.from({ length: 1_001 }, (_, i) => String(i + 1));
    const answer = await post({ query: 'query ($ids: [ID!]!) { concepts(conceptIds: $ids) { conceptId } }', variables: { ids } });
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 1_000, requested: 1_001, argument: 'conceptIds' });
  });

  it('answers a page of 1,000 code changes with the codes of each change and their concepts', async () => {
    const answer = await post({
      query:
        '{ codeChanges(from: "2015-01-01", to: "2026-12-31", first: 1000) { totalCount edges { node { kind effectiveDate from { vocabularyId conceptCode concept { conceptId } } to { vocabularyId conceptCode } sources { citation } } } } }',
    });
    expect(answer.json.errors, JSON.stringify(answer.json.errors)).toBeUndefined();
  });
});

describe('the warm-up at start-up', () => {
  it('asks every one of the product operations it warms without an error, and /ready says warming meanwhile', async () => {
    const warming = service.warmUp(60_000);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'warming', database: 'reachable' });
    const report = await warming;
    expect(report).toMatchObject({ operations: WARM_UP_OPERATIONS.length, failed: [], skipped: 0 });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('stops at its budget', async () => {
    const report = await service.warmUp(0);
    expect(report).toMatchObject({ operations: 1, skipped: WARM_UP_OPERATIONS.length - 1 });
  });
});

describe('a fan-out is refused the same way however its sizes arrive', () => {
  const literal = '{ searchConcepts(query: "radiation", first: 1000) { edges { node { conceptId descendants(first: 1000) { totalCount } } } } }';
  const withVariables =
    'query ($n: Int, $m: Int) { searchConcepts(query: "radiation", first: $n) { edges { node { conceptId descendants(first: $m) { totalCount } } } } }';
  const withDefaults =
    'query ($n: Int = 1000) { searchConcepts(query: "radiation", first: $n) { edges { node { conceptId descendants(first: $n) { totalCount } } } } }';
  const variables = { n: 1000, m: 1000 };
  // 1 connection + 1,000 edges + 1,000 nodes, and each node's descendants: 1 connection + a page of 1,000.
  const expected = {
    code: 'QUERY_COST_LIMIT_EXCEEDED',
    limit: defaults.limits.maxCost,
    requested: 2_001 + 1_000 * 1_001,
    path: ['searchConcepts', 'edges', 'node', 'descendants'],
    pathCost: 1_000 * 1_001,
  };

  const refusal = (answer: { status: number; json: Body }) => {
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.json.errors).toHaveLength(1);
    return answer.json.errors![0]!;
  };

  it('refuses the literal page sizes with the path that drives the cost', async () => {
    const error = refusal(await post({ query: literal }));
    expect(error.extensions).toEqual(expected);
    expect(error.message).toBe(
      'The query cost is 1,003,001 (the objects it may read and return); the limit is 50,000; searchConcepts.edges.node.descendants makes 1,001,000 of it ' +
        '(asked 1,000 times, 1,000 items each). Ask for smaller pages or fewer nested lists.',
    );
  });

  it('refuses the same sizes given as variables, by POST and by GET', async () => {
    expect(refusal(await post({ query: withVariables, variables })).extensions).toEqual(expected);
    expect(refusal(await get({ query: withVariables, variables: JSON.stringify(variables) })).extensions).toEqual(expected);
  });

  it("refuses the same sizes given as a variable's default", async () => {
    expect(refusal(await post({ query: withDefaults })).extensions).toEqual(expected);
  });

  it('refuses the same sizes sent to an automatic persisted query (the hash alone)', async () => {
    const sha256Hash = createHash('sha256').update(withVariables).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    // Registered with small pages (Apollo keeps only a text that passed the checks), then sent
    // as its hash with large ones.
    const registered = await post({ query: withVariables, variables: { n: 2, m: 2 }, extensions: JSON.parse(extensions) as unknown });
    expect(registered.json.errors).toBeUndefined();
    expect(refusal(await get({ extensions, variables: JSON.stringify(variables) })).extensions).toEqual(expected);
    expect(refusal(await post({ extensions: JSON.parse(extensions) as unknown, variables })).extensions).toEqual(expected);
  });

  it('answers the same query with small pages', async () => {
    const answer = await post({ query: withVariables, variables: { n: 20, m: 20 } });
    expect(answer.json.errors).toBeUndefined();
  });
});
