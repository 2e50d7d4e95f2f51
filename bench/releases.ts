import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApolloServer } from '../src/apollo.js';
import { parseCommandLine, wholeNumber } from '../src/commands/command-line.js';
import { createRepositories, createRequestContext } from '../src/context.js';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { Graph } from '../src/db/graph.js';
import { ensureSchema } from '../src/db/schema-setup.js';
import { loadVocabularyFolder, type LoadReport } from '../src/ingest/athena/load.js';
import { importVocabularyFolder } from '../src/ingest/bulk/bulk-import.js';
import { diffVocabularyFolders } from '../src/ingest/releases/diff.js';
import { generateVocabulary } from '../src/ingest/synthetic/generate.js';
import { writeNextRelease } from '../src/ingest/synthetic/next-release.js';
import { createLogger } from '../src/logger.js';
import { ms, runCalls, whole, type LoadResult } from './support/load.js';
import { cpuSecondsOf } from './support/memory.js';

/**
 * Vocabulary releases (docs/loading.md): a generated vocabulary as release A and its next release
 * B (src/ingest/synthetic/next-release.ts), then, in one run on one machine:
 * - B loaded over A with its change set (the Bolt loader compares every batch with the graph),
 *   against B loaded into an empty database (the same rows, nothing to compare): target at most 1.3x;
 * - `diff:vocabulary` of the two folders, in rows read per second: target >= 300,000 (the pace of
 *   PostgreSQL COPY on this machine, docs/benchmarks.md);
 * - a concept lookup and the first page of descendants, in-process through GraphQL (no answer
 *   cache), one client for --seconds each (after as long a warm-up), cycling through
 *   --concepts-asked different concepts, after A, after B with the history in the graph, and on
 *   the database of B alone (the same content, no history): target unchanged within noise. To
 *   tell apart what could make the reads after B over A differ from B alone, both databases are
 *   read again in a new JVM (a restart: the loads' JIT and heap state gone), and the tracked one
 *   once more with its change records deleted (the history's nodes gone; what stays is the
 *   layout of a store that loaded two releases).
 *
 * Release A goes into the tracked database through the Bolt loader, or with `--first-load import`
 * through the bulk import (a first load's usual path at full size; it records its release too), so
 * the large sizes need one Bolt load fewer; B is loaded through Bolt both times.
 *
 * npm run bench:releases -- [--concepts N] [--seconds N] [--concepts-asked N] [--first-load bolt|import] [--heap SIZE] [--pagecache SIZE]
 */
const USAGE = 'usage: npm run bench:releases -- [--concepts N] [--seconds N] [--concepts-asked N] [--first-load bolt|import] [--heap SIZE] [--pagecache SIZE]';
const { values } = parseCommandLine(
  {
    options: {
      concepts: { type: 'string', default: '1000000' },
      seconds: { type: 'string', default: '20' },
      'concepts-asked': { type: 'string', default: '2000' },
      'first-load': { type: 'string', default: 'bolt' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '2g' },
    },
  },
  USAGE,
);
const concepts = wholeNumber('--concepts', values.concepts, 10, USAGE);
const seconds = wholeNumber('--seconds', values.seconds, 1, USAGE);
const calls = wholeNumber('--concepts-asked', values['concepts-asked'], 10, USAGE);
const firstLoad = values['first-load'];
if (firstLoad !== 'bolt' && firstLoad !== 'import') {
  console.error(`--first-load must be bolt or import, not ${firstLoad}\n${USAGE}`);
  process.exit(2);
}
const TARGETS = { trackedOverPlain: 1.3, diffRowsPerSecond: 300_000 };
const RELEASE_A = 'v5.0 01-JAN-26';
const RELEASE_B = 'v5.0 01-JUL-26';

