import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { usageError, wholeNumber } from '../src/cli-args.js';
import { freePort, startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { readSeedPack } from '../src/seed-pack/read-pack.js';

/**
 * Lookup over HTTP: the service runs as `npm start` does (its own process) on a fresh embedded
 * Neo4j with the knowledge pack; autocannon sends concept lookups by (vocabularyId, conceptCode)
 * over the pack's 201 codes, first from 1 client (latency), then from 50 (throughput); before
 * them, the same from 1 client on a field that does not touch the database (the HTTP floor).
 * npm run bench:lookup -- [seconds per phase, default 15]
 */
const USAGE = 'usage: npm run bench:lookup -- [seconds per phase, default 15]';
if (process.argv.length > 3) usageError(`one argument at most, got '${process.argv.slice(2).join(' ')}'`, USAGE);
const seconds = process.argv[2] === undefined ? 15 : wholeNumber('seconds', process.argv[2], 1, USAGE);
const ANCHORS = {
  latency: 'p50 <= 1.5 ms, p99 <= 5 ms (Ontoserver $lookup p50 4.3 ms, Snowstorm 28 ms, 8 cores)',
  throughput: '>= 2,500 req/s, 0 errors (Ontoserver 687 req/s, Snowstorm 146 req/s, 8 cores)',
};

const pack = readSeedPack();
const codes = [...pack.omopConcepts.map((c) => [c.vocabulary_id, c.concept_code]), ...pack.localConcepts.map((c) => [c.vocabulary_id, c.concept_code])];
const query = 'query ($v: String!, $c: String!) { concept(vocabularyId: $v, conceptCode: $c) { conceptId conceptName domainId vocabularyId conceptClassId standardConcept conceptCode validStartDate validEndDate invalidReason } }';
const requests = codes.map(([v, c]) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables: { v, c } }),
}));

const home = mkdtempSync(join(tmpdir(), 'pcg-bench-lookup-'));
const db = await startEmbedded({ home, port: 0, heap: '2g', pageCache: '1g' });
const port = await freePort();
const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, NEO4J_URI: db.uri, NEO4J_PROVIDER: 'uri', PORT: String(port), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const run = (connections: number, duration: number) => autocannon({ url, connections, duration, requests, pipelining: 1 });
  await run(8, 5); // warm-up: JIT, query plans, connection pool
  // The floor: HTTP, Express and Apollo with a field that does not touch the database.
  const floor = await autocannon({
    url,
    connections: 1,
    duration: seconds,
    requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ about { name version } }' }) }],
  });
  const latency = await run(1, seconds);
  const throughput = await run(50, seconds);
  const errors = (r: autocannon.Result) => r.errors + r.non2xx + r.timeouts;
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}); service and Neo4j 5.26 embedded and load generator on the same machine`);
  console.log(`no database access ({ about { name } }), 1 client, ${seconds} s: p50 ${floor.latency.p50} ms, ${Math.round(floor.requests.average)} req/s`);
  console.log(`lookup by code, 1 client, ${seconds} s: p50 ${latency.latency.p50} ms, p99 ${latency.latency.p99} ms, ${Math.round(latency.requests.average)} req/s, errors ${errors(latency)}  [target ${ANCHORS.latency}]`);
  console.log(`lookup by code, 50 clients, ${seconds} s: ${Math.round(throughput.requests.average)} req/s, p50 ${throughput.latency.p50} ms, p99 ${throughput.latency.p99} ms, errors ${errors(throughput)}  [target ${ANCHORS.throughput}]`);
} finally {
  service.kill('SIGTERM');
  await new Promise((r) => service.once('exit', r));
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
}
