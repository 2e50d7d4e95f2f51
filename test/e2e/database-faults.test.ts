import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, NO_AUTH } from '../../src/db/driver.js';
import { embeddedStatus, freePort, startEmbedded, stopEmbedded } from '../../src/db/embedded/launcher.js';
import { Graph } from '../../src/db/graph.js';
import { ensureSchema } from '../../src/db/schema-setup.js';
import { createService, type Service } from '../../src/server.js';
import { silentLog } from '../helpers/database.js';

/**
 * Faults: Neo4j killed with SIGKILL while clients send requests, then restarted; and the service
 * started while Neo4j is down. This file runs its own embedded Neo4j so it can kill it.
 */
const home = mkdtempSync(join(tmpdir(), 'pcg-faults-test-'));
let embedded: { home: string; port: number; heap: string; pageCache: string };
let service: Service;
let base: string;
let closeDriver: () => Promise<void>;
let child: ChildProcess | undefined;

const LOOKUP = JSON.stringify({ query: '{ concept(conceptId: 7) { conceptCode } }' });

interface Outcome {
  at: number;
  ms: number;
  status: number;
  code: string | undefined;
  ok: boolean;
}

async function lookup(): Promise<Outcome> {
  const began = Date.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: LOOKUP,
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { concept?: { conceptCode: string } }; errors?: { extensions?: { code?: string } }[] };
  return {
    at: began,
    ms: Date.now() - began,
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    ok: body.data?.concept?.conceptCode === 'KEPT',
  };
}

beforeAll(async () => {
  embedded = { home, port: await freePort(), heap: '512m', pageCache: '64m' };
  const db = await startEmbedded(embedded);
  const driver = createDriver(db.uri, NO_AUTH);
  closeDriver = () => driver.close();
  // The set-up reads without the requests' time limit: a cold JVM on a busy machine can take
  // longer than 5 s over its first SHOW INDEXES, and that is not what this file tests.
  const setup = new Graph(driver, 'neo4j');
  await ensureSchema(setup);
  await setup.write("MERGE (c:Concept {conceptId: 7}) SET c.conceptCode = 'KEPT', c.vocabularyId = 'TEST'");
  const graph = new Graph(driver, 'neo4j', { readTimeoutMs: 5_000 });
  // The answer cache off: these requests repeat, and a kept answer would not show the database path.
  service = await createService({ graph, log: silentLog, answers: { maxBytes: 0, pollMs: 1_000 } });
  base = `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await service?.stop();
  await closeDriver?.();
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
});

describe('Neo4j killed under load', () => {
  it('answers DATABASE_UNAVAILABLE while it is gone, never hangs, and recovers without a restart', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const clients = Array.from({ length: 4 }, async () => {
      // Bounded: the loop stops when the test says so, and after 600 requests at the latest.
      for (let i = 0; running && i < 600; i++) {
        outcomes.push(await lookup());
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    // Kill only once lookups are being answered (a cold service on a busy machine is slow at first).
    for (let i = 0; i < 150 && outcomes.filter((o) => o.ok).length < 8; i++) await new Promise((r) => setTimeout(r, 200));
    const pid = embeddedStatus(home).pid!;
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    await new Promise((r) => setTimeout(r, 4_000));
    await startEmbedded(embedded);
    const restartedAt = Date.now();
    // Keep the load on until lookups succeed again (at most 30 s).
    for (let i = 0; i < 150 && !outcomes.some((o) => o.at > restartedAt && o.ok); i++) await new Promise((r) => setTimeout(r, 200));
    running = false;
    await Promise.all(clients);

    const before = outcomes.filter((o) => o.at + o.ms < killedAt);
    const during = outcomes.filter((o) => o.at > killedAt + 500 && o.at + o.ms < restartedAt);
    const after = outcomes.filter((o) => o.at > restartedAt);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((o) => o.ok)).toBe(true);
    const timeline = outcomes.map((o) => `${o.at - killedAt}+${o.ms}:${o.ok ? 'ok' : o.code}`).join(' ');
    expect(during.length, `restarted ${restartedAt - killedAt} ms after the kill; ${timeline}`).toBeGreaterThan(0);
    expect(new Set(during.map((o) => o.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expect(after.some((o) => o.ok)).toBe(true);
    // Every answer is a success or DATABASE_UNAVAILABLE, and none waited long.
    expect(outcomes.filter((o) => !o.ok && o.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(15_000);
  }, 240_000);
});

describe('the service started while Neo4j is down', () => {
  it('waits, logging, and becomes ready when Neo4j comes up', async () => {
    await stopEmbedded(home);
    const port = await freePort();
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: `bolt://127.0.0.1:${embedded.port}`,
        NEO4J_PROVIDER: 'uri',
        NEO4J_CONNECT_TIMEOUT_MS: '120000',
        SEED_ON_START: 'false',
        WARM_UP_BUDGET_MS: '0',
        PORT: String(port),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 30_000, interval: 200 }).toContain('"msg":"waiting for Neo4j"');
    await startEmbedded(embedded);
    await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('serving GraphQL');
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(200);
    child.kill('SIGTERM');
    await expect.poll(() => child!.exitCode, { timeout: 20_000 }).toBe(0);
  }, 240_000);
});
