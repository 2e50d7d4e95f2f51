import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse';
import type { Graph } from '../../db/graph.js';
import { markVocabularyChanged } from '../../db/vocabulary-generation.js';
import { localConceptKeys, reconcileLocalConcepts, writeConcepts, type ConceptRow } from '../concept-writer.js';
import { deriveAncestry, type DerivedAncestryReport } from './derive-ancestry.js';
import { checkVocabularyFolder, VOCABULARY_FILES, type VocabularyFile, type VocabularyFileName } from './files.js';
import { resolveCatalogue } from './catalogue.js';
import type { StoredAs } from '../../graph/relationship-types.js';
import { readReleaseIdentity } from '../releases/release-identity.js';
import { abortRelease, beginRelease, ChangeRecorder, finishRelease, markerOf, planRelease, type ReleaseMode } from './release-tracking.js';
import {
  parseAncestor,
  parseConcept,
  parseConceptClass,
  parseConceptRelationship,
  parseDomain,
  parseRelationshipCatalogue,
  parseSynonym,
  parseVocabulary,
  type AncestorRow,
  type ConceptClassRow,
  type ConceptRelationshipRow,
  type DomainRow,
  type Parsed,
  type RawRecord,
  type RelationshipCatalogueRow,
  type SynonymRow,
  type VocabularyRow,
} from './rows.js';
import {
  updateAncestorEdges,
  writeAncestors,
  writeConceptClasses,
  writeConceptRelationships,
  writeDomains,
  writeRelationshipTypes,
  writeSynonyms,
  writeVocabularies,
  type MissingEndpoint,
} from './writer.js';
import { codeKey } from '../../graph/code.js';

/**
 * Loads a folder of OMOP vocabulary files (an ATHENA download or a CSV export) into the graph.
 * The folder is checked before anything is written; files stream through in batches with one
 * write in flight while the next batch is parsed, so memory stays flat whatever the size.
 * Bad rows go to a rejects file with file, line and reason; the load goes on.
 */

