import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver, NO_AUTH } from '../src/db/driver.js';
import { ensureLauncherBuilt, startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { Graph } from '../src/db/graph.js';
import { ensureSchema } from '../src/db/schema-setup.js';
import { loadVocabularyFolder } from '../src/ingest/athena/load.js';
import { importVocabularyFolder } from '../src/ingest/bulk/bulk-import.js';
import { lineProgress } from '../src/commands/progress.js';
import { mb, memoryOf } from './support/memory.js';
import { generatedFolder } from './support/vocabulary.js';
import { BULK_LOAD_SETTINGS, ensurePostgres, loadOmopVocabulary, OMOP_VOCABULARY_TABLES, POSTGRES_15_BIN, startPostgres } from './support/postgres.js';

/**
 * First load of a vocabulary, three ways, in one run on one generated folder (ATHENA format,
 * with CONCEPT_ANCESTOR and CONCEPT_SYNONYM): the bulk import (npm run import:vocabulary), the
 * Bolt loader (npm run load:vocabulary) and PostgreSQL 15 (COPY into the OMOP vocabulary
 * tables, then the primary keys, indexes and CLUSTERs of the OMOP CDM v5.4 DDL). Each is timed
 * to a queryable database; rows/s and peak memory are printed beside its anchor (docs/benchmarks.md).
 *
 * npm run bench:import -- [--concepts N] [--relationships N] [--seed N] [--skip-bolt] [--skip-postgres] [--skip-bulk] [--worker auto|on|off]
 *
 * --worker: the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread beside CONCEPT_ANCESTOR
 * (`auto`, the import's default: when both edge files are over 16 MB), or not (`off`: the
 * conversion on one thread).
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
    postgres: { type: 'string', default: POSTGRES_15_BIN },
    worker: { type: 'string', default: 'auto' },
  },
});
const WORKERS = { auto: undefined, on: true, off: false } as const;
if (!Object.hasOwn(WORKERS, values.worker)) throw new Error(`--worker takes auto, on or off, not ${values.worker}`);
const WORKER = WORKERS[values.worker as keyof typeof WORKERS];
const concepts = Number(values.concepts);
const relationships = Number(values.relationships);
const seed = Number(values.seed);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const folder = generatedFolder({ concepts, relationships, seed }, (line) => console.log(line));
const rowsOf = (file: string) => {
  const text = readFileSync(join(folder, file));
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === 10) lines += 1;
  return lines - 1;
};
const rowCounts = Object.fromEntries(OMOP_VOCABULARY_TABLES.map((t) => [t, rowsOf(`${t}.csv`)]));
const totalRows = Object.values(rowCounts).reduce((a, b) => a + b, 0);
const bytes = readdirSync(folder).reduce((sum, f) => sum + readFileSync(join(folder, f)).length, 0);

interface Leg {
  name: string;
  seconds: number;
  rows: number;
  peak: string;
  detail: string;
  /** The bulk import's stages (BulkImportReport.seconds). */
  stages?: { conversion: number; importer: number; schemaAndPack: number };
  /** How the conversion ran: on one thread, or with the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread. */
  threads?: string;
}
const legs: Leg[] = [];

