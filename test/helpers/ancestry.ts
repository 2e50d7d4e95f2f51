import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A vocabulary file as records keyed by lower-case column names (comma CSV or ATHENA tab files). */
export function readTable(folder: string, file: string): Record<string, string>[] {
  const text = readFileSync(join(folder, file), 'utf8');
  const delimiter = text.slice(0, text.indexOf('\n')).includes('\t') ? '\t' : ',';
  const rows = parse(text, { delimiter, quote: delimiter === ',' ? '"' : false }) as string[][];
  const [header = [], ...body] = rows;
  const columns = header.map((h) => h.toLowerCase());
  return body.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? ''])));
}

/** One ancestry row as `ancestor>descendant:min:max`, comparable as text. */
export const ancestryKey = (ancestor: number | string, descendant: number | string, min: number | string, max: number | string) =>
  `${ancestor}>${descendant}:${min}:${max}`;
