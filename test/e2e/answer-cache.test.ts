import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { markVocabularyChanged } from '../../src/db/vocabulary-generation.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { spawnCommandInBackground } from '../helpers/commands.js';
import { writeSmallVocabulary } from '../helpers/small-vocabulary.js';

/**
 * Whole answers kept between requests, and the bound on how stale they can be: a load through
 * another process (the loader's command) or through the knowledge pack reaches every running
 * service within one poll of the vocabulary generation.
 */
const { graph } = useTestDatabase();
const POLL_MS = 200;
const services: Service[] = [];
const folders: string[] = [];

async function serve(maxBytes = 8 * 2 ** 20): Promise<{ service: Service; url: string }> {
  const service = await createService({ graph, log: silentLog, answers: { maxBytes, pollMs: POLL_MS } });
  services.push(service);
  return { service, url: `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}/graphql` };
}

async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  extensions?: Record<string, unknown>,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables, extensions }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const BY_CODE = 'query ($c: String!) { concept(vocabularyId: "SNOMED", conceptCode: $c) { conceptId conceptName } }';
const nameOf = (text: string) => (JSON.parse(text) as { data: { concept: { conceptName: string } | null } }).data.concept?.conceptName ?? null;

/** Asks until the answer satisfies `done`; the time it took, or a failure after `limitMs`. */
async function waitFor(ask: () => Promise<string>, done: (text: string) => boolean, limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (done(await ask())) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function loadThroughCommand(folder: string): Promise<void> {
  const result = await spawnCommandInBackground('load-vocabulary', [folder, '--rejects', `${folder}/rejects.tsv`]);
  expect(result.code, result.stderr).toBe(0);
}

const vocabulary = (name: string) => {
  const folder = writeSmallVocabulary({ concepts: [{ id: 2_100_000_001, name, code: 'CACHE-1' }] });
  folders.push(folder);
  return folder;
};

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog, { force: true });
});

