import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCatalogues, packRelationshipCatalogue } from '../athena/catalogue.js';
import { checkVocabularyFolder, type VocabularyFile, type VocabularyFileName } from '../athena/files.js';
import { emptyFileReport, FolderCheckError, readCatalogue, type FileReport, type ProgressSink } from '../athena/load.js';
import type { StoredAs } from '../../graph/relationship-types.js';
import { parseConcept, parseConceptRelationship, type Parsed, type RawRecord } from '../athena/rows.js';
import { bucketCount, Buckets } from '../bulk/buckets.js';
import { readAncestorRows, readParsedRows } from '../bulk/tab-records.js';
import {
  ancestryChange,
  compareConcept,
  compareRelationship,
  RELEASE_CHANGE_KINDS,
  type ChangeRow,
  type ConceptFields,
  type ReleaseChangeKind,
} from '../../graph/release-changes.js';
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

/** A concept's id, read from its bucket line (JSON, the id first) without parsing the rest. */
const conceptIdOf = (text: string) => Number(text.slice(1, text.indexOf(',')));

/**
 * A relationship row in a bucket: start, canonical id, end, then its dates and invalid reason
 * ('' for none), joined by U+0001 (no vocabulary text holds it). Its key is the first three
 * fields; an unchanged row is the same text in both releases, compared without parsing.
 */
const SEPARATOR = '\u0001';
const relationshipLine = (
  start: number,
  id: string,
  end: number,
  row: { validStartDate: string | null; validEndDate: string | null; invalidReason: string | null },
) => [start, id, end, row.validStartDate ?? '', row.validEndDate ?? '', row.invalidReason ?? ''].join(SEPARATOR);
const relationshipKey = (text: string) => text.slice(0, text.indexOf(SEPARATOR, text.indexOf(SEPARATOR, text.indexOf(SEPARATOR) + 1) + 1));
const relationshipOf = (text: string) => {
  const [start, id, end, validStartDate, validEndDate, invalidReason] = text.split(SEPARATOR) as [string, string, string, string, string, string];
  return {
    start: Number(start),
    id,
    end: Number(end),
    fields: { validStartDate: validStartDate || null, validEndDate: validEndDate || null, invalidReason: invalidReason || null },
  };
};

const formatOf = (files: readonly VocabularyFile[]) => {
  const concept = files.find((f) => f.name === 'CONCEPT')!;
  return concept.delimiter === '\t' ? 'tab-delimited (ATHENA download)' : 'comma-delimited (CSV export)';
};

/** Reads one file's good rows through the loader's parsers, as the bulk import reads them; returns what it read and rejected. */
async function eachRow<T>(file: VocabularyFile, parse: (r: RawRecord) => Parsed<T>, onRow: (row: T) => void, progress?: ProgressSink): Promise<FileReport> {
  return timed(file, (report) => readParsedRows(file, report, parse, onRow, () => {}, progress), progress);
}

