import { createReadStream } from 'node:fs';
import type { VocabularyFile } from '../athena/files.js';
import { openRecords, type FileReport, type Item, type ProgressSink } from '../athena/load.js';
import { MAX_CONCEPT_ID, parseAncestor, type AncestorRow, type Parsed, type RawRecord } from '../athena/rows.js';

/**
 * Records of a vocabulary file, as the loader's openRecords yields them, in batches. ATHENA's
 * own format (tab-delimited, no quoting) is split here directly, several times faster than the
 * general CSV parser, with the same records and line numbers: a line is a record, empty lines
 * are skipped, a trailing carriage return is dropped. Quoted CSV exports go through the
 * loader's parser.
 */
export function openRecordBatches(file: VocabularyFile, signal?: AbortSignal): { bytesRead: () => number; batches: AsyncGenerator<Item[]> } {
  if (file.quoted) {
    const source = openRecords(file);
    return {
      bytesRead: source.bytesRead,
      batches: (async function* () {
        for await (const item of source.items) {
          signal?.throwIfAborted();
          yield [item];
        }
      })(),
    };
  }
  const input = createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 20, signal });
  async function* batches(): AsyncGenerator<Item[]> {
    let rest = '';
    let line = 0;
    const take = (raw: string, batch: Item[]) => {
      line += 1;
      if (line === 1) return;
      const value = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (value !== '') batch.push({ line, values: value.split('\t') });
    };
    for await (const chunk of input as AsyncIterable<string>) {
      const text = line === 0 && rest === '' ? chunk.replace(/^\uFEFF/, '') : rest + chunk;
      const lines = text.split('\n');
      rest = lines.pop()!;
      const batch: Item[] = [];
      for (const raw of lines) take(raw, batch);
      yield batch;
    }
    const batch: Item[] = [];
    if (rest !== '') take(rest, batch);
    yield batch;
  }
  return { bytesRead: () => input.bytesRead, batches: batches() };
}

/** One record checked and parsed as the loader does, counted in `report`: the row, or undefined when rejected. */
function parseItem<T>(
  item: Item,
  header: readonly string[],
  record: RawRecord,
  report: FileReport,
  parse: (record: RawRecord) => Parsed<T>,
  reject: (line: number, reason: string, values: string[]) => void,
): T | undefined {
  report.rowsRead += 1;
  if ('error' in item) {
    report.rejected += 1;
    reject(item.line, `unreadable row: ${item.error}`, []);
    return undefined;
  }
  if (item.values.length !== header.length) {
    report.rejected += 1;
    reject(item.line, `expected ${header.length} columns, found ${item.values.length}`, item.values);
    return undefined;
  }
  for (let i = 0; i < header.length; i++) record[header[i]!] = item.values[i];
  const parsed = parse(record);
  if ('reject' in parsed) {
    report.rejected += 1;
    reject(item.line, parsed.reject, item.values);
    return undefined;
  }
  report.rowsWritten += 1;
  return parsed.row;
}

/**
 * Reads one file's rows as the loader does (the same counts in `report`, the same reasons for a
 * rejected row), parsing each with `parse` and handing each good one to `use`, which may return
 * false to give up the pass. Reports progress every 10,000 rows after `startFile`; the caller
 * finishes the file. Returns false when `use` gave up; rejects when `signal` is aborted (at the
 * next read).
 */
export async function readParsedRows<T>(
  file: VocabularyFile,
  report: FileReport,
  parse: (record: RawRecord) => Parsed<T>,
  use: (row: T, line: number) => boolean | void,
  reject: (line: number, reason: string, values: string[]) => void,
  progress?: ProgressSink,
  signal?: AbortSignal,
): Promise<boolean> {
  progress?.startFile(file.name, file.bytes);
  const source = openRecordBatches(file, signal);
  let reported = 0;
  // One record for every row (the parsers keep nothing of it): no object per row to collect.
  const record: RawRecord = {};
  for await (const batch of source.batches) {
    for (const item of batch) {
      const row = parseItem(item, file.header, record, report, parse, reject);
      if (row !== undefined && use(row, item.line) === false) return false;
    }
    if (progress && report.rowsRead - reported >= 10_000) {
      reported = report.rowsRead;
      progress.update(source.bytesRead(), report.rowsRead);
    }
  }
  return true;
}

