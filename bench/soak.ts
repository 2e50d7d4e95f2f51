import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename } from 'node:path';
import { parseCommandLine, wholeNumber } from '../src/commands/command-line.js';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { Graph } from '../src/db/graph.js';
import { graphqlRequests, ms, runLoad, whole, type LoadRequest, type LoadResult } from './support/load.js';
import { cpuSecondsOf, memoryOf } from './support/memory.js';
import {
  benchInputs,
  claimBatchOperation,
  lineageCodes,
  lineageOperation,
  recommendationOperation,
  serviceOperations,
  treatmentDescriptions,
  type Operation,
} from './support/operations.js';
import { startService } from './support/service.js';
import { benchDatabase } from './support/vocabulary.js';
import { SERVICE_ENV_OPTION, serviceEnvironment, vocabularyOptions, vocabularySize } from './support/options.js';

/**
 * A soak: the service in its own process (as `npm start` runs it) on an embedded Neo4j holding
 * a generated vocabulary and the knowledge pack, under a closed-loop mix of clients for a while.
 * Each operation of the mix has its own autocannon instance with its share of the clients, all
 * running at once, so every answer's operation is known. It checks what a long run breaks:
 * errors (transport, timeouts, non-2xx, and GraphQL `errors` in 2xx bodies, counted on every
 * answer) and memory (the RSS of the service and of Neo4j, sampled every second, flat from
 * after the warm-up to the end). Prints PASS/FAIL for each and exits 1 on any FAIL.
 *
 * npm run soak -- [--seconds S] [--warm-up S] [--clients N] [--env NAME=VALUE ...] [--concepts N] [--relationships N] [--seed N] [--heap SIZE] [--pagecache SIZE]
 */
const USAGE =
  'usage: npm run soak -- [--seconds S] [--warm-up S] [--clients N] [--env NAME=VALUE ...] [--concepts N] [--relationships N] [--seed N] [--heap SIZE] [--pagecache SIZE]';
const { values } = parseCommandLine(
  {
    options: {
      ...vocabularyOptions('100000'),
      ...SERVICE_ENV_OPTION,
      seconds: { type: 'string', default: '60' },
      clients: { type: 'string', default: '50' },
      'warm-up': { type: 'string', default: '60' },
    },
  },
  USAGE,
);
const warmUpSeconds = wholeNumber('--warm-up', values['warm-up'], 0, USAGE);
const seconds = wholeNumber('--seconds', values.seconds, 1, USAGE);
const { concepts, relationships, seed } = vocabularySize(values, USAGE, 0);

/** Clients per operation out of 50: mostly lookups, as an application resolving codes; a few heavy claim batches. */
const MIX = { lookup: 20, descendants: 8, search: 6, mapsTo: 6, lineage: 4, recommendation: 4, claims: 2 } as const;
type MixKey = keyof typeof MIX;
const clients = wholeNumber('--clients', values.clients, Object.keys(MIX).length, USAGE);

/**
 * Memory is judged on 10 s windows of the measured run: its first 10 s against its last 10 s.
 * A warm-up phase of the same mix (--warm-up S, not measured) comes first, so JIT compilation,
 * query plans and the answer cache's first fill are behind it.
 */
const WINDOW_SECONDS = 10;
const FLAT_TOLERANCE = 0.1;
const CLAIM_BATCHES = 100;
const CLAIM_BATCH_LINES = 100;

/** The operations of the mix, by key, from the shared benchmark inputs. */
async function soakOperations(graph: Graph): Promise<Record<MixKey, Operation>> {
  const inputs = await benchInputs(graph);
  const concept = serviceOperations(inputs);
  const named = (prefix: string): Operation => {
    const op = concept.find((o) => o.name.startsWith(prefix));
    if (!op) throw new Error(`bench/support/operations.ts has no operation named '${prefix}...'`);
    return op;
  };
  return {
    lookup: named('lookup by code'),
    descendants: named('descendants'),
    search: named('search'),
    mapsTo: named('mapsTo'),
    lineage: lineageOperation(await lineageCodes(graph)),
    recommendation: recommendationOperation(treatmentDescriptions()),
    claims: claimBatchOperation(CLAIM_BATCHES, CLAIM_BATCH_LINES),
  };
}

