import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The OMOP vocabulary files the loader knows, their columns (CDM v5.4), and the check of a
 * folder that runs before anything is written.
 */
const CONCEPT_COLUMNS = [
  'concept_id',
  'concept_name',
  'domain_id',
  'vocabulary_id',
  'concept_class_id',
  'standard_concept',
  'concept_code',
  'valid_start_date',
  'valid_end_date',
  'invalid_reason',
] as const;

export const VOCABULARY_FILES = {
  VOCABULARY: { required: true, columns: ['vocabulary_id', 'vocabulary_name', 'vocabulary_reference', 'vocabulary_version', 'vocabulary_concept_id'] },
  DOMAIN: { required: true, columns: ['domain_id', 'domain_name', 'domain_concept_id'] },
  CONCEPT_CLASS: { required: true, columns: ['concept_class_id', 'concept_class_name', 'concept_class_concept_id'] },
  RELATIONSHIP: {
    required: true,
    columns: ['relationship_id', 'relationship_name', 'is_hierarchical', 'defines_ancestry', 'reverse_relationship_id', 'relationship_concept_id'],
  },
  CONCEPT: { required: true, columns: CONCEPT_COLUMNS },
  // The CPT4 concepts of an ATHENA download, with names only after the licensed reconstitution.
  CONCEPT_CPT4: { required: false, columns: CONCEPT_COLUMNS },
  CONCEPT_SYNONYM: { required: false, columns: ['concept_id', 'concept_synonym_name', 'language_concept_id'] },
  CONCEPT_RELATIONSHIP: {
    required: true,
    columns: ['concept_id_1', 'concept_id_2', 'relationship_id', 'valid_start_date', 'valid_end_date', 'invalid_reason'],
  },
  CONCEPT_ANCESTOR: {
    required: false,
    columns: ['ancestor_concept_id', 'descendant_concept_id', 'min_levels_of_separation', 'max_levels_of_separation'],
  },
} as const;

export type VocabularyFileName = keyof typeof VOCABULARY_FILES;

/** Load order: catalogues first, concepts before what refers to them. */
export const LOAD_ORDER: VocabularyFileName[] = [
  'VOCABULARY',
  'DOMAIN',
  'CONCEPT_CLASS',
  'RELATIONSHIP',
  'CONCEPT',
  'CONCEPT_CPT4',
  'CONCEPT_SYNONYM',
  'CONCEPT_RELATIONSHIP',
  'CONCEPT_ANCESTOR',
];

export type Delimiter = '\t' | ',';

export interface VocabularyFile {
  name: VocabularyFileName;
  path: string;
  bytes: number;
  delimiter: Delimiter;
  /** Tab-delimited ATHENA files use no quoting; comma exports use double quotes. */
  quoted: boolean;
  /** Header names as written in the file, lower-cased. */
  header: string[];
}

export interface FolderCheck {
  files: VocabularyFile[];
  /** Files present in the folder that the loader does not read (e.g. DRUG_STRENGTH). */
  ignored: string[];
  problems: string[];
}

function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, read)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const end = text.search(/\r?\n/);
    return end === -1 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

function splitHeader(line: string, delimiter: Delimiter): string[] {
  return line.split(delimiter).map((name) =>
    name
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase(),
  );
}

/**
 * Checks a folder before anything is written: required files present, a delimiter that splits
 * the header into the expected columns, no unknown or missing columns. Every problem is listed.
 */
export function checkVocabularyFolder(folder: string): FolderCheck {
  const problems: string[] = [];
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { files: [], ignored: [], problems: [`${folder} is not a folder`] };
  }
  const entries = readdirSync(folder).filter((entry) => /\.(csv|tsv|txt)$/i.test(entry));
  const byName = new Map<string, string>();
  const ignored: string[] = [];
  for (const entry of entries) {
    const base = entry.replace(/\.(csv|tsv|txt)$/i, '').toUpperCase();
    if (base in VOCABULARY_FILES) {
      if (byName.has(base)) problems.push(`${entry}: a second file for ${base} (${byName.get(base)}); keep one`);
      else byName.set(base, entry);
    } else {
      ignored.push(entry);
    }
  }

  const files: VocabularyFile[] = [];
  for (const name of LOAD_ORDER) {
    const spec = VOCABULARY_FILES[name];
    const entry = byName.get(name);
    if (!entry) {
      if (spec.required) problems.push(`${name}: required file missing (expected ${name}.csv in ${folder})`);
      continue;
    }
    const path = join(folder, entry);
    const line = firstLine(path);
    const delimiter: Delimiter = line.includes('\t') ? '\t' : ',';
    const header = splitHeader(line, delimiter);
    const expected: readonly string[] = spec.columns;
    if (header.length === 1 && expected.length > 1) {
      problems.push(
        `${entry}: the header has one column ('${line.slice(0, 80)}'); the file must be tab- or comma-delimited with columns ${expected.join(', ')}`,
      );
      continue;
    }
    const unknown = header.filter((column) => !expected.includes(column));
    const missing = expected.filter((column) => !header.includes(column));
    const duplicated = header.filter((column, i) => header.indexOf(column) !== i);
    if (unknown.length) problems.push(`${entry}: unknown columns ${unknown.join(', ')} (expected ${expected.join(', ')})`);
    if (missing.length) problems.push(`${entry}: missing columns ${missing.join(', ')}`);
    if (duplicated.length) problems.push(`${entry}: repeated columns ${duplicated.join(', ')}`);
    files.push({ name, path, bytes: statSync(path).size, delimiter, quoted: delimiter === ',', header });
  }
  return { files, ignored, problems };
}
