import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { ConceptRow } from '../concept-writer.js';
import type { VocabularyFile, VocabularyFileName } from '../athena/files.js';
import { mergeCatalogues, packRelationshipCatalogue } from '../athena/catalogue.js';
import { emptyFileReport, readCatalogue, Rejects, type FileReport, type ProgressSink } from '../athena/load.js';
import { readAncestorRows, readParsedRows } from './tab-records.js';
import {
  parseAncestor,
  parseConcept,
  parseConceptRelationship,
  parseRelationshipCatalogue,
  parseSynonym,
  type Parsed,
  type RawRecord,
  type RelationshipCatalogueRow,
} from '../athena/rows.js';
import { addSynonym, applyConceptRow, type ConceptState } from './concept-state.js';
import { ClosedIds, ConceptIdSet } from './concept-id-set.js';
import { ARRAY_DELIMITER, AsciiLineFile, ChunkedFile, date, multiline, str } from './import-csv.js';
import { bucketCount, Buckets, drainBuckets, edgeKey } from './buckets.js';
import {
  ANCESTOR_HEADER,
  CATALOGUES,
  CONCEPT_HEADER,
  conceptLine,
  HAS_ANCESTOR,
  RELATIONSHIP_HEADER,
  RELATIONSHIP_TYPE_HEADER,
  relationshipTypeLine,
} from './import-lines.js';
import type { StoredAs } from '../../graph/relationship-types.js';
import { codeKey } from '../../graph/code.js';
import { startModuleWorker } from './worker.js';

/**
 * Converts a checked vocabulary folder into the input of Neo4j's bulk importer, streaming.
 *
 * The graph must be the one the Bolt loader builds, whose writes are MERGEs: a concept listed
 * twice (CONCEPT and CONCEPT_CPT4) is one node, the two rows of a reverse pair ('Maps to' A->B,
 * 'Mapped from' B->A) are one edge, later rows win. The importer creates what it is given, so
 * the conversion merges first, without holding whole files: rows go to bucket files (concepts
 * and synonyms by concept id, edges by their start), and each bucket, a bounded slice, is
 * merged in memory and written out. What stays in memory for the whole run: the set of concept
 * ids (4 bytes each: 4 MB per million concepts, and a copy in the worker thread when one runs:
 * besideWorker), the ids of absent concepts, the catalogues, and the knowledge pack's few
 * hundred concepts.
 */

/** Input bytes per bucket: a bucket is merged in memory (a few tens of MB at most). */
const CONCEPT_BUCKET_BYTES = 48 * 1024 * 1024;
const EDGE_BUCKET_BYTES = 16 * 1024 * 1024;
/** Both edge files at least this large: a worker thread takes the concepts' merge and CONCEPT_RELATIONSHIP (its start, about half a second, is then well spent). */
const BESIDE_MIN_BYTES = 16 * 1024 * 1024;

export interface ConvertOptions {
  /** Where rejected rows go; default vocabulary-rejects.tsv in the working directory. */
  rejectsFile?: string;
  progress?: ProgressSink;
  /** Progress of the merge passes (one line per pass). */
  onPhase?: (message: string) => void;
  /**
   * The knowledge pack's concepts, as if written before the vocabulary (the Bolt route:
   * `npm start` loads the pack, then the loader runs): vocabulary rows are applied over them,
   * and a local concept (id above 2,000,000,000) takes the real id of its (vocabularyId,
   * conceptCode).
   */
  seedConcepts?: readonly ConceptRow[];
  /** The knowledge pack folder, whose public RELATIONSHIP catalogue stands under the folder's (default seed/). */
  seedDir?: string;
  /** Scales the bucket sizes (tests use small buckets to exercise the merge). */
  bucketBytes?: number;
  /**
   * The vocabulary release the folder brings (its releaseId), marked on every concept row and
   * edge it writes as the Bolt loader marks them; omitted or null: no mark (an untracked load).
   */
  release?: string | null;
  /**
   * Merge the concepts and convert CONCEPT_RELATIONSHIP in a worker thread while CONCEPT_ANCESTOR
   * is converted, on a second core. Default: when the machine has two cores or more and both
   * edge files are over 16 MB.
   */
  worker?: boolean;
}

