import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { provideDatabase, type ProvidedDatabase } from '../src/db/provider.js';
import { createLogger } from '../src/logger.js';

/**
 * One database per test run, chosen like the service chooses: NEO4J_URI if set, else a
 * testcontainers Neo4j when a Docker engine answers, else the embedded launcher on a free
 * port with a throw-away home folder.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; auth: { scheme: string; principal?: string; credentials?: string }; database: string; provider: string };
  }
}

interface Shared {
  database: Promise<ProvidedDatabase>;
  home: string;
  users: number;
}
// Vitest runs this setup once per project (unit, integration, e2e) in the same process: they
// share one database, started by the first and stopped by the last.
const KEY = Symbol.for('procedure-code-graph.test-database');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

function start(): Shared {
  const home = mkdtempSync(join(tmpdir(), 'pcg-test-neo4j-'));
  const config = loadConfig({
    ...process.env,
    NEO4J_EMBEDDED_HOME: home,
    NEO4J_EMBEDDED_PORT: '0',
    NEO4J_EMBEDDED_HEAP: process.env.NEO4J_EMBEDDED_HEAP ?? '1g',
    NEO4J_EMBEDDED_PAGECACHE: process.env.NEO4J_EMBEDDED_PAGECACHE ?? '512m',
  });
  const database = provideDatabase(config.database, createLogger('warn')).then((db) => {
    console.log(`tests use Neo4j from '${db.provider}' at ${db.uri}`);
    return db;
  });
  return { database, home, users: 0 };
}

export async function setup(project: TestProject): Promise<void> {
  const shared = (registry[KEY] ??= start());
  shared.users += 1;
  const database = await shared.database;
  project.provide('neo4j', {
    uri: database.uri,
    auth: database.auth as { scheme: string },
    database: database.database,
    provider: database.provider,
  });
}

export async function teardown(): Promise<void> {
  const shared = registry[KEY];
  if (!shared || --shared.users > 0) return;
  registry[KEY] = undefined;
  await (await shared.database).release();
  rmSync(shared.home, { recursive: true, force: true });
}
