import { createReadStream } from 'node:fs';
import type { VocabularyFile } from '../athena/files.js';
import { openRecords, type Item } from '../athena/load.js';

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