export interface ImportInput {
  /** Node files, each with its header line. */
  nodeFiles: string[];
  /** Relationship files, each as the importer's --relationships takes it: a path, or TYPE=path for a file of one type (no :TYPE column). */
  relationshipFiles: string[];
  multilineFields: boolean;
}

export interface ConversionReport {
  files: FileReport[];
  rowsRead: number;
  rejected: number;
  rejectsFile: string | null;
  /** Local pack concepts that took their real id: local id -> real id. */
  reconciled: Map<number, number>;
  counts: { concepts: number; placeholders: number; relationships: number; ancestors: number; catalogue: number };
  input: ImportInput;
  seconds: number;
  /** True when the concepts' merge and CONCEPT_RELATIONSHIP ran in a worker thread beside CONCEPT_ANCESTOR. */
  relationshipsInWorker: boolean;
}

interface Stream {
  file: VocabularyFile;
  report: FileReport;
  missingIds: Set<number>;
}

/** The conversion of one folder, step by step (each writes its files and counts). */
export async function convertVocabularyFolder(files: readonly VocabularyFile[], outDir: string, options: ConvertOptions = {}): Promise<ConversionReport> {
  const started = Date.now();
  const conversion = new FolderConversion(files, outDir, options);
  await conversion.catalogueTables();
  const plan = await conversion.relationshipCatalogue();
  await conversion.conceptsAndEdges(plan);
  return conversion.finish(started);
}

/** What the CONCEPT_RELATIONSHIP worker (relationship-worker.ts) is given. */
export interface RelationshipJob {
  files: readonly VocabularyFile[];
  outDir: string;
  release: string | null;
  bucketBytes: number | undefined;
  /** The concept ids, sorted (ConceptIdSet.sortedIds). */
  ids: Int32Array<ArrayBuffer>;
  plan: [string, StoredAs][];
  /** The concepts' merge, which the worker runs first. */
  concepts: ConceptMerge;
}

/** The concepts read, to merge into Concept.csv: the pack's states and the closed bucket files of the vocabulary's rows. */
export interface ConceptMerge {
  packStates: Map<number, ConceptState>;
  buckets: string[];
}

/** What it hands back: its file's report and counts, in the order the main thread needs them. */
export interface RelationshipResult {
  report: FileReport;
  written: number;
  /** Concept nodes written (the merge the worker ran first). */
  concepts: number;
  /** Absent endpoints in the order first met (the placeholders' file keeps the one-thread order). */
  placeholders: number[];
  multiline: boolean;
  /** Its phase lines, printed once CONCEPT_ANCESTOR's progress is done. */
  phases: string[];
}

/** The worker's messages: each rejected row as it comes, then the result. */
export type RelationshipMessage =
  { kind: 'reject'; reject: [file: string, line: number, reason: string, values: string[]] } | { kind: 'done'; result: RelationshipResult };

export class FolderConversion {
  private readonly phase: (message: string) => void;
  private readonly scale: number;
  private readonly work: string;
  private readonly byName: Map<VocabularyFileName, VocabularyFile>;
  private readonly rejects: Rejects;
  private readonly reports: FileReport[] = [];
  private readonly nodeFiles: string[] = [];
  private readonly relationshipFiles: string[] = [];
  private readonly counts = { concepts: 0, placeholders: 0, relationships: 0, ancestors: 0, catalogue: 0 };
  /** The ids of every concept the import will hold (the vocabulary's and the pack's), sealed once the concept files are read. */
  private ids = new ConceptIdSet();
  /** Edge endpoints no concept row has: each gets a :Concept:Unresolved placeholder. */
  private readonly placeholders = new Set<number>();
  /** Local pack concepts that took their real id: local id -> real id. */
  private readonly reconciled = new Map<number, number>();
  /** The release marker as an import field ('' for none). */
  private readonly release: string;
  /** A pass running in a worker beside this thread's, earlier in file order: this thread's rejects wait for it. */
  private beside: Promise<unknown> | undefined;
  /** Aborted when that worker fails: this thread's pass then stops at its next read. */
  private stop: AbortSignal | undefined;
  private relationshipsInWorker = false;

