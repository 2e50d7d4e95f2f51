import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/db/graph.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { EUNOMIA, tempFolder } from './vocabulary-folders.js';

/**
 * Small hand-built vocabularies in the CDM's CSV layout, loaded with the real loader. Concept ids
 * are in OMOP's local range (above 2,000,000,000): these are test concepts, not OMOP's. The
 * catalogue tables (VOCABULARY, DOMAIN, RELATIONSHIP) are Eunomia's.
 */
export interface SmallConcept {
  id: number;
  name: string;
  code: string;
  vocabulary?: string;
  domain?: string;
  conceptClass?: string;
  standard?: 'S' | 'C' | null;
  start?: string;
  end?: string;
  invalid?: 'D' | 'U' | null;
}

export interface SmallVocabulary {
  concepts: SmallConcept[];
  /** [conceptId1, conceptId2, relationshipId, invalidReason?] as CONCEPT_RELATIONSHIP rows. */
  relationships?: [number, number, string, ('D' | 'U')?][];
  /** [ancestor, descendant, minLevels, maxLevels]. */
  ancestors?: [number, number, number, number][];
  synonyms?: [number, string][];
  conceptClasses?: [string, string, number][];
}

const csv = (rows: (string | number | null | undefined)[][]) =>
  `${rows.map((row) => row.map((value) => (value === null || value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`)).join(',')).join('\n')}\n`;

/** ATHENA lists both directions of a hierarchical link: 'Is a' and 'Subsumes'. */
export const isA = (child: number, parent: number): [number, number, string][] => [
  [child, parent, 'Is a'],
  [parent, child, 'Subsumes'],
];

/** Both directions of a 'Maps to' row. */
export const mapsTo = (source: number, target: number, invalid?: 'D' | 'U'): [number, number, string, ('D' | 'U')?][] => [
  [source, target, 'Maps to', invalid],
  [target, source, 'Mapped from', invalid],
];

export function writeSmallVocabulary(vocabulary: SmallVocabulary): string {
  const folder = tempFolder('small-vocabulary');
  for (const file of ['VOCABULARY.csv', 'DOMAIN.csv', 'RELATIONSHIP.csv']) copyFileSync(join(EUNOMIA, file), join(folder, file));
  writeFileSync(
    join(folder, 'CONCEPT_CLASS.csv'),
    csv([['CONCEPT_CLASS_ID', 'CONCEPT_CLASS_NAME', 'CONCEPT_CLASS_CONCEPT_ID'], ...(vocabulary.conceptClasses ?? [])]),
  );
  writeFileSync(
    join(folder, 'CONCEPT.csv'),
    csv([
      [
        'CONCEPT_ID',
        'CONCEPT_NAME',
        'DOMAIN_ID',
        'VOCABULARY_ID',
        'CONCEPT_CLASS_ID',
        'STANDARD_CONCEPT',
        'CONCEPT_CODE',
        'VALID_START_DATE',
        'VALID_END_DATE',
        'INVALID_REASON',
      ],
      ...vocabulary.concepts.map((c) => [
        c.id,
        c.name,
        c.domain ?? 'Procedure',
        c.vocabulary ?? 'SNOMED',
        c.conceptClass ?? 'Procedure',
        c.standard === undefined ? 'S' : c.standard,
        c.code,
        c.start ?? '1970-01-01',
        c.end ?? '2099-12-31',
        c.invalid ?? null,
      ]),
    ]),
  );
  writeFileSync(
    join(folder, 'CONCEPT_RELATIONSHIP.csv'),
    csv([
      ['CONCEPT_ID_1', 'CONCEPT_ID_2', 'RELATIONSHIP_ID', 'VALID_START_DATE', 'VALID_END_DATE', 'INVALID_REASON'],
      ...(vocabulary.relationships ?? []).map(([a, b, id, invalid]) => [a, b, id, '1970-01-01', invalid ? '2020-01-01' : '2099-12-31', invalid ?? null]),
    ]),
  );
  writeFileSync(
    join(folder, 'CONCEPT_ANCESTOR.csv'),
    csv([['ANCESTOR_CONCEPT_ID', 'DESCENDANT_CONCEPT_ID', 'MIN_LEVELS_OF_SEPARATION', 'MAX_LEVELS_OF_SEPARATION'], ...(vocabulary.ancestors ?? [])]),
  );
  writeFileSync(
    join(folder, 'CONCEPT_SYNONYM.csv'),
    csv([['CONCEPT_ID', 'CONCEPT_SYNONYM_NAME', 'LANGUAGE_CONCEPT_ID'], ...(vocabulary.synonyms ?? []).map(([id, name]) => [id, name, 4180186])]),
  );
  return folder;
}

/** Writes and loads a small vocabulary with the real loader; fails on any rejected row. */
export async function loadSmallVocabulary(graph: Graph, vocabulary: SmallVocabulary): Promise<void> {
  const folder = writeSmallVocabulary(vocabulary);
  const report = await loadVocabularyFolder(graph, folder, { rejectsFile: join(folder, 'rejects.tsv') });
  if (report.rejected > 0) throw new Error(`the small vocabulary had ${report.rejected} rejected rows (${report.rejectsFile})`);
  await waitForSearchIndex(graph);
}

/** The full-text index is eventually consistent: wait until it has seen every commit. */
export async function waitForSearchIndex(graph: Graph): Promise<void> {
  await graph.write('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
}

/**
 * A radiotherapy hierarchy (standard SNOMED-like procedures) with source codes mapped into it:
 *
 *   A Radiotherapy
 *   ├── B External beam radiotherapy
 *   │   ├── D Intensity modulated radiotherapy ─┐
 *   │   └── E Stereotactic body radiotherapy ───┴── G Combined IMRT and SBRT (two parents)
 *   └── C Brachytherapy
 *       └── F High dose rate brachytherapy
 *
 *   S1 -Maps to-> D, S2 -Maps to-> F, S3 -Maps to-> A, S4 -Maps to (invalid, D)-> E
 */
const L = 2_100_000_000;
export const RT = {
  A: L + 1,
  B: L + 2,
  C: L + 3,
  D: L + 4,
  E: L + 5,
  F: L + 6,
  G: L + 7,
  S1: L + 11,
  S2: L + 12,
  S3: L + 13,
  S4: L + 14,
  /** OMOP's own concept 0, 'No matching concept'. */
  NO_MATCH: 0,
  /** An ancestor id with no CONCEPT row: the loader keeps it as an :Unresolved placeholder. */
  ABSENT: L + 99,
} as const;

export const RADIOTHERAPY: SmallVocabulary = {
  concepts: [
    { id: RT.A, name: 'Radiotherapy', code: 'RT-A' },
    { id: RT.B, name: 'External beam radiotherapy', code: 'RT-B' },
    { id: RT.C, name: 'Brachytherapy', code: 'RT-C' },
    { id: RT.D, name: 'Intensity modulated radiotherapy', code: 'RT-D' },
    { id: RT.E, name: 'Stereotactic body radiotherapy', code: 'RT-E' },
    { id: RT.F, name: 'High dose rate brachytherapy', code: 'RT-F' },
    { id: RT.G, name: 'Combined intensity modulated and stereotactic radiotherapy', code: 'RT-G' },
    { id: RT.S1, name: 'IMRT delivery (source code)', code: 'SRC1', vocabulary: 'ICD10PCS', standard: null },
    { id: RT.S2, name: 'HDR brachytherapy (source code)', code: 'SRC2', vocabulary: 'ICD10PCS', standard: null },
    { id: RT.S3, name: 'Radiation therapy, unspecified (source code)', code: 'SRC3', vocabulary: 'ICD10PCS', standard: null },
    { id: RT.S4, name: 'SBRT delivery (source code, map withdrawn)', code: 'SRC4', vocabulary: 'ICD10PCS', standard: null },
    {
      id: RT.NO_MATCH,
      name: 'No matching concept',
      code: 'No matching concept',
      domain: 'Metadata',
      vocabulary: 'None',
      conceptClass: 'Undefined',
      standard: null,
    },
  ],
  relationships: [
    ...isA(RT.B, RT.A),
    ...isA(RT.C, RT.A),
    ...isA(RT.D, RT.B),
    ...isA(RT.E, RT.B),
    ...isA(RT.F, RT.C),
    ...isA(RT.G, RT.D),
    ...isA(RT.G, RT.E),
    ...mapsTo(RT.S1, RT.D),
    ...mapsTo(RT.S2, RT.F),
    ...mapsTo(RT.S3, RT.A),
    ...mapsTo(RT.S4, RT.E, 'D'),
  ],
  ancestors: [
    ...[RT.A, RT.B, RT.C, RT.D, RT.E, RT.F, RT.G].map((id): [number, number, number, number] => [id, id, 0, 0]),
    [RT.A, RT.B, 1, 1],
    [RT.A, RT.C, 1, 1],
    [RT.B, RT.D, 1, 1],
    [RT.A, RT.D, 2, 2],
    [RT.B, RT.E, 1, 1],
    [RT.A, RT.E, 2, 2],
    [RT.C, RT.F, 1, 1],
    [RT.A, RT.F, 2, 2],
    [RT.D, RT.G, 1, 1],
    [RT.E, RT.G, 1, 1],
    [RT.B, RT.G, 2, 2],
    [RT.A, RT.G, 3, 3],
    [RT.ABSENT, RT.D, 1, 1],
  ],
  conceptClasses: [['Procedure', 'Procedure', 0]],
};
