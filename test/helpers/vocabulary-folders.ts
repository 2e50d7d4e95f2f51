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
 * A copy of the Eunomia sample with fewer of its 65,690 CONCEPT_ANCESTOR rows: every row between
 * two concepts its CONCEPT table defines (the ancestry a query can return), and of the others, the
 * rows among the first 2,000 (so absent ids and their placeholders stay in the picture). For tests
 * of something other than the whole table, where writing and comparing it would only add minutes.
 * Tests of the whole sample use EUNOMIA.
 */
export function eunomiaWithFewerAncestors(prefix: string): string {
  const folder = copyFolder(EUNOMIA, prefix);
  const defined = new Set(
    readFileSync(join(folder, 'CONCEPT.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]),
  );
  const ancestors = join(folder, 'CONCEPT_ANCESTOR.csv');
  const [header, ...rows] = readFileSync(ancestors, 'utf8').trim().split('\n');
  const kept = rows.filter((row, index) => {
    const [ancestor, descendant] = row.split(',');
    return index < 2_000 || (defined.has(ancestor) && defined.has(descendant));
  });
  writeFileSync(ancestors, [header, ...kept].join('\n') + '\n');
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