  constructor(
    private readonly files: readonly VocabularyFile[],
    private readonly outDir: string,
    private readonly options: ConvertOptions,
    rejects?: Rejects,
  ) {
    this.phase = options.onPhase ?? (() => {});
    this.scale = options.bucketBytes ?? 1;
    multiline.seen = false;
    mkdirSync(outDir, { recursive: true });
    this.work = join(outDir, 'buckets');
    this.byName = new Map(files.map((f) => [f.name, f]));
    this.rejects = rejects ?? new Rejects(resolve(options.rejectsFile ?? 'vocabulary-rejects.tsv'));
    this.release = options.release ?? '';
  }

  /** The conversion a CONCEPT_RELATIONSHIP worker runs: the main thread's concept ids, its rejects handed back by `rejects`. */
  static forRelationshipJob(job: RelationshipJob, rejects: Rejects, onPhase: (message: string) => void): FolderConversion {
    const conversion = new FolderConversion(job.files, job.outDir, { release: job.release, bucketBytes: job.bucketBytes, onPhase }, rejects);
    conversion.ids = ConceptIdSet.ofSorted(job.ids);
    return conversion;
  }

  private bytesOf(...names: VocabularyFileName[]): number {
    return names.reduce((sum, n) => sum + (this.byName.get(n)?.bytes ?? 0), 0);
  }

  /**
   * Reads one file as the loader does (same counts, same rejects), handing each good row on.
   * `use` may return false to give up the pass (`tentative`: its rejects are held back until
   * the pass completes, so a pass given up and run again reports each row once).
   */
  private async each<T>(
    file: VocabularyFile,
    parse: (record: RawRecord) => Parsed<T>,
    use: (row: T, line: number, stream: Stream) => boolean | void,
    tentative = false,
  ): Promise<Stream | undefined> {
    return this.read(
      file,
      (stream, reject) => readParsedRows(file, stream.report, parse, (row, line) => use(row, line, stream), reject, this.options.progress, this.stop),
      tentative,
    );
  }

  /** One pass over a file by `rows` (a reader of tab-records.ts), with the counts, rejects and progress `each` describes. */
  private async read(
    file: VocabularyFile,
    rows: (stream: Stream, reject: (line: number, reason: string, values: string[]) => void) => Promise<boolean>,
    tentative: boolean,
  ): Promise<Stream | undefined> {
    const { progress } = this.options;
    const fileStarted = Date.now();
    const held: [number, string, string[]][] = [];
    const hold = tentative || this.beside !== undefined;
    const reject = (line: number, reason: string, values: string[]) =>
      hold ? held.push([line, reason, values]) : this.rejects.add(file.name, line, reason, values);
    const stream: Stream = { file, report: emptyFileReport(file), missingIds: new Set() };
    if (!(await rows(stream, reject))) return undefined;
    await this.beside;
    for (const [line, reason, values] of held) this.rejects.add(file.name, line, reason, values);
    const { report } = stream;
    report.missingConceptIds = stream.missingIds.size;
    report.seconds = (Date.now() - fileStarted) / 1000;
    progress?.update(file.bytes, report.rowsRead);
    progress?.finishFile(report);
    this.reports.push(report);
    return stream;
  }

  /** VOCABULARY, DOMAIN, CONCEPT_CLASS: few rows, kept in memory; a repeated id keeps its last row. */
  async catalogueTables(): Promise<void> {
    for (const name of ['VOCABULARY', 'DOMAIN', 'CONCEPT_CLASS'] as const) {
      const file = this.byName.get(name);
      if (!file) continue;
      const spec = CATALOGUES[name];
      const rows = new Map<string, string>();
      await this.each(file, spec.parse, (row) => void rows.set(spec.key(row), spec.line(row)));
      const out = new ChunkedFile(join(this.outDir, `${spec.label}.csv`), `:LABEL,${spec.header}`);
      for (const line of rows.values()) out.line(`${spec.label},${line}`);
      out.close();
      this.counts.catalogue += rows.size;
      this.nodeFiles.push(out.path);
    }
  }

