import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { parseCommandLine, wholeNumber } from '../src/cli-args.js';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { freePort, startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { Graph } from '../src/db/graph.js';
import { ensureSchema } from '../src/db/schema-setup.js';
import { loadVocabularyFolder } from '../src/ingest/athena/load.js';
import { lineProgress } from '../src/ingest/progress.js';
import { generateVocabulary } from '../src/ingest/synthetic/generate.js';

/**
 * The read path over HTTP, with the service in its own process (as `npm start` runs it) on an
 * embedded Neo4j holding the knowledge pack and, with --concepts N, a generated vocabulary of
 * N concepts (generated and loaded once, cached in .bench/). For each operation autocannon
 * cycles through many distinct inputs drawn from the graph (uniformly, in concept-id order),
 * from 1 client (latency) and, for lookups, from 50 (throughput). Figures are printed next to
 * the DESIGN.md targets.
 *
 * npm run bench:query -- [--concepts N] [--relationships N] [--seconds S]
 */
const USAGE = 'usage: npm run bench:query -- [--concepts N] [--relationships N] [--seed N] [--seconds S] [--heap SIZE] [--pagecache SIZE]';
const { values } = parseCommandLine({
  options: {
    concepts: { type: 'string' },
    relationships: { type: 'string' },
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4g' },
  },
}, USAGE);
const seconds = wholeNumber('--seconds', values.seconds, 1, USAGE);
const concepts = values.concepts === undefined ? 0 : wholeNumber('--concepts', values.concepts, 10, USAGE);
const relationships = values.relationships === undefined ? concepts * 5 : wholeNumber('--relationships', values.relationships, 0, USAGE);
const seed = wholeNumber('--seed', values.seed, 0, USAGE);

const TARGETS = {
  lookup: 'mean and p50 <= 0.7 ms, p99 <= 3 ms (Ontoserver $lookup p50 4.3 ms, Snowstorm 28 ms, 8 cores)',
  throughput: '>= 3,000 req/s, 0 errors (Ontoserver 687 req/s, Snowstorm 146 req/s, 8 cores)',
  descendants: 'p50 <= 2 ms (Ontoserver 4.7 ms)',
  subsumption: 'p50 <= 1 ms (Ontoserver 3.4 ms)',
  search: 'p50 <= 5 ms (Snowstorm 58 ms, Ontoserver 73 ms)',
  mapsTo: 'p50 <= 3 ms (Neo4j 4-hop expansion ~170 ms out of the box)',
};

const logLine = (line: string) => console.log(line);

/** The database: a throw-away one for the pack alone; a cached one per generated vocabulary. */
async function prepareDatabase() {
  if (!concepts) {
    const home = mkdtempSync(join(tmpdir(), 'pcg-bench-query-'));
    return { home, throwAway: true, db: await startEmbedded({ home, port: 0, heap: values.heap, pageCache: values.pagecache }) };
  }
  const folder = resolve(`.bench/vocabulary-${concepts}-${relationships}-${seed}`);
  if (!existsSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'))) {
    generateVocabulary({ folder, concepts, relationships, seed });
    logLine(`generated ${folder}`);
  }
  const home = resolve(`.bench/query-db-${concepts}-${relationships}-${seed}`);
  const loaded = join(home, 'loaded.marker');
  mkdirSync(home, { recursive: true });
  const db = await startEmbedded({ home, port: 0, heap: values.heap, pageCache: values.pagecache });
  if (!existsSync(loaded)) {
    const driver = createDriver(db.uri, NO_AUTH, { retryMs: 60_000 });
    try {
      const graph = new Graph(driver, 'neo4j');
      await ensureSchema(graph);
      const report = await loadVocabularyFolder(graph, folder, { rejectsFile: join(home, 'rejects.tsv'), progress: lineProgress(logLine, 15_000) });
      logLine(`loaded ${report.rowsRead.toLocaleString('en-US')} rows in ${report.seconds.toFixed(0)} s`);
      writeFileSync(loaded, new Date().toISOString());
    } finally {
      await driver.close();
    }
  }
  return { home, throwAway: false, db };
}

interface Operation {
  name: string;
  target: string;
  query: string;
  variables: Record<string, unknown>[];
}

/** Distinct inputs for every operation, read from the graph the service answers from. */
async function operations(graph: Graph): Promise<Operation[]> {
  const spread = Math.max(1, Math.floor(((await graph.read<{ n: number }>('MATCH (c:Concept) WHERE NOT c:Unresolved RETURN count(c) AS n'))[0]?.n ?? 1) / 10_000));
  const lookups = await graph.read<{ v: string; code: string; name: string }>(
    `MATCH (c:Concept) WHERE NOT c:Unresolved AND c.conceptId % $spread = 0
     WITH c ORDER BY c.conceptId LIMIT 10000
     RETURN c.vocabularyId AS v, c.conceptCode AS code, c.conceptName AS name`,
    { spread },
  );
  const withDescendants = await graph.read<{ id: number }>(
    `MATCH (c:Concept) WHERE NOT c:Unresolved AND COUNT { (c)<-[:HAS_ANCESTOR]-() } > 20 RETURN c.conceptId AS id ORDER BY id LIMIT 1000`,
  );
  const pairs = await graph.read<{ d: number; a: number }>(
    `MATCH (d:Concept)-[r:HAS_ANCESTOR]->(a:Concept) WHERE r.minLevels >= 2 AND NOT a:Unresolved AND NOT d:Unresolved
     RETURN d.conceptId AS d, a.conceptId AS a LIMIT 2000`,
  );
  const chains = await graph.read<{ id: number }>(
    `MATCH (a:Concept)-[:CONCEPT_REPLACED_BY]->(:Concept)-[:CONCEPT_REPLACED_BY]->(:Concept)-[:MAPS_TO]->(:Concept)
     WHERE NOT (a)<-[:CONCEPT_REPLACED_BY]-() RETURN DISTINCT a.conceptId AS id ORDER BY id LIMIT 1000`,
  );
  const words = lookups.map((l) => l.name).filter((name) => !/^(CPT4|HCPCS) /.test(name));
  return [
    {
      name: 'lookup by code',
      target: TARGETS.lookup,
      query: 'query ($v: String!, $c: String!) { concept(vocabularyId: $v, conceptCode: $c) { conceptId conceptName domainId vocabularyId conceptClassId standardConcept conceptCode validStartDate validEndDate invalidReason } }',
      variables: lookups.map(({ v, code }) => ({ v, c: code })),
    },
    {
      name: 'descendants, first page of 20',
      target: TARGETS.descendants,
      query: 'query ($id: ID!) { concept(conceptId: $id) { descendants(first: 20) { totalCount edges { minLevelsOfSeparation maxLevelsOfSeparation node { conceptId conceptName } } } } }',
      variables: withDescendants.map(({ id }) => ({ id: String(id) })),
    },
    {
      name: 'isDescendantOf',
      target: TARGETS.subsumption,
      // every other pair is turned round, so half the answers are false
      query: 'query ($id: ID!, $a: ID!) { concept(conceptId: $id) { isDescendantOf(conceptId: $a) } }',
      variables: pairs.map(({ d, a }, i) => (i % 2 ? { id: String(a), a: String(d) } : { id: String(d), a: String(a) })),
    },
    {
      name: 'search, 20 hits',
      target: TARGETS.search,
      query: 'query ($q: String!) { searchConcepts(query: $q, first: 20) { totalCount edges { node { conceptId conceptName vocabularyId conceptCode } } } }',
      variables: words.slice(0, 2000).map((q) => ({ q })),
    },
    {
      name: "mapsTo over a 3-hop chain ('Concept replaced by' x2, 'Maps to')",
      target: TARGETS.mapsTo,
      query: 'query ($id: ID!) { concept(conceptId: $id) { mapsTo { status targets { conceptId } hops { from { conceptId } to { conceptId } relationshipId validStartDate } } } }',
      variables: chains.map(({ id }) => ({ id: String(id) })),
    },
  ];
}

const { home, throwAway, db } = await prepareDatabase();
const port = await freePort();
const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, NEO4J_URI: db.uri, NEO4J_PROVIDER: 'uri', PORT: String(port), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const driver = createDriver(db.uri, NO_AUTH, { retryMs: 60_000 });
try {
  // The service creates the schema and loads the knowledge pack as it starts; queries wait for /ready.
  const graph = new Graph(driver, 'neo4j');
  const url = `http://127.0.0.1:${port}`;
  let ready = false;
  for (let i = 0; i < 600 && !ready && service.exitCode === null; i++) {
    ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) throw new Error('the service did not become ready (see its log above)');
  const ops = await operations(graph);
  const requestsOf = (op: Operation) =>
    op.variables.map((variables) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables }),
    }));
  // A response with GraphQL errors is still HTTP 200: check a sample of answers first.
  for (const op of ops) {
    for (const variables of op.variables.slice(0, 3)) {
      const body = (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: op.query, variables }) })).json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${op.name} answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    }
  }
  const run = (op: Operation, connections: number, duration: number) => autocannon({ url, connections, duration, requests: requestsOf(op), pipelining: 1 });
  const errors = (r: autocannon.Result) => r.errors + r.non2xx + r.timeouts;
  const size = concepts ? `generated vocabulary of ${concepts.toLocaleString('en-US')} concepts and ${relationships.toLocaleString('en-US')} relationship rows (seed ${seed}) plus the knowledge pack` : 'the knowledge pack alone';
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; Neo4j 5.26 embedded (heap ${values.heap}, page cache ${values.pagecache}); service and load generator on the same machine`);
  console.log(`data: ${size}; ${seconds} s per phase after a 3 s warm-up`);
  for (const op of ops) {
    if (op.variables.length === 0) {
      console.log(`${op.name}: no inputs of this shape in the graph, skipped  [target ${op.target}]`);
      continue;
    }
    await run(op, 4, 3);
    const one = await run(op, 1, seconds);
    console.log(
      `${op.name} (${op.variables.length} distinct inputs), 1 client: mean ${one.latency.mean.toFixed(2)} ms, p50 ${one.latency.p50} ms, p99 ${one.latency.p99} ms, ${Math.round(one.requests.average)} req/s, errors ${errors(one)}  [target ${op.target}]`,
    );
    if (op === ops[0]) {
      const fifty = await run(op, 50, seconds);
      console.log(`${op.name}, 50 clients: ${Math.round(fifty.requests.average)} req/s, p50 ${fifty.latency.p50} ms, p99 ${fifty.latency.p99} ms, errors ${errors(fifty)}  [target ${TARGETS.throughput}]`);
    }
  }
} finally {
  service.kill('SIGTERM');
  await new Promise((r) => service.once('exit', r));
  await driver.close();
  await stopEmbedded(home);
  if (throwAway) rmSync(home, { recursive: true, force: true });
}