/** What CONCEPT_ANCESTOR's reader hands on for each good row: no object per row. */
export type AncestorSink = (descendantConceptId: number, ancestorConceptId: number, minLevels: number, maxLevels: number, line: number) => boolean | void;

/**
 * CONCEPT_ANCESTOR's rows, read as readParsedRows reads them with parseAncestor (the same rows,
 * counts, line numbers and rejects), but handed on as four numbers. CONCEPT_ANCESTOR is most of a
 * release's rows (38 of 45 million in the 1,000,000-concept benchmark), and decoding it into
 * strings, then splitting each line into an array, a record and a row object, was most of its
 * conversion's time and garbage. A tab file is read as bytes: a line whose four fields are plain
 * digits within range (what ATHENA writes) is read in place; any other line (spaces, a sign, a
 * missing column, a bad range, an id out of range) is decoded and goes through parseAncestor,
 * which accepts or rejects it with its own reason.
 */
export async function readAncestorRows(
  file: VocabularyFile,
  report: FileReport,
  use: AncestorSink,
  reject: (line: number, reason: string, values: string[]) => void,
  progress?: ProgressSink,
  signal?: AbortSignal,
): Promise<boolean> {
  const column = (name: string) => file.header.indexOf(name);
  const at = [column('descendant_concept_id'), column('ancestor_concept_id'), column('min_levels_of_separation'), column('max_levels_of_separation')];
  if (file.quoted || at.includes(-1)) {
    const useRow = (row: AncestorRow, line: number) => use(row.descendantConceptId, row.ancestorConceptId, row.minLevels, row.maxLevels, line);
    return readParsedRows(file, report, parseAncestor, useRow, reject, progress, signal);
  }
  progress?.startFile(file.name, file.bytes);
  const width = file.header.length;
  const record: RawRecord = {};
  const starts = new Int32Array(width + 1);
  const fields = new Float64Array(4);
  /** The four numbers of bytes[start, end) into `fields` when the line is in ATHENA's plain form. */
  const plain = (bytes: Buffer, start: number, end: number): boolean => {
    starts[0] = start;
    let field = 1;
    for (let i = start; i < end; i++) {
      if (bytes[i] !== TAB) continue;
      if (field === width) return false;
      starts[field++] = i + 1;
    }
    if (field !== width) return false;
    starts[width] = end + 1;
    for (let f = 0; f < 4; f++) {
      const value = digits(bytes, starts[at[f]!]!, starts[at[f]! + 1]! - 1);
      if (value < 0) return false;
      fields[f] = value;
    }
    return fields[0]! <= MAX_CONCEPT_ID && fields[1]! <= MAX_CONCEPT_ID && fields[3]! >= fields[2]!;
  };
  const input = createReadStream(file.path, { highWaterMark: 1 << 20, signal });
  let rest: Buffer | null = null;
  let line = 0;
  let reported = 0;
  /** One line of the file (header, empty, plain or not); false when `use` gave up. */
  const take = (bytes: Buffer, start: number, end: number): boolean => {
    line += 1;
    if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end -= 1;
    if (line === 1 || end === start) return true;
    if (plain(bytes, start, end)) {
      report.rowsRead += 1;
      report.rowsWritten += 1;
      return use(fields[0]!, fields[1]!, fields[2]!, fields[3]!, line) !== false;
    }
    // A newline byte is never inside a UTF-8 sequence: the line decodes as the whole file would.
    const values = bytes.toString('utf8', start, end).split('\t');
    const row = parseItem({ line, values }, file.header, record, report, parseAncestor, reject);
    return row === undefined || use(row.descendantConceptId, row.ancestorConceptId, row.minLevels, row.maxLevels, line) !== false;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const bytes: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      if (!take(bytes, start, end)) return false;
      start = end + 1;
    }
    rest = start < bytes.length ? bytes.subarray(start) : null;
    if (progress && report.rowsRead - reported >= 10_000) {
      reported = report.rowsRead;
      progress.update(input.bytesRead, report.rowsRead);
    }
  }
  return rest === null || take(rest, 0, rest.length);
}

const TAB = 9;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;

/** The whole number bytes[from, to) spells in 1-10 ASCII digits, else -1. */
function digits(bytes: Buffer, from: number, to: number): number {
  if (to <= from || to - from > 10) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = bytes[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
