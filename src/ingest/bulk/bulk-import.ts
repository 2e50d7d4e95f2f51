import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { EmbeddedNeo4jConfig } from '../../config.js';
import { createDriver, NO_AUTH } from '../../db/driver.js';
import { embeddedStatus, ensureLauncherBuilt, startEmbedded, stopEmbedded } from '../../db/embedded/launcher.js';
import { existingArchiveFlags } from '../../db/embedded/class-data-sharing.js';
import { Graph } from '../../db/graph.js';
import { ensureSchema } from '../../db/schema-setup.js';
import { VOCABULARY_CHANGED } from '../../db/vocabulary-generation.js';
import { readSeedPack } from '../../seed-pack/read-pack.js';
import { checkVocabularyFolder } from '../athena/files.js';
import { FolderCheckError, type ProgressSink } from '../athena/load.js';
import { resolveCatalogue } from '../athena/catalogue.js';
import { seedPackHash } from '../seed/load-seed.js';
import { recordPackHash, writeCuratedLayer, seedConceptRows } from '../seed/seed-writer.js';
import { readReleaseIdentity } from '../releases/release-identity.js';
import { beginRelease, finishRelease, planRelease } from '../athena/release-tracking.js';
import { convertVocabularyFolder, type ConversionReport, type ImportInput } from './convert.js';
import { ARRAY_DELIMITER_OPTION } from './import-csv.js';

/**
 * A first load of a whole vocabulary through Neo4j's bulk importer, into a NEW database:
 * folder check, streaming conversion (convert.ts), `neo4j-admin database import full`'s engine
 * (neo4j-embedded/ BulkImport), then the constraints and indexes, the knowledge pack's curated
 * layer and the vocabulary release over Bolt. Everything is built in a folder beside the
 * database home and renamed into place only when complete, so the service never starts on a
 * half-built store. The release is recorded as a first load by the Bolt loader records it (the
 * new database's baseline: its record, and the mark on every row it brought).
 */

export class BulkImportError extends Error {
  override name = 'BulkImportError';
}

export interface BulkImportOptions {
  /** The embedded database home to build (its settings: heap, page cache). */
  embedded: EmbeddedNeo4jConfig;
  /** Replace a home that already holds a database. */
  force?: boolean;
  rejectsFile?: string;
  progress?: ProgressSink;
  onPhase?: (message: string) => void;
  /** The knowledge pack folder (default seed/). */
  seedDir?: string;
  /** Scales the conversion's bucket sizes (tests). */
  bucketBytes?: number;
  /** The concepts' merge and CONCEPT_RELATIONSHIP in a worker thread beside CONCEPT_ANCESTOR (ConvertOptions.worker; default by size). */
  worker?: boolean;
}

export interface BulkImportReport {
  folder: string;
  home: string;
  conversion: ConversionReport;
  ignoredFiles: string[];
  /** Local concepts (ids above 2,000,000,000) that took their real id from this load. */
  reconciledLocalConcepts: number;
  seconds: { conversion: number; importer: number; schemaAndPack: number; total: number };
  /** The schema-and-pack stage by step: the database's start, the constraints and indexes built, the pack and release written, the stop. */
  schemaSteps: { start: number; indexes: number; packAndRelease: number; stop: number };
  rowsRead: number;
  rowsPerSecond: number;
  peakRssBytes: { node: number; importer: number; neo4j: number };
  /** True when an existing database was replaced (--force). */
  replaced: boolean;
}

const DATABASE = 'neo4j';

/** True when the home holds a database store (the service or a load has used it). */
export function holdsDatabase(home: string): boolean {
  const store = join(home, 'data', 'databases', DATABASE);
  return existsSync(store) && readdirSync(store).length > 0;
}

/** The importer's options for a converted folder (the same for the embedded tool and neo4j-admin). */
export function importerArguments(input: ImportInput, extra: string[] = []): string[] {
  return [
    DATABASE,
    '--id-type=integer',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    `--multiline-fields=${input.multilineFields}`,
    ...extra,
    ...input.nodeFiles.map((file) => `--nodes=${file}`),
    ...input.relationshipFiles.map((file) => `--relationships=${file}`),
  ];
}

