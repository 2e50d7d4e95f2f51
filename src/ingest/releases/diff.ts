import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCatalogues, packRelationshipCatalogue } from '../athena/catalogue.js';
import { checkVocabularyFolder, type VocabularyFile, type VocabularyFileName } from '../athena/files.js';
import { FolderCheckError, readCatalogue, type FileReport, type ProgressSink } from '../athena/load.js';
import type { StoredAs } from '../../graph/relationship-types.js';
import { parseAncestor, parseConcept, parseConceptRelationship, type Parsed, type RawRecord } from '../athena/rows.js';
import { bucketCount, Buckets } from '../bulk/convert.js';
import { openRecordBatches } from '../bulk/tab-records.js';
import { ancestryChange, compareConcept, compareRelationship, RELEASE_CHANGE_KINDS, type ChangeRow, type ConceptFields, type ReleaseChangeKind } from '../../graph/release-changes.js';
import { readReleaseIdentity, type ReleaseIdentity } from './release-identity.js';

/**
 * The changes between two vocabulary folders, without a database, streaming and bounded in
 * memory. ATHENA files come in no useful order, so each side is first split into bucket files by
 * concept id (concepts by id, relationship rows by their canonical start, ancestor rows by their
 * descendant, the same number of buckets for all), then bucket i of the old release is compared
 * with bucket i of the new one: only one bucket pair (about 64 MB of input) is ever in memory,
 * plus the relationship catalogue. The comparison rules are compare.ts, as for the loader.
 */

const BUCKET_BYTES = 64 * 1024 * 1024;

export class DiffInputError extends Error {
  override name = 'DiffInputError';
}

/** A change with the concept's vocabulary and code (from the new release, else the old). */
export interface DiffChange extends ChangeRow {
  vocabularyId: string | null;
  conceptCode: string | null;
}

export interface DiffOptions {
  /** Only changes of concepts in these vocabularies (in either release). */
  vocabularies?: readonly string[];
  progress?: ProgressSink;
  /** Where the bucket files go (default: beside nothing, the system temporary folder). */
  workDir: string;
  /** Scales the bucket size (tests use tiny buckets to exercise the split). */
  bucketBytes?: number;
}

export interface DiffReport {
  old: { folder: string; release: ReleaseIdentity; format: string };
  new: { folder: string; release: ReleaseIdentity; format: string };
  rowsRead: number;
  rejected: number;
  buckets: number;
  counts: Record<ReleaseChangeKind, number>;
  changes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssBytes: number;
}

type ConceptLine = [number, string, string, string, string, string | null, string, string | null, string | null, string | null];
type RelationshipLine = [number, string, number, string | null, string | null, string | null];

const formatOf = (files: readonly VocabularyFile[]) => {
  const concept = files.find((f) => f.name === 'CONCEPT')!;
  return concept.delimiter === '\t' ? 'tab-delimited (ATHENA download)' : 'comma-delimited (CSV export)';
};

/**
 * Reads one file's good rows through the loader's parsers, in the batches the bulk import reads
 * (ATHENA's tab-delimited files split directly, quoted exports through the CSV parser); returns
 * what it read and rejected.
 */
async function eachRow<T>(file: VocabularyFile, parse: (r: RawRecord) => Parsed<T>, onRow: (row: T) => void, progress?: ProgressSink): Promise<FileReport> {
  const started = Date.now();
  const report: FileReport = { file: file.name, path: file.path, rowsRead: 0, rowsWritten: 0, rejected: 0, rowsWithMissingConcepts: 0, missingConceptIds: 0, seconds: 0 };
  progress?.startFile(file.name, file.bytes);
  const source = openRecordBatches(file);
  const width = file.header.length;
  let reported = 0;
  for await (const batch of source.batches) {
    for (const item of batch) {
      report.rowsRead += 1;
      if ('error' in item || item.values.length !== width) {
        report.rejected += 1;
        continue;
      }
      const record: RawRecord = {};
      for (let i = 0; i < width; i++) record[file.header[i]!] = item.values[i];
      const parsed = parse(record);
      if ('reject' in parsed) {
        report.rejected += 1;
        continue;
      }
      report.rowsWritten += 1;
      onRow(parsed.row);
    }
    if (progress && report.rowsRead - reported >= 50_000) {
      reported = report.rowsRead;
      progress.update(source.bytesRead(), report.rowsRead);
    }
  }
  report.seconds = (Date.now() - started) / 1000;
  progress?.update(file.bytes, report.rowsRead);
  progress?.finishFile(report);
  return report;
}

