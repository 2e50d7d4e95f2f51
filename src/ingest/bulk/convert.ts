import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConceptRow } from '../concept-writer.js';
import type { VocabularyFile, VocabularyFileName } from '../athena/files.js';
import { mergeCatalogues, packRelationshipCatalogue } from '../athena/catalogue.js';
import { emptyFileReport, readCatalogue, Rejects, type FileReport, type ProgressSink } from '../athena/load.js';
import { readParsedRows } from './tab-records.js';
import {
  parseAncestor,
  parseConcept,
  parseConceptClass,
  parseConceptRelationship,
  parseDomain,
  parseRelationshipCatalogue,
  parseSynonym,
  parseVocabulary,
  type Parsed,
  type RawRecord,
  type AncestorRow,
  type ConceptClassRow,
  type DomainRow,
  type RelationshipCatalogueRow,
  type VocabularyRow,
} from '../athena/rows.js';
import { addSynonym, applyConceptRow, type ConceptState } from './concept-state.js';
import { ClosedIds, ConceptIdSet } from './concept-id-set.js';
import { ARRAY_DELIMITER, bool, ChunkedFile, date, list, multiline, num, str } from './import-csv.js';
import { codeKey } from '../../graph/code.js';

/**
 * Converts a checked vocabulary folder into the input of Neo4j's bulk importer, streaming.
 *
 * The graph must be the one the Bolt loader builds, whose writes are MERGEs: a concept listed
 * twice (CONCEPT and CONCEPT_CPT4) is one node, the two rows of a reverse pair ('Maps to' A->B,
 * 'Mapped from' B->A) are one edge, later rows win. The importer creates what it is given, so
 * the conversion merges first, without holding whole files: rows go to bucket files (concepts
 * and synonyms by concept id, edges by their start), and each bucket, a bounded slice, is
 * merged in memory and written out. What stays in memory for the whole run: the set of concept
 * ids (4 bytes each: 4 MB per million concepts), the ids of absent concepts, the catalogues,
 * and the knowledge pack's few hundred concepts.
 */

/** Input bytes per bucket: a bucket is merged in memory (a few tens of MB at most). */
const CONCEPT_BUCKET_BYTES = 48 * 1024 * 1024;
const EDGE_BUCKET_BYTES = 16 * 1024 * 1024;
const MAX_BUCKETS = 1_000;

export const HAS_ANCESTOR = 'HAS_ANCESTOR';

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
}

export interface ImportInput {
  /** Node files, each with its header line. */
  nodeFiles: string[];
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
}

const CONCEPT_HEADER = [
  ':ID(Concept)',
  ':LABEL',
  'conceptId:long',
  'conceptName',
  'domainId',
  'vocabularyId',
  'conceptClassId',
  'standardConcept',
  'conceptCode',
  'validStartDate:date',
  'validEndDate:date',
  'invalidReason',
  'nameSource',
  'synonyms:string[]',
  'isLocal:boolean',
  'localConceptId:long',
  'sources:string[]',
].join(',');

const RELATIONSHIP_HEADER = ':START_ID(Concept),:END_ID(Concept),:TYPE,relationshipId,validStartDate:date,validEndDate:date,invalidReason';
const ANCESTOR_HEADER = ':START_ID(Concept),:END_ID(Concept),:TYPE,minLevels:long,maxLevels:long';

function conceptLine(c: ConceptState, labels = 'Concept'): string {
  return [
    c.conceptId,
    labels,
    c.conceptId,
    str(c.conceptName),
    str(c.domainId),
    str(c.vocabularyId),
    str(c.conceptClassId),
    str(c.standardConcept),
    str(c.conceptCode),
    date(c.validStartDate),
    date(c.validEndDate),
    str(c.invalidReason),
    str(c.nameSource),
    list(c.synonyms),
    bool(c.isLocal),
    num(c.localConceptId),
    list(c.sources),
  ].join(',');
}

