import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpConfig, type QueryLimits } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';

/**
 * The HTTP edges of the service against the real database: every refusal is JSON with a code
 * (GraphQL-shaped), never HTML or a stack; each query limit names itself with the limit and the
 * value asked; tokens, CORS and introspection switches; hostile input and a bounded fuzz. All
 * traffic goes to 127.0.0.1; every loop is bounded in count and time.
 */
const { graph, driver } = useTestDatabase();
const defaults = loadConfig({});
const LIMITS: QueryLimits = { maxDepth: 5, maxCost: 25, maxAliases: 3, maxDirectives: 3, maxTokens: 300, maxLength: 3_000 };
const TOKEN = 'test-token-0123456789abcdef';

const services: Service[] = [];
async function serve(limits: QueryLimits, http: HttpConfig, g: Graph = graph): Promise<string> {
  const service = await createService({ graph: g, log: silentLog, limits, http });
  services.push(service);
  return `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}`;
}

let open: string;
let guarded: string;

beforeAll(async () => {
  await resetDatabase(graph);
  await graph.write(
    "MERGE (c:Concept {conceptId: 2211867}) SET c.conceptName = 'Radiation treatment delivery', c.domainId = 'Procedure', c.vocabularyId = 'CPT4', c.conceptClassId = 'CPT4', c.conceptCode = '77412', c.nameSource = 'PROJECT_LABEL'",
  );
  open = await serve(LIMITS, { ...defaults.http, bodyLimit: '20kb' });
  guarded = await serve(LIMITS, { ...defaults.http, apiTokens: [TOKEN], corsOrigins: ['https://app.example'], introspection: false });
});

afterAll(async () => {
  for (const service of services) await service.stop();
});

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  ms: number;
  headers: Headers;
}

