import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { copyFolder } from './vocabulary-folders.js';

/**
 * Later releases derived from the Eunomia sample (a real release, 'v5.0 18-JAN-19'), by fixed
 * edits that touch every change kind. No public OMOP concept id is invented: the one concept
 * added lives in OMOP's local range (above 2,000,000,000) in a local vocabulary.
 */
export const NEXT = {
  release: 'v5.0 18-JUL-19',
  third: 'v5.0 18-JAN-20',
  /** Acetaminophen (RxNorm Ingredient): its descendants are the concept set tested. */
  acetaminophen: 1125315,
  /** Acetaminophen 325 MG Oral Tablet: deprecated ('U', no longer standard), replaced by 1127078, loses its ancestors. */
  deprecated: 1127433,
  replacement: 1127078,
  /** Protein serum/plasma (LOINC): Measurement -> Observation. */
  movedDomain: 3020630,
  /** Gastrointestinal hemorrhage (SNOMED): renamed. */
  renamed: 192671,
  /** K92 (ICD10CM): concept class changed. */
  reclassed: 1569708,
  /** Honey bee IgE Ab (LOINC): absent from B. */
  removed: 3020655,
  /** NDC 00781178901 (45011828): its 'Maps to' 40162359 is dropped. */
  unmappedSource: 45011828,
  unmappedTarget: 40162359,
  /** A concept new in B (local range), a descendant of acetaminophen. */
  added: 2_000_000_101,
  /** A synonym B gives the renamed concept (English, 4180186). */
  addedSynonym: 'GI bleeding (test release B)',
} as const;

type Rows = string[][];

function read(folder: string, file: string): Rows {
  const rows: Rows = parse(readFileSync(join(folder, file), 'utf8'));
  return rows;
}
function write(folder: string, file: string, rows: Rows): void {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  writeFileSync(join(folder, file), `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
}

/** Release B from release A (a folder in Eunomia's CSV format). */
export function writeNextRelease(from: string): string {
  const folder = copyFolder(from, 'release-b');
  const vocabulary = read(folder, 'VOCABULARY.csv').map((r) => (r[0] === 'None' ? [r[0], r[1]!, r[2]!, NEXT.release, r[4]!] : r));
  vocabulary.push(['PCG Test', 'Procedure code graph test vocabulary (local)', 'generated', 'B', '0']);
  write(folder, 'VOCABULARY.csv', vocabulary);

  const id = (r: string[]) => Number(r[0]);
  const concepts = read(folder, 'CONCEPT.csv')
    .filter((r) => id(r) !== NEXT.removed)
    .map((r) => {
      const c = [...r];
      if (id(c) === NEXT.deprecated) Object.assign(c, { 5: '', 8: '2019-06-30', 9: 'U' });
      if (id(c) === NEXT.movedDomain) c[2] = 'Observation';
      if (id(c) === NEXT.renamed) c[1] = 'Gastrointestinal haemorrhage';
      if (id(c) === NEXT.reclassed) c[4] = '3-char billing code';
      return c;
    });
  concepts.push([
    String(NEXT.added),
    'Acetaminophen 500 MG Oral Tablet (test release B)',
    'Drug',
    'PCG Test',
    'Clinical Drug',
    'S',
    'PCG-B-1',
    '2019-07-01',
    '2099-12-31',
    '',
  ]);
  write(folder, 'CONCEPT.csv', concepts);
  // A synonym B adds to a concept A has (synonyms are not a change kind; a failed load takes it back).
  write(folder, 'CONCEPT_SYNONYM.csv', [...read(folder, 'CONCEPT_SYNONYM.csv'), [String(NEXT.renamed), NEXT.addedSynonym, '4180186']]);

  const relationships = read(folder, 'CONCEPT_RELATIONSHIP.csv').filter(
    (r) =>
      !((id(r) === NEXT.unmappedSource && Number(r[1]) === NEXT.unmappedTarget) || (id(r) === NEXT.unmappedTarget && Number(r[1]) === NEXT.unmappedSource)),
  );
  relationships.push([String(NEXT.deprecated), String(NEXT.replacement), 'Concept replaced by', '2019-06-30', '2099-12-31', '']);
  relationships.push([String(NEXT.replacement), String(NEXT.deprecated), 'Concept replaces', '2019-06-30', '2099-12-31', '']);
  write(folder, 'CONCEPT_RELATIONSHIP.csv', relationships);

  // OMOP keeps ancestry between valid standard concepts: the deprecated one loses its rows.
  const ancestors = read(folder, 'CONCEPT_ANCESTOR.csv').filter(
    (r, i) =>
      i === 0 || (Number(r[1]) !== NEXT.deprecated && Number(r[0]) !== NEXT.deprecated && Number(r[1]) !== NEXT.removed && Number(r[0]) !== NEXT.removed),
  );
  ancestors.push([String(NEXT.acetaminophen), String(NEXT.added), '1', '1'], [String(NEXT.added), String(NEXT.added), '0', '0']);
  // A pair both releases have whose levels B changes (OMOP recomputes them when the hierarchy
  // between changes): the graph takes B's levels; levels are no change kind.
  const relevelled = ancestors.find((r, i) => i > 0 && Number(r[0]) === NEXT.acetaminophen && r[1] !== r[0] && Number(r[1]) !== NEXT.added)!;
  relevelled[3] = String(Number(relevelled[3]) + 1);
  write(folder, 'CONCEPT_ANCESTOR.csv', ancestors);
  return folder;
}

/** Release C from B: the deprecated concept is valid and standard again (a revival). */
export function writeThirdRelease(b: string): string {
  const folder = copyFolder(b, 'release-c');
  write(
    folder,
    'VOCABULARY.csv',
    read(folder, 'VOCABULARY.csv').map((r) => (r[0] === 'None' ? [r[0], r[1]!, r[2]!, NEXT.third, r[4]!] : r)),
  );
  write(
    folder,
    'CONCEPT.csv',
    read(folder, 'CONCEPT.csv').map((r) => (Number(r[0]) === NEXT.deprecated ? Object.assign([...r], { 5: 'S', 8: '2099-12-31', 9: '' }) : r)),
  );
  return folder;
}

/** An older release than Eunomia's: the same rows, named 'v5.0 18-JAN-18'. */
export function writeOlderRelease(from: string): string {
  const folder = copyFolder(from, 'release-old');
  write(
    folder,
    'VOCABULARY.csv',
    read(folder, 'VOCABULARY.csv').map((r) => (r[0] === 'None' ? [r[0], r[1]!, r[2]!, 'v5.0 18-JAN-18', r[4]!] : r)),
  );
  return folder;
}
