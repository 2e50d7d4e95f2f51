import { spawn, spawnSync } from 'node:child_process';
import { rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthToken } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { freePort } from '../../src/db/embedded/launcher.js';
import { Graph } from '../../src/db/graph.js';
import { resetDatabase, useTestDatabase, testNeo4j } from '../helpers/database.js';
import { copyFolder, EUNOMIA } from '../helpers/vocabulary-folders.js';

/**
 * The code a cluster uses: a `neo4j://` routing URI, with reads routed to readers and writes to
 * the writer. Neo4j Community answers routing for its one server, so the service and the loader
 * run here through the same routing driver they would use against a cluster.
 */
const { graph } = useTestDatabase();
const { uri, auth, database } = testNeo4j();
const routingUri = uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
const routed = createDriver(routingUri, auth as AuthToken);
const folder = copyFolder(EUNOMIA, 'cluster-path');
unlinkSync(join(folder, 'CONCEPT_ANCESTOR.csv'));

beforeAll(() => resetDatabase(graph));
afterAll(async () => {
  await routed.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a neo4j:// routing URI', () => {
  it("is routed to this database's own Bolt address, not a default one", async () => {
    const session = routed.session({ database });
    try {
      const [record] = (await session.run('CALL dbms.routing.getRoutingTable({}, $database) YIELD servers RETURN servers', { database })).records;
      const servers = record!.get('servers') as { addresses: string[]; role: string }[];
      const address = new URL(uri.replace(/^[a-z+]+:/, 'http:')).host;
      expect(new Set(servers.flatMap((s) => s.addresses))).toEqual(new Set([address]));
      expect(servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    } finally {
      await session.close();
    }
  });

  it('carries reads and writes through the Graph helpers', async () => {
    const g = new Graph(routed, database, { readTimeoutMs: 5_000 });
    await g.write("MERGE (c:Concept {conceptId: 99}) SET c.conceptCode = 'ROUTED'");
    expect(await g.read('MATCH (c:Concept {conceptId: 99}) RETURN c.conceptCode AS code')).toEqual([{ code: 'ROUTED' }]);
    await g.write('MATCH (c:Concept {conceptId: 99}) DETACH DELETE c');
  });

  it('loads a vocabulary through the loader command', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/commands/load-vocabulary.ts', folder, '--rejects', join(folder, 'rejects.tsv')], {
      env: { ...process.env, NEO4J_URI: routingUri, NEO4J_PROVIDER: 'uri', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/CONCEPT\s+444 read\s+0 rejected/);
  }, 180_000);

  it('serves GraphQL through the service', async () => {
    const port = await freePort();
    let output = '';
    const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: routingUri,
        NEO4J_PROVIDER: 'uri',
        SEED_ON_START: 'false',
        WARM_UP_BUDGET_MS: '0',
        PORT: String(port),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    service.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    service.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 90_000, interval: 200 }).toContain('serving GraphQL');
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ concept(conceptId: 192671) { vocabularyId } }' }),
      });
      expect(await response.json()).toEqual({ data: { concept: { vocabularyId: 'SNOMED' } } });
      service.kill('SIGTERM');
      await expect.poll(() => service.exitCode, { timeout: 20_000 }).toBe(0);
    } finally {
      if (service.exitCode === null) service.kill('SIGKILL');
    }
  }, 180_000);
});
