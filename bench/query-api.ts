import { cpus, totalmem } from 'node:os';
import { parseCommandLine, wholeNumber } from '../src/commands/command-line.js';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { Graph } from '../src/db/graph.js';
import { askEveryInputOnce, graphqlRequests, latencyLine, runLoad, whole } from './support/load.js';
import { benchInputs, describeInputs, serviceOperations, TARGETS } from './support/operations.js';
import { startService } from './support/service.js';
import { benchDatabase } from './support/vocabulary.js';
import { SERVICE_ENV_OPTION, serviceEnvironment, vocabularyOptions, vocabularySize } from './support/options.js';

/**
 * The read path over HTTP, with the service in its own process (as `npm start` runs it) on an
 * embedded Neo4j holding the knowledge pack and, with --concepts N, a generated vocabulary of
 * N concepts (generated and bulk-imported once, kept in .bench/). For each operation the load
 * cycles through many distinct inputs drawn from the graph, from 1 client (latency) and, for
 * lookups, from 50 (throughput). Figures are printed next to their targets (docs/benchmarks.md).
 *
 * npm run bench:query -- [--concepts N] [--relationships N] [--seconds S] [--env NAME=VALUE ...]
 */
const USAGE =
  'usage: npm run bench:query -- [--concepts N] [--relationships N] [--seed N] [--seconds S] [--heap SIZE] [--pagecache SIZE] [--env NAME=VALUE ...]';
const { values } = parseCommandLine(
  {
    options: {
      ...vocabularyOptions('0'),
      ...SERVICE_ENV_OPTION,
      seconds: { type: 'string', default: '10' },
    },
  },
  USAGE,
);
const seconds = wholeNumber('--seconds', values.seconds, 1, USAGE);
const { concepts, relationships, seed } = vocabularySize(values, USAGE, 0);
// Settings for the service under test, e.g. --env ANSWER_CACHE_MB=0 to measure without the answer cache.
const serviceEnv = serviceEnvironment(values.env);

const log = (line: string) => console.log(line);
const database = await benchDatabase({ concepts, relationships, seed }, { heap: values.heap, pageCache: values.pagecache }, log);
const driver = createDriver(database.db.uri, NO_AUTH, { retryMs: 60_000 });
let service: Awaited<ReturnType<typeof startService>> | undefined;
try {
  service = await startService(database.db.uri, serviceEnv);
  const url = service.url;
  const inputs = await benchInputs(new Graph(driver, 'neo4j'));
  const ops = serviceOperations(inputs);
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; Neo4j 5.26 embedded (heap ${values.heap}, page cache ${values.pagecache}); service and load generator on the same machine; ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(
    `data: ${database.description}; ${seconds} s per phase, after a warm-up that asks every input once (so with the answer cache on, the measured phases are answered from it) and 3 s more${Object.keys(serviceEnv).length ? `; service settings ${JSON.stringify(serviceEnv)}` : ''}`,
  );
  console.log(`inputs: ${describeInputs(inputs)}`);
  for (const op of ops) {
    if (op.variables.length === 0) {
      console.log(`${op.name}: no inputs of this shape in the graph, skipped  [target ${op.target}]`);
      continue;
    }
    const requests = graphqlRequests(op.query, op.variables);
    // Every input once (it is checked, and a measured run meets it warm), then 3 s more.
    const warm = await askEveryInputOnce(url, requests);
    if (warm.failures) throw new Error(`${op.name}: ${warm.failures} answers failed; the first: ${warm.first}`);
    await runLoad(url, requests, 4, 3);
    const one = await runLoad(url, requests, 1, seconds);
    console.log(
      `${op.name} (${op.variables.length} distinct inputs), 1 client: ${latencyLine(one)}, ${whole(one.perSecond)} req/s, errors ${one.errors}  [target ${op.target}]`,
    );
    if (op === ops[0]) {
      const fifty = await runLoad(url, requests, 50, seconds);
      console.log(`${op.name}, 50 clients: ${whole(fifty.perSecond)} req/s, ${latencyLine(fifty)}, errors ${fifty.errors}  [target ${TARGETS.throughput}]`);
    }
  }
} finally {
  await service?.stop();
  await driver.close();
  await database.stop();
}