  /**
   * The relationship catalogue and its storage plan: the folder's rows over the knowledge pack's
   * public catalogue, as a load into a graph that holds the pack takes them (athena/catalogue.ts),
   * so a folder whose RELATIONSHIP is header-only or partial still keeps its relationship rows.
   */
  async relationshipCatalogue(): Promise<Map<string, StoredAs>> {
    const file = this.byName.get('RELATIONSHIP')!;
    const packCatalogue = packRelationshipCatalogue(this.options.seedDir);
    const catalogueRows = new Map<string, RelationshipCatalogueRow>(packCatalogue.map((row) => [row.relationshipId, row]));
    await this.each(file, parseRelationshipCatalogue, (row) => void catalogueRows.set(row.relationshipId, row));
    const { plan } = mergeCatalogues(await readCatalogue(file), [], packCatalogue);
    const out = new ChunkedFile(join(this.outDir, 'RelationshipType.csv'), `:LABEL,${RELATIONSHIP_TYPE_HEADER}`);
    for (const r of catalogueRows.values()) out.line(relationshipTypeLine(r, plan.get(r.relationshipId)!));
    out.close();
    this.counts.catalogue += catalogueRows.size;
    this.nodeFiles.push(out.path);
    return plan;
  }

  /**
   * Concepts and synonyms read into buckets, then the merge into Concept.csv and the two edge
   * files. One after the other in this thread; or, when both edge files are large and a second
   * core is there, the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread while this
   * thread converts CONCEPT_ANCESTOR. The output is the same either way, byte for byte: the
   * files, the placeholders in the order first met, the rejects in file order (CONCEPT_ANCESTOR's
   * wait for the worker's), the reports.
   */
  async conceptsAndEdges(plan: ReadonlyMap<string, StoredAs>): Promise<void> {
    const concepts = await this.readConcepts();
    const relationships = this.byName.get('CONCEPT_RELATIONSHIP');
    const large = (file: VocabularyFile | undefined) => (file?.bytes ?? 0) >= BESIDE_MIN_BYTES;
    const beside = this.options.worker ?? (availableParallelism() > 1 && large(relationships) && large(this.byName.get('CONCEPT_ANCESTOR')));
    if (beside && relationships) return this.besideWorker(plan, concepts, relationships);
    this.mergeConcepts(concepts);
    await this.relationships(plan);
    await this.ancestors();
  }

  /** Concepts and synonyms: the pack's first (in memory: a few hundred), then the vocabulary's rows into buckets. */
  private async readConcepts(): Promise<ConceptMerge> {
    const { ids, reconciled } = this;
    const packStates = new Map<number, ConceptState>();
    for (const row of this.options.seedConcepts ?? []) packStates.set(row.conceptId, applyConceptRow(packStates.get(row.conceptId), row));
    const localByKey = new Map<string, number>();
    for (const state of packStates.values()) if (state.isLocal) localByKey.set(codeKey(state), state.conceptId);

    const conceptBuckets = new Buckets(
      this.work,
      'concepts',
      bucketCount(this.bytesOf('CONCEPT', 'CONCEPT_CPT4', 'CONCEPT_SYNONYM'), CONCEPT_BUCKET_BYTES * this.scale),
    );
    const onConcept = (row: ConceptRow) => {
      const key = codeKey(row);
      const localId = localByKey.get(key);
      // The loader's RECONCILE_LOCAL: the local node takes the real id unless the pack holds that
      // id already (an earlier vocabulary row with this key has reconciled it already).
      if (localId !== undefined && !packStates.has(row.conceptId)) {
        const local = packStates.get(localId)!;
        packStates.delete(localId);
        packStates.set(row.conceptId, { ...local, conceptId: row.conceptId, localConceptId: localId, isLocal: false });
        localByKey.delete(key);
        reconciled.set(localId, row.conceptId);
      }
      ids.add(row.conceptId);
      conceptBuckets.add(row.conceptId, JSON.stringify(this.release === '' ? row : { ...row, release: this.release }));
    };
    for (const name of ['CONCEPT', 'CONCEPT_CPT4'] as const) {
      const file = this.byName.get(name);
      if (file) await this.each(file, parseConcept, onConcept);
    }
    for (const id of packStates.keys()) ids.add(id);
    ids.seal();

    const synonyms = this.byName.get('CONCEPT_SYNONYM');
    if (synonyms) {
      await this.each(synonyms, parseSynonym, (row, _line, stream) => {
        if (!ids.has(row.conceptId)) {
          // Nothing to attach it to: counted and reported, as the loader does.
          stream.report.rowsWritten -= 1;
          stream.report.rowsWithMissingConcepts += 1;
          stream.missingIds.add(row.conceptId);
          return;
        }
        conceptBuckets.add(row.conceptId, JSON.stringify([row.conceptId, row.synonym]));
      });
    }

    this.phase(`merging ${conceptBuckets.size.toLocaleString('en-US')} concept and synonym rows in ${conceptBuckets.count} buckets`);
    this.nodeFiles.push(join(this.outDir, 'Concept.csv'));
    return { packStates, buckets: conceptBuckets.close() };
  }

