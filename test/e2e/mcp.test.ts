import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { MAX_CLAIM_LINES } from '../../src/modules/claims/claims-resolvers.js';
import { CODE_ON_DATE } from '../../src/mcp/operations.js';
import { DELIVERY_CODE_PROMPT } from '../../src/mcp/prompt.js';
import { RESOURCE_URIS } from '../../src/mcp/resources.js';
import type { Service } from '../../src/server.js';
import { resetDatabase, silentLog, testNeo4j, useTestDatabase } from '../helpers/database.js';
import { startService } from '../helpers/pack-service.js';

/**
 * The MCP server as agents use it, with the SDK's own client: over stdio (npm run --silent mcp,
 * a child process on this file's database) and over Streamable HTTP at /mcp on a started
 * service that requires a bearer token. Every tool is called over both, on the knowledge pack.
 */
const { graph } = useTestDatabase();
const REPO = join(import.meta.dirname, '../..');
const TOKEN = 'mcp-test-token-0123456789';
const TOOLS = [
  'search_concepts',
  'get_concept',
  'explore_concept',
  'map_to_standard',
  'code_lineage',
  'code_on_date',
  'recommend_delivery_code',
  'map_claim_lines',
  'expand_concept_set',
];

let service: Service;
let base: string;
const clients: Record<'stdio' | 'http', Client> = {} as never;
/** Errors a client met reading the server (a line on stdout that is not a protocol message is one). */
const clientErrors: Error[] = [];
let stdioLog = '';

function client(): Client {
  const made = new Client({ name: 'mcp-e2e', version: '1.0.0' });
  made.onerror = (error) => clientErrors.push(error);
  return made;
}

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
  ({ service, base } = await startService(graph, loadConfig({ API_TOKENS: TOKEN }).http));

  clients.http = client();
  await clients.http.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));

  const stdio = new StdioClientTransport({
    command: 'npm',
    args: ['run', '--silent', 'mcp'],
    cwd: REPO,
    env: { ...(process.env as Record<string, string>), NEO4J_URI: testNeo4j().uri, NEO4J_PROVIDER: 'uri', LOG_LEVEL: 'info', API_TOKENS: '' },
    stderr: 'pipe',
  });
  stdio.stderr?.on('data', (chunk: Buffer) => (stdioLog += chunk.toString()));
  clients.stdio = client();
  await clients.stdio.connect(stdio);
  // Listing the tools makes each client check every structured answer against its tool's output schema.
  await Promise.all([clients.stdio.listTools(), clients.http.listTools()]);
});

afterAll(async () => {
  await clients.stdio?.close();
  await clients.http?.close();
  await service?.stop();
  await new Promise((resolve) => service?.http.close(resolve));
});

/** A tool's answer, with its text and structured content. */
async function call(transport: 'stdio' | 'http', name: string, args: Record<string, unknown>) {
  const result = (await clients[transport].callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
  return { result, text, data: result.structuredContent as Record<string, any> };
}

/** A tool's answer that must be an answer, not an error. */
async function answer(transport: 'stdio' | 'http', name: string, args: Record<string, unknown>) {
  const called = await call(transport, name, args);
  expect(called.result.isError, called.text).toBeFalsy();
  expect(called.data).toBeDefined();
  return called;
}

async function graphql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: Record<string, any> };
}

