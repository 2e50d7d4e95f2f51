import { normalizeVocabularyDate } from '../../dates.js';
import type { ConceptRow } from '../concept-writer.js';
import type { ConceptClassRow, DomainRow, RelationshipCatalogueRow, VocabularyRow } from '../../graph/vocabulary-tables.js';

export type { ConceptClassRow, DomainRow, RelationshipCatalogueRow, VocabularyRow };

/**
 * Row parsing for vocabulary files: pure functions from a record (column name -> text) to a
 * typed row, or a reason the row is rejected. Formats absorbed: YYYYMMDD and YYYY-MM-DD dates,
 * "" for empty, any header case (already lower-cased by the caller).
 */
export type Parsed<T> = { row: T } | { reject: string };
export type RawRecord = Record<string, string | undefined>;

/** The largest concept id OMOP's integer column holds. */
export const MAX_CONCEPT_ID = 2_147_483_647;

function text(record: RawRecord, column: string): string {
  return (record[column] ?? '').trim();
}

function optional(record: RawRecord, column: string): string | null {
  const value = text(record, column);
  return value === '' ? null : value;
}

class RowError extends Error {}

function conceptId(record: RawRecord, column: string): number {
  const value = text(record, column);
  if (!/^-?\d{1,10}$/.test(value) || Math.abs(Number(value)) > MAX_CONCEPT_ID) {
    throw new RowError(`${column} '${value}' is not a concept id`);
  }
  return Number(value);
}

function integer(record: RawRecord, column: string): number {
  const value = text(record, column);
  if (!/^-?\d{1,10}$/.test(value)) throw new RowError(`${column} '${value}' is not a whole number`);
  return Number(value);
}

function date(record: RawRecord, column: string, required: boolean): string | null {
  const value = text(record, column);
  if (value === '') {
    if (required) throw new RowError(`${column} is empty`);
    return null;
  }
  const parsed = normalizeVocabularyDate(value);
  if (!parsed) throw new RowError(`${column} '${value}' is not a date (YYYYMMDD or YYYY-MM-DD)`);
  return parsed;
}

function oneOf(record: RawRecord, column: string, allowed: readonly string[]): string | null {
  const value = optional(record, column);
  if (value !== null && !allowed.includes(value)) throw new RowError(`${column} '${value}' is not one of ${allowed.join(', ')}`);
  return value;
}

function flag(record: RawRecord, column: string): boolean {
  const value = text(record, column);
  if (value !== '0' && value !== '1') throw new RowError(`${column} '${value}' is not 0 or 1`);
  return value === '1';
}

function guard<T>(parse: () => T): Parsed<T> {
  try {
    return { row: parse() };
  } catch (error) {
    if (error instanceof RowError) return { reject: error.message };
    throw error;
  }
}

export interface SynonymRow {
  conceptId: number;
  synonym: string;
  languageConceptId: number | null;
}
export interface ConceptRelationshipRow {
  conceptId1: number;
  conceptId2: number;
  relationshipId: string;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}
export interface AncestorRow {
  ancestorConceptId: number;
  descendantConceptId: number;
  minLevels: number;
  maxLevels: number;
}

export const parseVocabulary = (r: RawRecord): Parsed<VocabularyRow> =>
  guard(() => ({
    vocabularyId: required(r, 'vocabulary_id'),
    vocabularyName: text(r, 'vocabulary_name'),
    vocabularyReference: optional(r, 'vocabulary_reference'),
    vocabularyVersion: optional(r, 'vocabulary_version'),
    vocabularyConceptId: conceptId(r, 'vocabulary_concept_id'),
  }));

export const parseDomain = (r: RawRecord): Parsed<DomainRow> =>
  guard(() => ({ domainId: required(r, 'domain_id'), domainName: text(r, 'domain_name'), domainConceptId: conceptId(r, 'domain_concept_id') }));

export const parseConceptClass = (r: RawRecord): Parsed<ConceptClassRow> =>
  guard(() => ({
    conceptClassId: required(r, 'concept_class_id'),
    conceptClassName: text(r, 'concept_class_name'),
    conceptClassConceptId: conceptId(r, 'concept_class_concept_id'),
  }));

export const parseRelationshipCatalogue = (r: RawRecord): Parsed<RelationshipCatalogueRow> =>
  guard(() => ({
    relationshipId: required(r, 'relationship_id'),
    relationshipName: text(r, 'relationship_name'),
    isHierarchical: flag(r, 'is_hierarchical'),
    definesAncestry: flag(r, 'defines_ancestry'),
    reverseRelationshipId: required(r, 'reverse_relationship_id'),
    relationshipConceptId: conceptId(r, 'relationship_concept_id'),
  }));

function required(record: RawRecord, column: string): string {
  const value = text(record, column);
  if (value === '') throw new RowError(`${column} is empty`);
  return value;
}

/**
 * A CONCEPT (or CONCEPT_CPT4) row. An empty concept_name (CPT4 before the licensed
 * reconstitution) is allowed: the writer keeps the name the graph already has.
 */
export const parseConcept = (r: RawRecord): Parsed<ConceptRow> =>
  guard(() => {
    const id = conceptId(r, 'concept_id');
    // 0 is OMOP's 'No matching concept'; negative ids are not concepts.
    if (id < 0) throw new RowError(`concept_id '${id}' must not be negative`);
    return {
      conceptId: id,
      conceptName: text(r, 'concept_name'),
      domainId: required(r, 'domain_id'),
      vocabularyId: required(r, 'vocabulary_id'),
      conceptClassId: required(r, 'concept_class_id'),
      standardConcept: oneOf(r, 'standard_concept', ['S', 'C']),
      conceptCode: required(r, 'concept_code'),
      validStartDate: date(r, 'valid_start_date', true),
      validEndDate: date(r, 'valid_end_date', true),
      invalidReason: oneOf(r, 'invalid_reason', ['D', 'U']),
      nameSource: 'VOCABULARY',
    };
  });

export const parseSynonym = (r: RawRecord): Parsed<SynonymRow> =>
  guard(() => ({
    conceptId: conceptId(r, 'concept_id'),
    synonym: required(r, 'concept_synonym_name'),
    languageConceptId: text(r, 'language_concept_id') === '' ? null : conceptId(r, 'language_concept_id'),
  }));

export const parseConceptRelationship = (r: RawRecord, knownRelationships: ReadonlySet<string>): Parsed<ConceptRelationshipRow> =>
  guard(() => {
    const relationshipId = required(r, 'relationship_id');
    if (!knownRelationships.has(relationshipId)) throw new RowError(`relationship_id '${relationshipId}' is not in RELATIONSHIP`);
    return {
      conceptId1: conceptId(r, 'concept_id_1'),
      conceptId2: conceptId(r, 'concept_id_2'),
      relationshipId,
      validStartDate: date(r, 'valid_start_date', false),
      validEndDate: date(r, 'valid_end_date', false),
      invalidReason: oneOf(r, 'invalid_reason', ['D', 'U']),
    };
  });

export const parseAncestor = (r: RawRecord): Parsed<AncestorRow> =>
  guard(() => {
    const minLevels = integer(r, 'min_levels_of_separation');
    const maxLevels = integer(r, 'max_levels_of_separation');
    if (minLevels < 0 || maxLevels < minLevels) throw new RowError(`levels ${minLevels}..${maxLevels} are not a valid range`);
    return { ancestorConceptId: conceptId(r, 'ancestor_concept_id'), descendantConceptId: conceptId(r, 'descendant_concept_id'), minLevels, maxLevels };
  });