/** The command a user runs against a Neo4j server (or its Docker image) for prepared files. */
export function neo4jAdminCommand(input: ImportInput): string {
  const quote = (arg: string) => (/^[\w./=:+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);
  return ['neo4j-admin', 'database', 'import', 'full', ...importerArguments(input, ['--overwrite-destination'])].map(quote).join(' \\\n    ');
}

function rssOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function refuseWhileRunning(home: string): void {
  const status = embeddedStatus(home);
  if (status.running) {
    throw new BulkImportError(
      `the embedded Neo4j of ${home} is running (pid ${status.pid}); stop it first (npm run neo4j -- stop, or stop the service); nothing was written`,
    );
  }
}

/** Runs the bulk importer into `home`; its output goes to onLine, its peak RSS is returned. */
async function runImporter(home: string, heap: string, args: string[], onLine: (line: string) => void): Promise<number> {
  const jar = ensureLauncherBuilt(onLine);
  const child = spawn(
    'java',
    [`-Xmx${heap}`, '-XX:+UseG1GC', ...existingArchiveFlags(jar), '-cp', jar, 'org.procedurecodegraph.neo4j.BulkImport', '--home', home, '--', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid))), 250);
  const tail: string[] = [];
  const collect = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (line.trim() !== '') onLine(line);
  };
  createInterface({ input: child.stdout }).on('line', collect);
  createInterface({ input: child.stderr }).on('line', collect);
  const code = await new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.once('close', (exit) => done(exit ?? -1));
  });
  clearInterval(sampler);
  if (code !== 0) throw new BulkImportError(`the bulk importer failed (exit code ${code}):\n${tail.join('\n')}`);
  return peak;
}

/** Seconds since the timer was made, then since the previous call. */
function stepTimer(): () => number {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}

