import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthToken, Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Graph } from '../../src/db/graph.js';
import { ensureSchema } from '../../src/db/schema-setup.js';
import { createLogger } from '../../src/logger.js';
import type { TestNeo4j } from '../global-setup.js';

export const silentLog = createLogger('silent');

/**
 * A database of the run for this file alone: the run starts one per worker (test/global-setup.ts)
 * and a file takes one by creating its lock file (released after the file; a lock whose process
 * is gone is taken over), so no two files ever share a database, whatever the pool's worker ids.
 */
let held: TestNeo4j | undefined;
export function testNeo4j(): TestNeo4j {
  if (held) return held;
  const pool = inject('neo4jPool');
  const locks = inject('neo4jLocks');
  const first = (Number(process.env.VITEST_POOL_ID ?? '1') - 1) % pool.length;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    for (let k = 0; k < pool.length; k++) {
      const index = (first + k) % pool.length;
      const lock = join(locks, `database-${index + 1}.lock`);
      try {
        writeFileSync(lock, String(process.pid), { flag: 'wx' });
      } catch {
        const owner = Number(readFileSync(lock, { encoding: 'utf8', flag: 'a+' }));
        if (owner && !processAlive(owner)) rmSync(lock, { force: true });
        continue;
      }
      held = pool[index]!;
      // Released after the file, and in any case when its process ends (a lock taken inside a
      // hook or a test, where afterAll cannot be registered, still goes with the process).
      const release = () => rmSync(lock, { force: true });
      process.once('exit', release);
      try {
        afterAll(release);
      } catch {
        // not in a collecting suite: the exit handler releases it
      }
      return held;
    }
    Atomics.wait(wait, 0, 0, 100);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** This file's database, connected for the file; closed after it. */
export function useTestDatabase(): { graph: Graph; driver: Driver; uri: string; auth: AuthToken } {
  const { uri, auth, database } = testNeo4j();
  const driver = createDriver(uri, auth as AuthToken);
  afterAll(() => driver.close());
  return { graph: new Graph(driver, database), driver, uri, auth: auth as AuthToken };
}

/**
 * Empties the database and recreates the schema: every file starts from the same state. The
 * delete runs in batches (an auto-commit transaction of its own): the Eunomia sample leaves
 * about 105,000 nodes, which one transaction would hold in memory whole.
 */
export async function resetDatabase(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await ensureSchema(graph);
}

/**
 * Every node and relationship with its properties, sorted and hashed: equal graphs, equal hashes.
 * A release's `loadedAt` (when it was loaded) is left out. `releaseRecords: false` leaves out
 * everything a load records of vocabulary releases (the release nodes, their change records, the
 * `release` marker on rows), for comparing the content of graphs loaded from different files of
 * one release (CSV and tab-separated) or in different orders.
 */
export async function fingerprint(graph: Graph, options: { releaseRecords?: boolean } = {}): Promise<string> {
  const withReleases = options.releaseRecords ?? true;
  const stable = (value: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(value)
        .filter((key) => key !== 'loadedAt' && (withReleases || key !== 'release'))
        .sort()
        .map((key) => [key, String(value[key])]),
    );
  // The vocabulary generation is bookkeeping that every load changes on purpose: not part of the graph's content.
  const skipped = withReleases ? 'n:VocabularyGeneration' : 'n:VocabularyGeneration OR n:VocabularyRelease OR n:ReleaseChange';
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE NOT (${skipped}) RETURN labels(n) AS labels, properties(n) AS props`,
  );
  // An edge is named by its type, its properties and both end nodes' properties.
  const edges = await graph.read<{ type: string; a: Record<string, unknown>; b: Record<string, unknown>; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(a) AS a, properties(b) AS b, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((n) => `${n.labels.sort().join(':')}${stable(n.props)}`),
    ...edges.map((e) => `${e.type}${stable(e.a)}>${stable(e.b)}${stable(e.props)}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