const work = mkdtempSync(join(tmpdir(), 'pcg-bench-releases-'));
const say = (line: string) => console.log(line);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
say(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; load average at start ${load()}; ${new Date().toISOString().slice(0, 10)}`,
);

const EMBEDDED = { port: 0, heap: values.heap, pageCache: values.pagecache };

/** The embedded database `name` (new, or as a previous step left it) for `use`, stopped afterwards. */
async function withDatabase<T>(name: string, use: (graph: Graph, jvm: number) => Promise<T>): Promise<T> {
  const home = join(work, name);
  const db = await startEmbedded({ ...EMBEDDED, home });
  const driver = createDriver(db.uri, NO_AUTH, { retryMs: 60_000 });
  try {
    const graph = new Graph(driver, 'neo4j');
    await ensureSchema(graph);
    return await use(graph, db.pid);
  } finally {
    await driver.close();
    await stopEmbedded(home);
  }
}

/** Bytes of the files under `path` (a database home's store, logs and transaction logs). */
function folderBytes(path: string): number {
  let bytes = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const inner = join(path, entry.name);
    bytes += entry.isDirectory() ? folderBytes(inner) : entry.isFile() ? statSync(inner).size : 0;
  }
  return bytes;
}
const mb = (bytes: number) => `${whole(bytes / 2 ** 20)} MB`;

/** Bytes the process `pid` has read, through the OS (`rchar`: from its file cache or the disk) and from the disk itself. */
function readBytesOf(pid: number): { rchar: number; disk: number } {
  try {
    const text = readFileSync(`/proc/${pid}/io`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rchar: field('rchar'), disk: field('read_bytes') };
  } catch {
    return { rchar: 0, disk: 0 };
  }
}

/** The load average's samples taken during a load: range and mean (the current one when the load was too short to sample). */
const loadDuring = (samples: readonly number[]) =>
  samples.length === 0
    ? load()
    : `${Math.min(...samples).toFixed(1)}-${Math.max(...samples).toFixed(1)}, mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(1)} over ${samples.length} samples`;

/**
 * A load, timed, with where its time went: each file's seconds (the loader's report), what came
 * after the files (the removed rows found and deleted, the release made current), the CPU of
 * this process and of the database's JVM, and what the JVM read through the OS: a store larger
 * than the page cache is read again and again from the OS's file cache.
 */
const timed = async (jvm: number, what: () => Promise<LoadReport>) => {
  const [cpu, jvmCpu, jvmRead] = [process.cpuUsage(), cpuSecondsOf(jvm), readBytesOf(jvm)];
  // The machine's load during the load, sampled every 30 s (its 1-minute average).
  const loads: number[] = [];
  const sampler = setInterval(() => loads.push(loadavg()[0]!), 30_000);
  const began = performance.now();
  const report = await what().finally(() => clearInterval(sampler));
  const seconds = (performance.now() - began) / 1000;
  const node = process.cpuUsage(cpu);
  const read = readBytesOf(jvm);
  const files = report.files.filter((f) => f.rowsRead > 0);
  const after = report.seconds - files.reduce((sum, f) => sum + f.seconds, 0);
  const phases =
    files.map((f) => `${f.file} ${f.seconds.toFixed(1)} s`).join(', ') +
    `, after the files ${after.toFixed(1)} s; CPU: Node ${((node.user + node.system) / 1e6).toFixed(0)} s, JVM ${(cpuSecondsOf(jvm) - jvmCpu).toFixed(0)} s; ` +
    `the JVM read ${mb(read.rchar - jvmRead.rchar)} through the OS, ${mb(read.disk - jvmRead.disk)} of it from the disk; load average ${loadDuring(loads)}`;
  return { report, seconds, phases };
};

/** Lookups and descendants' first pages of `calls` different concepts, in-process, one at a time. */
async function reads(graph: Graph): Promise<{ lookup: LoadResult; descendants: LoadResult }> {
  const apollo = createApolloServer();
  const repositories = createRepositories(graph);
  const log = createLogger('silent');
  const ask = async (query: string, conceptId: number) => {
    const response = await apollo.executeOperation(
      { query, variables: { id: String(conceptId) } },
      { contextValue: createRequestContext(repositories, 'bench', log) },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`the read failed: ${JSON.stringify(response.body)}`);
  };
  // Standard concepts of the generated hierarchy: ids from 100,000,000, the first 70% of them.
  const id = (i: number) => 100_000_000 + ((i * 7_919) % Math.floor(concepts * 0.7));
  // Warmed first, as long as measured: the first reads of a JVM would otherwise make 'before' look slow.
  await runCalls(
    (i) => ask('query ($id: ID!) { concept(conceptId: $id) { conceptId descendants(first: 20) { totalCount } } }', id(i + 2 * calls)),
    calls,
    1,
    seconds,
  );
  const lookup = await runCalls((i) => ask('query ($id: ID!) { concept(conceptId: $id) { conceptId conceptName } }', id(i)), calls, 1, seconds);
  const descendants = await runCalls(
    (i) => ask('query ($id: ID!) { concept(conceptId: $id) { descendants(first: 20) { totalCount edges { node { conceptId } } } } }', id(i + calls)),
    calls,
    1,
    seconds,
  );
  return { lookup, descendants };
}

try {
  const a = join(work, 'release-a');
  const b = join(work, 'release-b');
  let began = performance.now();
  const generated = generateVocabulary({ folder: a, concepts, relationships: concepts * 4, seed: 1, release: RELEASE_A });
  const next = await writeNextRelease({ from: a, folder: b, release: RELEASE_B, seed: 1 });
  say(
    `data: release A ${whole(generated.concepts)} concepts, ${whole(generated.relationships)} relationship rows, ${whole(generated.ancestors)} ancestor rows; ` +
      `B: ${next.deprecated} deprecated, ${next.renamed} renamed, ${next.movedDomain} moved domain, ${next.removed} absent, ${next.droppedMaps} 'Maps to' dropped, ${next.added} added ` +
      `(written in ${((performance.now() - began) / 1000).toFixed(1)} s)`,
  );

  began = performance.now();
  let changes = 0;
  const diff = await diffVocabularyFolders(a, b, () => void changes++, { workDir: join(work, 'diff') });
  say(
    `diff:vocabulary A -> B: ${whole(diff.rowsRead)} rows in ${diff.seconds.toFixed(1)} s = ${whole(diff.rowsPerSecond)} rows/s, ${whole(changes)} changes (target >= ${whole(TARGETS.diffRowsPerSecond)} rows/s)`,
  );

  const options = (name: string) => ({ rejectsFile: join(work, `${name}-rejects.tsv`) });
  if (firstLoad === 'import') {
    const imported = await importVocabularyFolder(a, { embedded: { ...EMBEDDED, home: join(work, 'tracked') }, rejectsFile: join(work, 'a-rejects.tsv') });
    say(`bulk import of A into a new database: ${imported.seconds.total.toFixed(1)} s (${whole(imported.rowsPerSecond)} rows/s)`);
  }
  const tracked = await withDatabase('tracked', async (graph, jvm) => {
    if (firstLoad === 'bolt') {
      const first = await timed(jvm, () => loadVocabularyFolder(graph, a, options('a')));
      say(`load A into an empty database: ${first.seconds.toFixed(1)} s (${whole(first.report.rowsRead / first.seconds)} rows/s)`);
    }
    const before = await reads(graph);
    const second = await timed(jvm, () => loadVocabularyFolder(graph, b, options('b')));
    say(
      `load B over A, its changes recorded: ${second.seconds.toFixed(1)} s (${whole(second.report.rowsRead / second.seconds)} rows/s), ${whole(second.report.release.changes)} changes, mode ${second.report.release.mode}`,
    );
    say(`  where it went: ${second.phases}`);
    const after = await reads(graph);
    return { seconds: second.seconds, before, after };
  });
  // B alone: the same content without the history, so its reads say what the history costs.
  const plain = await withDatabase('plain', async (graph, jvm) => {
    const { seconds: loaded, phases } = await timed(jvm, () => loadVocabularyFolder(graph, b, options('plain')));
    say(`load B into an empty database (nothing to compare): ${loaded.toFixed(1)} s`);
    say(`  where it went: ${phases}`);
    return { seconds: loaded, reads: await reads(graph) };
  });
  // What the history costs on disk: both stores at rest (the transaction logs apart: they hold
  // what the loads wrote until Neo4j prunes them, not what the database keeps).
  const store = (name: string) => mb(folderBytes(join(work, name, 'data', 'databases', 'neo4j')));
  const logs = (name: string) => mb(folderBytes(join(work, name, 'data', 'transactions', 'neo4j')));
  say(
    `store on disk: ${store('tracked')} for A then B with the change set, ${store('plain')} for B alone (transaction logs ${logs('tracked')} and ${logs('plain')})`,
  );
  // Both again in a new JVM; then the tracked one without its change records.
  const restarted = {
    tracked: await withDatabase('tracked', (graph) => reads(graph)),
    plain: await withDatabase('plain', (graph) => reads(graph)),
    withoutHistory: await withDatabase('tracked', async (graph) => {
      const [row] = await graph.write<{ deleted: number }>('MATCH (x:ReleaseChange) WITH x LIMIT 1000000 DETACH DELETE x RETURN count(*) AS deleted');
      say(`the tracked database's ${whole(row?.deleted ?? 0)} change records deleted`);
      return reads(graph);
    }),
  };
  say('');
  const ratio = tracked.seconds / plain.seconds;
  say(`B with its change set / B alone: ${ratio.toFixed(2)}x (target <= ${TARGETS.trackedOverPlain}x) ${ratio <= TARGETS.trackedOverPlain ? 'met' : 'MISSED'}`);
  say(
    `diff: ${whole(diff.rowsPerSecond)} rows/s (target >= ${whole(TARGETS.diffRowsPerSecond)}) ${diff.rowsPerSecond >= TARGETS.diffRowsPerSecond ? 'met' : 'MISSED'}`,
  );
  for (const kind of ['lookup', 'descendants'] as const) {
    const [before, after, alone] = [tracked.before[kind], tracked.after[kind], plain.reads[kind]];
    say(
      `${kind}, 1 client, ${seconds} s over ${calls} concepts (${whole(before.requests)}, ${whole(after.requests)} and ${whole(alone.requests)} calls): ` +
        `p50 ${ms(before.p50)} ms, p99 ${ms(before.p99)} ms after A; p50 ${ms(after.p50)} ms, p99 ${ms(after.p99)} ms after B (history in the graph); ` +
        `p50 ${ms(alone.p50)} ms, p99 ${ms(alone.p99)} ms with B alone (the same content, no history)`,
    );
    const [again, aloneAgain, noHistory] = [restarted.tracked[kind], restarted.plain[kind], restarted.withoutHistory[kind]];
    say(
      `${kind} in a new JVM: p50 ${ms(again.p50)} ms, p99 ${ms(again.p99)} ms after B over A; p50 ${ms(aloneAgain.p50)} ms, p99 ${ms(aloneAgain.p99)} ms with B alone; ` +
        `p50 ${ms(noHistory.p50)} ms, p99 ${ms(noHistory.p99)} ms after B over A with its change records deleted`,
    );
  }
  say(`load average at the end: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