/** `total` clients split in proportion to the weights (largest remainder), at least one each. */
function splitClients<K extends string>(total: number, weights: Record<K, number>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const exact = keys.map((k) => (total * weights[k]) / sum);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  const byRemainder = keys.map((_, i) => i).sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!));
  for (let j = 0; counts.reduce((s, n) => s + n, 0) < total; j++) counts[byRemainder[j % keys.length]!]! += 1;
  // The minimum of one each can overshoot a small total: take back from the largest shares.
  while (counts.reduce((s, n) => s + n, 0) > total) counts[counts.indexOf(Math.max(...counts))]! -= 1;
  return Object.fromEntries(keys.map((k, i) => [k, counts[i]!])) as Record<K, number>;
}

function commandLineOf(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
}

/**
 * The service's pid must be the node process that serves, not a wrapper (npm, the tsx CLI) whose
 * child serves, or its RSS would say nothing about the service. Its own children (tsx's esbuild
 * compiler service) are named in the conditions and not counted. Returns that description.
 */
function checkServiceProcess(pid: number): string {
  const argv = commandLineOf(pid);
  const children = childrenOf(pid).map((child) => ({ child, argv: commandLineOf(child) }));
  const serving = basename(argv[0] ?? '').startsWith('node') && argv.includes('src/main.ts');
  if (!serving || children.some((c) => c.argv.includes('src/main.ts'))) {
    throw new Error(`pid ${pid} is not the node process serving (${argv.join(' ')}; children: ${children.map((c) => c.argv.join(' ')).join('; ') || 'none'})`);
  }
  const named = children.map((c) => basename(c.argv[0] ?? '?'));
  return `${[basename(argv[0]!), ...argv.slice(1)].join(' ')}; ${named.length ? `child processes not counted: ${named.join(', ')}` : 'no child process'}`;
}

function checkNeo4jProcess(pid: number): void {
  const argv = commandLineOf(pid);
  if (basename(argv[0] ?? '') !== 'java') throw new Error(`pid ${pid} is not the embedded Neo4j's JVM (${argv.join(' ')})`);
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.text() };
}

/** A GraphQL answer with errors anywhere: a key named "errors" (inside strings its quotes would be escaped). */
const hasGraphqlErrors = (body: string) => body.includes('"errors":');

/** Fails fast, with the message, when an operation's query is wrong, before a minute of load says only "errors". */
async function precheck(url: string, ops: Record<MixKey, Operation>): Promise<void> {
  for (const op of Object.values(ops)) {
    if (op.variables.length === 0) throw new Error(`${op.name}: no inputs of this shape in the graph (use a generated vocabulary: --concepts N)`);
    for (const variables of op.variables.slice(0, 3)) {
      const { status, body } = await post(url, op.query, variables);
      if (status < 200 || status >= 300 || hasGraphqlErrors(body)) throw new Error(`${op.name} answered ${status}: ${body.slice(0, 500)}`);
    }
  }
}

/** What the load saw besides autocannon's own counts: 2xx answers carrying GraphQL errors, and answers per second. */
interface AnswerCounts {
  graphqlErrors: Record<MixKey, number>;
  firstError: string | null;
  /** Answers since the last memory sample. */
  answersSinceSample: number;
}

function countedRequests(key: MixKey, requests: LoadRequest[], counts: AnswerCounts): LoadRequest[] {
  const onResponse = (status: number, body: string) => {
    counts.answersSinceSample += 1;
    if (status >= 200 && status < 300 && hasGraphqlErrors(body)) {
      counts.graphqlErrors[key] += 1;
      counts.firstError ??= `${key}: ${body.slice(0, 300)}`;
    }
  };
  return requests.map((request) => ({ ...request, onResponse }));
}

interface Sample {
  service: number;
  neo4j: number;
  answers: number;
}

/** Samples both processes' RSS and the answers per second, every second, until stopped. */
function sampleEverySecond(pids: { service: number; neo4j: number }, counts: AnswerCounts): { samples: Sample[]; stop(): void } {
  const samples: Sample[] = [];
  const timer = setInterval(() => {
    samples.push({ service: memoryOf(pids.service), neo4j: memoryOf(pids.neo4j), answers: counts.answersSinceSample });
    counts.answersSinceSample = 0;
  }, 1000);
  return { samples, stop: () => clearInterval(timer) };
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);

