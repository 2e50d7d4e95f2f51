import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { parseCommandLine, wholeNumber } from '../src/commands/command-line.js';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { Graph } from '../src/db/graph.js';
import { summarizeProfile } from './decompose/profile-summary.js';
import { graphqlRequests, ms, runCalls, runLoad, whole, type LoadResult } from './support/load.js';
import { cpuSecondsOf } from './support/memory.js';
import { benchInputs, serviceOperations } from './support/operations.js';
import { startService, stopChild, type ServiceProcess } from './support/service.js';
import { benchDatabase } from './support/vocabulary.js';
import { SERVICE_ENV_OPTION, serviceEnvironment, vocabularyOptions, vocabularySize } from './support/options.js';

/**
 * One lookup by code, taken apart: each layer of the request path measured alone, then the
 * whole, so the cost each layer adds can be read off. HTTP layers run in their own process
 * with the load generator in this one (as clients and the service do); the driver legs run in
 * this process (the driver is the client). With --profile S, the full path is then profiled
 * under --profile-clients N clients (50) for S seconds (node --cpu-prof) and its self time printed by origin.
 *
 * npm run bench:decompose -- [--concepts N] [--seconds S] [--profile S] [--env NAME=VALUE ...]
 */
const USAGE =
  'usage: npm run bench:decompose -- [--concepts N] [--relationships N] [--seed N] [--seconds S] [--profile S] [--profile-clients N] [--env NAME=VALUE ...]';
const { values } = parseCommandLine(
  {
    options: {
      ...vocabularyOptions('0'),
      ...SERVICE_ENV_OPTION,
      seconds: { type: 'string', default: '10' },
      profile: { type: 'string', default: '0' },
      'profile-clients': { type: 'string', default: '50' },
    },
  },
  USAGE,
);
const seconds = wholeNumber('--seconds', values.seconds, 1, USAGE);
const profileSeconds = wholeNumber('--profile', values.profile, 0, USAGE);
const profileClients = wholeNumber('--profile-clients', values['profile-clients'], 1, USAGE);
const { concepts, relationships, seed } = vocabularySize(values, USAGE, 0);
const serviceEnv = serviceEnvironment(values.env);

interface Row {
  layer: string;
  one: LoadResult;
  fifty: LoadResult;
  /** CPU seconds the serving process used during the 50-client phase, when it is another process. */
  serverCpu?: number;
}
const rows: Row[] = [];

/** A layer server (bench/decompose/layer-server.ts) in its own process; resolves with its URL. */
async function startLayer(layer: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/decompose/layer-server.ts', layer], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once('exit', (code) => reject(new Error(`layer ${layer} exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) resolvePort(Number(match[1]));
    });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function measureHttp(layer: string, url: string, requests: ReturnType<typeof graphqlRequests>, pid: number) {
  await runLoad(url, requests, 4, 3);
  const one = await runLoad(url, requests, 1, seconds);
  const cpuBefore = cpuSecondsOf(pid);
  const fifty = await runLoad(url, requests, 50, seconds);
  rows.push({ layer, one, fifty, serverCpu: cpuSecondsOf(pid) - cpuBefore });
}

async function measureDriver(layer: string, work: (i: number) => Promise<unknown>, inputs: number) {
  await runCalls(work, inputs, 4, 3);
  rows.push({ layer, one: await runCalls(work, inputs, 1, seconds), fifty: await runCalls(work, inputs, 50, seconds) });
}

const LOOKUP_CYPHER = `
  MATCH (c:Concept {vocabularyId: $vocabularyId, conceptCode: $conceptCode}) USING INDEX c:Concept(vocabularyId, conceptCode)
  RETURN c { .* } AS concept`;

function driverLegs(driver: Driver, keys: { vocabularyId: string; conceptCode: string }[]) {
  const key = (i: number) => keys[i % keys.length]!;
  const session = () => driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  const managed = (cypher: string) => async (i: number) => {
    const s = session();
    try {
      return await s.executeRead((tx) => tx.run(cypher, key(i)));
    } finally {
      await s.close();
    }
  };
  const autoCommit = async (i: number) => {
    const s = session();
    try {
      return await s.run(LOOKUP_CYPHER, key(i));
    } finally {
      await s.close();
    }
  };
  return { returnOne: managed('RETURN 1 AS ok'), lookup: managed(LOOKUP_CYPHER), autoCommit };
}

