import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, NO_AUTH } from '../../src/db/driver.js';
import { freePort, startEmbedded, stopEmbedded } from '../../src/db/embedded/launcher.js';
import { Graph } from '../../src/db/graph.js';
import { ensureSchema } from '../../src/db/schema-setup.js';
import { createService, type Service } from '../../src/server.js';
import { silentLog } from '../helpers/database.js';

/**
 * The service outlives its database: while Neo4j is down /ready says 503 and queries fail with a
 * clear code; when it is back (same data folder) the service answers again without a restart.
 * This file runs its own embedded Neo4j so it can stop it.
 */
const home = mkdtempSync(join(tmpdir(), 'pcg-outage-test-'));
let embedded: { home: string; port: number; heap: string; pageCache: string };
let service: Service;
let base: string;
let closeDriver: () => Promise<void>;

const LOOKUP = JSON.stringify({ query: '{ concept(conceptId: 7) { conceptCode } }' });

type Answer = { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };

async function post(): Promise<{ status: number; text: string; body: Answer }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LOOKUP });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer };
}

async function readyStatus(): Promise<number> {
  return (await fetch(`${base}/ready`)).status;
}

beforeAll(async () => {
  embedded = { home, port: await freePort(), heap: '512m', pageCache: '128m' };
  const db = await startEmbedded(embedded);
  const driver = createDriver(db.uri, NO_AUTH);
  closeDriver = () => driver.close();
  const graph = new Graph(driver, 'neo4j');
  await ensureSchema(graph);
  await graph.write("MERGE (c:Concept {conceptId: 7}) SET c.conceptCode = 'KEPT', c.vocabularyId = 'TEST'");
  // The answer cache off: these requests repeat, and a kept answer would not show the database path.
  service = await createService({ graph, log: silentLog, answers: { maxBytes: 0, pollMs: 1_000 } });
  base = `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await service?.stop();
  await closeDriver?.();
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
});

describe('database outage', () => {
  it('is ready and answers while Neo4j runs', async () => {
    expect(await readyStatus()).toBe(200);
    expect((await post()).body).toEqual({ data: { concept: { conceptCode: 'KEPT' } } });
  });

  it('says 503 on /ready and DATABASE_UNAVAILABLE on queries while Neo4j is stopped, with no internals', async () => {
    await stopEmbedded(home);
    expect(await readyStatus()).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const { body, text } = await post();
    expect(body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toMatch(/not reachable/);
    expect(text).not.toMatch(/ECONNREFUSED|bolt:|127\.0\.0\.1|stack|Neo4jError/i);
  });

  it('recovers without a restart once Neo4j is back, with its data kept', async () => {
    await startEmbedded(embedded);
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = await readyStatus();
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await post()).body).toEqual({ data: { concept: { conceptCode: 'KEPT' } } });
  });
});