interface CatalogueSpec<T> {
  label: string;
  header: string;
  parse: (record: RawRecord) => Parsed<T>;
  key: (row: T) => string;
  line: (row: T) => string;
}
const catalogue = <T>(spec: CatalogueSpec<T>) => spec as unknown as CatalogueSpec<object>;

/** Catalogue tables: few rows, kept in memory; a repeated id keeps its last row (MERGE + SET +=). */
const CATALOGUES: Record<'VOCABULARY' | 'DOMAIN' | 'CONCEPT_CLASS', CatalogueSpec<object>> = {
  VOCABULARY: catalogue<VocabularyRow>({
    label: 'Vocabulary',
    header: 'vocabularyId,vocabularyName,vocabularyReference,vocabularyVersion,vocabularyConceptId:long',
    parse: parseVocabulary,
    key: (r) => r.vocabularyId,
    line: (r) => [str(r.vocabularyId), str(r.vocabularyName), str(r.vocabularyReference), str(r.vocabularyVersion), num(r.vocabularyConceptId)].join(','),
  }),
  DOMAIN: catalogue<DomainRow>({
    label: 'Domain',
    header: 'domainId,domainName,domainConceptId:long',
    parse: parseDomain,
    key: (r) => r.domainId,
    line: (r) => [str(r.domainId), str(r.domainName), num(r.domainConceptId)].join(','),
  }),
  CONCEPT_CLASS: catalogue<ConceptClassRow>({
    label: 'ConceptClass',
    header: 'conceptClassId,conceptClassName,conceptClassConceptId:long',
    parse: parseConceptClass,
    key: (r) => r.conceptClassId,
    line: (r) => [str(r.conceptClassId), str(r.conceptClassName), num(r.conceptClassConceptId)].join(','),
  }),
};

const RELATIONSHIP_TYPE_HEADER =
  'relationshipId,relationshipName,isHierarchical:boolean,definesAncestry:boolean,reverseRelationshipId,relationshipConceptId:long,neo4jType,storedAsRelationshipId,storedReversed:boolean';

/** Line-per-bucket files; a bucket is read back whole, so its size bounds the merge's memory. */
export class Buckets {
  private readonly files: ChunkedFile[];
  constructor(
    dir: string,
    prefix: string,
    readonly count: number,
  ) {
    mkdirSync(dir, { recursive: true });
    this.files = Array.from({ length: count }, (_, i) => new ChunkedFile(join(dir, `${prefix}-${i}.tmp`)));
  }
  add(id: number, line: string): void {
    this.files[((id % this.count) + this.count) % this.count]!.line(line);
  }
  get size(): number {
    return this.files.reduce((sum, f) => sum + f.lines, 0);
  }
  /** Closes every bucket and yields each one's lines in the order they were added, then deletes it. */
  *drain(): Generator<string[]> {
    for (const file of this.files) file.close();
    for (const file of this.files) {
      const text = readFileSync(file.path, 'utf8');
      rmSync(file.path);
      yield text === '' ? [] : text.slice(0, -1).split('\n');
    }
  }
}

export const bucketCount = (bytes: number, perBucket: number) => Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(bytes / perBucket)));

/** The key of an edge line: its start, end and type (the first three fields, never quoted). */
function edgeKey(line: string): string {
  let commas = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 44 && ++commas === 3) return line.slice(0, i);
  }
  return line;
}

interface Stream {
  file: VocabularyFile;
  report: FileReport;
  missingIds: Set<number>;
}