/** At most `points` values: one per second, or the means of equal steps of seconds for a long run. */
function compactSeries(values: number[], points = 60): string {
  const step = Math.max(1, Math.ceil(values.length / points));
  const shown = [];
  for (let i = 0; i < values.length; i += step) shown.push(Math.round(mean(values.slice(i, i + step))));
  return `${step === 1 ? 'each second' : `mean of each ${step} s`}: ${shown.join(' ')}`;
}

interface Flatness {
  early: number;
  late: number;
  change: number;
  /** Lowest and highest sample of each window: a garbage-collected heap saws within them. */
  earlyRange: [number, number];
  lateRange: [number, number];
}

const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];

/** The mean of the last window against the mean of the first (the warm-up phase came before); null when the run is too short for both. */
function flatness(series: number[]): Flatness | null {
  if (series.length < 2 * WINDOW_SECONDS) return null;
  const earlyWindow = series.slice(0, WINDOW_SECONDS);
  const lateWindow = series.slice(-WINDOW_SECONDS);
  const [early, late] = [mean(earlyWindow), mean(lateWindow)];
  return { early, late, change: (late - early) / early, earlyRange: range(earlyWindow), lateRange: range(lateWindow) };
}

const MB = (bytes: number) => Math.round(bytes / 2 ** 20).toLocaleString('en-US');

function memoryVerdict(name: string, series: number[]): boolean {
  const gone = series.findIndex((rss) => rss === 0);
  if (gone >= 0) {
    console.log(`FAIL ${name} RSS flat: the process was gone from ${gone + 1} s`);
    return false;
  }
  const flat = flatness(series);
  if (!flat) {
    console.log(`SKIP ${name} RSS flat: not judged, the run is shorter than ${2 * WINDOW_SECONDS} s (two windows)`);
    return true;
  }
  const pass = Math.abs(flat.change) <= FLAT_TOLERANCE;
  console.log(
    `${pass ? 'PASS' : 'FAIL'} ${name} RSS flat: mean ${MB(flat.early)} MB over the first ${WINDOW_SECONDS} s (${flat.earlyRange.map(MB).join('-')}), ` +
      `${MB(flat.late)} MB over the last ${WINDOW_SECONDS} s (${flat.lateRange.map(MB).join('-')}): ${flat.change >= 0 ? '+' : ''}${(flat.change * 100).toFixed(1)}%, limit ±${FLAT_TOLERANCE * 100}%`,
  );
  return pass;
}

function printResults(ops: Record<MixKey, Operation>, connections: Record<MixKey, number>, results: Record<MixKey, LoadResult>, counts: AnswerCounts): void {
  console.log('| operation | clients | distinct inputs | answers | req/s | p50 ms | p99 ms | transport, timeout, non-2xx | GraphQL errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const key of Object.keys(ops) as MixKey[]) {
    const r = results[key];
    console.log(
      `| ${ops[key].name} | ${connections[key]} | ${whole(ops[key].variables.length)} | ${whole(r.requests)} | ${whole(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} | ${counts.graphqlErrors[key]} |`,
    );
  }
  const all = Object.values<LoadResult>(results);
  console.log(
    `| all | ${clients} | | ${whole(all.reduce((s, r) => s + r.requests, 0))} | ${whole(all.reduce((s, r) => s + r.perSecond, 0))} | | | ${all.reduce((s, r) => s + r.errors, 0)} | ${Object.values<number>(counts.graphqlErrors).reduce((s, n) => s + n, 0)} |`,
  );
}

