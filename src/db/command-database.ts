import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDriver, waitForDatabase } from './driver.js';
import { Graph } from './graph.js';
import { provideDatabase } from './provider.js';
import { ensureSchema } from './schema-setup.js';

export interface CommandDatabase {
  graph: Graph;
  /** Closes the driver and stops an embedded database this command started (not one already running). */
  close: () => Promise<void>;
}

/**
 * The database of a command (a load, a claims run): chosen and started as the service chooses
 * it, waited for with the configured deadline (logging while it waits, one-line failure), its
 * constraints and indexes in place. On failure nothing is left open.
 */
export async function openCommandDatabase(config: Config, log: Logger, options: { readTimeoutMs?: number } = {}): Promise<CommandDatabase> {
  const database = await provideDatabase(config.database, log);
  const driver = createDriver(database.uri, database.auth, { retryMs: 60_000 });
  const close = async () => {
    await driver.close();
    await database.release();
  };
  try {
    const graph = new Graph(driver, database.database, options.readTimeoutMs === undefined ? undefined : { readTimeoutMs: options.readTimeoutMs });
    await waitForDatabase(driver, database.database, {
      uri: database.uri,
      timeoutMs: config.database.connectTimeoutMs,
      onWait: (ms, reason) => log.warn({ uri: database.uri, waitedMs: ms, reason }, 'waiting for Neo4j'),
    });
    await ensureSchema(graph);
    return { graph, close };
  } catch (error) {
    await close();
    throw error;
  }
}