export class FolderCheckError extends Error {
  constructor(
    readonly folder: string,
    readonly problems: string[],
  ) {
    super(`${folder} cannot be loaded; nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FolderCheckError';
  }
}

export interface FileReport {
  file: VocabularyFileName;
  path: string;
  rowsRead: number;
  rowsWritten: number;
  rejected: number;
  /** Rows that refer to a concept absent from the graph (kept, with an :Unresolved placeholder). */
  rowsWithMissingConcepts: number;
  /** Distinct concept ids those rows refer to. */
  missingConceptIds: number;
  seconds: number;
}

/** A new file's report, all counts at zero. */
export const emptyFileReport = (file: VocabularyFile): FileReport => ({
  file: file.name,
  path: file.path,
  rowsRead: 0,
  rowsWritten: 0,
  rejected: 0,
  rowsWithMissingConcepts: 0,
  missingConceptIds: 0,
  seconds: 0,
});

export interface LoadReport {
  folder: string;
  files: FileReport[];
  ignoredFiles: string[];
  rowsRead: number;
  rejected: number;
  rejectsFile: string | null;
  /** Local concepts (ids above 2,000,000,000) that took their real id from this load. */
  reconciledLocalConcepts: number;
  /**
   * The ancestry built from the relationships that define it, when the folder had no
   * CONCEPT_ANCESTOR rows (file absent or header-only); null when CONCEPT_ANCESTOR was loaded.
   */
  derivedAncestry: DerivedAncestryReport | null;
  /** Where the relationship ids came from: the folder's RELATIONSHIP, the graph, the knowledge pack. */
  relationshipCatalogue: { fromFolder: number; fromGraph: number; fromPack: number };
  /** What a user must not miss: required tables with no rows, a catalogue taken from elsewhere. */
  warnings: string[];
  /** Files that had rows but kept none of them: such a load is a failure, not a success. */
  filesKeptNone: VocabularyFileName[];
  /**
   * The release the folder brought (VOCABULARY's 'None' row) and how it was loaded: the first
   * release of the database (baseline), a newer one with its change set (tracked), the current
   * one again (reload: no second release, no changes), or a folder naming none (untracked).
   */
  release: { releaseId: string | null; mode: ReleaseMode; previousReleaseId: string | null; changes: number };
  seconds: number;
  rowsPerSecond: number;
  peakRssBytes: number;
}

export interface ProgressSink {
  startFile(file: VocabularyFileName, totalBytes: number): void;
  update(bytesRead: number, rowsRead: number): void;
  finishFile(report: FileReport): void;
}

export interface LoadOptions {
  batchSize?: number;
  /**
   * Write transactions in flight at once (default 1, written while the next batch is parsed).
   * More helps concept files a little on two cores, but relationship batches that share nodes
   * then deadlock and retry (the driver's retry budget must allow for it).
   */
  concurrency?: number;
  /** Where rejected rows go; default vocabulary-rejects.tsv in the working directory. */
  rejectsFile?: string;
  progress?: ProgressSink;
}

interface FileContext {
  graph: Graph;
  catalogue: Set<string>;
  plan: Map<string, StoredAs>;
  localKeys: Set<string>;
  reconciled: number;
  /** The release id written on every row (null when the folder names no release). */
  release: string | null;
  changes: ChangeRecorder;
}

type Handler<T> = {
  parse: (record: RawRecord, ctx: FileContext) => Parsed<T>;
  write: (rows: (T & { line: number })[], ctx: FileContext) => Promise<{ written: number; missing?: MissingEndpoint[] }>;
};

const conceptHandler: Handler<ConceptRow> = {
  parse: (record) => parseConcept(record),
  write: async (rows, ctx) => {
    if (ctx.localKeys.size > 0) {
      const locals = rows.filter((r) => ctx.localKeys.has(codeKey(r)));
      ctx.reconciled += await reconcileLocalConcepts(ctx.graph, locals);
    }
    await ctx.changes.concepts(rows);
    const release = ctx.release;
    return { written: await writeConcepts(ctx.graph, release === null ? strip(rows) : strip(rows).map((r) => ({ ...r, release })), rows.length) };
  },
};

/** Erases a handler's row type so the table below can hold them all. */
const handler = <T extends object>(h: Handler<T>) => h as unknown as Handler<object>;

const HANDLERS: Record<VocabularyFileName, Handler<object>> = {
  VOCABULARY: handler<VocabularyRow>({
    parse: parseVocabulary,
    write: async (rows, ctx) => (await writeVocabularies(ctx.graph, strip(rows)), { written: rows.length }),
  }),
  DOMAIN: handler<DomainRow>({
    parse: parseDomain,
    write: async (rows, ctx) => (await writeDomains(ctx.graph, strip(rows)), { written: rows.length }),
  }),
  CONCEPT_CLASS: handler<ConceptClassRow>({
    parse: parseConceptClass,
    write: async (rows, ctx) => (await writeConceptClasses(ctx.graph, strip(rows)), { written: rows.length }),
  }),
  RELATIONSHIP: handler<RelationshipCatalogueRow>({
    parse: parseRelationshipCatalogue,
    write: async (rows, ctx) => (await writeRelationshipTypes(ctx.graph, strip(rows), ctx.plan), { written: rows.length }),
  }),
  CONCEPT: handler(conceptHandler),
  CONCEPT_CPT4: handler(conceptHandler),
  CONCEPT_SYNONYM: handler<SynonymRow>({
    parse: parseSynonym,
    write: async (rows, ctx) => {
      // A synonym of a concept the graph lacks has nothing to attach to: counted and reported.
      await ctx.changes.synonyms(rows);
      const absent = new Set(await writeSynonyms(ctx.graph, rows));
      const missing = rows.filter((r) => absent.has(r.conceptId)).map((r) => ({ line: r.line, missingFrom: r.conceptId, missingTo: null }));
      return { written: rows.length - missing.length, missing };
    },
  }),
  CONCEPT_RELATIONSHIP: handler<ConceptRelationshipRow>({
    parse: (record, ctx) => parseConceptRelationship(record, ctx.catalogue),
    write: async (rows, ctx) => {
      await ctx.changes.relationships(rows, ctx.plan);
      return { written: rows.length, missing: await writeConceptRelationships(ctx.graph, rows, ctx.plan, ctx.release) };
    },
  }),
  CONCEPT_ANCESTOR: handler<AncestorRow>({
    parse: parseAncestor,
    write: async (rows, ctx) => {
      // A tracked load updates the edges the graph has by their ids and merges only the others.
      const edges = await ctx.changes.ancestors(rows);
      const rest = edges.size === 0 ? rows : await updateAncestorEdges(ctx.graph, rows, edges, ctx.release!);
      return { written: rows.length, missing: rest.length === 0 ? [] : await writeAncestors(ctx.graph, rest, ctx.release) };
    },
  }),
};

function strip<T extends { line: number }>(rows: T[]): Omit<T, 'line'>[] {
  return rows.map(({ line: _line, ...row }) => row);
}

/** The rejects file: one line per rejected row (file, line, reason, record); exported for the bulk import. */
export class Rejects {
  private stream: WriteStream | undefined;
  count = 0;
  constructor(readonly path: string) {}

  add(file: string, line: number, reason: string, record: string[]): void {
    this.count += 1;
    if (!this.stream) {
      this.stream = createWriteStream(this.path);
      this.stream.write('file\tline\treason\trecord\n');
    }
    const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
    this.stream.write(`${file}\t${line}\t${clean(reason)}\t${clean(record.join(' | ')).slice(0, 500)}\n`);
  }

  async close(): Promise<string | null> {
    if (!this.stream) return null;
    const stream = this.stream;
    await new Promise<void>((done) => stream.end(done));
    return this.path;
  }
}

export type Item = { line: number; values: string[] } | { line: number; error: string };

/** Streams a file's records after its header, with their line numbers, and how far it has read. */
export function openRecords(file: VocabularyFile): { bytesRead: () => number; items: AsyncGenerator<Item> } {
  const input = createReadStream(file.path);
  const parser = parse({
    delimiter: file.delimiter,
    quote: file.quoted ? '"' : false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    bom: true,
    info: true,
    from_line: 2,
  });
  const skipped: Item[] = [];
  parser.on('skip', (error: Error & { lines?: number }) => skipped.push({ line: error.lines ?? 0, error: error.message }));
  // A file that cannot be read (gone, unreadable) fails the load instead of leaving it waiting.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  async function* items(): AsyncGenerator<Item> {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      while (skipped.length) yield skipped.shift()!;
      yield { line: info.lines, values: record };
    }
    while (skipped.length) yield skipped.shift()!;
  }
  return { bytesRead: () => input.bytesRead, items: items() };
}

async function loadFile(
  file: VocabularyFile,
  ctx: FileContext,
  rejects: Rejects,
  options: Required<Pick<LoadOptions, 'batchSize' | 'concurrency'>> & LoadOptions,
): Promise<FileReport> {
  const started = Date.now();
  const handler = HANDLERS[file.name];
  const report = emptyFileReport(file);
  const missingIds = new Set<number>();
  options.progress?.startFile(file.name, file.bytes);

  // Up to `concurrency` batches are written at once while the next one is parsed.
  const inFlight: Promise<void>[] = [];
  const flush = async (batch: (object & { line: number })[]) => {
    while (inFlight.length >= options.concurrency) await inFlight.shift();
    const write = (async () => {
      const result = await handler.write(batch, ctx);
      report.rowsWritten += result.written;
      for (const m of result.missing ?? []) {
        report.rowsWithMissingConcepts += 1;
        if (m.missingFrom !== null) missingIds.add(m.missingFrom);
        if (m.missingTo !== null) missingIds.add(m.missingTo);
      }
    })();
    // Its failure surfaces when it is awaited; this keeps Node from calling it unhandled meanwhile.
    write.catch(() => {});
    inFlight.push(write);
  };

  let batch: (object & { line: number })[] = [];
  const source = openRecords(file);
  let lastProgress = 0;
  for await (const item of source.items) {
    if ('error' in item) {
      report.rowsRead += 1;
      report.rejected += 1;
      rejects.add(file.name, item.line, `unreadable row: ${item.error}`, []);
      continue;
    }
    report.rowsRead += 1;
    if (item.values.length !== file.header.length) {
      report.rejected += 1;
      rejects.add(file.name, item.line, `expected ${file.header.length} columns, found ${item.values.length}`, item.values);
      continue;
    }
    const record: RawRecord = {};
    file.header.forEach((column, i) => (record[column] = item.values[i]));
    const parsed = handler.parse(record, ctx);
    if ('reject' in parsed) {
      report.rejected += 1;
      rejects.add(file.name, item.line, parsed.reject, item.values);
      continue;
    }
    batch.push({ ...parsed.row, line: item.line });
    if (batch.length >= options.batchSize) {
      await flush(batch);
      batch = [];
    }
    if (options.progress && report.rowsRead - lastProgress >= 10_000) {
      lastProgress = report.rowsRead;
      options.progress.update(source.bytesRead(), report.rowsRead);
    }
  }
  if (batch.length) await flush(batch);
  await Promise.all(inFlight);
  report.missingConceptIds = missingIds.size;
  report.seconds = (Date.now() - started) / 1000;
  options.progress?.update(file.bytes, report.rowsRead);
  options.progress?.finishFile(report);
  return report;
}

/** The RELATIONSHIP rows a storage plan is made from: the readable, valid ones. */
export async function readCatalogue(file: VocabularyFile): Promise<RelationshipCatalogueRow[]> {
  const rows: RelationshipCatalogueRow[] = [];
  for await (const item of openRecords(file).items) {
    if ('error' in item || item.values.length !== file.header.length) continue;
    const record: RawRecord = {};
    file.header.forEach((column, i) => (record[column] = item.values[i]));
    const parsed = parseRelationshipCatalogue(record);
    if ('row' in parsed) rows.push(parsed.row);
  }
  return rows;
}

/** Checks, then loads, a vocabulary folder. Throws FolderCheckError before writing anything. */
export async function loadVocabularyFolder(graph: Graph, folder: string, options: LoadOptions = {}): Promise<LoadReport> {
  const check = checkVocabularyFolder(folder);
  if (check.problems.length) throw new FolderCheckError(folder, check.problems);

  const started = Date.now();
  let peakRssBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  }, 250);
  sampler.unref();

  const relationshipFile = check.files.find((f) => f.name === 'RELATIONSHIP')!;
  const catalogueRows = await readCatalogue(relationshipFile);
  // Which release this is decides before anything is written (an older release is refused).
  const identity = await readReleaseIdentity(check.files.find((f) => f.name === 'VOCABULARY')!);
  const releasePlan = await planRelease(graph, identity.named ? identity : null);
  await beginRelease(graph, releasePlan);
  const changes = new ChangeRecorder(graph, releasePlan);
  // Running services drop the answers they keep as the load starts, and again when it ends.
  await markVocabularyChanged(graph);
  const catalogue = await resolveCatalogue(graph, catalogueRows);
  const ctx: FileContext = {
    graph,
    catalogue: catalogue.ids,
    plan: catalogue.plan,
    localKeys: await localConceptKeys(graph),
    reconciled: 0,
    release: markerOf(releasePlan),
    changes,
  };
  const rejects = new Rejects(resolve(options.rejectsFile ?? 'vocabulary-rejects.tsv'));
  const settings = { batchSize: 10_000, concurrency: 1, ...options };

  const files: FileReport[] = [];
  let derivedAncestry: DerivedAncestryReport | null = null;
  try {
    for (const file of check.files) files.push(await loadFile(file, ctx, rejects, settings));
    // OMOP ships CONCEPT_ANCESTOR; public samples often do not: build it as OMOP does.
    const ancestorFile = files.find((f) => f.file === 'CONCEPT_ANCESTOR');
    if (!ancestorFile || ancestorFile.rowsRead === 0) derivedAncestry = await deriveAncestry(graph, { batchSize: settings.batchSize });
    await changes.removals({ ancestors: derivedAncestry === null });
    const kept = (...names: VocabularyFileName[]) => files.filter((f) => names.includes(f.file)).reduce((sum, f) => sum + f.rowsRead - f.rejected, 0);
    await finishRelease(graph, releasePlan, { concepts: kept('CONCEPT', 'CONCEPT_CPT4'), relationships: kept('CONCEPT_RELATIONSHIP') });
  } catch (error) {
    // The previous release stays current and whole: the load's own change records undo it.
    await abortRelease(graph, releasePlan).catch(() => {});
    throw error;
  } finally {
    clearInterval(sampler);
    // Also after a failed load: what it wrote is in the graph.
    await markVocabularyChanged(graph).catch(() => {});
  }
  const rejectsFile = await rejects.close();
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  const seconds = (Date.now() - started) / 1000;
  const rowsRead = files.reduce((sum, f) => sum + f.rowsRead, 0);
  const warnings = files
    .filter((f) => f.rowsRead === 0 && VOCABULARY_FILES[f.file].required)
    .map((f) => `${f.file} has no rows (a header-only file): nothing was loaded from it`);
  if (catalogue.fromFolder === 0) {
    warnings.push(
      `relationship ids were checked against the catalogue already in the graph (${catalogue.fromGraph} ids) and the knowledge pack's (${catalogue.fromPack} ids), not this folder's`,
    );
  }
  return {
    folder,
    files,
    ignoredFiles: check.ignored,
    rowsRead,
    rejected: rejects.count,
    rejectsFile,
    reconciledLocalConcepts: ctx.reconciled,
    derivedAncestry,
    relationshipCatalogue: { fromFolder: catalogue.fromFolder, fromGraph: catalogue.fromGraph, fromPack: catalogue.fromPack },
    warnings,
    filesKeptNone: files.filter((f) => f.rowsRead > 0 && f.rowsWritten === 0).map((f) => f.file),
    release: {
      releaseId: releasePlan.identity?.releaseId ?? null,
      mode: releasePlan.mode,
      previousReleaseId: releasePlan.previous?.releaseId ?? null,
      changes: changes.written,
    },
    seconds,
    rowsPerSecond: seconds > 0 ? Math.round(rowsRead / seconds) : rowsRead,
    peakRssBytes,
  };
}
