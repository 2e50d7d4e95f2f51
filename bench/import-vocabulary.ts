import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { Graph } from '../src/db/graph.js';
import { ensureSchema } from '../src/db/schema-setup.js';
import { loadVocabularyFolder } from '../src/ingest/athena/load.js';
import { importVocabularyFolder } from '../src/ingest/bulk/bulk-import.js';
import { lineProgress } from '../src/ingest/progress.js';
import { generateVocabulary } from '../src/ingest/synthetic/generate.js';

/**
 * First load of a vocabulary, three ways, in one run on one generated folder (ATHENA format,
 * with CONCEPT_ANCESTOR and CONCEPT_SYNONYM): the bulk import (npm run import:vocabulary), the
 * Bolt loader (npm run load:vocabulary) and PostgreSQL 15 (COPY into the OMOP vocabulary
 * tables, then the primary keys, indexes and CLUSTERs of the OMOP CDM v5.4 DDL). Each is timed
 * to a queryable database; rows/s and peak memory are printed beside the DESIGN.md anchor.
 *
 * npm run bench:import -- [--concepts N] [--relationships N] [--seed N] [--skip-bolt] [--skip-postgres] [--skip-bulk]
 */
const ANCHOR_ROWS_PER_SECOND = 300_000;
const { values } = parseArgs({
  options: {
    concepts: { type: 'string', default: '1000000' },
    relationships: { type: 'string', default: '5000000' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4g' },
    'skip-bolt': { type: 'boolean', default: false },
    'skip-postgres': { type: 'boolean', default: false },
    'skip-bulk': { type: 'boolean', default: false },
    postgres: { type: 'string', default: '/usr/lib/postgresql/15/bin' },
  },
});
const concepts = Number(values.concepts);
const relationships = Number(values.relationships);
const seed = Number(values.seed);
const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / MB).toLocaleString('en-US')} MB`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// v2: the generator writes CONCEPT_ANCESTOR and CONCEPT_SYNONYM since this benchmark exists.
const folder = resolve(`.bench/vocabulary-v2-${concepts}-${relationships}-${seed}`);
if (!existsSync(join(folder, 'CONCEPT_ANCESTOR.csv'))) {
  const started = Date.now();
  const report = generateVocabulary({ folder, concepts, relationships, seed });
  console.log(`generated ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(report)}`);
}
const rowsOf = (file: string) => {
  const text = readFileSync(join(folder, file));
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === 10) lines += 1;
  return lines - 1;
};
const tables = ['VOCABULARY', 'DOMAIN', 'CONCEPT_CLASS', 'RELATIONSHIP', 'CONCEPT', 'CONCEPT_SYNONYM', 'CONCEPT_RELATIONSHIP', 'CONCEPT_ANCESTOR'];
const rowCounts = Object.fromEntries(tables.map((t) => [t, rowsOf(`${t}.csv`)]));
const totalRows = Object.values(rowCounts).reduce((a, b) => a + b, 0);
const bytes = readdirSync(folder).reduce((sum, f) => sum + readFileSync(join(folder, f)).length, 0);

/** Resident memory of a process (RSS), or its proportional share (PSS) to add processes sharing memory. */
function memoryOf(pid: number, field: 'Rss' | 'Pss' = 'Rss'): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

interface Leg {
  name: string;
  seconds: number;
  rows: number;
  peak: string;
  detail: string;
}
const legs: Leg[] = [];

async function bulkLeg(): Promise<Leg> {
  const home = mkdtempSync(join(tmpdir(), 'pcg-bench-bulk-'));
  try {
    console.log('\n== bulk import (npm run import:vocabulary)');
    const report = await importVocabularyFolder(folder, {
      embedded: { home: join(home, 'service'), port: 0, heap: values.heap, pageCache: values.pagecache },
      rejectsFile: join(home, 'rejects.tsv'),
      progress: lineProgress((line) => console.log(line), 10_000),
      onPhase: (line) => console.log(line),
    });
    const s = report.seconds;
    return {
      name: 'Neo4j bulk import (conversion + neo4j-admin import engine + constraints, indexes, knowledge pack)',
      seconds: s.total,
      rows: report.rowsRead,
      peak: `Node ${mb(report.peakRssBytes.node)}, importer JVM ${mb(report.peakRssBytes.importer)}, Neo4j ${mb(report.peakRssBytes.neo4j)}`,
      detail: `conversion ${s.conversion.toFixed(1)} s, importer ${s.importer.toFixed(1)} s, schema + pack ${s.schemaAndPack.toFixed(1)} s; ${fmt(report.conversion.counts.concepts)} concepts, ${fmt(report.conversion.counts.relationships)} edges, ${fmt(report.conversion.counts.ancestors)} ancestor edges; rejected ${report.conversion.rejected}`,
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function boltLeg(): Promise<Leg> {
  const home = mkdtempSync(join(tmpdir(), 'pcg-bench-bolt-'));
  const db = await startEmbedded({ home, port: 0, heap: values.heap, pageCache: values.pagecache });
  const driver = createDriver(db.uri, NO_AUTH, { retryMs: 60_000 });
  let jvmPeak = 0;
  const sampler = setInterval(() => (jvmPeak = Math.max(jvmPeak, memoryOf(db.pid))), 1000);
  try {
    console.log('\n== Bolt loader (npm run load:vocabulary)');
    const started = Date.now();
    const graph = new Graph(driver, 'neo4j');
    await ensureSchema(graph);
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: join(home, 'rejects.tsv'), progress: lineProgress((line) => console.log(line), 30_000) });
    const seconds = (Date.now() - started) / 1000;
    return {
      name: 'Neo4j Bolt loader (MERGE in batches of 10,000)',
      seconds,
      rows: report.rowsRead,
      peak: `Node ${mb(report.peakRssBytes)}, Neo4j ${mb(jvmPeak)}`,
      detail: report.files.map((f) => `${f.file} ${f.seconds.toFixed(0)} s`).join(', '),
    };
  } finally {
    clearInterval(sampler);
    await driver.close();
    await stopEmbedded(home);
    rmSync(home, { recursive: true, force: true });
  }
}

/** OMOP CDM v5.4 vocabulary tables (PostgreSQL DDL of the CDM). */
const PG_TABLES = `
CREATE TABLE concept (concept_id integer NOT NULL, concept_name varchar(255) NOT NULL, domain_id varchar(20) NOT NULL,
  vocabulary_id varchar(20) NOT NULL, concept_class_id varchar(20) NOT NULL, standard_concept varchar(1) NULL,
  concept_code varchar(50) NOT NULL, valid_start_date date NOT NULL, valid_end_date date NOT NULL, invalid_reason varchar(1) NULL);
