import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A vocabulary file as records keyed by lower-case column names (comma CSV or ATHENA tab files). */
export function readTable(folder: string, file: string): Record<string, string>[] {
  const text = readFileSync(join(folder, file), 'utf8');
  const delimiter = text.slice(0, text.indexOf('\n')).includes('\t') ? '\t' : ',';
  const rows = parse(text, { delimiter, quote: delimiter === ',' ? '"' : false });
  const [header = [], ...body] = rows;
  const columns = header.map((h) => h.toLowerCase());
  return body.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? ''])));
}

/** One ancestry row as `ancestor>descendant:min:max`, comparable as text. */
export const ancestryKey = (ancestor: number | string, descendant: number | string, min: number | string, max: number | string) =>
  `${ancestor}>${descendant}:${min}:${max}`;

/**
 * CONCEPT_ANCESTOR as OMOP's build computes it from a folder's CONCEPT, CONCEPT_RELATIONSHIP and
 * RELATIONSHIP files, written the way the SQL does it (a base table, then joins repeated until
 * nothing changes, then the non-standard rows removed and the self rows added), so it checks
 * the loader's streamed walk by a different route.
 */
export function omopAncestry(folder: string): Set<string> {
  const concepts = new Map(readTable(folder, 'CONCEPT.csv').map((row) => [row.concept_id!, row]));
  const relationships = new Map(readTable(folder, 'RELATIONSHIP.csv').map((row) => [row.relationship_id!, row]));
  const valid = (id: string) => concepts.has(id) && concepts.get(id)!.invalid_reason === '';
  const standard = (id: string) => concepts.get(id)?.standard_concept !== '' && concepts.has(id);
  const rows = readTable(folder, 'CONCEPT_RELATIONSHIP.csv');
  const base: [string, string, number][] = [];
  for (const row of rows) {
    const relationship = relationships.get(row.relationship_id!);
    if (relationship?.defines_ancestry !== '1' || row.invalid_reason !== '') continue;
    if (!valid(row.concept_id_1!) || !valid(row.concept_id_2!)) continue;
    base.push([row.concept_id_1!, row.concept_id_2!, relationship.is_hierarchical === '1' && standard(row.concept_id_1!) ? 1 : 0]);
  }
  // ancestor>descendant -> [min, max]
  const closure = new Map<string, [number, number]>();
  const merge = (a: string, d: string, min: number, max: number): boolean => {
    if (a === d) return false;
    const key = `${a}>${d}`;
    const known = closure.get(key);
    if (!known) return (closure.set(key, [min, max]), true);
    if (min < known[0] || max > known[1]) return (closure.set(key, [Math.min(min, known[0]), Math.max(max, known[1])]), true);
    return false;
  };
  for (const [a, d, level] of base) merge(a, d, level, level);
  const baseByAncestor = new Map<string, [string, number][]>();
  for (const [a, d, level] of base) baseByAncestor.set(a, [...(baseByAncestor.get(a) ?? []), [d, level]]);
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, [min, max]] of [...closure]) {
      const [a, d] = key.split('>') as [string, string];
      for (const [e, level] of baseByAncestor.get(d) ?? []) changed = merge(a, e, min + level, max + level) || changed;
    }
  }
  const result = new Set<string>();
  for (const [key, [min, max]] of closure) {
    const [a, d] = key.split('>') as [string, string];
    if (standard(a) && standard(d)) result.add(ancestryKey(a, d, min, max));
  }
  const related = new Set(rows.filter((row) => row.invalid_reason === '').map((row) => concepts.get(row.concept_id_1!)?.vocabulary_id));
  for (const [id, concept] of concepts) {
    if (standard(id) && concept.invalid_reason === '' && related.has(concept.vocabulary_id)) result.add(ancestryKey(id, id, 0, 0));
  }
  return result;
}
