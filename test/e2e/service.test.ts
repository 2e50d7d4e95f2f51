import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { GraphQLClient, ClientError, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded/launcher.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { resetDatabase, useTestDatabase, testNeo4j } from '../helpers/database.js';

const pack = readSeedPack();

/**
 * The service as a user runs it (src/main.ts: config, schema, seed, HTTP), pointed at the test
 * run's Neo4j through NEO4J_URI, and queried over HTTP with a GraphQL client.
 */
const { graph } = useTestDatabase();
let child: ChildProcess;
let base: string;
let output = '';
let exitCode: Promise<number | null>;
/** SHUTDOWN_GRACE_MS of the service under test: short, and far from Apollo's own 10 s default. */
const GRACE_MS = 1_500;

beforeAll(async () => {
  await resetDatabase(graph);
  const { uri } = testNeo4j();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_PROVIDER: 'uri',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  exitCode = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving GraphQL')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(`service exited:\n${output}`)));
  });
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

const client = () => new GraphQLClient(`${base}/graphql`);

describe('the running service', () => {
  it('warmed the query plans of the API operations before it said it was serving (the default)', () => {
    expect(output).toMatch(/"failed":\[\].*"msg":"warmed the query plans of the API operations"[\s\S]*serving GraphQL/);
  });

  it('answers the lookup of CPT4 77412 with conceptId 2211867', async () => {
    const data = await client().request<{ concept: { conceptId: string; conceptCode: string } }>(
      gql`
        query ($vocabularyId: String!, $code: String!) {
          concept(vocabularyId: $vocabularyId, conceptCode: $code) {
            conceptId
            conceptCode
          }
        }
      `,
      { vocabularyId: 'CPT4', code: '77412' },
    );
    expect(data.concept).toEqual({ conceptId: '2211867', conceptCode: '77412' });
  });

  it('serves the whole knowledge pack it loaded at start-up', async () => {
    const data = await client().request<{ about: { knowledgePack: Record<string, number> } }>(gql`
      {
        about {
          knowledgePack {
            concepts
            localConcepts
            codeChanges
            codeVersions
            deliveryLevels
            criteria
            workedExamples
          }
        }
      }
    `);
    expect(data.about.knowledgePack).toEqual({
      concepts: 201,
      localConcepts: 8,
      codeChanges: pack.changeEvents.length,
      codeVersions: pack.codeVersions.length,
      deliveryLevels: 3,
      criteria: pack.criteria.criteria.length,
      workedExamples: pack.criteria.examples.length,
    });
  });

  it('answers null for an unknown code', async () => {
    const data = await client().request<{ concept: unknown }>(gql`
      {
        concept(vocabularyId: "CPT4", conceptCode: "00000") {
          conceptId
        }
      }
    `);
    expect(data.concept).toBeNull();
  });

  it('answers a malformed query with a coded GraphQL error and no stack trace', async () => {
    const error = await client()
      .request(`{ concept(vocabularyId: "CPT4" conceptCode: ) }`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    const { errors } = (error as ClientError).response;
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify((error as ClientError).response)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const error = (await client()
      .request(`{ concept(conceptId: 1) { color } }`)
      .catch((e: unknown) => e)) as ClientError;
    expect(error.response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports health and readiness, and echoes the request id', async () => {
    const health = await fetch(`${base}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(health.status).toBe(200);
    expect(health.headers.get('x-request-id')).toBe('trace-123');
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'reachable' });
  });

  it('serves a GraphQL IDE page that loads nothing from the internet', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('/graphql');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/i);
  });

  it('stops cleanly on SIGTERM, giving a request still in flight SHUTDOWN_GRACE_MS and no more', async () => {
    // A request whose body never finishes: in flight until the drain gives up on it.
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    const took = Date.now() - signalled;
    await closed;
    expect(output).toContain('"msg":"stopped"');
    // The drain waited for the request (the grace), then closed it: not at once, and not after Apollo's default 10 s.
    expect(took).toBeGreaterThanOrEqual(GRACE_MS - 100);
    expect(took).toBeLessThan(GRACE_MS + 6_000);
  });
});