async function send(base: string, init: RequestInit & { path?: string } = {}): Promise<Answer> {
  const began = Date.now();
  const response = await fetch(`${base}${init.path ?? '/graphql'}`, { ...init, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, ms: Date.now() - began, headers: response.headers };
}

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  send(base, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const code = (answer: Answer) => answer.json?.errors?.[0]?.extensions?.code;

/** Nothing internal in an answer: no stack frame, no file path, no HTML. */
function expectClean(answer: Answer): void {
  expect(answer.json, answer.text.slice(0, 300)).toBeDefined();
  expect(answer.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
  expect(answer.text).not.toMatch(/<html|<pre|\bat .+\.(ts|js):\d+|node_modules|Neo4jError|stacktrace/i);
}

describe('HTTP errors are JSON with a code', () => {
  it('answers a body that is not JSON with 400 BAD_REQUEST', async () => {
    const answer = await post(open, '{"query": "{ about { name } }"');
    expect(answer.status).toBe(400);
    expectClean(answer);
    expect(code(answer)).toBe('BAD_REQUEST');
  });

  it('answers random bytes, another content type and an empty body with 400 and a code', async () => {
    for (const [body, type] of [
      [randomBytes(512), 'application/json'],
      [randomBytes(512), 'application/octet-stream'],
      ['{ about { name } }', 'text/plain'],
      ['', 'application/json'],
      ['[]', 'application/json'],
      ['"just a string"', 'application/json'],
    ] as const) {
      const answer = await send(open, { method: 'POST', headers: { 'content-type': type }, body });
      expect(answer.status, String(type)).toBe(400);
      expectClean(answer);
      expect(code(answer)).toBe('BAD_REQUEST');
    }
  });

  it('refuses a body over REQUEST_BODY_LIMIT with 413 REQUEST_SIZE_LIMIT_EXCEEDED, naming the limit and the size', async () => {
    const answer = await post(open, { query: '{ about { name } }', variables: { padding: 'x'.repeat(30_000) } });
    expect(answer.status).toBe(413);
    expectClean(answer);
    expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_SIZE_LIMIT_EXCEEDED', limit: 20 * 1024 });
    expect(answer.json?.errors?.[0]?.extensions?.requested).toBeGreaterThan(30_000);
    expect(answer.json?.errors?.[0]?.message).toMatch(/^The request body is [\d,]+ bytes; the limit is 20,480 \(REQUEST_BODY_LIMIT\)\. Send it in parts/);
  });

  it('answers an unknown path with 404 NOT_FOUND as JSON', async () => {
    const answer = await send(open, { path: '/wp-admin/../../etc/passwd' });
    expect(answer.status).toBe(404);
    expectClean(answer);
    expect(code(answer)).toBe('NOT_FOUND');
  });

  it('answers a plain GET on /graphql (no header needed: the schema has no mutations), with the cache hints a POST gets', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ concept(conceptId: 2211867) { conceptCode } }')}`;
    const answered = await send(open, { path });
    expect(answered.status).toBe(200);
    expect(answered.json).toEqual({ data: { concept: { conceptCode: '77412' } } });
    expect(answered.headers.get('cache-control')).toBe(`max-age=${defaults.http.cacheMaxAgeSeconds}, public`);
    const mutation = await send(open, { path: `/graphql?query=${encodeURIComponent('mutation { x }')}` });
    expect(mutation.status).toBe(400);
    expect(code(mutation)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves application/graphql-response+json when asked, with 400 for a request that does not validate', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const ok = await post(open, { query: '{ concept(conceptId: 2211867) { conceptCode } }' }, accept);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const invalid = await post(open, { query: '{ concept(conceptId: 2211867) { nope } }' }, accept);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });
});

describe('query limits', () => {
  const deep = '{ __type(name: "Concept") { fields { type { ofType { ofType { ofType { name } } } } } } }';

  it.each([
    ['depth', deep, 'QUERY_DEPTH_LIMIT_EXCEEDED', LIMITS.maxDepth, 7],
    ['aliases', '{ a: about { name } b: about { name } c: about { name } d: about { name } }', 'QUERY_ALIAS_LIMIT_EXCEEDED', LIMITS.maxAliases, 4],
    [
      'directives',
      '{ about @include(if: true) { name @skip(if: false) version @include(if: true) knowledgePack @include(if: true) { sources } } }',
      'QUERY_DIRECTIVE_LIMIT_EXCEEDED',
      LIMITS.maxDirectives,
      4,
    ],
  ])('refuses a query over the %s limit with its own code, the limit and the value asked', async (_name, query, expected, limit, requested) => {
    const answer = await post(open, { query });
    expect(answer.status).toBe(400);
    expectClean(answer);
    expect(answer.json?.errors?.find((e) => e.extensions?.code === expected)?.extensions).toEqual({ code: expected, limit, requested });
  });

  it('refuses a query over the cost limit with QUERY_COST_LIMIT_EXCEEDED, naming the field that drives it', async () => {
    // A concept (1) with a connection of 30 (1 + a page of 30): 32 objects.
    const answer = await post(open, { query: '{ concept(conceptId: 2211867) { descendants(first: 30) { totalCount } } }' });
    expect(answer.status).toBe(400);
    expectClean(answer);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_COST_LIMIT_EXCEEDED',
      limit: LIMITS.maxCost,
      requested: 32,
      path: ['concept', 'descendants'],
      pathCost: 31,
    });
    const within = await post(open, { query: '{ concept(conceptId: 2211867) { descendants(first: 20) { totalCount } } }' });
    expect(within.json).toEqual({ data: { concept: { descendants: { totalCount: 0 } } } });
  });

  it('refuses a query over the token limit with QUERY_TOKEN_LIMIT_EXCEEDED before parsing it', async () => {
    const answer = await post(open, { query: `{ about { ${'name '.repeat(400)} } }` });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOKEN_LIMIT_EXCEEDED', limit: LIMITS.maxTokens, requested: 405 });
  });

  it('refuses a query text over the size limit with QUERY_SIZE_LIMIT_EXCEEDED', async () => {
    const query = `# ${'x'.repeat(4_000)}\n{ about { name } }`;
    const answer = await post(open, { query });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'QUERY_SIZE_LIMIT_EXCEEDED', limit: LIMITS.maxLength, requested: query.length });
  });

  it('answers a query within every limit', async () => {
    const answer = await post(open, { query: '{ a: concept(conceptId: 2211867) { conceptCode } b: about { name database } }' });
    expect(answer.json).toEqual({ data: { a: { conceptCode: '77412' }, b: { name: 'procedure-code-graph', database: graph.database } } });
  });

  it('stops a read that runs past DATABASE_QUERY_TIMEOUT_MS with DATABASE_TIMEOUT', async () => {
    const slow = new Graph(driver, graph.database, { readTimeoutMs: 300 });
    const began = Date.now();
    const error = await slow.read('UNWIND range(1, 500000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n').catch((e: unknown) => e);
    expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('DATABASE_TIMEOUT');
    expect(Date.now() - began).toBeLessThan(10_000);
  });
});

