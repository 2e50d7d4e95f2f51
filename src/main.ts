import { createServer } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig } from './config.js';
import { EmbeddedNeo4jError } from './db/embedded/launcher.js';
import { provideDatabase, type ProvidedDatabase } from './db/provider.js';
import { createLogger, type Logger } from './logger.js';
import type { Service } from './server.js';

// Only what choosing and starting the database needs is imported above: the embedded JVM is
// spawned as early as possible, and the rest (the driver, the HTTP stack, the knowledge pack's
// modules) loads while it boots for seconds.
//
// graphql-js in production mode unless told otherwise: its development mode checks every type
// test against a second copy of the library, a fifth of the time of a 10,000-line mapClaimLines
// (docs/benchmarks.md). Set before the HTTP stack loads graphql (nothing imported above does).
process.env.NODE_ENV ??= 'production';
const loadRest = () =>
  Promise.all([import('./db/driver.js'), import('./db/graph.js'), import('./db/schema-setup.js'), import('./server.js'), import('./ingest/seed/load-seed.js')]);

/** A start-up failure told in one line, without a stack trace. */
class StartupError extends Error {
  override name = 'StartupError';
}

/** Finds a taken HTTP port before anything is started or seeded. */
async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use by another program; stop it or choose another with PORT`
            : `cannot listen on ${host}:${port} (${error.code ?? error.message}); check HOST and PORT`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

let log: Logger | undefined;

/** What start-up has made so far, so that a signal at any moment stops exactly that. */
interface Started {
  database?: Promise<ProvidedDatabase>;
  driver?: Driver;
  service?: Service;
}

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
  const logger = createLogger(config.logLevel);
  log = logger;
  const started = Date.now();
  const made: Started = {};
  // A signal during start-up cancels what is still starting (the embedded JVM) instead of waiting for it.
  const cancelStartup = new AbortController();

  const release = async () => {
    await made.driver?.close();
    const database = await made.database?.catch(() => undefined);
    await database?.release();
  };
  // Handlers first: a signal during start-up (waiting for Neo4j, seeding) stops what was started too.
  let stopping = false;
  // Logging must not stop a shutdown: when whoever read our output is gone, writes fail (EPIPE).
  const say = (message: string, fields: object = {}) => {
    try {
      logger.info(fields, message);
    } catch {
      // nowhere to write
    }
  };
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    cancelStartup.abort();
    say(made.service ? 'shutting down: finishing in-flight requests' : 'shutting down during start-up', { signal });
    const force = setTimeout(() => {
      say('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 60_000);
    force.unref();
    try {
      if (made.service) {
        await made.service.stop();
        say('HTTP drained; closing the database connection');
      }
    } finally {
      await release();
    }
    say('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await checkPortFree(config.port, config.host);
  made.database = provideDatabase(config.database, logger, { signal: cancelStartup.signal });
  const modules = loadRest();
  modules.catch(() => {});
  // Cancelled by a signal: shutdown() is stopping what was started and exits.
  const database = await made.database.catch((error: unknown) => {
    if (stopping) return undefined;
    throw error;
  });
  if (!database) return;
  const [{ createDriver, waitForDatabase }, { Graph }, { ensureSchema }, { createService }, { loadSeed }] = await modules;
  const driver = (made.driver = createDriver(database.uri, database.auth));
  const graph = new Graph(driver, database.database, { readTimeoutMs: config.database.queryTimeoutMs });
  let port: number;
  try {
    await waitForDatabase(driver, database.database, {
      uri: database.uri,
      timeoutMs: config.database.connectTimeoutMs,
      onWait: (ms, reason) => logger.warn({ uri: database.uri, waitedMs: ms, reason }, 'waiting for Neo4j'),
    });
    // The service (Apollo, the routes) is built while the database checks its schema and pack,
    // which is mostly the JVM's work on its first queries; it listens once the pack is in.
    const building = createService({
      graph,
      log: logger,
      limits: config.limits,
      http: config.http,
      answers: config.answers,
      shutdownGraceMs: config.shutdownGraceMs,
    });
    building.catch(() => {});
    const schemaStarted = Date.now();
    const schema = await ensureSchema(graph);
    logger.info(
      { ms: Date.now() - schemaStarted, created: schema.created },
      schema.created ? 'schema in place: constraints and indexes created' : 'schema in place: constraints and indexes already there',
    );
    if (config.seedOnStart) await loadSeed(graph, logger);
    if (stopping) return;
    made.service = await building;
    port = await made.service.listen(config.port, config.host);
    if (config.warmUpBudgetMs > 0) {
      logger.info({ port, ms: Date.now() - started }, 'listening: answering while the query plans warm up (/ready says warming)');
      // Listening, /ready says 'warming' until the product's own operations have been asked once.
      const warm = await made.service.warmUp(config.warmUpBudgetMs);
      if (stopping) return;
      logger.info({ ms: warm.ms, operations: warm.operations, failed: warm.failed, skipped: warm.skipped }, 'warmed the query plans of the API operations');
    } else {
      logger.info({ port, ms: Date.now() - started }, 'listening: no warm-up (WARM_UP_BUDGET_MS=0)');
    }
  } catch (error) {
    if (stopping) return;
    await release();
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'EADDRINUSE'
      ? new StartupError(`port ${config.port} on ${config.host} is already in use by another program; stop it or choose another with PORT`)
      : error;
  }
  logger.info(
    {
      url: `http://${config.host}:${port}/graphql`,
      ide: `http://${config.host}:${port}/`,
      metrics: `http://${config.host}:${made.service.metricsPort ?? port}/metrics`,
      provider: database.provider,
      ms: Date.now() - started,
    },
    'serving GraphQL',
  );
}

/** Failures told in one line, without a stack trace. */
async function toldInOneLine(error: unknown): Promise<boolean> {
  const [{ DatabaseUnreachableError }, { SeedPackError }] = await Promise.all([import('./db/driver.js'), import('./seed-pack/read-pack.js')]);
  return [StartupError, DatabaseUnreachableError, EmbeddedNeo4jError, SeedPackError].some((kind) => error instanceof kind);
}

main().catch(async (error: unknown) => {
  const known = await toldInOneLine(error).catch(() => false);
  const message = known ? (error as Error).message : 'start-up failed unexpectedly';
  if (log) log.fatal(known ? {} : { err: error }, message);
  else console.error(known ? message : error);
  process.exit(1);
});
