import type { Graph } from '../../db/graph.js';
import type { ConceptClassRow, DomainRow, RelationshipCatalogueRow, VocabularyRow } from '../../graph/vocabulary-tables.js';

// The catalogue tables as the vocabulary loader stores them (src/ingest/athena/writer.ts): one
// node per row, the OMOP columns in camelCase. Small tables (hundreds of rows): read whole.
const VOCABULARIES = `
  MATCH (v:Vocabulary)
  RETURN v.vocabularyId AS vocabularyId, coalesce(v.vocabularyName, '') AS vocabularyName,
         v.vocabularyReference AS vocabularyReference, v.vocabularyVersion AS vocabularyVersion,
         coalesce(v.vocabularyConceptId, 0) AS vocabularyConceptId
  ORDER BY vocabularyId
`;

const DOMAINS = `
  MATCH (d:Domain)
  RETURN d.domainId AS domainId, coalesce(d.domainName, '') AS domainName, coalesce(d.domainConceptId, 0) AS domainConceptId
  ORDER BY domainId
`;

const CONCEPT_CLASSES = `
  MATCH (c:ConceptClass)
  RETURN c.conceptClassId AS conceptClassId, coalesce(c.conceptClassName, '') AS conceptClassName,
         coalesce(c.conceptClassConceptId, 0) AS conceptClassConceptId
  ORDER BY conceptClassId
`;

const RELATIONSHIP_TYPES = `
  MATCH (r:RelationshipType)
  RETURN r.relationshipId AS relationshipId, coalesce(r.relationshipName, '') AS relationshipName,
         coalesce(r.isHierarchical, false) AS isHierarchical, coalesce(r.definesAncestry, false) AS definesAncestry,
         coalesce(r.reverseRelationshipId, r.relationshipId) AS reverseRelationshipId,
         coalesce(r.relationshipConceptId, 0) AS relationshipConceptId
  ORDER BY relationshipId
`;

// Records are the catalogue rows exactly as the loader writes them.
export type VocabularyRecord = VocabularyRow;
export type DomainRecord = DomainRow;
export type ConceptClassRecord = ConceptClassRow;
export type RelationshipTypeRecord = RelationshipCatalogueRow;

export class CatalogueRepository {
  constructor(private readonly graph: Graph) {}

  vocabularies = () => this.graph.read<VocabularyRecord>(VOCABULARIES);
  domains = () => this.graph.read<DomainRecord>(DOMAINS);
  conceptClasses = () => this.graph.read<ConceptClassRecord>(CONCEPT_CLASSES);
  relationshipTypes = () => this.graph.read<RelationshipTypeRecord>(RELATIONSHIP_TYPES);
}