/** One pass over a file by `read` (a reader of tab-records.ts), timed and reported. */
async function timed(file: VocabularyFile, read: (report: FileReport) => Promise<boolean>, progress?: ProgressSink): Promise<FileReport> {
  const started = Date.now();
  const report = emptyFileReport(file);
  await read(report);
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
      await eachRow(
        file,
        parseConcept,
        (c) => {
          const line: ConceptLine = [
            c.conceptId,
            c.conceptName,
            c.domainId,
            c.vocabularyId,
            c.conceptClassId,
            c.standardConcept,
            c.conceptCode,
            c.validStartDate,
            c.validEndDate,
            c.invalidReason,
          ];
          side.concepts.add(c.conceptId, JSON.stringify(line));
        },
        progress,
      ),
    );
  }
  const relationships = byName.get('CONCEPT_RELATIONSHIP');
  if (relationships) {
    reports.push(
      await eachRow(
        relationships,
        (r) => parseConceptRelationship(r, known),
        (row) => {
          const stored = plan.get(row.relationshipId)!;
          const start = stored.reversed ? row.conceptId2 : row.conceptId1;
          const end = stored.reversed ? row.conceptId1 : row.conceptId2;
          side.relationships.add(start, relationshipLine(start, stored.canonicalId, end, row));
        },
        progress,
      ),
    );
  }
  const ancestors = byName.get('CONCEPT_ANCESTOR');
  if (ancestors) {
    // Most of a release's rows: read as numbers, with no object per row (readAncestorRows).
    const onAncestor = (descendant: number, ancestor: number) => side.ancestors.add(descendant, `${descendant},${ancestor}`);
    reports.push(await timed(ancestors, (report) => readAncestorRows(ancestors, report, onAncestor, () => {}, progress), progress));
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
export async function diffVocabularyFolders(
  oldFolder: string,
  newFolder: string,
  onChange: (change: DiffChange) => void,
  options: DiffOptions,
): Promise<DiffReport> {
  const started = Date.now();
  let peakRssBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)), 250);
  sampler.unref();
  const checks = [checkVocabularyFolder(oldFolder), checkVocabularyFolder(newFolder)] as const;
  const problems = [...checks[0].problems.map((p) => `old release (${oldFolder}): ${p}`), ...checks[1].problems.map((p) => `new release (${newFolder}): ${p}`)];
  if (problems.length) throw new FolderCheckError(`${oldFolder} and ${newFolder}`, problems);
  const [oldFiles, newFiles] = [checks[0].files, checks[1].files];
  const vocabulary = (files: readonly VocabularyFile[]) => files.find((f) => f.name === 'VOCABULARY')!;
  const [oldRelease, newRelease] = await Promise.all([readReleaseIdentity(vocabulary(oldFiles)), readReleaseIdentity(vocabulary(newFiles))]);

  // One storage plan for both sides, so a 'Mapped from' row in one and its 'Maps to' in the other are the same row.
  const relationshipFile = (files: readonly VocabularyFile[]) => files.find((f) => f.name === 'RELATIONSHIP')!;
  const catalogue = mergeCatalogues(
    [...(await readCatalogue(relationshipFile(oldFiles))), ...(await readCatalogue(relationshipFile(newFiles)))],
    [],
    packRelationshipCatalogue(),
  );

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
      // Most rows are the same in both releases: equal text is skipped unparsed.
      const was = new Map<number, string>();
      const now = new Map<number, string>();
      // A concept in CONCEPT and CONCEPT_CPT4 is one concept: the later row wins, as in the loader.
      for (const text of oldConcepts!) was.set(conceptIdOf(text), text);
      for (const text of newConcepts!) now.set(conceptIdOf(text), text);
      const parsed = new Map<string, ReturnType<typeof fieldsOf>>();
      const fieldsFrom = (text: string | undefined) => {
        if (text === undefined) return null;
        let fields = parsed.get(text);
        if (!fields) parsed.set(text, (fields = fieldsOf(JSON.parse(text) as ConceptLine)));
        return fields;
      };
      const changes: ChangeRow[] = [];
      for (const [id, text] of now) if (was.get(id) !== text) changes.push(...compareConcept(id, fieldsFrom(was.get(id)), fieldsFrom(text)));
      for (const [id, text] of was) if (!now.has(id)) changes.push(...compareConcept(id, fieldsFrom(text), null));

      const oldRows = new Map<string, string>();
      for (const text of oldRels!) oldRows.set(relationshipKey(text), text);
      const newRows = new Map<string, string>();
      for (const text of newRels!) newRows.set(relationshipKey(text), text);
      for (const [key, text] of newRows) {
        const before = oldRows.get(key);
        if (before === text) continue;
        const row = relationshipOf(text);
        changes.push(...compareRelationship(row.start, row.id, row.end, before === undefined ? null : relationshipOf(before).fields, row.fields));
      }
      for (const [key, text] of oldRows) {
        if (newRows.has(key)) continue;
        const row = relationshipOf(text);
        changes.push(...compareRelationship(row.start, row.id, row.end, row.fields, null));
      }

      // Ancestor pairs: one set of the old release's, each marked when the new one has it too.
      const oldPairs = new Map<string, boolean>();
      for (const text of oldAnc!) oldPairs.set(text, false);
      const gained = new Set<string>();
      const pair = (text: string, isGained: boolean) => {
        const comma = text.indexOf(',');
        changes.push(ancestryChange(Number(text.slice(0, comma)), Number(text.slice(comma + 1)), isGained));
      };
      for (const text of newAnc!) {
        if (oldPairs.has(text)) oldPairs.set(text, true);
        else if (!gained.has(text)) {
          gained.add(text);
          pair(text, true);
        }
      }
      for (const [text, kept] of oldPairs) if (!kept) pair(text, false);

      changes.sort((a, b) => a.conceptId - b.conceptId);
      for (const c of changes) {
        const [current, previous] = [fieldsFrom(now.get(c.conceptId)), fieldsFrom(was.get(c.conceptId))];
        const concept = current ?? previous;
        const vocabularies = [current?.vocabularyId, previous?.vocabularyId];
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