interface Side {
  concepts: Buckets;
  relationships: Buckets;
  ancestors: Buckets;
}

async function split(files: readonly VocabularyFile[], side: Side, plan: ReadonlyMap<string, StoredAs>, known: ReadonlySet<string>, progress?: ProgressSink) {
  const byName = new Map<VocabularyFileName, VocabularyFile>(files.map((f) => [f.name, f]));
  const reports: FileReport[] = [];
  for (const name of ['CONCEPT', 'CONCEPT_CPT4'] as const) {
    const file = byName.get(name);
    if (!file) continue;
    reports.push(
      await eachRow(file, parseConcept, (c) => {
        const line: ConceptLine = [c.conceptId, c.conceptName, c.domainId, c.vocabularyId, c.conceptClassId, c.standardConcept, c.conceptCode, c.validStartDate, c.validEndDate, c.invalidReason];
        side.concepts.add(c.conceptId, JSON.stringify(line));
      }, progress),
    );
  }
  const relationships = byName.get('CONCEPT_RELATIONSHIP');
  if (relationships) {
    reports.push(
      await eachRow(relationships, (r) => parseConceptRelationship(r, known), (row) => {
        const stored = plan.get(row.relationshipId)!;
        const start = stored.reversed ? row.conceptId2 : row.conceptId1;
        const end = stored.reversed ? row.conceptId1 : row.conceptId2;
        const line: RelationshipLine = [start, stored.canonicalId, end, row.validStartDate, row.validEndDate, row.invalidReason];
        side.relationships.add(start, JSON.stringify(line));
      }, progress),
    );
  }
  const ancestors = byName.get('CONCEPT_ANCESTOR');
  if (ancestors) {
    reports.push(await eachRow(ancestors, parseAncestor, (row) => side.ancestors.add(row.descendantConceptId, `${row.descendantConceptId},${row.ancestorConceptId}`), progress));
  }
  return reports;
}

const fieldsOf = (line: ConceptLine): ConceptFields & { vocabularyId: string; conceptCode: string } => ({
  conceptName: line[1],
  domainId: line[2],
  vocabularyId: line[3],
  conceptClassId: line[4],
  standardConcept: line[5],
  conceptCode: line[6],
  validStartDate: line[7],
  validEndDate: line[8],
  invalidReason: line[9],
});