CREATE TABLE vocabulary (vocabulary_id varchar(20) NOT NULL, vocabulary_name varchar(255) NOT NULL, vocabulary_reference varchar(255) NULL,
  vocabulary_version varchar(255) NULL, vocabulary_concept_id integer NOT NULL);
CREATE TABLE domain (domain_id varchar(20) NOT NULL, domain_name varchar(255) NOT NULL, domain_concept_id integer NOT NULL);
CREATE TABLE concept_class (concept_class_id varchar(20) NOT NULL, concept_class_name varchar(255) NOT NULL, concept_class_concept_id integer NOT NULL);
CREATE TABLE concept_relationship (concept_id_1 integer NOT NULL, concept_id_2 integer NOT NULL, relationship_id varchar(20) NOT NULL,
  valid_start_date date NOT NULL, valid_end_date date NOT NULL, invalid_reason varchar(1) NULL);
CREATE TABLE relationship (relationship_id varchar(20) NOT NULL, relationship_name varchar(255) NOT NULL, is_hierarchical varchar(1) NOT NULL,
  defines_ancestry varchar(1) NOT NULL, reverse_relationship_id varchar(20) NOT NULL, relationship_concept_id integer NOT NULL);
CREATE TABLE concept_synonym (concept_id integer NOT NULL, concept_synonym_name varchar(1000) NOT NULL, language_concept_id integer NOT NULL);
CREATE TABLE concept_ancestor (ancestor_concept_id integer NOT NULL, descendant_concept_id integer NOT NULL,
  min_levels_of_separation integer NOT NULL, max_levels_of_separation integer NOT NULL);
