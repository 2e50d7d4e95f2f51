import { createServer, request as httpRequest, type Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/api/answer-cache.js';
import { createDriver, NO_AUTH } from '../../src/db/driver.js';
import { freePort } from '../../src/db/embedded/launcher.js';
import { Graph } from '../../src/db/graph.js';
import { GenerationWatcher } from '../../src/db/vocabulary-generation.js';
import { createLogger } from '../../src/logger.js';

/**
 * The answer cache in front of a stand-in for Apollo that counts what reaches it: what is kept,
 * what is not, and that nothing is kept while the generation is unknown or changing.
 */
let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function front(cache: AnswerCache, answer: (body: { query: string }) => { status: number; json: unknown; headers?: Record<string, string> }) {
  let reached = 0;
  const app = express();
  app.post('/graphql', express.json(), cache.middleware(), (req, res) => {
    reached += 1;
    const { status, json, headers } = answer(req.body as { query: string });
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    res.status(status).type('application/json').send(JSON.stringify(json));
  });
  server = createServer(app);
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const post = async (body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text(), cacheControl: response.headers.get('cache-control') };
  };
  return { post, reached: () => reached };
}

describe('AnswerCache', () => {
  it('keeps a successful answer and serves it again with its headers', async () => {
    const cache = new AnswerCache({ maxBytes: 1 << 20, generation: () => 1 });
    const app = await front(cache, () => ({ status: 200, json: { data: { n: 1 } }, headers: { 'cache-control': 'max-age=60, private' } }));
    const first = await app.post({ query: '{ n }' });
    const second = await app.post({ query: '{ n }' });
    expect(app.reached()).toBe(1);
    expect(second).toEqual(first);
    expect(second.cacheControl).toBe('max-age=60, private');
    await app.post({ query: '{ n }', variables: { a: 1 } });
    await app.post({ query: '{ n }', operationName: 'Other' });
    expect(app.reached()).toBe(3);
  });

  it('does not keep errors, non-200 answers, no-store answers, or persisted-query requests', async () => {
    const cache = new AnswerCache({ maxBytes: 1 << 20, generation: () => 1 });
    const answers: Record<string, { status: number; json: unknown; headers?: Record<string, string> }> = {
      '{ errors }': { status: 200, json: { data: null, errors: [{ message: 'no' }] } },
      '{ partial }': { status: 200, json: { data: { a: 1 }, errors: [{ message: 'half' }] } },
      '{ refused }': { status: 400, json: { errors: [{ message: 'bad' }] } },
      '{ nostore }': { status: 200, json: { data: { a: 1 } }, headers: { 'cache-control': 'no-store' } },
      '{ persisted }': { status: 200, json: { data: { a: 1 } } },
    };
    const app = await front(cache, (body) => answers[body.query]!);
    for (const query of Object.keys(answers)) {
      const extensions = query === '{ persisted }' ? { persistedQuery: { version: 1, sha256Hash: 'x' } } : undefined;
      await app.post({ query, extensions });
      await app.post({ query, extensions });
    }
    expect(app.reached()).toBe(10);
    expect(cache.stats.entries).toBe(0);
  });

  it('keeps and serves nothing while the generation is unknown', async () => {
    const cache = new AnswerCache({ maxBytes: 1 << 20, generation: () => undefined });
    const app = await front(cache, () => ({ status: 200, json: { data: { n: 1 } } }));
    await app.post({ query: '{ n }' });
    await app.post({ query: '{ n }' });
    expect(app.reached()).toBe(2);
    expect(cache.stats.entries).toBe(0);
  });

  it('does not keep an answer computed while the generation changed', async () => {
    let generation = 1;
    const cache = new AnswerCache({ maxBytes: 1 << 20, generation: () => generation });
    const app = await front(cache, () => {
      generation += 1; // a load finished while this request was being answered
      return { status: 200, json: { data: { n: 1 } } };
    });
    await app.post({ query: '{ n }' });
    expect(cache.stats.entries).toBe(0);
  });

  it('holds no more than its size, dropping the least recently used', async () => {
    const cache = new AnswerCache({ maxBytes: 2_000, generation: () => 1 });
    const app = await front(cache, (body) => ({ status: 200, json: { data: { text: body.query.padEnd(300, '.') } } }));
    for (let i = 0; i < 20; i++) await app.post({ query: `{ q${i} }` });
    expect(cache.stats.bytes).toBeLessThanOrEqual(2_000);
    expect(cache.stats.entries).toBeGreaterThan(0);
    expect(cache.stats.entries).toBeLessThan(20);
    await app.post({ query: '{ q19 }' });
    expect(cache.stats.hits).toBe(1);
  });
});

describe('GenerationWatcher', () => {
  it('knows no generation while the database cannot be reached', async () => {
    const driver = createDriver(`bolt://127.0.0.1:${await freePort()}`, NO_AUTH, { retryMs: 0 });
    try {
      const watcher = new GenerationWatcher(new Graph(driver, 'neo4j'), { pollMs: 1_000, log: createLogger('silent') });
      let changes = 0;
      watcher.onChange(() => (changes += 1));
      await watcher.poll();
      expect(watcher.generation).toBeUndefined();
      expect(changes).toBe(0);
    } finally {
      await driver.close();
    }
  });
});

describe('AnswerCache keys', () => {
  it('treats no Accept header and */* as the same request, and another Accept as another', async () => {
    const cache = new AnswerCache({ maxBytes: 1 << 20, generation: () => 1 });
    let reached = 0;
    const app = express();
    app.post('/graphql', express.json(), cache.middleware(), (_req, res) => {
      reached += 1;
      res.type('application/json').send(JSON.stringify({ data: { n: 1 } }));
    });
    server = createServer(app);
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
    const post = (accept?: string) =>
      new Promise<void>((done, fail) => {
        // node:http sends no Accept header unless told to (fetch always sends one).
        const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) } }, (res) => {
          res.resume();
          res.on('end', done);
        });
        req.on('error', fail);
        req.end(JSON.stringify({ query: '{ n }' }));
      });
    await post();
    await post('*/*');
    expect(reached).toBe(1);
    await post('application/graphql-response+json');
    expect(reached).toBe(2);
  });
});
