import type { AuthToken, Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Graph } from '../../src/db/graph.js';
import { ensureSchema } from '../../src/db/schema-setup.js';
import { createLogger } from '../../src/logger.js';

export const silentLog = createLogger('silent');

/** The run's database, connected for this test file; closed after the file. */
export function useTestDatabase(): { graph: Graph; driver: Driver; uri: string; auth: AuthToken } {
  const { uri, auth, database } = inject('neo4j');
  const driver = createDriver(uri, auth as AuthToken);
  afterAll(() => driver.close());
  return { graph: new Graph(driver, database), driver, uri, auth: auth as AuthToken };
}

/** Empties the database and recreates the schema: every file starts from the same state. */
export async function resetDatabase(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) DETACH DELETE n');
  await ensureSchema(graph);
}