  /** Each bucket of concept and synonym rows merged over the pack's states, into Concept.csv. */
  private mergeConcepts({ packStates, buckets }: ConceptMerge): void {
    const out = new ChunkedFile(join(this.outDir, 'Concept.csv'), CONCEPT_HEADER);
    const count = buckets.length;
    let bucket = 0;
    for (const lines of drainBuckets(buckets)) {
      const states = new Map<number, ConceptState>();
      for (const [id, state] of packStates) {
        if (((id % count) + count) % count === bucket) states.set(id, { ...state });
      }
      for (const line of lines) {
        const value = JSON.parse(line) as ConceptRow | [number, string];
        if (Array.isArray(value)) addSynonym(states.get(value[0])!, value[1]);
        else states.set(value.conceptId, applyConceptRow(states.get(value.conceptId), value));
      }
      for (const state of states.values()) out.line(conceptLine(state));
      this.counts.concepts += states.size;
      bucket += 1;
    }
    out.close();
  }

  /** True when `id` is no concept's (it becomes a placeholder, counted on the stream). */
  private absent(id: number, stream: Stream): boolean {
    if (this.ids.has(id)) return false;
    this.placeholders.add(id);
    stream.missingIds.add(id);
    return true;
  }

  /** conceptsAndEdges with a worker thread: the concepts' merge and CONCEPT_RELATIONSHIP there, CONCEPT_ANCESTOR here. */
  private async besideWorker(plan: ReadonlyMap<string, StoredAs>, concepts: ConceptMerge, relationships: VocabularyFile): Promise<void> {
    this.phase('Concept.csv and CONCEPT_RELATIONSHIP: converting in a worker thread, beside CONCEPT_ANCESTOR');
    this.relationshipsInWorker = true;
    const job: RelationshipJob = {
      files: this.files,
      outDir: this.outDir,
      release: this.options.release ?? null,
      bucketBytes: this.options.bucketBytes,
      ids: this.ids.sortedIds(),
      plan: [...plan],
      concepts,
    };
    const worker = startModuleWorker(new URL('./relationship-worker.ts', import.meta.url), job);
    const done = new Promise<RelationshipResult>((resolve, fail) => {
      worker.on('message', (message: RelationshipMessage) => {
        if (message.kind === 'reject') this.rejects.add(...message.reject);
        else resolve(message.result);
      });
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the conversion's worker thread stopped (exit code ${code}) before it finished`)));
    });
    // A failure of the worker stops CONCEPT_ANCESTOR's pass at its next read (rather than after
    // the whole file), and the conversion fails with the worker's reason; handled here, it is
    // not an unhandled rejection meanwhile.
    const stop = new AbortController();
    done.catch((error: unknown) => stop.abort(error));
    this.relationshipFiles.push(join(this.outDir, 'CONCEPT_RELATIONSHIP.csv'));
    this.beside = done;
    this.stop = stop.signal;
    try {
      await this.ancestors().catch(async (error: unknown) => {
        if (stop.signal.aborted) await done;
        throw error;
      });
      const result = await done;
      this.counts.concepts = result.concepts;
      this.counts.relationships = result.written;
      if (result.multiline) multiline.seen = true;
      const afterwards = [...this.placeholders];
      this.placeholders.clear();
      for (const id of [...result.placeholders, ...afterwards]) this.placeholders.add(id);
      this.reports.push(result.report);
      const { progress } = this.options;
      progress?.startFile(relationships.name, relationships.bytes);
      progress?.update(relationships.bytes, result.report.rowsRead);
      progress?.finishFile(result.report);
      for (const line of result.phases) this.phase(line);
    } finally {
      this.beside = undefined;
      this.stop = undefined;
      await worker.terminate();
    }
  }

