import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseCommandLine, usageError, wholeNumber } from '../../src/commands/command-line.js';
import { createDriver, NO_AUTH } from '../../src/db/driver.js';
import { Graph } from '../../src/db/graph.js';
import { neo4jCalls, postgresCalls } from './floors.js';
import {
  describePeerInputs,
  luceneOf,
  NEO4J_GRAPHQL,
  OPERATION_NAMES,
  OPERATIONS,
  peerInputs,
  POSTGRAPHILE,
  RETURNS,
  SAME_ANSWER,
  SERVICE_GRAPHQL,
  variablesOf,
  type OperationKey,
  type PeerInputs,
} from './operations.js';
import { directRunner, graphqlRunner, type Runner, type System } from './runners.js';
import { latencyLine, ms, whole, type LoadResult } from '../support/load.js';
import { benchInputs, describeInputs } from '../support/operations.js';
import { BULK_LOAD_SETTINGS, ensurePostgres, loadOmopVocabulary, POSTGRES_15_BIN, startPostgres, type PostgresServer } from '../support/postgres.js';
import { startServer, startService } from '../support/service.js';
import { benchDatabase } from '../support/vocabulary.js';
import { vocabularyOptions, vocabularySize } from '../support/options.js';

/**
 * This service against its peers, in one run, over the same generated vocabulary and the same
 * inputs, through GraphQL over HTTP:
 * - this service (`npm start`'s process) on the bench Neo4j, as configured by default and again
 *   with ANSWER_CACHE_MB=0 (its answer cache off);
 * - @neo4j/graphql, the official Neo4j GraphQL library, serving type definitions for the same
 *   graph from its own process (bench/peers/neo4j-graphql-server.ts), on the same Neo4j;
 * - PostGraphile 5 over PostgreSQL 15 holding the same vocabulary folder in the OMOP CDM v5.4
 *   tables (COPY, the CDM's keys and indexes, and what bench/peers/postgraphile.sql adds), from
 *   its own process (bench/peers/postgraphile-server.ts);
 * and, as floors, both databases asked directly from this process: Neo4j through the driver
 * (session.executeRead), PostgreSQL through `pg` with prepared statements.
 *
 * Operations: lookup by code, lookup by id, descendants (first page of 20), one-hop 'Maps to',
 * search (20 hits). Both databases are warmed first (every input once through the floors). Each
 * system is checked on sample inputs before and after its load (an error or an empty answer
 * fails the run; the systems must agree on the concepts of every operation but search) and
 * measured: 3 s warm-up at 4 clients, p50/p99 at 1 client, req/s at 50 clients.
 *
 * It installs and starts what it needs and stops it: PostgreSQL 15 from Debian's packages when
 * absent (apt-get, as root), a PostgreSQL server in a temporary folder, the embedded Neo4j, one
 * server process per system at a time.
 *
 * devDependencies it brings: @neo4j/graphql (peer 2), postgraphile (peer 3; it declares
 * Node >= 22, see bench/peers/promise-with-resolvers.ts), postgraphile-plugin-connection-filter
 * (PostGraphile's usual filter plugin: the descendants' `min levels >= 1`), pg and @types/pg
 * (the PostgreSQL floor; also PostGraphile's driver).
 *
 * npm run bench:peers -- [--concepts N] [--relationships N] [--seed N] [--seconds S] [--heap SIZE] [--pagecache SIZE] [--postgres BIN]
 */
const USAGE = 'usage: npm run bench:peers -- [--concepts N] [--relationships N] [--seed N] [--seconds S] [--heap SIZE] [--pagecache SIZE] [--postgres BIN]';
const { values } = parseCommandLine(
  {
    options: {
      ...vocabularyOptions('100000'),
      seconds: { type: 'string', default: '10' },
      postgres: { type: 'string', default: POSTGRES_15_BIN },
    },
  },
  USAGE,
);
const seconds = wholeNumber('--seconds', values.seconds, 1, USAGE);
const { concepts, relationships, seed } = vocabularySize(values, USAGE, 10);
// PostgreSQL's own cache gets what Neo4j's page cache gets: '4g' there is '4GB' here.
const sharedBuffers =
  /^(\d+)([kmg])$/i.exec(values.pagecache)?.slice(1).join('').toUpperCase().concat('B') ??
  usageError(`--pagecache must be like 4g, got '${values.pagecache}'`, USAGE);