async function bulkLeg(): Promise<Leg> {
  const home = mkdtempSync(join(tmpdir(), 'pcg-bench-bulk-'));
  try {
    console.log('\n== bulk import (npm run import:vocabulary)');
    // Built once per machine (npm start and npm test build it too): set up before the clock, as PostgreSQL is installed before its leg.
    ensureLauncherBuilt((line) => console.log(line));
    const report = await importVocabularyFolder(folder, {
      embedded: { home: join(home, 'service'), port: 0, heap: values.heap, pageCache: values.pagecache },
      rejectsFile: join(home, 'rejects.tsv'),
      progress: lineProgress((line) => console.log(line), 10_000),
      onPhase: (line) => console.log(line),
      worker: WORKER,
    });
    const s = report.seconds;
    const threads = report.conversion.relationshipsInWorker ? "the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread" : 'one thread';
    const steps = report.schemaSteps;
    const schemaSteps = `start ${steps.start.toFixed(1)} s, constraints and indexes ${steps.indexes.toFixed(1)} s, pack and release ${steps.packAndRelease.toFixed(1)} s, stop ${steps.stop.toFixed(1)} s`;
    return {
      name: 'Neo4j bulk import (conversion + neo4j-admin import engine + constraints, indexes, knowledge pack)',
      seconds: s.total,
      rows: report.rowsRead,
      peak: `Node ${mb(report.peakRssBytes.node)}, importer JVM ${mb(report.peakRssBytes.importer)}, Neo4j ${mb(report.peakRssBytes.neo4j)}`,
      stages: s,
      threads,
      detail: `conversion ${s.conversion.toFixed(1)} s (${threads}), importer ${s.importer.toFixed(1)} s, schema + pack ${s.schemaAndPack.toFixed(1)} s (${schemaSteps}); ${fmt(report.conversion.counts.concepts)} concepts, ${fmt(report.conversion.counts.relationships)} edges, ${fmt(report.conversion.counts.ancestors)} ancestor edges; rejected ${report.conversion.rejected}`,
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
    const report = await loadVocabularyFolder(graph, folder, {
      rejectsFile: join(home, 'rejects.tsv'),
      progress: lineProgress((line) => console.log(line), 30_000),
    });
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

async function postgresLeg(): Promise<Leg> {
  ensurePostgres(values.postgres, (line) => console.log(line));
  const pg = await startPostgres(values.postgres, BULK_LOAD_SETTINGS);
  let peak = 0;
  const sampler = setInterval(
    () =>
      (peak = Math.max(
        peak,
        pg.serverPids().reduce((sum, pid) => sum + memoryOf(pid, 'Pss'), 0),
      )),
    500,
  );
  try {
    console.log('\n== PostgreSQL 15: COPY, then the OMOP CDM v5.4 primary keys, indexes and CLUSTERs');
    const { copySeconds, indexSeconds } = await loadOmopVocabulary(pg, folder, (line) => console.log(line));
    return {
      name: 'PostgreSQL 15 (COPY + OMOP CDM v5.4 primary keys, indexes, CLUSTER)',
      seconds: copySeconds + indexSeconds,
      rows: totalRows,
      peak: `server ${mb(peak)} (PSS over its processes; shared_buffers ${BULK_LOAD_SETTINGS.shared_buffers})`,
      detail: `COPY ${copySeconds.toFixed(1)} s, keys + indexes + CLUSTER ${indexSeconds.toFixed(1)} s`,
    };
  } finally {
    clearInterval(sampler);
    await pg.stop();
  }
}

console.log(
  `data: ${folder}: ${fmt(totalRows)} rows, ${mb(bytes)}; ${Object.entries(rowCounts)
    .map(([t, n]) => `${t} ${fmt(n)}`)
    .join(', ')}`,
);
if (!values['skip-bulk']) legs.push(await bulkLeg());
if (!values['skip-postgres']) legs.push(await postgresLeg());
if (!values['skip-bolt']) legs.push(await boltLeg());

console.log('');
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())}, load average at the end ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (1, 5, 15 min); Neo4j 5.26 heap ${values.heap}, page cache ${values.pagecache}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `data: ${fmt(concepts)} concepts, ${fmt(relationships)} relationship rows, ${fmt(rowCounts.CONCEPT_ANCESTOR!)} ancestor rows, ${fmt(rowCounts.CONCEPT_SYNONYM!)} synonyms (seed ${seed}); ${fmt(totalRows)} rows`,
);
console.log('| leg | wall time to a queryable database | rows/s | peak memory | detail |');
console.log('|---|---|---|---|---|');
for (const leg of legs) console.log(`| ${leg.name} | ${leg.seconds.toFixed(1)} s | ${fmt(leg.rows / leg.seconds)} | ${leg.peak} | ${leg.detail} |`);
console.log(`anchor (docs/benchmarks.md): bulk import >= ${fmt(ANCHOR_ROWS_PER_SECOND)} rows/s end to end, ahead of PostgreSQL's COPY + indexes`);
// A full ATHENA release, at the rates measured here (an assumption: the sizes vary with the vocabularies chosen).
const FULL_RELEASE = { concepts: 6_000_000, relationships: 40_000_000, ancestors: 80_000_000, synonyms: 3_000_000 };
const fullRows = Object.values(FULL_RELEASE).reduce((a, b) => a + b, 0);
console.log(`projection for a full release of about ${fmt(fullRows)} rows (${JSON.stringify(FULL_RELEASE)}):`);
for (const leg of legs) console.log(`  ${leg.name}: ${(fullRows / (leg.rows / leg.seconds) / 60).toFixed(1)} min`);

// The targets of the bulk import, judged on this run's own figures.
const bulk = legs.find((leg) => leg.stages);
const postgres = legs.find((leg) => leg.name.startsWith('PostgreSQL'));
if (bulk && postgres) {
  const ratio = bulk.seconds / postgres.seconds;
  console.log(
    `target: the bulk import ahead of PostgreSQL's COPY + indexes in the same run: ${ratio < 1 ? 'met' : 'not met'} (${bulk.seconds.toFixed(1)} s against ${postgres.seconds.toFixed(1)} s, ${ratio.toFixed(2)}x)`,
  );
}
if (bulk?.stages) {
  // On 8 cores, from this run's stages: the conversion runs on one Node thread, or two with the
  // worker (it uses no more cores), and grows with the rows; the importer runs a worker per core,
  // taken here to scale linearly (its best case) from its per-core rate; the schema step
  // (constraints, indexes, full-text, pack) grows with the concepts and is not scaled.
  const { conversion, importer, schemaAndPack } = bulk.stages;
  const rowsScale = fullRows / bulk.rows;
  const projected = {
    conversion: conversion * rowsScale,
    importer: (importer * rowsScale * cpus().length) / 8,
    schemaAndPack: schemaAndPack * (FULL_RELEASE.concepts / concepts),
  };
  const minutes = (projected.conversion + projected.importer + projected.schemaAndPack) / 60;
  console.log(
    `target: a full release under 10 minutes on 8 cores, projected from this run's ${cpus().length} cores: ${minutes < 10 ? 'met' : 'not met'} (${minutes.toFixed(1)} min: ` +
      `conversion ${(projected.conversion / 60).toFixed(1)} min as run here (${bulk.threads}), importer ${(projected.importer / 60).toFixed(1)} min at its per-core rate times 8, ` +
      `schema and pack ${(projected.schemaAndPack / 60).toFixed(1)} min by concepts)`,
  );
}
