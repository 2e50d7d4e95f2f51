import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export const EUNOMIA = join(import.meta.dirname, '../fixtures/eunomia-gibleed-vocabulary');

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pcg-${prefix}-`));
}

/** A copy of a vocabulary folder. */
export function copyFolder(from: string, prefix: string): string {
  const to = tempFolder(prefix);
  for (const file of readdirSync(from)) copyFileSync(join(from, file), join(to, file));
  return to;
}

/**
 * A copy of the Eunomia sample with its first 2,000 CONCEPT_ANCESTOR rows of 65,690 (rows naming
 * absent concepts among them): for tests of something other than the ancestry, where writing and
 * comparing the whole table would only add minutes. Tests of the whole sample use EUNOMIA.
 */
export function eunomiaWithFewerAncestors(prefix: string): string {
  const folder = copyFolder(EUNOMIA, prefix);
  const ancestors = join(folder, 'CONCEPT_ANCESTOR.csv');
  writeFileSync(ancestors, readFileSync(ancestors, 'utf8').split('\n').slice(0, 2_001).join('\n') + '\n');
  return folder;
}

/**
 * Rewrites a comma-separated CDM export in the real ATHENA download format: tab-delimited,
 * lower-case headers, YYYYMMDD dates, no quoting.
 */
export function writeAthenaFormat(from: string): string {
  const to = tempFolder('athena');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith('.csv'))) {
    const rows = parse(readFileSync(join(from, file), 'utf8'), { relax_column_count: false });
    const [header = [], ...body] = rows;
    const columns = header.map((h) => h.toLowerCase());
    const lines = [columns.join('\t')];
    for (const row of body) {
      lines.push(row.map((value, i) => (columns[i]?.endsWith('_date') ? value.replaceAll('-', '') : value)).join('\t'));
    }
    writeFileSync(join(to, file), `${lines.join('\n')}\n`);
  }
  return to;
}