/** Swaps the finished database into place: no moment has a half-built store at `home`. */
function swapInto(home: string, built: string): boolean {
  const previous = join(dirname(home), `.${basename(home)}.previous-${process.pid}`);
  const replaced = existsSync(home);
  if (replaced) renameSync(home, previous);
  try {
    renameSync(built, home);
  } catch (error) {
    if (replaced) renameSync(previous, home);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  return replaced;
}

/** Converts a vocabulary folder into importer input only (for a Neo4j server or Docker). */
export async function prepareImportFiles(folder: string, outDir: string, options: Omit<BulkImportOptions, 'embedded' | 'force'> = {}) {
  const check = checkVocabularyFolder(folder);
  if (check.problems.length) throw new FolderCheckError(folder, check.problems);
  const concepts = seedConceptRows(readSeedPack(options.seedDir));
  const identity = await readReleaseIdentity(check.files.find((f) => f.name === 'VOCABULARY')!);
  const release = identity.named ? identity.releaseId : null;
  const conversion = await convertVocabularyFolder(check.files, resolve(outDir), { ...options, seedConcepts: concepts, release });
  return { conversion, ignoredFiles: check.ignored, command: neo4jAdminCommand(conversion.input) };
}

/**
 * Builds a new database in the embedded home from a vocabulary folder. Refuses (writing
 * nothing) when the folder fails its check, when the embedded database of that home runs, and
 * when the home holds a database and `force` is not set.
 */
export async function importVocabularyFolder(folder: string, options: BulkImportOptions): Promise<BulkImportReport> {
  const started = Date.now();
  const phase = options.onPhase ?? (() => {});
  const check = checkVocabularyFolder(folder);
  if (check.problems.length) throw new FolderCheckError(folder, check.problems);
  const home = resolve(options.embedded.home);
  refuseWhileRunning(home);
  if (holdsDatabase(home) && !options.force) {
    throw new BulkImportError(`${home} already holds a database; the bulk import builds a new one: pass --force to replace it (nothing was written)`);
  }
  const pack = readSeedPack(options.seedDir);
  const seedConcepts = seedConceptRows(pack);
  const identity = await readReleaseIdentity(check.files.find((f) => f.name === 'VOCABULARY')!);
  const release = identity.named ? identity : null;

  const built = join(dirname(home), `.${basename(home)}.import-${process.pid}`);
  rmSync(built, { recursive: true, force: true });
  let peakNode = process.memoryUsage().rss;
  const nodeSampler = setInterval(() => (peakNode = Math.max(peakNode, process.memoryUsage().rss)), 250);
  nodeSampler.unref();
  let neo4jPeak = 0;
  try {
    const input = join(built, 'import-input');
    const conversion = await convertVocabularyFolder(check.files, input, {
      rejectsFile: options.rejectsFile,
      progress: options.progress,
      onPhase: phase,
      seedConcepts,
      bucketBytes: options.bucketBytes,
      worker: options.worker,
      release: release?.releaseId ?? null,
    });
    const converted = Date.now();

    phase('running the bulk importer');
    // The importer draws a row of dots per 5%; one line per quarter is enough here.
    const importerLine = (line: string) => {
      const dots = /^[. ]+\s(\d+)%/.exec(line);
      if (!dots || Number(dots[1]) % 25 === 0) phase(`  importer: ${line}`);
    };
    // The importer's report of bad entries goes into the new home, not the working directory.
    const reportFile = `--report-file=${join(built, 'import.report')}`;
    const importerPeak = await runImporter(built, options.embedded.heap, importerArguments(conversion.input, [reportFile]), importerLine);
    rmSync(input, { recursive: true, force: true });
    const imported = Date.now();

    phase('creating constraints and indexes, loading the knowledge pack');
    const step = stepTimer();
    const db = await startEmbedded({ ...options.embedded, home: built, port: 0 }, { onProgress: (message) => phase(`  ${message}`) });
    const neo4jSampler = setInterval(() => (neo4jPeak = Math.max(neo4jPeak, rssOf(db.pid))), 250);
    const driver = createDriver(db.uri, NO_AUTH, { retryMs: 60_000 });
    const schemaSteps = { start: step(), indexes: 0, packAndRelease: 0, stop: 0 };
    try {
      const graph = new Graph(driver, DATABASE);
      await ensureSchema(graph);
      schemaSteps.indexes = step();
      phase(`  constraints and indexes online in ${schemaSteps.indexes.toFixed(1)} s`);
      // The pack's concepts are in the store already (the conversion applied the vocabulary over
      // them, as a load after `npm start` does); what remains is its curated layer. Reconciled
      // local concepts are referred to by their real id.
      const concepts = seedConcepts.map((c) => ({ ...c, conceptId: conversion.reconciled.get(c.conceptId) ?? c.conceptId }));
      // The pack's public relationship catalogue under the folder's, as loadSeed writes it.
      await resolveCatalogue(graph, [], options.seedDir);
      await writeCuratedLayer(graph, pack, concepts, [recordPackHash(seedPackHash(options.seedDir)), VOCABULARY_CHANGED]);
      // The release, with the counts the Bolt loader gives it: the rows kept of the concept and relationship files.
      const plan = await planRelease(graph, release);
      const kept = (...names: string[]) => conversion.files.filter((f) => names.includes(f.file)).reduce((sum, f) => sum + f.rowsRead - f.rejected, 0);
      await beginRelease(graph, plan);
      await finishRelease(graph, plan, { concepts: kept('CONCEPT', 'CONCEPT_CPT4'), relationships: kept('CONCEPT_RELATIONSHIP') });
      schemaSteps.packAndRelease = step();
      phase(`  knowledge pack and release written in ${schemaSteps.packAndRelease.toFixed(1)} s`);
    } finally {
      clearInterval(neo4jSampler);
      await driver.close();
      await stopEmbedded(built);
    }
    schemaSteps.stop = step();
    const finished = Date.now();

    refuseWhileRunning(home);
    const replaced = swapInto(home, built);
    phase(`database ready in ${home}`);
    const total = (Date.now() - started) / 1000;
    return {
      folder,
      home,
      conversion,
      ignoredFiles: check.ignored,
      reconciledLocalConcepts: conversion.reconciled.size,
      seconds: { conversion: (converted - started) / 1000, importer: (imported - converted) / 1000, schemaAndPack: (finished - imported) / 1000, total },
      schemaSteps,
      rowsRead: conversion.rowsRead,
      rowsPerSecond: Math.round(conversion.rowsRead / Math.max(total, 0.001)),
      peakRssBytes: { node: Math.max(peakNode, process.memoryUsage().rss), importer: importerPeak, neo4j: neo4jPeak },
      replaced,
    };
  } finally {
    clearInterval(nodeSampler);
    rmSync(built, { recursive: true, force: true });
  }
}