afterAll(async () => {
  for (const service of services) await service.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the answer cache', () => {
  it('answers a repeated request from the cache with the same body and headers, and a new one from the database', async () => {
    const { service, url } = await serve();
    const first = await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' });
    const second = await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' });
    expect(service.answers!.stats).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    expect(second.text).toBe(first.text);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    await ask(url, BY_CODE, { c: 'ANOTHER-CODE' });
    expect(service.answers!.stats).toMatchObject({ hits: 1, misses: 2, entries: 2 });
    // The Accept header chooses the answer's media type: it is part of what was asked.
    const other = await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' }, { accept: 'application/graphql-response+json' });
    expect(other.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    expect(service.answers!.stats.misses).toBe(3);
  });

  it('keeps GET answers and persisted queries too, keyed by the hash', async () => {
    const { service, url } = await serve();
    const get = (params: Record<string, string>) =>
      fetch(`${url}?${new URLSearchParams(params)}`).then(async (r) => ({ status: r.status, text: await r.text() }));
    const variables = JSON.stringify({ c: 'NO-SUCH-CODE' });
    const first = await get({ query: BY_CODE, variables });
    const second = await get({ query: BY_CODE, variables });
    expect(second).toEqual(first);
    expect(first.status).toBe(200);
    expect(service.answers!.stats).toMatchObject({ hits: 1, misses: 1 });

    const sha256Hash = createHash('sha256').update(BY_CODE).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    // Not yet registered: Apollo says so, and that answer is not kept.
    expect((await get({ extensions, variables })).text).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect((await get({ extensions, variables })).text).toContain('PERSISTED_QUERY_NOT_FOUND');
    await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' }, {}, JSON.parse(extensions) as Record<string, unknown>);
    const before = service.answers!.stats.hits;
    const byHash = await get({ extensions, variables });
    expect(JSON.parse(byHash.text)).toEqual(JSON.parse(first.text));
    expect((await get({ extensions, variables })).text).toBe(byHash.text);
    expect(service.answers!.stats.hits).toBe(before + 1);
  });

  it('never keeps an answer with errors', async () => {
    const { service, url } = await serve();
    for (let i = 0; i < 3; i++) {
      const answer = await ask(url, 'query ($id: ID!) { concept(conceptId: $id) { conceptId } }', { id: 'not-a-number' });
      expect(answer.text).toContain('BAD_USER_INPUT');
    }
    expect(service.answers!.stats).toMatchObject({ hits: 0, misses: 3, entries: 0 });
  });

  it('is off with ANSWER_CACHE_MB=0', async () => {
    expect(loadConfig({ ANSWER_CACHE_MB: '0' }).answers.maxBytes).toBe(0);
    const { service, url } = await serve(0);
    expect(service.answers).toBeUndefined();
    expect(nameOf((await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' })).text)).toBeNull();
  });

  it('shows a load run by another process to every running service within one poll interval', async () => {
    const one = await serve();
    const two = await serve();
    const askOne = async () => (await ask(one.url, BY_CODE, { c: 'CACHE-1' })).text;
    const askTwo = async () => (await ask(two.url, BY_CODE, { c: 'CACHE-1' })).text;
    // Both services keep "no such concept" for this code.
    for (const askIt of [askOne, askTwo, askOne, askTwo]) expect(nameOf(await askIt())).toBeNull();
    expect(one.service.answers!.stats.hits + two.service.answers!.stats.hits).toBeGreaterThanOrEqual(2);

    await loadThroughCommand(vocabulary('First name'));
    const loaded = Date.now();
    const bound = POLL_MS + 1_000;
    await waitFor(askOne, (text) => nameOf(text) === 'First name', bound);
    await waitFor(askTwo, (text) => nameOf(text) === 'First name', bound);
    expect(Date.now() - loaded).toBeLessThanOrEqual(2 * bound);

    // A second load changes the name: the kept answer goes again.
    expect(nameOf(await askOne())).toBe('First name');
    await loadThroughCommand(vocabulary('Second name'));
    await waitFor(askOne, (text) => nameOf(text) === 'Second name', bound);
    await waitFor(askTwo, (text) => nameOf(text) === 'Second name', bound);
  });

  it('reads the curated rule set once per vocabulary generation, shared by requests, and again after a change', async () => {
    const { service, url } = await serve();
    // Each request asks a new question (no kept answer), and each needs the rule set.
    type Levels = { data: { deliveryLevels: { requiresAny: { criterionId: string; name: string }[] }[] } };
    const criteria = async (n: number) =>
      (JSON.parse((await ask(url, `query Q${n} { deliveryLevels { requiresAny { criterionId name } } }`)).text) as Levels).data.deliveryLevels.flatMap(
        (l) => l.requiresAny,
      );
    const [first] = await criteria(0);
    expect(first).toBeDefined();
    const nameOfCriterion = async (n: number) => (await criteria(n)).find((c) => c.criterionId === first!.criterionId)?.name;
    const original = await nameOfCriterion(1);
    expect(original).toEqual(expect.any(String));
    // A write behind the service's back, without marking the vocabulary changed: the shared rule set is kept.
    await graph.write("MATCH (c:Criterion {criterionId: $id}) SET c.name = 'Renamed in the graph'", { id: first!.criterionId });
    expect(await nameOfCriterion(2)).toBe(original);
    // Marked changed, as every loader does: the next request reads it again.
    await markVocabularyChanged(graph);
    await service.generation.poll();
    expect(await nameOfCriterion(3)).toBe('Renamed in the graph');
    await loadSeed(graph, silentLog, { force: true });
    await service.generation.poll();
    expect(await nameOfCriterion(4)).toBe(original);
  });

  it('drops what it kept when the knowledge pack is loaded, or when a writer marks the vocabulary changed', async () => {
    const { service, url } = await serve();
    await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' });
    expect(service.answers!.stats.entries).toBe(1);
    await loadSeed(graph, silentLog, { force: true });
    await service.generation.poll();
    expect(service.answers!.stats.entries).toBe(0);
    await ask(url, BY_CODE, { c: 'NO-SUCH-CODE' });
    await markVocabularyChanged(graph);
    await service.generation.poll();
    expect(service.answers!.stats.entries).toBe(0);
  });
});