  /** The worker's part of besideWorker: the concepts' merge, then CONCEPT_RELATIONSHIP. */
  async workerPart(job: RelationshipJob): Promise<Omit<RelationshipResult, 'phases'>> {
    this.mergeConcepts(job.concepts);
    await this.relationships(new Map(job.plan));
    return {
      report: this.reports[0]!,
      written: this.counts.relationships,
      concepts: this.counts.concepts,
      placeholders: [...this.placeholders],
      multiline: multiline.seen,
    };
  }

  /** CONCEPT_RELATIONSHIP, each row stored as its catalogue's plan says (one edge per reverse pair). */
  async relationships(plan: ReadonlyMap<string, StoredAs>): Promise<void> {
    const known = new Set(plan.keys());
    const releaseField = str(this.release || null);
    this.counts.relationships = await this.edges(
      'CONCEPT_RELATIONSHIP',
      RELATIONSHIP_HEADER,
      (r: RawRecord) => parseConceptRelationship(r, known),
      (row) => {
        const storedAs = plan.get(row.relationshipId)!;
        const from = storedAs.reversed ? row.conceptId2 : row.conceptId1;
        const to = storedAs.reversed ? row.conceptId1 : row.conceptId2;
        return [
          from,
          to,
          [from, to, storedAs.type, str(storedAs.canonicalId), date(row.validStartDate), date(row.validEndDate), str(row.invalidReason), releaseField].join(
            ',',
          ),
        ];
      },
    );
  }

  /** CONCEPT_ANCESTOR: group by group when the file is grouped by descendant, else through the buckets. */
  async ancestors(): Promise<void> {
    const releaseField = str(this.release || null);
    this.counts.ancestors =
      (await this.groupedAncestors(releaseField)) ??
      (await this.edges(
        'CONCEPT_ANCESTOR',
        ANCESTOR_HEADER,
        parseAncestor,
        (row) => [
          row.descendantConceptId,
          row.ancestorConceptId,
          `${row.descendantConceptId},${row.ancestorConceptId},${row.minLevels},${row.maxLevels},${releaseField}`,
        ],
        HAS_ANCESTOR,
      ));
  }

  /**
   * CONCEPT_ANCESTOR is the largest table, and usually comes grouped by descendant (all the
   * ancestors of a concept together). Then each group is merged on its own and written straight
   * out, without the buckets; a descendant met again after its group closed means the file is
   * not grouped, and the bucket merge runs instead (undefined). No object or string per row: the
   * rows come as numbers (readAncestorRows), a group is kept in arrays, and its lines (the
   * buckets' lines, byte for byte) are written as bytes (AsciiLineFile).
   */
  private async groupedAncestors(releaseField: string): Promise<number | undefined> {
    const file = this.byName.get('CONCEPT_ANCESTOR');
    if (!file) return 0;
    const out = new AsciiLineFile(join(this.outDir, 'CONCEPT_ANCESTOR.csv'), ANCESTOR_HEADER);
    const comma = Buffer.from(',');
    const end = Buffer.from(`,${releaseField}\n`);
    const closed = new ClosedIds(this.ids);
    // The current descendant's ancestors in the order first met, each with its last row's levels (MERGE, then SET).
    const slotOf = new Map<number, number>();
    const ancestors: number[] = [];
    const minLevels: number[] = [];
    const maxLevels: number[] = [];
    let current: number | undefined;
    let written = 0;
    const close = () => {
      for (let i = 0; i < ancestors.length; i++) {
        out.number(current!);
        out.bytes(comma);
        out.number(ancestors[i]!);
        out.bytes(comma);
        out.number(minLevels[i]!);
        out.bytes(comma);
        out.number(maxLevels[i]!);
        out.bytes(end);
      }
      written += ancestors.length;
      slotOf.clear();
      ancestors.length = minLevels.length = maxLevels.length = 0;
      if (current !== undefined) closed.add(current);
    };
    const grouped = (stream: Stream, reject: (line: number, reason: string, values: string[]) => void) =>
      readAncestorRows(
        file,
        stream.report,
        (descendant, ancestor, min, max) => {
          if (descendant !== current) {
            close();
            if (closed.has(descendant)) return false;
            current = descendant;
          }
          const absentFrom = this.absent(descendant, stream);
          const absentTo = this.absent(ancestor, stream);
          if (absentFrom || absentTo) stream.report.rowsWithMissingConcepts += 1;
          const slot = slotOf.get(ancestor);
          if (slot === undefined) {
            slotOf.set(ancestor, ancestors.length);
            ancestors.push(ancestor);
            minLevels.push(min);
            maxLevels.push(max);
          } else {
            minLevels[slot] = min;
            maxLevels[slot] = max;
          }
          return true;
        },
        reject,
        this.options.progress,
        this.stop,
      );
    const stream = await this.read(file, grouped, true);
    close();
    out.close();
    if (!stream) {
      rmSync(out.path);
      this.phase('CONCEPT_ANCESTOR is not grouped by descendant: merging it in buckets');
      return undefined;
    }
    this.relationshipFiles.push(`${HAS_ANCESTOR}=${out.path}`);
    return written;
  }