/** Compares two folders; calls `onChange` for every change, bucket by bucket, each bucket in compare.ts order. */
export async function diffVocabularyFolders(oldFolder: string, newFolder: string, onChange: (change: DiffChange) => void, options: DiffOptions): Promise<DiffReport> {
  const started = Date.now();
  let peakRssBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)), 250);
  sampler.unref();
  const checks = [checkVocabularyFolder(oldFolder), checkVocabularyFolder(newFolder)] as const;
  const problems = [
    ...checks[0].problems.map((p) => `old release (${oldFolder}): ${p}`),
    ...checks[1].problems.map((p) => `new release (${newFolder}): ${p}`),
  ];
  if (problems.length) throw new FolderCheckError(`${oldFolder} and ${newFolder}`, problems);
  const [oldFiles, newFiles] = [checks[0].files, checks[1].files];
  const vocabulary = (files: readonly VocabularyFile[]) => files.find((f) => f.name === 'VOCABULARY')!;
  const [oldRelease, newRelease] = await Promise.all([readReleaseIdentity(vocabulary(oldFiles)), readReleaseIdentity(vocabulary(newFiles))]);

  // One storage plan for both sides, so a 'Mapped from' row in one and its 'Maps to' in the other are the same row.
  const relationshipFile = (files: readonly VocabularyFile[]) => files.find((f) => f.name === 'RELATIONSHIP')!;
  const catalogue = mergeCatalogues([...(await readCatalogue(relationshipFile(oldFiles))), ...(await readCatalogue(relationshipFile(newFiles)))], [], packRelationshipCatalogue());

  const bytes = Math.max(...[oldFiles, newFiles].map((files) => files.reduce((sum, f) => sum + f.bytes, 0)));
  const count = bucketCount(bytes, BUCKET_BYTES * (options.bucketBytes ?? 1));
  const work = join(options.workDir, `vocabulary-diff-${process.pid}-${Date.now()}`);
  const side = (name: string): Side => ({
    concepts: new Buckets(work, `${name}-concepts`, count),
    relationships: new Buckets(work, `${name}-relationships`, count),
    ancestors: new Buckets(work, `${name}-ancestors`, count),
  });
  const counts = Object.fromEntries(RELEASE_CHANGE_KINDS.map((k) => [k, 0])) as Record<ReleaseChangeKind, number>;
  let total = 0;
  try {
    const before = side('old');
    const after = side('new');
    const reports = [
      ...(await split(oldFiles, before, catalogue.plan, catalogue.ids, options.progress)),
      ...(await split(newFiles, after, catalogue.plan, catalogue.ids, options.progress)),
    ];
    const only = options.vocabularies?.length ? new Set(options.vocabularies) : null;
    const drains = [before.concepts, after.concepts, before.relationships, after.relationships, before.ancestors, after.ancestors].map((b) => b.drain());
    for (let bucket = 0; bucket < count; bucket++) {
      const [oldConcepts, newConcepts, oldRels, newRels, oldAnc, newAnc] = drains.map((d) => (d.next().value as string[] | undefined) ?? []);
      const was = new Map<number, ReturnType<typeof fieldsOf>>();
      const now = new Map<number, ReturnType<typeof fieldsOf>>();
      // A concept in CONCEPT and CONCEPT_CPT4 is one concept: the later row wins, as in the loader.
      for (const [lines, into] of [[oldConcepts!, was], [newConcepts!, now]] as const) {
        for (const text of lines) {
          const line = JSON.parse(text) as ConceptLine;
          into.set(line[0], fieldsOf(line));
        }
      }
      const changes: ChangeRow[] = [];
      for (const id of new Set([...was.keys(), ...now.keys()])) changes.push(...compareConcept(id, was.get(id) ?? null, now.get(id) ?? null));

      const key = (l: RelationshipLine) => `${l[0]}\u0001${l[1]}\u0001${l[2]}`;
      const oldRows = new Map<string, RelationshipLine>();
      for (const text of oldRels!) {
        const l = JSON.parse(text) as RelationshipLine;
        oldRows.set(key(l), l);
      }
      const newRows = new Map<string, RelationshipLine>();
      for (const text of newRels!) {
        const l = JSON.parse(text) as RelationshipLine;
        newRows.set(key(l), l);
      }
      const fields = (l: RelationshipLine | undefined) => (l ? { validStartDate: l[3], validEndDate: l[4], invalidReason: l[5] } : null);
      for (const [k, l] of newRows) changes.push(...compareRelationship(l[0], l[1], l[2], fields(oldRows.get(k)), fields(l)));
      for (const [k, l] of oldRows) if (!newRows.has(k)) changes.push(...compareRelationship(l[0], l[1], l[2], fields(l), null));

      const oldPairs = new Set(oldAnc);
      const newPairs = new Set(newAnc);
      const pair = (text: string, gained: boolean) => {
        const comma = text.indexOf(',');
        changes.push(ancestryChange(Number(text.slice(0, comma)), Number(text.slice(comma + 1)), gained));
      };
      for (const text of newPairs) if (!oldPairs.has(text)) pair(text, true);
      for (const text of oldPairs) if (!newPairs.has(text)) pair(text, false);

      changes.sort((a, b) => a.conceptId - b.conceptId);
      for (const c of changes) {
        const concept = now.get(c.conceptId) ?? was.get(c.conceptId);
        const vocabularies = [now.get(c.conceptId)?.vocabularyId, was.get(c.conceptId)?.vocabularyId];
        if (only && !vocabularies.some((v) => v !== undefined && only.has(v))) continue;
        counts[c.kind] += 1;
        total += 1;
        onChange({ ...c, vocabularyId: concept?.vocabularyId ?? null, conceptCode: concept?.conceptCode ?? null });
      }
    }
    const rowsRead = reports.reduce((sum, r) => sum + r.rowsRead, 0);
    const seconds = (Date.now() - started) / 1000;
    return {
      old: { folder: oldFolder, release: oldRelease, format: formatOf(oldFiles) },
      new: { folder: newFolder, release: newRelease, format: formatOf(newFiles) },
      rowsRead,
      rejected: reports.reduce((sum, r) => sum + r.rejected, 0),
      buckets: count,
      counts,
      changes: total,
      seconds,
      rowsPerSecond: Math.round(rowsRead / Math.max(seconds, 0.001)),
      peakRssBytes: Math.max(peakRssBytes, process.memoryUsage().rss),
    };
  } finally {
    clearInterval(sampler);
    rmSync(work, { recursive: true, force: true });
  }
}
