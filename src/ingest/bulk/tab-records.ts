import { createReadStream } from 'node:fs';
import type { VocabularyFile } from '../athena/files.js';
import { openRecords, type FileReport, type Item, type ProgressSink } from '../athena/load.js';
import type { Parsed, RawRecord } from '../athena/rows.js';

/**
 * Records of a vocabulary file, as the loader's openRecords yields them, in batches. ATHENA's
 * own format (tab-delimited, no quoting) is split here directly, several times faster than the
 * general CSV parser, with the same records and line numbers: a line is a record, empty lines
 * are skipped, a trailing carriage return is dropped. Quoted CSV exports go through the
 * loader's parser.
 */
export function openRecordBatches(file: VocabularyFile): { bytesRead: () => number; batches: AsyncGenerator<Item[]> } {
  if (file.quoted) {
    const source = openRecords(file);
    return {
      bytesRead: source.bytesRead,
      batches: (async function* () {
        for await (const item of source.items) yield [item];
      })(),
    };
  }
  const input = createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 20 });
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

/**
 * Reads one file's rows as the loader does (the same counts in `report`, the same reasons for a
 * rejected row), parsing each with `parse` and handing each good one to `use`, which may return
 * false to give up the pass. Reports progress every 10,000 rows after `startFile`; the caller
 * finishes the file. Returns false when `use` gave up.
 */
export async function readParsedRows<T>(
  file: VocabularyFile,
  report: FileReport,
  parse: (record: RawRecord) => Parsed<T>,
  use: (row: T, line: number) => boolean | void,
  reject: (line: number, reason: string, values: string[]) => void,
  progress?: ProgressSink,
): Promise<boolean> {
  progress?.startFile(file.name, file.bytes);
  const source = openRecordBatches(file);
  const width = file.header.length;
  let reported = 0;
  // One record for every row (the parsers keep nothing of it): no object per row to collect.
  const record: RawRecord = {};
  for await (const batch of source.batches) {
    for (const item of batch) {
      report.rowsRead += 1;
      if ('error' in item) {
        report.rejected += 1;
        reject(item.line, `unreadable row: ${item.error}`, []);
        continue;
      }
      if (item.values.length !== width) {
        report.rejected += 1;
        reject(item.line, `expected ${width} columns, found ${item.values.length}`, item.values);
        continue;
      }
      for (let i = 0; i < width; i++) record[file.header[i]!] = item.values[i];
      const parsed = parse(record);
      if ('reject' in parsed) {
        report.rejected += 1;
        reject(item.line, parsed.reject, item.values);
        continue;
      }
      report.rowsWritten += 1;
      if (use(parsed.row, item.line) === false) return false;
    }
    if (progress && report.rowsRead - reported >= 10_000) {
      reported = report.rowsRead;
      progress.update(source.bytesRead(), report.rowsRead);
    }
  }
  return true;
}