const log = (line: string) => console.log(line);
// The heap pre-touched: the JVM's RSS is its full size from the first second, so a growing RSS is growing use.
const database = await benchDatabase({ concepts, relationships, seed }, { heap: values.heap, pageCache: values.pagecache, preTouch: true }, log);
if (!database.db.started) {
  // Another run's database (benchmarks of one size share it): its memory is not ours to judge,
  // and stopping it at the end would break that run.
  console.error(
    `an embedded Neo4j already runs in ${database.db.home} (pid ${database.db.pid}), probably another benchmark's: wait for it to end, or soak another size`,
  );
  process.exit(1);
}
const driver = createDriver(database.db.uri, NO_AUTH, { retryMs: 60_000 });
let service: Awaited<ReturnType<typeof startService>> | undefined;
let passed = false;
try {
  service = await startService(database.db.uri, serviceEnvironment(values.env));
  const pids = { service: service.process.pid!, neo4j: database.db.pid };
  const serviceCommand = checkServiceProcess(pids.service);
  checkNeo4jProcess(pids.neo4j);
  const ops = await soakOperations(new Graph(driver, 'neo4j'));
  await precheck(service.url, ops);
  const connections = splitClients(clients, MIX);

  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; Neo4j 5.26 embedded (heap ${values.heap}, page cache ${values.pagecache}); service and load generator on the same machine; ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`data: ${database.description}${values.env.length ? `; service settings ${values.env.join(' ')}` : ''}`);
  console.log(
    `soak: ${seconds} s, ${clients} closed-loop clients (keep-alive, each sends its next request when answered), one autocannon instance per operation, all at once; latencies over the measured run`,
  );
  console.log(`mix (clients): ${(Object.keys(ops) as MixKey[]).map((k) => `${ops[k].name} ${connections[k]}`).join(', ')}`);
  console.log(`processes: service pid ${pids.service} (${serviceCommand}), Neo4j pid ${pids.neo4j} (java)`);
  console.log(
    'checked: every answer (2xx without a GraphQL "errors" key; autocannon counts transport errors, timeouts and non-2xx), after the first 3 inputs of each operation answered cleanly before the run',
  );

  const keys = Object.keys(ops) as MixKey[];
  if (warmUpSeconds) {
    console.log(`warm-up: ${warmUpSeconds} s of the same mix, not measured`);
    await Promise.all(keys.map((k) => runLoad(service!.url, graphqlRequests(ops[k].query, ops[k].variables), connections[k], warmUpSeconds)));
  }
  const counts: AnswerCounts = {
    graphqlErrors: { lookup: 0, descendants: 0, search: 0, mapsTo: 0, lineage: 0, recommendation: 0, claims: 0 },
    firstError: null,
    answersSinceSample: 0,
  };
  const cpuBefore = { service: cpuSecondsOf(pids.service), neo4j: cpuSecondsOf(pids.neo4j), load: process.cpuUsage() };
  const sampler = sampleEverySecond(pids, counts);
  const runs = await Promise.all(
    keys.map((k) => runLoad(service!.url, countedRequests(k, graphqlRequests(ops[k].query, ops[k].variables), counts), connections[k], seconds)),
  );
  sampler.stop();
  const results = Object.fromEntries(keys.map((k, i) => [k, runs[i]!])) as Record<MixKey, LoadResult>;
  const cpu = (used: number) => (used < 0 ? 'not known (the process is gone)' : `${used.toFixed(1)} s (${((100 * used) / seconds).toFixed(0)}% of a core)`);
  const loadCpu = process.cpuUsage(cpuBefore.load);

  printResults(ops, connections, results, counts);
  const { samples } = sampler;
  console.log(`answers per second, ${compactSeries(samples.map((s) => s.answers))}`);
  console.log(`service RSS MB, ${compactSeries(samples.map((s) => s.service / 2 ** 20))}`);
  console.log(`Neo4j RSS MB, ${compactSeries(samples.map((s) => s.neo4j / 2 ** 20))}`);
  console.log(
    `CPU over the run: service ${cpu(cpuSecondsOf(pids.service) - cpuBefore.service)}, Neo4j ${cpu(cpuSecondsOf(pids.neo4j) - cpuBefore.neo4j)}, ` +
      `load generator ${cpu((loadCpu.user + loadCpu.system) / 1e6)}`,
  );
  if (counts.firstError) console.log(`first GraphQL error: ${counts.firstError}`);

  const errors = runs.reduce((s, r) => s + r.errors, 0) + Object.values<number>(counts.graphqlErrors).reduce((s, n) => s + n, 0);
  console.log(
    `${errors === 0 ? 'PASS' : 'FAIL'} 0 errors: ${errors} error${errors === 1 ? '' : 's'} in ${whole(runs.reduce((s, r) => s + r.requests, 0))} answers`,
  );
  const serviceFlat = memoryVerdict(
    'service',
    samples.map((s) => s.service),
  );
  const neo4jFlat = memoryVerdict(
    'Neo4j',
    samples.map((s) => s.neo4j),
  );
  passed = errors === 0 && serviceFlat && neo4jFlat;
} finally {
  await service?.stop();
  await driver.close();
  await database.stop();
}
process.exitCode = passed ? 0 : 1;