const WARM_UP = { connections: 4, seconds: 3 };
/** The two runs of this service every figure is compared with. */
const SERVICE = 'this service';
const SERVICE_UNCACHED = 'this service, ANSWER_CACHE_MB=0';
const log = (line: string) => console.log(line);

// The peers' packages live in bench/peers/node_modules (their own package, see bench/peers.ts).
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join('bench', 'peers', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** PostgreSQL 15 holding the folder as the CDM loads it, plus what a PostGraphile user adds. */
async function preparePostgres(folder: string): Promise<PostgresServer> {
  const server = await startPostgres(values.postgres, { ...BULK_LOAD_SETTINGS, shared_buffers: sharedBuffers });
  try {
    const started = Date.now();
    const { copySeconds, indexSeconds } = await loadOmopVocabulary(server, folder, log);
    await server.psql(readFileSync(join('bench', 'peers', 'postgraphile.sql'), 'utf8'));
    log(
      `PostgreSQL: COPY ${copySeconds.toFixed(1)} s, CDM keys and indexes ${indexSeconds.toFixed(1)} s, all with PostGraphile's additions ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The concept ids among `ids` that PostgreSQL holds. */
async function heldByPostgres(pool: pg.Pool, ids: number[]): Promise<Set<number>> {
  const { rows } = await pool.query<{ concept_id: number }>('SELECT concept_id FROM concept WHERE concept_id = ANY($1::int[])', [ids]);
  return new Set(rows.map((row) => row.concept_id));
}

interface Measured {
  one: LoadResult;
  fifty: LoadResult;
}

/**
 * Asks the first inputs of every operation and fails on an error or an empty answer, or on
 * concepts that differ from the reference system's (the first one checked).
 */
async function checkAnswers(name: string, runner: Runner, reference: Map<string, string>): Promise<void> {
  for (const key of OPERATIONS) {
    for (let input = 0; input < Math.min(3, runner.inputCount(key)); input++) {
      const ids = await runner.answer(key, input).catch((error: Error) => {
        throw new Error(`${name} failed its sample answers: ${error.message}`);
      });
      if (ids.length === 0) throw new Error(`${name}: ${OPERATION_NAMES[key]}, input ${input}, answered no concept`);
      const sorted = [...ids].sort().join(',');
      const expected = reference.get(`${key}/${input}`);
      if (expected === undefined) reference.set(`${key}/${input}`, sorted);
      else if (SAME_ANSWER.has(key) && expected !== sorted) {
        throw new Error(`${name}: ${OPERATION_NAMES[key]}, input ${input}, answered concepts ${sorted}; the first system answered ${expected}`);
      }
    }
  }
}

/**
 * Every input of every operation once through both floors, unmeasured and 4 at a time: the
 * databases' caches and query plans are warm before the first system, which would otherwise
 * pay for them alone (the service's own Cypher runs through the Neo4j floor too).
 */
async function warmDatabases(floors: Runner[]): Promise<void> {
  const started = Date.now();
  for (const runner of floors) {
    for (const key of OPERATIONS) {
      const count = runner.inputCount(key);
      await Promise.all(
        Array.from({ length: 4 }, async (_, worker) => {
          for (let input = worker; input < count; input += 4) await runner.answer(key, input);
        }),
      );
    }
  }
  log(`warmed both databases: every input of every operation once through the floors (${((Date.now() - started) / 1000).toFixed(0)} s, not measured)`);
}

async function measureSystem(system: System, reference: Map<string, string>): Promise<Map<OperationKey, Measured>> {
  log(`\n== ${system.name} (load average ${loadavg()[0]!.toFixed(1)})`);
  const runner = await system.start();
  try {
    await checkAnswers(system.name, runner, reference);
    const results = new Map<OperationKey, Measured>();
    for (const key of OPERATIONS) {
      await runner.warm(key);
      await runner.load(key, WARM_UP.connections, WARM_UP.seconds);
      const one = await runner.load(key, 1, seconds);
      const fifty = await runner.load(key, 50, seconds);
      // No successful answer leaves no latency to take a quantile of.
      if (Number.isNaN(one.p50) || Number.isNaN(fifty.p50)) {
        throw new Error(
          `${system.name}: ${OPERATION_NAMES[key]} got no successful answer in a phase (1 client: ${one.errors} errors, 50 clients: ${fifty.errors} errors)`,
        );
      }
      results.set(key, { one, fifty });
      log(
        `${OPERATION_NAMES[key]} (${runner.inputCount(key)} inputs): 1 client ${latencyLine(one)}, ${whole(one.perSecond)} req/s; 50 clients ${whole(fifty.perSecond)} req/s, ${latencyLine(fifty)}; errors ${one.errors + fifty.errors} (timeouts ${one.timeouts + fifty.timeouts})`,
      );
    }
    // Again after the load: a system (or its database) that broke during it fails here.
    await checkAnswers(system.name, runner, reference);
    return results;
  } finally {
    await runner.stop();
  }
}

/** value / base to two significant digits: 0.0043x, 1.3x, 48x. */
const ratio = (value: number, base: number) => `${Number((value / base).toPrecision(2))}x`;

/** One markdown table: per operation, each system's figures and its ratios to this service. */
function printTable(systems: string[], results: Map<string, Map<OperationKey, Measured>>): void {
  const [service, uncached] = [results.get(SERVICE)!, results.get(SERVICE_UNCACHED)!];
  log(
    '\n| operation | system | 1 client p50 | 1 client p99 | 50 clients req/s | 50 clients p99 | errors | p50 / service (cache off) | req/s / service (cache off) |',
  );
  log('|---|---|---|---|---|---|---|---|---|');
  for (const key of OPERATIONS) {
    for (const name of systems) {
      const m = results.get(name)!.get(key)!;
      const [base, baseOff] = [service.get(key)!, uncached.get(key)!];
      log(
        `| ${OPERATION_NAMES[key]} | ${name} | ${ms(m.one.p50)} ms | ${ms(m.one.p99)} ms | ${whole(m.fifty.perSecond)} | ${ms(m.fifty.p99)} ms | ${m.one.errors + m.fifty.errors} | ` +
          `${ratio(m.one.p50, base.one.p50)} (${ratio(m.one.p50, baseOff.one.p50)}) | ${ratio(m.fifty.perSecond, base.fifty.perSecond)} (${ratio(m.fifty.perSecond, baseOff.fifty.perSecond)}) |`,
      );
    }
  }
  log('Ratios: to this service as configured by default, and in brackets to it with ANSWER_CACHE_MB=0. p50 above 1x is slower; req/s above 1x serves more.');
}

/** The cold reads' targets (docs/benchmarks.md, 'This service against its peers'), each judged on this run's figures. */
const COLD_TARGETS = { atOrBelow: 'PostGraphile', requestsPerSecond: 3_000 } as const;

function printTargets(results: Map<string, Map<OperationKey, Measured>>): void {
  const [uncached, peer] = [results.get(SERVICE_UNCACHED)!, results.get(COLD_TARGETS.atOrBelow)!];
  const verdict = (met: boolean) => (met ? 'met' : 'not met');
  log(`\ntargets, the cold path (${SERVICE_UNCACHED}) in this run:`);
  for (const key of ['lookupByCode', 'lookupById', 'descendants', 'mapsTo'] as const) {
    const [own, theirs] = [uncached.get(key)!.one.p50, peer.get(key)!.one.p50];
    log(
      `  ${OPERATION_NAMES[key]}, 1 client p50: ${ms(own)} ms against ${ms(theirs)} ms  [target: at or below ${COLD_TARGETS.atOrBelow}'s: ${verdict(own <= theirs)}]`,
    );
  }
  const fifty = uncached.get('lookupByCode')!.fifty.perSecond;
  log(
    `  lookup by code, 50 clients: ${whole(fifty)} req/s  [target >= ${whole(COLD_TARGETS.requestsPerSecond)} req/s: ${verdict(fifty >= COLD_TARGETS.requestsPerSecond)}]`,
  );
}

function printConditions(description: string, inputs: string, p: PeerInputs, postgresVersion: string): void {
  log(
    `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; load average at start ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}; ${new Date().toISOString().slice(0, 10)}`,
  );
  log(
    `Neo4j 5.26 embedded (heap ${values.heap}, page cache ${values.pagecache}); PostgreSQL ${postgresVersion} (shared_buffers ${sharedBuffers}); @neo4j/graphql ${versionOf('@neo4j/graphql')} on Apollo Server ${versionOf('@apollo/server')}; PostGraphile ${versionOf('postgraphile')} (amber preset, connection filter ${versionOf('postgraphile-plugin-connection-filter')}); every server, both databases and the load generator on this machine`,
  );
  log(`data: ${description}; PostgreSQL holds the same folder (not the knowledge pack)`);
  log(`inputs: ${inputs}; ${describePeerInputs(p)}`);
  log(
    `phases per operation: every input once through each GraphQL server, ${WARM_UP.seconds} s warm-up at ${WARM_UP.connections} clients, then ${seconds} s at 1 client and ${seconds} s at 50 clients (closed loop; latency per response at full resolution)`,
  );
  for (const key of OPERATIONS) log(`returns, ${OPERATION_NAMES[key]}: ${RETURNS[key]}`);
}

const inputCounts = (p: PeerInputs) =>
  Object.fromEntries(Object.entries(variablesOf(p)).map(([key, list]) => [key, list.length])) as Record<OperationKey, number>;

function systemsFor(neo4jUri: string, postgres: PostgresServer, graph: Graph, pool: pg.Pool, p: PeerInputs): System[] {
  const counts = inputCounts(p);
  return [
    { name: SERVICE, start: async () => graphqlRunner(await startService(neo4jUri), SERVICE_GRAPHQL, variablesOf(p)) },
    { name: SERVICE_UNCACHED, start: async () => graphqlRunner(await startService(neo4jUri, { ANSWER_CACHE_MB: '0' }), SERVICE_GRAPHQL, variablesOf(p)) },
    {
      name: '@neo4j/graphql',
      start: async () =>
        graphqlRunner(
          await startServer('bench/peers/neo4j-graphql-server.ts', { NEO4J_URI: neo4jUri, NODE_ENV: 'production' }),
          NEO4J_GRAPHQL,
          variablesOf(p, luceneOf),
        ),
    },
    { name: 'Neo4j driver (floor)', start: async () => directRunner(neo4jCalls(graph, p), counts) },
    {
      name: 'PostGraphile',
      start: async () =>
        graphqlRunner(
          await startServer('bench/peers/postgraphile-server.ts', { DATABASE_URL: postgres.connectionString, NODE_ENV: 'production' }),
          POSTGRAPHILE,
          variablesOf(p),
        ),
    },
    { name: 'PostgreSQL pg (floor)', start: async () => directRunner(postgresCalls(pool, p), counts) },
  ];
}

// Installed before anything starts, so that a failed install leaves nothing running.
ensurePostgres(values.postgres, log);
const database = await benchDatabase({ concepts, relationships, seed }, { heap: values.heap, pageCache: values.pagecache }, log);
const driver = createDriver(database.db.uri, NO_AUTH, { retryMs: 60_000 });
let postgres: PostgresServer | undefined;
let pool: pg.Pool | undefined;
try {
  postgres = await preparePostgres(database.folder!);
  // One connection per client at 50 clients, as the Neo4j driver's pool allows.
  pool = new pg.Pool({ connectionString: postgres.connectionString, max: 50 });
  const graph = new Graph(driver, 'neo4j');
  const inputs = await benchInputs(graph);
  const held = await heldByPostgres(pool, [...inputs.lookups.map((l) => l.conceptId), ...inputs.withDescendants, ...inputs.mapped]);
  const p = peerInputs(inputs, (id) => held.has(id));
  const postgresVersion = (await pool.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  printConditions(database.description, describeInputs(inputs), p, postgresVersion);
  const systems = systemsFor(database.db.uri, postgres, graph, pool, p);
  await warmDatabases([directRunner(neo4jCalls(graph, p), inputCounts(p)), directRunner(postgresCalls(pool, p), inputCounts(p))]);
  const reference = new Map<string, string>();
  const results = new Map<string, Map<OperationKey, Measured>>();
  for (const system of systems) results.set(system.name, await measureSystem(system, reference));
  printTable(
    systems.map((s) => s.name),
    results,
  );
  printTargets(results);
  log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await pool?.end();
  await driver.close();
  await postgres?.stop();
  await database.stop();
}