const log = (line: string) => console.log(line);
const database = await benchDatabase({ concepts, relationships, seed }, { heap: values.heap, pageCache: values.pagecache }, log);
const driver = createDriver(database.db.uri, NO_AUTH, { retryMs: 60_000 });
let service: ServiceProcess | undefined;
const profileDir = mkdtempSync(join(tmpdir(), 'pcg-profile-'));
try {
  service = await startService(database.db.uri, serviceEnv);
  const inputs = await benchInputs(new Graph(driver, 'neo4j'));
  const lookup = serviceOperations(inputs)[0]!;
  const requests = graphqlRequests(lookup.query, lookup.variables);

  for (const layer of ['node', 'express', 'apollo']) {
    const { url, child } = await startLayer(layer);
    try {
      await measureHttp(
        {
          node: 'bare node:http, constant answer',
          express: 'Express 5, express.json, constant answer',
          apollo: 'Apollo Server 5 (Express integration), constant resolver',
        }[layer]!,
        `${url}/graphql`.replace(/\/graphql$/, ''),
        requests,
        child.pid!,
      );
    } finally {
      await stopChild(child);
    }
  }
  const legs = driverLegs(driver, inputs.lookups);
  // Neo4j has been idle through the HTTP legs: its JIT warms up on lookups first.
  const count = inputs.lookups.length;
  await runCalls(legs.lookup, count, 4, 5);
  await measureDriver('driver: RETURN 1, managed transaction (executeRead)', legs.returnOne, count);
  await measureDriver('driver: the lookup Cypher, managed transaction (executeRead)', legs.lookup, count);
  await measureDriver('driver: the lookup Cypher, auto-commit (session.run)', legs.autoCommit, count);
  await measureHttp('the service, full path (lookup by code)', service.url, requests, service.process.pid!);
  await service.stop();
  service = undefined;

  console.log(
    `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; load generator, servers and Neo4j 5.26 embedded on the same cores; ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(
    `data: ${database.description}; lookups over ${inputs.lookups.length.toLocaleString('en-US')} distinct codes; ${seconds} s per phase after a 3 s warm-up${Object.keys(serviceEnv).length ? `; service settings ${JSON.stringify(serviceEnv)}` : ''}`,
  );
  console.log('| layer | 1 client: mean / p50 / p99 (ms) | 50 clients: req/s | p99 at 50 (ms) | server CPU-s per 1,000 requests at 50 |');
  console.log('|---|---|---|---|---|');
  for (const { layer, one, fifty, serverCpu } of rows) {
    const cpu = serverCpu === undefined ? 'in this process' : ((serverCpu * 1000) / Math.max(fifty.requests, 1)).toFixed(3);
    console.log(
      `| ${layer} | ${ms(one.mean)} / ${ms(one.p50)} / ${ms(one.p99)} | ${whole(fifty.perSecond)}${fifty.errors ? ` (${fifty.errors} errors)` : ''} | ${ms(fifty.p99)} | ${cpu} |`,
    );
  }

  if (profileSeconds) {
    const profiled = await startService(database.db.uri, serviceEnv, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    let loadStarted = 0;
    let loadEnded = 0;
    try {
      await runLoad(profiled.url, requests, 4, 3);
      loadStarted = performance.now();
      const under = await runLoad(profiled.url, requests, profileClients, profileSeconds);
      loadEnded = performance.now();
      console.log(
        `\nprofile: the service under ${profileClients} client${profileClients === 1 ? '' : 's'} for ${profileSeconds} s (${whole(under.perSecond)} req/s, mean ${ms(under.mean)} ms while profiled), node --cpu-prof; samples taken during the load only`,
      );
    } finally {
      await profiled.stop();
    }
    const exited = performance.now();
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the service wrote no CPU profile');
    const summary = summarizeProfile(join(profileDir, file), { fromEndMs: exited - loadStarted, toEndMs: exited - loadEnded });
    console.log(`sampled: ${whole(summary.busyMs)} ms busy, ${whole(summary.idleMs)} ms idle (idle = waiting on sockets and Neo4j)`);
    console.log('| self time by origin | ms | share of busy |');
    console.log('|---|---|---|');
    for (const o of summary.byOrigin.slice(0, 20)) console.log(`| ${o.origin} | ${whole(o.ms)} | ${(o.share * 100).toFixed(1)}% |`);
    console.log('| top functions (self time) | origin | share of busy |');
    console.log('|---|---|---|');
    for (const f of summary.byFunction) console.log(`| ${f.name} | ${f.origin} | ${(f.share * 100).toFixed(1)}% |`);
  }
} finally {
  await service?.stop();
  await driver.close();
  await database.stop();
  rmSync(profileDir, { recursive: true, force: true });
}