describe('cache hints', () => {
  const query = { query: '{ concept(conceptId: 2211867) { conceptCode } }' };

  it('lets a successful answer be kept for CACHE_MAX_AGE_SECONDS, privately when tokens guard the API, and never an error', async () => {
    const answer = await post(open, query);
    expect(answer.json?.data).toEqual({ concept: { conceptCode: '77412' } });
    expect(answer.headers.get('cache-control')).toBe(`max-age=${defaults.http.cacheMaxAgeSeconds}, public`);
    const guardedAnswer = await post(guarded, query, { authorization: `Bearer ${TOKEN}` });
    expect(guardedAnswer.headers.get('cache-control')).toBe(`max-age=${defaults.http.cacheMaxAgeSeconds}, private`);
    const failed = await post(open, { query: '{ concept(conceptId: "x") { conceptCode } }' });
    expect(code(failed)).toBe('BAD_USER_INPUT');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const off = await serve(LIMITS, { ...defaults.http, cacheMaxAgeSeconds: 0 });
    expect((await post(off, query)).headers.get('cache-control')).toBeNull();
  });
});

describe('access control', () => {
  const query = { query: '{ concept(conceptId: 2211867) { conceptCode } }' };

  it('requires a bearer token on /graphql when API_TOKENS is set', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Bearer wrong-token-0123456789abcdef' },
      { authorization: TOKEN },
      { authorization: `Basic ${TOKEN}` },
    ]) {
      const answer = await post(guarded, query, headers);
      expect(answer.status).toBe(401);
      expectClean(answer);
      expect(code(answer)).toBe('UNAUTHENTICATED');
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const answer = await post(guarded, query, { authorization: `Bearer ${TOKEN}` });
    expect(answer.json).toEqual({ data: { concept: { conceptCode: '77412' } } });
  });

  it('keeps /health and /ready open', async () => {
    expect((await send(guarded, { path: '/health' })).status).toBe(200);
    expect((await send(guarded, { path: '/ready' })).status).toBe(200);
  });

  it('sends CORS headers only for the origins in CORS_ORIGINS, and none by default', async () => {
    const preflight = (base: string, origin: string) =>
      send(base, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const allowed = await preflight(guarded, 'https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect((await preflight(guarded, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(open, 'https://app.example')).headers.get('access-control-allow-origin')).toBeNull();
    const simple = await post(open, query, { origin: 'https://app.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses introspection when it is switched off, and answers it by default', async () => {
    const introspection = { query: '{ __schema { queryType { name } } }' };
    const off = await post(guarded, introspection, { authorization: `Bearer ${TOKEN}` });
    expect(code(off)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(off.json?.data).toBeUndefined();
    expect((await post(open, introspection)).json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('suggests a field name when introspection is on, and ends the sentence without one when it is off', async () => {
    const query = { query: '{ concept(conceptId: 1) { conceptNam } }' };
    const shown = await post(open, query);
    expect(code(shown)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(shown.json?.errors?.[0]?.message).toBe(
      'Cannot query field "conceptNam" on type "Concept". Did you mean "conceptName", "conceptId", or "conceptCode"?',
    );
    const hidden = await post(guarded, query, { authorization: `Bearer ${TOKEN}` });
    expect(code(hidden)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(hidden.json?.errors?.[0]?.message).toBe('Cannot query field "conceptNam" on type "Concept".');
  });
});

describe('client mistakes are 400-class validation errors with plain messages', () => {
  it.each(['mutation { x }', 'subscription { x }'])('refuses %s: the schema has queries only', async (query) => {
    const answer = await post(open, { query });
    expect(answer.status).toBe(400);
    expectClean(answer);
    expect(code(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.json?.errors?.[0]?.message).toMatch(/^This service answers queries only: the schema has no (mutation|subscription) type\.$/);
  });

  it('says what a date literal that is not a string was', async () => {
    const answer = await post(open, { query: '{ codeOnDate(code: {vocabularyId: "CPT4", conceptCode: "77412"}, date: 20200601) { valid } }' });
    expect(code(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.json?.errors?.[0]?.message).toBe(
      'Expected value of type "Date!", found 20200601; Date must be a calendar date as a string "YYYY-MM-DD", got 20200601',
    );
  });
});

describe('hostile input', () => {
  it('answers deep, wide and fragment-bomb queries quickly with a limit or validation code', async () => {
    const fragmentBomb = [
      'query { ...F5 }',
      'fragment F0 on Query { about { name version } }',
      ...[1, 2, 3, 4, 5].map((n) => `fragment F${n} on Query { ...F${n - 1} ...F${n - 1} }`),
    ].join('\n');
    const cycle = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    const wide = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: about { name }`).join(' ')} }`;
    const deepest = `{ ${'__type(name: "Concept") { fields { type { ofType { '.repeat(1)}${'ofType { '.repeat(60)}name${' }'.repeat(60)} } } } } }`;
    for (const query of [fragmentBomb, cycle, wide, deepest]) {
      const answer = await post(open, { query });
      expect(answer.status, query.slice(0, 60)).toBe(400);
      expectClean(answer);
      expect(String(code(answer))).toMatch(/LIMIT_EXCEEDED$|^GRAPHQL_VALIDATION_FAILED$/);
      expect(answer.ms).toBeLessThan(3_000);
    }
  });

  it('treats control characters, odd unicode, long strings and injection-shaped codes as data: null, the graph untouched', async () => {
    const codes = [
      '77412\u0000',
      '\u202e21477',
      '７７４１２',
      '77412\r\n',
      'x'.repeat(15_000),
      "77412' OR 1=1 //",
      '"}) MATCH (n) DETACH DELETE n //',
      '`) DETACH DELETE c //',
      '$code',
      '\ud800',
    ];
    for (const conceptCode of codes) {
      const answer = await post(open, {
        query: 'query ($v: String!, $c: String!) { concept(vocabularyId: $v, conceptCode: $c) { conceptId } }',
        variables: { v: conceptCode.length > 1_000 ? 'CPT4' : conceptCode, c: conceptCode },
      });
      expectClean(answer);
      expect(answer.json, JSON.stringify(conceptCode).slice(0, 40)).toEqual({ data: { concept: null } });
    }
    const [row] = await graph.read<{ n: number }>('MATCH (c:Concept {conceptId: 2211867}) RETURN count(c) AS n');
    expect(row?.n).toBe(1);
  });

  it('answers malformed ids with BAD_USER_INPUT', async () => {
    for (const id of ['-1', '1e3', '0x10', '２２', '9'.repeat(400), "1' OR '1'='1", '']) {
      const answer = await post(open, { query: 'query ($id: ID!) { concept(conceptId: $id) { conceptId } }', variables: { id } });
      expectClean(answer);
      expect(code(answer), id.slice(0, 20)).toBe('BAD_USER_INPUT');
    }
  });

  it('survives a bounded property-based fuzz over the schema: always JSON, a known code, never internals', async () => {
    const KNOWN = /^(BAD_USER_INPUT|BAD_REQUEST|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|[A-Z_]+_LIMIT_EXCEEDED)$/;
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom("' OR 1=1 --", '"})', '\u0000', '77412', 'CPT4'),
    );
    const id = fc.oneof(fc.nat().map(String), fc.integer().map(String), text);
    const conceptFields = fc.subarray(['conceptId', 'conceptName', 'conceptCode', 'vocabularyId', 'validStartDate', 'nameSource', '__typename', 'nope'], {
      minLength: 1,
    });
    const field = fc.oneof(
      fc.tuple(id, conceptFields).map(([i, f]) => ({ query: `query ($id: ID) { concept(conceptId: $id) { ${f.join(' ')} } }`, variables: { id: i } })),
      fc.tuple(text, text, conceptFields).map(([v, c, f]) => ({
        query: `query ($v: String, $c: String) { concept(vocabularyId: $v, conceptCode: $c) { ${f.join(' ')} } }`,
        variables: { v, c },
      })),
      fc
        .tuple(fc.array(id, { maxLength: 20 }), conceptFields)
        .map(([ids, f]) => ({ query: `query ($ids: [ID!]!) { concepts(conceptIds: $ids) { ${f.join(' ')} } }`, variables: { ids } })),
      fc.tuple(fc.nat({ max: 8 }), fc.nat({ max: 12 })).map(([aliases, depth]) => ({
        query: `{ ${Array.from({ length: aliases + 1 }, (_, i) => `a${i}: __type(name: "Concept") { ${'fields { type { '.repeat(depth)}name${' } }'.repeat(depth)} }`).join(' ')} }`,
      })),
      text.map((garbage) => ({ query: garbage })),
    );
    const began = Date.now();
    await fc.assert(
      fc.asyncProperty(field, async (body) => {
        const answer = await post(open, body);
        expect([200, 400]).toContain(answer.status);
        expectClean(answer);
        for (const error of answer.json?.errors ?? []) expect(String(error.extensions?.code)).toMatch(KNOWN);
        expect(answer.ms).toBeLessThan(5_000);
      }),
      { numRuns: 150, interruptAfterTimeLimit: 25_000, seed: 20_261_123 },
    );
    expect(Date.now() - began).toBeLessThan(40_000);
  });
});