  /**
   * An edge file through the buckets (by start): one edge per start, end and type, the last row's
   * properties winning (MERGE, then SET). With `type`, every edge has that type: the lines carry
   * none (the importer is told it), and an edge is one per start and end.
   */
  private async edges<T>(
    name: 'CONCEPT_RELATIONSHIP' | 'CONCEPT_ANCESTOR',
    header: string,
    parse: (r: RawRecord) => Parsed<T>,
    toLine: (row: T) => [number, number, string],
    type?: string,
  ): Promise<number> {
    const file = this.byName.get(name);
    if (!file) return 0;
    const buckets = new Buckets(this.work, name, bucketCount(file.bytes, EDGE_BUCKET_BYTES * this.scale));
    await this.each(file, parse, (row, _line, stream) => {
      const [from, to, line] = toLine(row);
      const absentFrom = this.absent(from, stream);
      const absentTo = this.absent(to, stream);
      if (absentFrom || absentTo) stream.report.rowsWithMissingConcepts += 1;
      buckets.add(from, line);
    });
    this.phase(`merging ${buckets.size.toLocaleString('en-US')} ${name} rows in ${buckets.count} buckets`);
    const out = new ChunkedFile(join(this.outDir, `${name}.csv`), header);
    let written = 0;
    for (const lines of buckets.drain()) {
      const unique = new Map<string, string>();
      for (const line of lines) unique.set(edgeKey(line, type === undefined ? 3 : 2), line);
      for (const line of unique.values()) out.line(line);
      written += unique.size;
    }
    out.close();
    this.relationshipFiles.push(type === undefined ? out.path : `${type}=${out.path}`);
    return written;
  }

  /** The placeholders' node file, the buckets removed, the rejects closed, and the report. */
  async finish(started: number): Promise<ConversionReport> {
    const out = new ChunkedFile(join(this.outDir, 'Unresolved.csv'), ':ID(Concept),:LABEL,conceptId:long');
    for (const id of this.placeholders) out.line(`${id},Concept${ARRAY_DELIMITER}Unresolved,${id}`);
    out.close();
    this.counts.placeholders = this.placeholders.size;
    this.nodeFiles.push(out.path);
    rmSync(this.work, { recursive: true, force: true });

    const ordered = this.reports.sort((a, b) => this.files.findIndex((f) => f.name === a.file) - this.files.findIndex((f) => f.name === b.file));
    const rejectsFile = await this.rejects.close();
    return {
      files: ordered,
      rowsRead: ordered.reduce((sum, f) => sum + f.rowsRead, 0),
      rejected: this.rejects.count,
      rejectsFile,
      reconciled: this.reconciled,
      counts: this.counts,
      input: { nodeFiles: this.nodeFiles, relationshipFiles: this.relationshipFiles, multilineFields: multiline.seen },
      seconds: (Date.now() - started) / 1000,
      relationshipsInWorker: this.relationshipsInWorker,
    };
  }
}