`;

/** The CDM v5.4 primary keys and indexes (with their CLUSTERs) of the vocabulary tables. */
const PG_INDEXES = `
ALTER TABLE concept ADD CONSTRAINT xpk_concept PRIMARY KEY (concept_id);
ALTER TABLE vocabulary ADD CONSTRAINT xpk_vocabulary PRIMARY KEY (vocabulary_id);
ALTER TABLE domain ADD CONSTRAINT xpk_domain PRIMARY KEY (domain_id);
ALTER TABLE concept_class ADD CONSTRAINT xpk_concept_class PRIMARY KEY (concept_class_id);
ALTER TABLE relationship ADD CONSTRAINT xpk_relationship PRIMARY KEY (relationship_id);
CREATE INDEX idx_concept_concept_id ON concept (concept_id ASC);
CLUSTER concept USING idx_concept_concept_id;
CREATE INDEX idx_concept_code ON concept (concept_code ASC);
CREATE INDEX idx_concept_vocabluary_id ON concept (vocabulary_id ASC);
CREATE INDEX idx_concept_domain_id ON concept (domain_id ASC);
CREATE INDEX idx_concept_class_id ON concept (concept_class_id ASC);
CREATE INDEX idx_vocabulary_vocabulary_id ON vocabulary (vocabulary_id ASC);
CLUSTER vocabulary USING idx_vocabulary_vocabulary_id;
CREATE INDEX idx_domain_domain_id ON domain (domain_id ASC);
CLUSTER domain USING idx_domain_domain_id;
CREATE INDEX idx_concept_class_class_id ON concept_class (concept_class_id ASC);
CLUSTER concept_class USING idx_concept_class_class_id;
CREATE INDEX idx_concept_relationship_id_1 ON concept_relationship (concept_id_1 ASC);
CLUSTER concept_relationship USING idx_concept_relationship_id_1;
CREATE INDEX idx_concept_relationship_id_2 ON concept_relationship (concept_id_2 ASC);
CREATE INDEX idx_concept_relationship_id_3 ON concept_relationship (relationship_id ASC);
CREATE INDEX idx_relationship_rel_id ON relationship (relationship_id ASC);
CLUSTER relationship USING idx_relationship_rel_id;
CREATE INDEX idx_concept_synonym_id ON concept_synonym (concept_id ASC);
CLUSTER concept_synonym USING idx_concept_synonym_id;
CREATE INDEX idx_concept_ancestor_id_1 ON concept_ancestor (ancestor_concept_id ASC);
CLUSTER concept_ancestor USING idx_concept_ancestor_id_1;
CREATE INDEX idx_concept_ancestor_id_2 ON concept_ancestor (descendant_concept_id ASC);
`;

async function postgresLeg(): Promise<Leg> {
  const bin = (name: string) => join(values.postgres, name);
  if (!existsSync(bin('postgres'))) throw new Error(`no PostgreSQL at ${values.postgres} (apt-get install postgresql-15, or --postgres DIR, or --skip-postgres)`);
  const dir = mkdtempSync(join(tmpdir(), 'pcg-bench-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(socket);
  // PostgreSQL refuses to run as root: the server runs as the postgres user, psql as this one.
  const asRoot = userInfo().uid === 0;
  const serverUser = asRoot ? Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()) : undefined;
  if (serverUser !== undefined) {
    chmodSync(dir, 0o755);
    chownSync(dir, serverUser, serverUser);
    chownSync(socket, serverUser, serverUser);
  }
  const server = (args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)]) as [string, string[]];
  const run = (args: string[]) => {
    const [command, rest] = server(args);
    const result = spawnSync(command, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  };
  run([bin('initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const port = 25_432 + (process.pid % 1000);
  const [command, rest] = server([
    bin('postgres'),
    '-D', data, '-k', socket, '-p', String(port), '-c', 'listen_addresses=',
    // Settings a bulk OMOP load is usually given: room for index builds and checkpoints.
    '-c', 'shared_buffers=2GB', '-c', 'maintenance_work_mem=1GB', '-c', 'max_wal_size=8GB', '-c', 'checkpoint_timeout=30min',
  ]);
  const pg: ChildProcess = spawn(command, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  const sampler = setInterval(() => {
    const pids = spawnSync('pgrep', ['-f', '--', `postgres -D ${data}`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number);
    const children = pids.flatMap((pid) => spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number));
    peak = Math.max(peak, [...new Set([...pids, ...children])].reduce((sum, pid) => sum + memoryOf(pid, 'Pss'), 0));
  }, 500);
  // Asynchronous, so that the memory sampler keeps running while psql works.
  const psql = (sql: string) =>
    new Promise<void>((done, fail) => {
      const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', socket, '-p', String(port), '-U', 'postgres', '-d', 'postgres'], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.once('error', fail);
      child.once('close', (code) => (code === 0 ? done() : fail(new Error(`psql failed: ${stderr}`))));
      child.stdin.end(sql);
    });
  try {
    for (let i = 0; ; i++) {
      if (spawnSync('psql', ['-X', '-h', socket, '-p', String(port), '-U', 'postgres', '-c', 'select 1'], { stdio: 'ignore' }).status === 0) break;
      if (i > 100) throw new Error('PostgreSQL did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    await psql(PG_TABLES);
    console.log('\n== PostgreSQL 15: COPY, then the OMOP CDM v5.4 primary keys, indexes and CLUSTERs');
    const started = Date.now();
    // ATHENA's files are tab-delimited without quoting: the usual COPY options for them.
    await psql(tables.map((t) => `\\copy ${t.toLowerCase()} FROM '${join(folder, `${t}.csv`)}' WITH (FORMAT csv, DELIMITER E'\\t', HEADER, QUOTE E'\\b')`).join('\n'));
    const copied = Date.now();
    console.log(`COPY: ${((copied - started) / 1000).toFixed(1)} s`);
    await psql(PG_INDEXES);
    const seconds = (Date.now() - started) / 1000;
    return {
      name: 'PostgreSQL 15 (COPY + OMOP CDM v5.4 primary keys, indexes, CLUSTER)',
      seconds,
      rows: totalRows,
      peak: `server ${mb(peak)} (PSS over its processes; shared_buffers 2 GB)`,
      detail: `COPY ${((copied - started) / 1000).toFixed(1)} s, keys + indexes + CLUSTER ${((Date.now() - copied) / 1000).toFixed(1)} s`,
    };
  } finally {
    clearInterval(sampler);
    const exited = new Promise((r) => pg.once('exit', r));
    run([bin('pg_ctl'), 'stop', '-D', data, '-m', 'fast']);
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`data: ${folder}: ${fmt(totalRows)} rows, ${mb(bytes)}; ${Object.entries(rowCounts).map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}`);
if (!values['skip-bulk']) legs.push(await bulkLeg());
if (!values['skip-postgres']) legs.push(await postgresLeg());
if (!values['skip-bolt']) legs.push(await boltLeg());

console.log('');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())}; Neo4j 5.26 heap ${values.heap}, page cache ${values.pagecache}; ${new Date().toISOString().slice(0, 10)}`);
console.log(`data: ${fmt(concepts)} concepts, ${fmt(relationships)} relationship rows, ${fmt(rowCounts.CONCEPT_ANCESTOR!)} ancestor rows, ${fmt(rowCounts.CONCEPT_SYNONYM!)} synonyms (seed ${seed}); ${fmt(totalRows)} rows`);
console.log('| leg | wall time to a queryable database | rows/s | peak memory | detail |');
console.log('|---|---|---|---|---|');
for (const leg of legs) console.log(`| ${leg.name} | ${leg.seconds.toFixed(1)} s | ${fmt(leg.rows / leg.seconds)} | ${leg.peak} | ${leg.detail} |`);
console.log(`anchor (DESIGN.md): bulk import >= ${fmt(ANCHOR_ROWS_PER_SECOND)} rows/s end to end, ahead of PostgreSQL's COPY + indexes`);
// A full ATHENA release, at the rates measured here (an assumption: the sizes vary with the vocabularies chosen).
const FULL_RELEASE = { concepts: 6_000_000, relationships: 40_000_000, ancestors: 80_000_000, synonyms: 3_000_000 };
const fullRows = Object.values(FULL_RELEASE).reduce((a, b) => a + b, 0);
console.log(`projection for a full release of about ${fmt(fullRows)} rows (${JSON.stringify(FULL_RELEASE)}):`);
for (const leg of legs) console.log(`  ${leg.name}: ${((fullRows / (leg.rows / leg.seconds)) / 60).toFixed(1)} min`);
