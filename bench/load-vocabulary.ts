import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, wholeNumber } from '../src/commands/command-line.js';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { Graph } from '../src/db/graph.js';
import { ensureSchema } from '../src/db/schema-setup.js';
import { loadVocabularyFolder } from '../src/ingest/athena/load.js';
import { lineProgress } from '../src/commands/progress.js';
import { generateVocabulary } from '../src/ingest/synthetic/generate.js';

/**
 * Vocabulary load benchmark: generates (once, cached in .bench/) a synthetic ATHENA folder,
 * loads it through Bolt into a fresh embedded Neo4j, and prints rows/s and memory against the
 * anchor (docs/benchmarks.md). npm run bench:load -- [--concepts N] [--relationships N] [--seed N]
 */
const ANCHOR_ROWS_PER_SECOND = 75_000;
const USAGE = `usage: npm run bench:load -- [--concepts N] [--relationships N] [--seed N] [--heap SIZE] [--pagecache SIZE] [--batch-size N] [--concurrency N]`;
const { values } = parseCommandLine(
  {
    options: {
      concepts: { type: 'string', default: '1000000' },
      relationships: { type: 'string', default: '5000000' },
      seed: { type: 'string', default: '1' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '4g' },
      'batch-size': { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '1' },
    },
  },
  USAGE,
);
const concepts = wholeNumber('--concepts', values.concepts, 1, USAGE);
const relationships = wholeNumber('--relationships', values.relationships, 0, USAGE);
const seed = wholeNumber('--seed', values.seed, 0, USAGE);

const folder = resolve(`.bench/vocabulary-${concepts}-${relationships}-${seed}`);
if (!existsSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'))) {
  const started = Date.now();
  generateVocabulary({ folder, concepts, relationships, seed });
  console.log(`generated ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const home = mkdtempSync(join(tmpdir(), 'pcg-bench-neo4j-'));
const db = await startEmbedded({ home, port: 0, heap: values.heap, pageCache: values.pagecache });
const driver = createDriver(db.uri, NO_AUTH, { retryMs: 60_000 });
const jvmRss = () => {
  const status = readFileSync(`/proc/${db.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
};
const samples: { t: number; node: number; jvm: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, node: process.memoryUsage().rss, jvm: jvmRss() }), 1000);
try {
  const graph = new Graph(driver, 'neo4j');
  await ensureSchema(graph);
  const report = await loadVocabularyFolder(graph, folder, {
    batchSize: wholeNumber('--batch-size', values['batch-size'], 1, USAGE),
    concurrency: wholeNumber('--concurrency', values.concurrency, 1, USAGE),
    rejectsFile: join(home, 'rejects.tsv'),
    progress: lineProgress((line) => console.log(line), 10_000),
  });
  clearInterval(sampler);
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  const nodeRss = samples.map((s) => s.node);
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  console.log('');
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())}; Neo4j 5.26 embedded, heap ${values.heap}, page cache ${values.pagecache}; batch ${values['batch-size']}, ${values.concurrency} writes in flight`,
  );
  console.log(`data: ${concepts.toLocaleString('en-US')} concepts, ${relationships.toLocaleString('en-US')} relationship rows (seed ${seed})`);
  for (const f of report.files) {
    console.log(
      `  ${f.file.padEnd(22)} ${f.rowsRead.toLocaleString('en-US').padStart(12)} rows ${f.seconds.toFixed(1).padStart(8)} s ${Math.round(
        f.rowsRead / Math.max(f.seconds, 0.001),
      )
        .toLocaleString('en-US')
        .padStart(10)} rows/s`,
    );
  }
  console.log(
    `total: ${report.rowsRead.toLocaleString('en-US')} rows in ${report.seconds.toFixed(1)} s = ${report.rowsPerSecond.toLocaleString('en-US')} rows/s (anchor: >= ${ANCHOR_ROWS_PER_SECOND.toLocaleString('en-US')} rows/s sustained, docs/benchmarks.md); rejected ${report.rejected}`,
  );
  console.log(
    `loader memory (Node RSS): peak ${mb(report.peakRssBytes)}; first tenth ${mb(Math.max(...nodeRss.slice(0, tenth)))}, last tenth ${mb(Math.max(...nodeRss.slice(-tenth)))}`,
  );
  console.log(`Neo4j JVM RSS: peak ${mb(Math.max(...samples.map((s) => s.jvm)))}`);
} finally {
  clearInterval(sampler);
  await driver.close();
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
}
