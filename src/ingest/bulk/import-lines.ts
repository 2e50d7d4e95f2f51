/**
 * The lines of the files Neo4j's bulk importer reads: each file's header (property names with
 * their types) and how a row becomes a line, for concepts, the catalogue tables and edges.
 */
import type { StoredAs } from '../../graph/relationship-types.js';
import {
  parseConceptClass,
  parseDomain,
  parseVocabulary,
  type ConceptClassRow,
  type DomainRow,
  type Parsed,
  type RawRecord,
  type RelationshipCatalogueRow,
  type VocabularyRow,
} from '../athena/rows.js';
import type { ConceptState } from './concept-state.js';
import { bool, date, list, num, str } from './import-csv.js';

export const HAS_ANCESTOR = 'HAS_ANCESTOR';

export const CONCEPT_HEADER = [
  ':ID(Concept)',
  ':LABEL',
  'conceptId:long',
  'conceptName',
  'domainId',
  'vocabularyId',
  'conceptClassId',
  'standardConcept',
  'conceptCode',
  'validStartDate:date',
  'validEndDate:date',
  'invalidReason',
  'nameSource',
  'synonyms:string[]',
  'isLocal:boolean',
  'localConceptId:long',
  'sources:string[]',
  'release',
].join(',');

/** Edge files end with `release`: the vocabulary release that brought the row, empty when the folder names none. */
export const RELATIONSHIP_HEADER = ':START_ID(Concept),:END_ID(Concept),:TYPE,relationshipId,validStartDate:date,validEndDate:date,invalidReason,release';
/**
 * CONCEPT_ANCESTOR's edges are all HAS_ANCESTOR: the type is given once, on the importer's command
 * line (`--relationships=HAS_ANCESTOR=file`), not on each of tens of millions of lines (a third
 * of the file, and about a quarter of the importer's time reading it: docs/benchmarks.md).
 */
export const ANCESTOR_HEADER = ':START_ID(Concept),:END_ID(Concept),minLevels:long,maxLevels:long,release';

export function conceptLine(c: ConceptState, labels = 'Concept'): string {
  return [
    c.conceptId,
    labels,
    c.conceptId,
    str(c.conceptName),
    str(c.domainId),
    str(c.vocabularyId),
    str(c.conceptClassId),
    str(c.standardConcept),
    str(c.conceptCode),
    date(c.validStartDate),
    date(c.validEndDate),
    str(c.invalidReason),
    str(c.nameSource),
    list(c.synonyms),
    bool(c.isLocal),
    num(c.localConceptId),
    list(c.sources),
    str(c.release),
  ].join(',');
}

export interface CatalogueSpec<T> {
  label: string;
  header: string;
  parse: (record: RawRecord) => Parsed<T>;
  key: (row: T) => string;
  line: (row: T) => string;
}
const catalogue = <T>(spec: CatalogueSpec<T>) => spec as unknown as CatalogueSpec<object>;

/** Catalogue tables: few rows, kept in memory; a repeated id keeps its last row (MERGE + SET +=). */
export const CATALOGUES: Record<'VOCABULARY' | 'DOMAIN' | 'CONCEPT_CLASS', CatalogueSpec<object>> = {
  VOCABULARY: catalogue<VocabularyRow>({
    label: 'Vocabulary',
    header: 'vocabularyId,vocabularyName,vocabularyReference,vocabularyVersion,vocabularyConceptId:long',
    parse: parseVocabulary,
    key: (r) => r.vocabularyId,
    line: (r) => [str(r.vocabularyId), str(r.vocabularyName), str(r.vocabularyReference), str(r.vocabularyVersion), num(r.vocabularyConceptId)].join(','),
  }),
  DOMAIN: catalogue<DomainRow>({
    label: 'Domain',
    header: 'domainId,domainName,domainConceptId:long',
    parse: parseDomain,
    key: (r) => r.domainId,
    line: (r) => [str(r.domainId), str(r.domainName), num(r.domainConceptId)].join(','),
  }),
  CONCEPT_CLASS: catalogue<ConceptClassRow>({
    label: 'ConceptClass',
    header: 'conceptClassId,conceptClassName,conceptClassConceptId:long',
    parse: parseConceptClass,
    key: (r) => r.conceptClassId,
    line: (r) => [str(r.conceptClassId), str(r.conceptClassName), num(r.conceptClassConceptId)].join(','),
  }),
};

export const RELATIONSHIP_TYPE_HEADER =
  'relationshipId,relationshipName,isHierarchical:boolean,definesAncestry:boolean,reverseRelationshipId,relationshipConceptId:long,neo4jType,storedAsRelationshipId,storedReversed:boolean';

/** A RELATIONSHIP row with how its rows are stored (athena/catalogue.ts's plan). */
export function relationshipTypeLine(r: RelationshipCatalogueRow, storedAs: StoredAs): string {
  return [
    'RelationshipType',
    str(r.relationshipId),
    str(r.relationshipName),
    bool(r.isHierarchical),
    bool(r.definesAncestry),
    str(r.reverseRelationshipId),
    num(r.relationshipConceptId),
    str(storedAs.type),
    str(storedAs.canonicalId),
    bool(storedAs.reversed),
  ].join(',');
}
