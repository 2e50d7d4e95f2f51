import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';

/**
 * Credentials never reach the log: the service behind API_TOKENS logs at its most verbose level
 * into memory while requests carry a token in every place a client may put one (the
 * Authorization header, a near-miss token, a cookie, a query parameter), ending 200, 400, 401
 * and 404; the whole log is then searched for the tokens.
 */
const { graph } = useTestDatabase();
const TOKEN = 'secret-token-4f9a1c2e7b6d0a35';
const QUERY_TOKEN = 'query-token-9c8b7a6f5e4d3c2b';
const lines: string[] = [];
let service: Service;
let base: string;

beforeAll(async () => {
  await resetDatabase(graph);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const defaults = loadConfig({});
  service = await createService({ graph, log: createLogger('trace', sink), http: { ...defaults.http, apiTokens: [TOKEN] } });
  base = `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await service?.stop();
});

const send = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
const post = (body: unknown, headers: Record<string, string>) =>
  send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('credentials in the log', () => {
  it('logs requests that carry tokens without any token in any line', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await post({ query: '{ about { name } }' }, auth)).status).toBe(200);
    expect((await post({ query: '{ about { nmae } }' }, auth)).status).toBe(400);
    expect((await post({ query: '{ about { name } }' }, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await post({ query: '{ about { nmae } }' }, { ...auth, cookie: `session=${TOKEN}` })).status).toBe(400);
    const params = new URLSearchParams({ query: '{ about { nmae } }', access_token: QUERY_TOKEN });
    expect((await send(`/graphql?${params}`, { headers: auth })).status).toBe(400);
    expect((await send(`/nowhere?api_key=${QUERY_TOKEN}`, { headers: auth })).status).toBe(404);
    // pino writes asynchronously to the stream: wait until every request's line is in.
    for (let i = 0; i < 50 && lines.filter((line) => line.includes('"responseTime"')).length < 6; i++) await new Promise((r) => setTimeout(r, 20));

    const log = lines.join('\n');
    expect(lines.filter((line) => line.includes('"responseTime"'))).toHaveLength(6);
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(QUERY_TOKEN);
    // What was there is still said to have been there.
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).toContain('"cookie":"[redacted]"');
    expect(log).toContain('access_token=%5Bredacted%5D');
    expect(log).toContain('"access_token":"[redacted]"');
  });

  it('logs each request once when it ends, under the id sent back in x-request-id, at the level its outcome gives', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const health = await send('/health', { headers: { 'x-request-id': 'trace-abc.1' } });
    expect(health.headers.get('x-request-id')).toBe('trace-abc.1');
    const missing = await send('/nowhere', { headers: { ...auth, 'x-request-id': 'not a token' } });
    const generated = missing.headers.get('x-request-id')!;
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const lineOf = async (id: string) => {
      for (let i = 0; i < 50 && !lines.some((line) => line.includes(`"reqId":"${id}"`) && line.includes('"responseTime"')); i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const found = lines.filter((line) => line.includes(`"reqId":"${id}"`) && line.includes('"responseTime"'));
      expect(found).toHaveLength(1);
      return JSON.parse(found[0]!) as { level: number; msg: string; req: { method: string; url: string }; res: { statusCode: number } };
    };
    expect(await lineOf('trace-abc.1')).toMatchObject({
      level: 20,
      msg: 'request completed',
      req: { method: 'GET', url: '/health' },
      res: { statusCode: 200 },
    });
    expect(await lineOf(generated)).toMatchObject({ level: 40, msg: 'request completed', req: { url: '/nowhere' }, res: { statusCode: 404 } });
  });
});
