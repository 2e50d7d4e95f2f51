import { ConfigError, loadConfig } from './config.js';
import { createDriver, waitForDatabase } from './db/driver.js';
import { EmbeddedNeo4jError } from './db/embedded/launcher.js';
import { Graph } from './db/graph.js';
import { provideDatabase } from './db/provider.js';
import { ensureSchema } from './db/schema-setup.js';
import { loadSeed } from './ingest/seed/load-seed.js';
import { createLogger } from './logger.js';
import { createService } from './server.js';

/** Bootstrap: config -> database (chosen, started) -> driver -> schema and seed -> server. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const started = Date.now();

  const database = await provideDatabase(config.database, log);
  const driver = createDriver(database.uri, database.auth);
  const graph = new Graph(driver, database.database);
  try {
    await waitForDatabase(driver, database.database);
    await ensureSchema(graph);
    if (config.seedOnStart) await loadSeed(graph, log);
  } catch (error) {
    await driver.close();
    await database.release();
    throw error;
  }

  const service = await createService({ graph, log });
  const port = await service.listen(config.port, config.host);
  log.info(
    { url: `http://${config.host}:${port}/graphql`, ide: `http://${config.host}:${port}/`, provider: database.provider, ms: Date.now() - started },
    'serving GraphQL',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 60_000);
    force.unref();
    await service.stop();
    log.info('HTTP drained; closing the database connection');
    await driver.close();
    await database.release();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedNeo4jError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