export async function convertVocabularyFolder(files: readonly VocabularyFile[], outDir: string, options: ConvertOptions = {}): Promise<ConversionReport> {
  const started = Date.now();
  const phase = options.onPhase ?? (() => {});
  const scale = options.bucketBytes ?? 1;
  multiline.seen = false;
  mkdirSync(outDir, { recursive: true });
  const work = join(outDir, 'buckets');
  const byName = new Map(files.map((f) => [f.name, f]));
  const bytesOf = (...names: VocabularyFileName[]) => names.reduce((sum, n) => sum + (byName.get(n)?.bytes ?? 0), 0);
  const rejects = new Rejects(resolve(options.rejectsFile ?? 'vocabulary-rejects.tsv'));
  const reports: FileReport[] = [];
  const nodeFiles: string[] = [];
  const relationshipFiles: string[] = [];
  const counts = { concepts: 0, placeholders: 0, relationships: 0, ancestors: 0, catalogue: 0 };

  /**
   * Reads one file as the loader does (same counts, same rejects), handing each good row on.
   * `use` may return false to give up the pass (`tentative`: its rejects are held back until
   * the pass completes, so a pass given up and run again reports each row once).
   */
  async function each<T>(
    file: VocabularyFile,
    parse: (record: RawRecord) => Parsed<T>,
    use: (row: T, line: number, stream: Stream) => boolean | void,
    tentative = false,
  ): Promise<Stream | undefined> {
    const fileStarted = Date.now();
    const held: [number, string, string[]][] = [];
    const reject = (line: number, reason: string, values: string[]) =>
      tentative ? held.push([line, reason, values]) : rejects.add(file.name, line, reason, values);
    const report = emptyFileReport(file);
    const stream: Stream = { file, report, missingIds: new Set() };
    const gaveUp = !(await readParsedRows(file, report, parse, (row, line) => use(row, line, stream), reject, options.progress));
    if (gaveUp) return undefined;
    for (const [line, reason, values] of held) rejects.add(file.name, line, reason, values);
    report.missingConceptIds = stream.missingIds.size;
    report.seconds = (Date.now() - fileStarted) / 1000;
    options.progress?.update(file.bytes, report.rowsRead);
    options.progress?.finishFile(report);
    reports.push(report);
    return stream;
  }

  // Catalogues.
  for (const name of ['VOCABULARY', 'DOMAIN', 'CONCEPT_CLASS'] as const) {
    const file = byName.get(name);
    if (!file) continue;
    const spec = CATALOGUES[name];
    const rows = new Map<string, string>();
    await each(file, spec.parse, (row) => void rows.set(spec.key(row), spec.line(row)));
    const out = new ChunkedFile(join(outDir, `${spec.label}.csv`), `:LABEL,${spec.header}`);
    for (const line of rows.values()) out.line(`${spec.label},${line}`);
    out.close();
    counts.catalogue += rows.size;
    nodeFiles.push(out.path);
  }

  // The relationship catalogue and its storage plan: the folder's rows over the knowledge pack's
  // public catalogue, as a load into a graph that holds the pack takes them (athena/catalogue.ts),
  // so a folder whose RELATIONSHIP is header-only or partial still keeps its relationship rows.
  const packCatalogue = packRelationshipCatalogue(options.seedDir);
  const catalogueRows = new Map<string, RelationshipCatalogueRow>(packCatalogue.map((row) => [row.relationshipId, row]));
  await each(byName.get('RELATIONSHIP')!, parseRelationshipCatalogue, (row) => void catalogueRows.set(row.relationshipId, row));
  const { plan } = mergeCatalogues(await readCatalogue(byName.get('RELATIONSHIP')!), [], packCatalogue);
  {
    const out = new ChunkedFile(join(outDir, 'RelationshipType.csv'), `:LABEL,${RELATIONSHIP_TYPE_HEADER}`);
    for (const r of catalogueRows.values()) {
      const storedAs = plan.get(r.relationshipId)!;
      out.line(
        [
          'RelationshipType',
          str(r.relationshipId),
          str(r.relationshipName),
          bool(r.isHierarchical),
          bool(r.definesAncestry),
          str(r.reverseRelationshipId),
          num(r.relationshipConceptId),
          str(storedAs.type),
          str(storedAs.canonicalId),
          bool(storedAs.reversed),
        ].join(','),
      );
    }
    out.close();
    counts.catalogue += catalogueRows.size;
    nodeFiles.push(out.path);
  }
  const knownRelationships = new Set(plan.keys());

  // Concepts: the pack's first (in memory: a few hundred), then the vocabulary's rows by bucket.
  const packStates = new Map<number, ConceptState>();
  for (const row of options.seedConcepts ?? []) packStates.set(row.conceptId, applyConceptRow(packStates.get(row.conceptId), row));
  const localByKey = new Map<string, number>();
  for (const state of packStates.values()) if (state.isLocal) localByKey.set(codeKey(state), state.conceptId);
  const reconciled = new Map<number, number>();

  const conceptBuckets = new Buckets(work, 'concepts', bucketCount(bytesOf('CONCEPT', 'CONCEPT_CPT4', 'CONCEPT_SYNONYM'), CONCEPT_BUCKET_BYTES * scale));
  const ids = new ConceptIdSet();
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
    conceptBuckets.add(row.conceptId, JSON.stringify(row));
  };
  for (const name of ['CONCEPT', 'CONCEPT_CPT4'] as const) {
    const file = byName.get(name);
    if (file) await each(file, parseConcept, onConcept);
  }
  for (const id of packStates.keys()) ids.add(id);
  ids.seal();

  const synonyms = byName.get('CONCEPT_SYNONYM');
  if (synonyms) {
    await each(synonyms, parseSynonym, (row, line, stream) => {
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

  phase(`merging ${conceptBuckets.size.toLocaleString('en-US')} concept and synonym rows in ${conceptBuckets.count} buckets`);
  {
    const out = new ChunkedFile(join(outDir, 'Concept.csv'), CONCEPT_HEADER);
    let bucket = 0;
    for (const lines of conceptBuckets.drain()) {
      const states = new Map<number, ConceptState>();
      for (const [id, state] of packStates) {
        if (((id % conceptBuckets.count) + conceptBuckets.count) % conceptBuckets.count === bucket) states.set(id, { ...state });
      }
      for (const line of lines) {
        const value = JSON.parse(line) as ConceptRow | [number, string];
        if (Array.isArray(value)) addSynonym(states.get(value[0])!, value[1]);
        else states.set(value.conceptId, applyConceptRow(states.get(value.conceptId), value));
      }
      for (const state of states.values()) out.line(conceptLine(state));
      counts.concepts += states.size;
      bucket += 1;
    }
    out.close();
    nodeFiles.push(out.path);
  }

  // Edges. An endpoint absent from CONCEPT gets a :Concept:Unresolved placeholder.
  const placeholders = new Set<number>();
  const endpoint = (id: number, stream: Stream): boolean => {
    if (ids.has(id)) return false;
    placeholders.add(id);
    stream.missingIds.add(id);
    return true;
  };
  /**
   * CONCEPT_ANCESTOR is the largest table, and usually comes grouped by descendant (all the
   * ancestors of a concept together). Then each group is merged on its own and written straight
   * out, without the buckets; a descendant met again after its group closed means the file is
   * not grouped, and the bucket merge runs instead (undefined).
   */
  async function groupedAncestors(toLine: (row: AncestorRow) => [number, number, string]): Promise<number | undefined> {
    const file = byName.get('CONCEPT_ANCESTOR');
    if (!file) return 0;
    const out = new ChunkedFile(join(outDir, 'CONCEPT_ANCESTOR.csv'), ANCESTOR_HEADER);
    const closed = new ClosedIds(ids);
    const group = new Map<number, string>();
    let current: number | undefined;
    let written = 0;
    const close = () => {
      for (const line of group.values()) out.line(line);
      written += group.size;
      group.clear();
      if (current !== undefined) closed.add(current);
    };
    const stream = await each(
      file,
      parseAncestor,
      (row, _line, s) => {
        const [descendant, ancestor, line] = toLine(row);
        if (descendant !== current) {
          close();
          if (closed.has(descendant)) return false;
          current = descendant;
        }
        const absentFrom = endpoint(descendant, s);
        const absentTo = endpoint(ancestor, s);
        if (absentFrom || absentTo) s.report.rowsWithMissingConcepts += 1;
        group.set(ancestor, line);
        return true;
      },
      true,
    );
    close();
    out.close();
    if (!stream) {
      rmSync(out.path);
      phase('CONCEPT_ANCESTOR is not grouped by descendant: merging it in buckets');
      return undefined;
    }
    relationshipFiles.push(out.path);
    return written;
  }

  async function edges<T>(name: 'CONCEPT_RELATIONSHIP' | 'CONCEPT_ANCESTOR', header: string, parse: (r: RawRecord) => Parsed<T>, toLine: (row: T) => [number, number, string]): Promise<number> {
    const file = byName.get(name);
    if (!file) return 0;
    const buckets = new Buckets(work, name, bucketCount(file.bytes, EDGE_BUCKET_BYTES * scale));
    await each(file, parse, (row, _line, stream) => {
      const [from, to, line] = toLine(row);
      const absentFrom = endpoint(from, stream);
      const absentTo = endpoint(to, stream);
      if (absentFrom || absentTo) stream.report.rowsWithMissingConcepts += 1;
      buckets.add(from, line);
    });
    phase(`merging ${buckets.size.toLocaleString('en-US')} ${name} rows in ${buckets.count} buckets`);
    const out = new ChunkedFile(join(outDir, `${name}.csv`), header);
    let written = 0;
    for (const lines of buckets.drain()) {
      // One edge per start, end and type; the last row's properties win (MERGE, then SET).
      const unique = new Map<string, string>();
      for (const line of lines) unique.set(edgeKey(line), line);
      for (const line of unique.values()) out.line(line);
      written += unique.size;
    }
    out.close();
    relationshipFiles.push(out.path);
    return written;
  }

  counts.relationships = await edges('CONCEPT_RELATIONSHIP', RELATIONSHIP_HEADER, (r: RawRecord) => parseConceptRelationship(r, knownRelationships), (row) => {
    const storedAs = plan.get(row.relationshipId)!;
    const from = storedAs.reversed ? row.conceptId2 : row.conceptId1;
    const to = storedAs.reversed ? row.conceptId1 : row.conceptId2;
    return [from, to, [from, to, storedAs.type, str(storedAs.canonicalId), date(row.validStartDate), date(row.validEndDate), str(row.invalidReason)].join(',')];
  });
  const ancestorLine = (row: AncestorRow): [number, number, string] => [
    row.descendantConceptId,
    row.ancestorConceptId,
    `${row.descendantConceptId},${row.ancestorConceptId},${HAS_ANCESTOR},${row.minLevels},${row.maxLevels}`,
  ];
  counts.ancestors = (await groupedAncestors(ancestorLine)) ?? (await edges('CONCEPT_ANCESTOR', ANCESTOR_HEADER, parseAncestor, ancestorLine));

  {
    const out = new ChunkedFile(join(outDir, 'Unresolved.csv'), ':ID(Concept),:LABEL,conceptId:long');
    for (const id of placeholders) out.line(`${id},Concept${ARRAY_DELIMITER}Unresolved,${id}`);
    out.close();
    counts.placeholders = placeholders.size;
    nodeFiles.push(out.path);
  }
  rmSync(work, { recursive: true, force: true });

  const ordered = reports.sort((a, b) => files.findIndex((f) => f.name === a.file) - files.findIndex((f) => f.name === b.file));
  const rejectsFile = await rejects.close();
  return {
    files: ordered,
    rowsRead: ordered.reduce((sum, f) => sum + f.rowsRead, 0),
    rejected: rejects.count,
    rejectsFile,
    reconciled,
    counts,
    input: { nodeFiles, relationshipFiles, multilineFields: multiline.seen },
    seconds: (Date.now() - started) / 1000,
  };
}