describe.each(['stdio', 'http'] as const)('MCP over %s', (transport) => {
  it('lists the nine tools, each with input and output JSON Schemas that compile (the client checks every answer below against them)', async () => {
    const { tools } = await clients[transport].listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...TOOLS].sort());
    const validator = new AjvJsonSchemaValidator();
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.annotations?.readOnlyHint).toBe(true);
      validator.getValidator(tool.inputSchema);
      validator.getValidator(tool.outputSchema!);
    }
    const codeOnDate = tools.find((tool) => tool.name === 'code_on_date')!;
    const check = validator.getValidator(codeOnDate.inputSchema);
    expect(check({ vocabularyId: 'HCPCS', conceptCode: 'G6015', date: '2026-02-01' }).valid).toBe(true);
    expect(check({ vocabularyId: 'HCPCS', conceptCode: 'G6015' }).valid).toBe(false);
    expect(check({ vocabularyId: 'HCPCS', conceptCode: 'G6015', date: '2026-02-01', siteOfService: 'MOON' }).valid).toBe(false);
    const recommend = tools.find((tool) => tool.name === 'recommend_delivery_code')!;
    expect(Object.keys(recommend.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['dateOfService', 'technique', 'isocentersPerSession', 'imageGuidanceReviewedByPhysician']),
    );
    expect(recommend.inputSchema.required).toEqual(expect.arrayContaining(['dateOfService', 'siteOfService', 'technique']));
  });

  it("code_lineage: G6015's successors are 77407 and 77412 from 2026, each under its delivery level", async () => {
    const { data, text } = await answer(transport, 'code_lineage', { vocabularyId: 'HCPCS', conceptCode: 'G6015', direction: 'SUCCESSORS' });
    const successors = (data.lineage.steps as any[]).filter((step) => step.from.conceptCode === 'G6015' && step.direction === 'SUCCESSORS');
    expect(successors.map((step) => `${step.to.conceptCode}@${step.effectiveDate}:${step.condition}`).sort()).toEqual([
      '77407@2026-01-01:level-2',
      '77412@2026-01-01:level-3',
    ]);
    expect(text).toContain('HCPCS G6015 -> CPT4 77412');
  });

  it('code_on_date: G6015 is not in force on 2026-02-01 and names its successors and their criteria, as /graphql answers', async () => {
    const args = { vocabularyId: 'HCPCS', conceptCode: 'G6015', date: '2026-02-01' };
    const { data, text } = await answer(transport, 'code_on_date', args);
    expect(data.codeOnDate.valid).toBe(false);
    expect((data.codeOnDate.successors as any[]).map((s) => s.code.conceptCode).sort()).toEqual(['77407', '77412']);
    expect((data.codeOnDate.successors as any[]).every((s) => s.criteria.length > 0)).toBe(true);
    expect(text).toMatch(/not in force/);
    // One path for answers: the tool's structured content is the API's answer to the same operation.
    expect(data).toEqual((await graphql(CODE_ON_DATE, args)).data);
  });

  it('code_on_date: 77412 meant one service on 2014-06-01 and another on 2026-02-01', async () => {
    const before = (await answer(transport, 'code_on_date', { vocabularyId: 'CPT4', conceptCode: '77412', date: '2014-06-01' })).data.codeOnDate;
    const after = (await answer(transport, 'code_on_date', { vocabularyId: 'CPT4', conceptCode: '77412', date: '2026-02-01' })).data.codeOnDate;
    expect(before.valid).toBe(true);
    expect(after.valid).toBe(true);
    expect(before.meaning).toBeTruthy();
    expect(after.meaning).toBeTruthy();
    expect(before.meaning).not.toBe(after.meaning);
    expect(before.validTo < after.validFrom).toBe(true);
  });

  it('recommend_delivery_code: IMRT with DIBH, one isocenter and reviewed CBCT in 2026 is level 3, 77412 with 77387', async () => {
    const { data, text } = await answer(transport, 'recommend_delivery_code', {
      dateOfService: '2026-02-01',
      siteOfService: 'HOSPITAL_OUTPATIENT',
      technique: 'IMRT',
      isocentersPerSession: 1,
      motionManagement: ['DIBH'],
      imageGuidance: 'CBCT',
      imageGuidanceReviewedByPhysician: true,
    });
    const recommendation = data.recommendDeliveryCode;
    expect(recommendation.status).toBe('RECOMMENDED');
    expect(recommendation.level).toBe(3);
    expect((recommendation.codes as any[]).map((c) => `${c.role} ${c.code.conceptCode}`)).toEqual(['PRIMARY 77412', 'ADD_ON 77387']);
    expect(text).toContain('ADD_ON: CPT4 77387');
  });

  it('recommend_delivery_code: without the isocenters of an IMRT session it asks for them (NEEDS_MORE_INFORMATION)', async () => {
    const { data, text } = await answer(transport, 'recommend_delivery_code', {
      dateOfService: '2026-02-01',
      siteOfService: 'PHYSICIAN_OFFICE',
      technique: 'IMRT',
    });
    const recommendation = data.recommendDeliveryCode;
    expect(recommendation.status).toBe('NEEDS_MORE_INFORMATION');
    expect(recommendation.codes).toEqual([]);
    expect((recommendation.missingFacts as string[]).join(' ')).toMatch(/isocentersPerSession/);
    expect(text).toMatch(/Missing facts \(ask for these\): .*isocentersPerSession/);
  });

  it('map_claim_lines: 77387 alone in its encounter is flagged ADD_ON_WITHOUT_PRIMARY', async () => {
    const { data, text } = await answer(transport, 'map_claim_lines', {
      lines: [
        { lineId: 'a', personId: 'p1', encounterId: 'e1', code: '77412', dateOfService: '2026-01-06' },
        { lineId: 'b', personId: 'p1', encounterId: 'e1', code: '77387-26', dateOfService: '2026-01-06' },
        { lineId: 'c', personId: 'p1', encounterId: 'e2', code: '77387', modifiers: ['26'], dateOfService: '2026-01-07' },
      ],
    });
    const flags = Object.fromEntries((data.mapClaimLines.lines as any[]).map((line) => [line.lineId, line.flags]));
    expect(flags.b).not.toContain('ADD_ON_WITHOUT_PRIMARY');
    expect(flags.c).toContain('ADD_ON_WITHOUT_PRIMARY');
    expect(data.mapClaimLines.summary.lines).toBe(3);
    expect(text).toMatch(/line 3 \(c\): MAPPED.*ADD_ON_WITHOUT_PRIMARY/);
  });

  it('map_claim_lines: more lines than GraphQL takes is a tool error with the limit', async () => {
    const lines = Array.from({ length: MAX_CLAIM_LINES + 1 }, () => ({ code: '77412', dateOfService: '2026-01-06' }));
    const { result, text } = await call(transport, 'map_claim_lines', { lines });
    expect(result.isError).toBe(true);
    expect(text).toMatch(new RegExp(`^LIST_SIZE_LIMIT_EXCEEDED: .*argument: lines, limit: ${MAX_CLAIM_LINES}, requested: ${MAX_CLAIM_LINES + 1}`));
  });

  it('search_concepts, get_concept, explore_concept, map_to_standard and expand_concept_set find 77412 and say their totals', async () => {
    const search = (await answer(transport, 'search_concepts', { query: '77412', vocabularyIds: ['CPT4'], first: 5 })).data.searchConcepts;
    expect(search.totalCount).toBeGreaterThanOrEqual(1);
    const found = search.edges[0].node;
    expect(found).toMatchObject({ vocabularyId: 'CPT4', conceptCode: '77412' });

    const byCode = (await answer(transport, 'get_concept', { vocabularyId: 'CPT4', conceptCode: '77412', date: '2026-02-01' })).data.concept;
    expect(byCode.conceptId).toBe(found.conceptId);
    // An id may come as a number: GraphQL's ID takes both.
    const byId = (await answer(transport, 'get_concept', { conceptId: Number(found.conceptId) })).data.concept;
    expect(byId.conceptCode).toBe('77412');

    const explored = await answer(transport, 'explore_concept', { conceptId: found.conceptId, first: 1 });
    const { concept, relationshipCounts } = explored.data;
    expect(concept.conceptId).toBe(found.conceptId);
    const counted = (relationshipCounts.byRelationshipId as { count: number }[]).reduce((sum, c) => sum + c.count, 0);
    expect(counted).toBe(relationshipCounts.total);
    expect(relationshipCounts.complete).toBe(true);
    expect(concept.mapsTo.edges.length).toBeLessThanOrEqual(1);
    expect(concept.mapsTo.totalCount).toBe((relationshipCounts.byRelationshipId as any[]).find((c) => c.relationshipId === 'Maps to')?.count ?? 0);
    expect(explored.text).toMatch(/Relationships by id \(\d+ in all\)/);

    const mapped = (await answer(transport, 'map_to_standard', { vocabularyId: 'CPT4', conceptCode: '77412', asOf: '2026-02-01' })).data.concept.mapsTo;
    expect(['STANDARD', 'DEPRECATED_STANDARD']).toContain(mapped.status);
    expect(mapped.targets.length).toBeGreaterThan(0);

    const set = (await answer(transport, 'expand_concept_set', { items: [{ conceptId: found.conceptId }] })).data.expandConceptSet;
    expect(set.totalCount).toBe(1);
    expect(set.edges[0].node.conceptId).toBe(found.conceptId);
  });

  it('an unknown code or concept is a tool error NOT_FOUND, not an empty answer', async () => {
    const onDate = await call(transport, 'code_on_date', { vocabularyId: 'HCPCS', conceptCode: 'Z9999', date: '2026-02-01' });
    expect(onDate.result.isError).toBe(true);
    expect(onDate.text).toMatch(/^NOT_FOUND: HCPCS Z9999 is not a code this graph knows/);
    const concept = await call(transport, 'get_concept', { conceptId: '999999999' });
    expect(concept.result.isError).toBe(true);
    expect(concept.text).toMatch(/^NOT_FOUND: No concept has conceptId 999999999/);
    const lineage = await call(transport, 'code_lineage', { vocabularyId: 'CPT4', conceptCode: '00000' });
    expect(lineage.result.isError).toBe(true);
    expect(lineage.text).toMatch(/^NOT_FOUND/);
  });

  it('bad arguments are tool errors that name the argument', async () => {
    const badDate = await call(transport, 'code_on_date', { vocabularyId: 'CPT4', conceptCode: '77412', date: '2026-02-30' });
    expect(badDate.result.isError).toBe(true);
    expect(badDate.text).toMatch(/date/);
    const missing = await call(transport, 'recommend_delivery_code', { dateOfService: '2026-02-01', siteOfService: 'PHYSICIAN_OFFICE' });
    expect(missing.result.isError).toBe(true);
    expect(missing.text).toMatch(/technique/);
    const unknownKey = await call(transport, 'search_concepts', { query: 'radiation', vocabulary: 'CPT4' });
    expect(unknownKey.result.isError).toBe(true);
    expect(unknownKey.text).toMatch(/vocabulary/);
    // Refused by the API itself: the GraphQL error's code and the argument it names.
    const both = await call(transport, 'get_concept', { conceptId: '1', vocabularyId: 'CPT4' });
    expect(both.result.isError).toBe(true);
    expect(both.text).toMatch(/^BAD_USER_INPUT: /);
    const fractions = await call(transport, 'recommend_delivery_code', {
      dateOfService: '2026-02-01',
      siteOfService: 'PHYSICIAN_OFFICE',
      technique: 'IMRT',
      fractions: 0,
    });
    expect(fractions.result.isError).toBe(true);
    expect(fractions.text).toMatch(/^BAD_USER_INPUT: .*fractions/);
  });

  it('reads the three resources and gets the delivery-code prompt', async () => {
    const { resources } = await clients[transport].listResources();
    expect(resources.map((resource) => resource.uri).sort()).toEqual(Object.values(RESOURCE_URIS).sort());
    const read = async (uri: string) =>
      JSON.parse(((await clients[transport].readResource({ uri })).contents[0] as { text: string }).text) as Record<string, any>;
    const levels = (await read(RESOURCE_URIS.deliveryLevels)).deliveryLevels as any[];
    expect(levels.map((level) => `${level.level} ${level.code.conceptCode}`)).toEqual(['1 77402', '2 77407', '3 77412']);
    const sources = await read(RESOURCE_URIS.sources);
    expect(sources.sources.length).toBe(sources.about.knowledgePack.sources);
    const catalogue = await read(RESOURCE_URIS.vocabularies);
    expect((catalogue.relationshipTypes as any[]).map((type) => type.relationshipId)).toContain('Maps to');

    const prompt = await clients[transport].getPrompt({
      name: DELIVERY_CODE_PROMPT,
      arguments: { treatment: 'left breast IMRT with DIBH', dateOfService: '2026-03-02' },
    });
    const [steps, attached] = prompt.messages;
    expect(steps!.content).toMatchObject({ type: 'text', text: expect.stringContaining('left breast IMRT with DIBH') });
    expect(steps!.content).toMatchObject({ text: expect.stringContaining('NEEDS_MORE_INFORMATION') });
    expect(attached!.content).toMatchObject({ type: 'resource', resource: { uri: RESOURCE_URIS.deliveryLevels } });
  });
});

describe('MCP transports', () => {
  it('stdio: standard output carried nothing but protocol messages, and the logs went to standard error', () => {
    expect(clientErrors).toEqual([]);
    expect(stdioLog).toContain('serving MCP over stdio');
  });

  it('HTTP: /mcp needs the bearer token, as /graphql does', async () => {
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
    };
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify(initialize),
      });
    for (const headers of [{}, { authorization: 'Bearer not-the-token-at-all' }] as Record<string, string>[]) {
      const refused = await post(headers);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    const accepted = await post({ authorization: `Bearer ${TOKEN}` });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { result: { serverInfo: { name: string } } }).result.serverInfo.name).toBe('procedure-code-graph');

    const unauthenticated = client();
    await expect(unauthenticated.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)))).rejects.toThrow(/UNAUTHENTICATED/);

    const stream = await fetch(`${base}/mcp`, { headers: { authorization: `Bearer ${TOKEN}`, accept: 'text/event-stream' } });
    expect(stream.status).toBe(405);
  });
});
