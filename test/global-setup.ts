import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { provideDatabase, type ProvidedDatabase } from '../src/db/provider.js';
import { createLogger } from '../src/logger.js';
import { testWorkers } from './workers.js';

/**
 * One database per test worker, chosen like the service chooses: NEO4J_URI if set (then one
 * worker, see test/workers.ts), else a testcontainers Neo4j when a Docker engine answers, else
 * the embedded launcher on a free port with a throw-away home folder. A test file takes one of
 * them for itself (a lock file, test/helpers/database.ts), so files never share a database.
 */
export interface TestNeo4j {
  uri: string;
  auth: { scheme: string; principal?: string; credentials?: string };
  database: string;
  provider: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The databases of the run, one per worker. */
    neo4jPool: TestNeo4j[];
    /** The folder of their lock files: a test file holds one database at a time (test/helpers/database.ts). */
    neo4jLocks: string;
  }
}

interface Shared {
  databases: Promise<{ database: ProvidedDatabase; home: string }[]>;
  locks: string;
  users: number;
}
// Vitest runs this setup once per project (unit, integration, e2e) in the same process: they
// share the databases, started by the first and stopped by the last.
const KEY = Symbol.for('procedure-code-graph.test-databases');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

function startOne(index: number): Promise<{ database: ProvidedDatabase; home: string }> {
  const home = mkdtempSync(join(tmpdir(), `pcg-test-neo4j-${index}-`));
  const config = loadConfig({
    ...process.env,
    NEO4J_EMBEDDED_HOME: home,
    NEO4J_EMBEDDED_PORT: '0',
    NEO4J_EMBEDDED_HEAP: process.env.NEO4J_EMBEDDED_HEAP ?? '1g',
    NEO4J_EMBEDDED_PAGECACHE: process.env.NEO4J_EMBEDDED_PAGECACHE ?? '512m',
  });
  return provideDatabase(config.database, createLogger('warn')).then((database) => {
    console.log(`tests (worker ${index + 1}) use Neo4j from '${database.provider}' at ${database.uri}`);
    return { database, home };
  });
}

function start(): Shared {
  const databases = Promise.all(Array.from({ length: testWorkers() }, (_, index) => startOne(index)));
  return { databases, locks: mkdtempSync(join(tmpdir(), 'pcg-test-locks-')), users: 0 };
}

export async function setup(project: TestProject): Promise<void> {
  const shared = (registry[KEY] ??= start());
  shared.users += 1;
  const databases = await shared.databases;
  project.provide(
    'neo4jPool',
    databases.map(({ database }) => ({ uri: database.uri, auth: database.auth, database: database.database, provider: database.provider })),
  );
  project.provide('neo4jLocks', shared.locks);
}

export async function teardown(): Promise<void> {
  const shared = registry[KEY];
  if (!shared || --shared.users > 0) return;
  registry[KEY] = undefined;
  const databases = await shared.databases;
  await Promise.all(databases.map(({ database }) => database.release()));
  for (const { home } of databases) rmSync(home, { recursive: true, force: true });
  rmSync(shared.locks, { recursive: true, force: true });
}
