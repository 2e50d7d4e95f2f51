import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';

/**
 * GET /metrics scraped as Prometheus would: the request, error, refusal, answer-cache, Neo4j and
 * process series move with the traffic sent, and the endpoint is open exactly as configured
 * (with the API, behind its tokens when API_TOKENS is set; alone and open on METRICS_PORT).
 */
const { graph } = useTestDatabase();
const defaults = loadConfig({});
const TOKEN = 'metrics-token-0123456789abcdef';
const services: Service[] = [];
let open: string;

async function serve(http = defaults.http): Promise<{ service: Service; base: string }> {
  const service = await createService({ graph, log: silentLog, http });
  services.push(service);
  return { service, base: `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}` };
}

beforeAll(async () => {
  await resetDatabase(graph);
  await graph.write(
    "MERGE (c:Concept {conceptId: 2211867}) SET c.vocabularyId = 'CPT4', c.conceptCode = '77412', c.conceptName = 'Radiation treatment delivery', c.domainId = 'Procedure', c.conceptClassId = 'CPT4'",
  );
  open = (await serve()).base;
});

afterAll(async () => {
  for (const service of services) await service.stop();
});

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The value of one series in a scrape (0 when absent). */
function value(scrape: string, series: string): number {
  const line = scrape.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics', () => {
  it('counts requests by operation and status, errors by code, refusals by limit, the answer cache and Neo4j reads', async () => {
    const lookup = { query: 'query Lookup { concept(conceptId: 2211867) { conceptCode } }', operationName: 'Lookup' };
    for (let i = 0; i < 3; i++) expect((await post(open, lookup)).status).toBe(200);
    expect((await post(open, { query: '{ concept(conceptId: 1) { nope } }' })).status).toBe(400);
    await post(open, { query: '{ concept(conceptId: 2211867) { descendants(first: 1001) { totalCount } } }' });
    await post(open, { query: `{ searchConcepts(query: "a", first: 1000) { edges { node { descendants(first: 1000) { totalCount } } } } }` });

    const response = await fetch(`${open}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const scrape = await response.text();
    expect(value(scrape, 'graphql_requests_total{operation="Lookup",status="200"}')).toBe(3);
    expect(value(scrape, 'graphql_request_duration_seconds_count{operation="Lookup",status="200"}')).toBe(3);
    expect(value(scrape, 'graphql_requests_total{operation="anonymous",status="400"}')).toBe(2);
    expect(value(scrape, 'graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value(scrape, 'graphql_refusals_total{limit="PAGE_SIZE_LIMIT_EXCEEDED"}')).toBe(1);
    expect(value(scrape, 'graphql_refusals_total{limit="QUERY_COST_LIMIT_EXCEEDED"}')).toBe(1);
    // The same lookup three times: one miss, then two answers from the cache.
    expect(value(scrape, 'answer_cache_misses_total')).toBeGreaterThanOrEqual(1);
    expect(value(scrape, 'answer_cache_hits_total')).toBe(2);
    expect(value(scrape, 'answer_cache_entries')).toBeGreaterThanOrEqual(1);
    expect(value(scrape, 'answer_cache_bytes')).toBeGreaterThan(0);
    expect(value(scrape, 'neo4j_read_duration_seconds_count')).toBeGreaterThanOrEqual(2);
    // The service's vocabulary-generation watcher reads every VOCABULARY_POLL_MS through the same
    // graph, so one of its reads may be running at any scrape: the gauge is there, and it is back
    // at 0 once that read ends (a scrape a little later).
    expect(scrape).toMatch(/^neo4j_reads_in_flight \d+$/m);
    const inFlight = async () => (await (await fetch(`${open}/metrics`)).text()).match(/^neo4j_reads_in_flight (\d+)$/m)?.[1];
    await expect.poll(inFlight, { timeout: 5_000, interval: 50 }).toBe('0');
    expect(value(scrape, 'vocabulary_generation')).toBeGreaterThanOrEqual(1);
    expect(value(scrape, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('labels at most 200 operation names, the rest as other', async () => {
    const { base } = await serve();
    for (let i = 0; i < 201; i++) await post(base, { query: `query Op${i} { about { name } }`, operationName: `Op${i}` });
    const scrape = await (await fetch(`${base}/metrics`)).text();
    expect(value(scrape, 'graphql_requests_total{operation="Op199",status="200"}')).toBe(1);
    expect(value(scrape, 'graphql_requests_total{operation="Op200",status="200"}')).toBe(0);
    expect(value(scrape, 'graphql_requests_total{operation="other",status="200"}')).toBe(1);
  });

  it('is behind the bearer tokens when API_TOKENS is set', async () => {
    const { base } = await serve({ ...defaults.http, apiTokens: [TOKEN] });
    const refused = await fetch(`${base}/metrics`);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('is served alone and open on METRICS_PORT, and not with the API', async () => {
    const { service, base } = await serve({ ...defaults.http, apiTokens: [TOKEN], metricsPort: 0 });
    expect(service.metricsPort).toBeGreaterThan(0);
    const scrape = await fetch(`http://127.0.0.1:${service.metricsPort}/metrics`);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('graphql_requests_total');
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${service.metricsPort}/graphql`)).status).toBe(404);
  });
});
