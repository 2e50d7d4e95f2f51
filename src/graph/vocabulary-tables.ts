/**
 * The rows of OMOP's catalogue tables (VOCABULARY, DOMAIN, CONCEPT_CLASS, RELATIONSHIP) as the
 * graph stores them: the loaders write these shapes and the read side returns them.
 */
export interface VocabularyRow {
  vocabularyId: string;
  vocabularyName: string;
  vocabularyReference: string | null;
  vocabularyVersion: string | null;
  vocabularyConceptId: number;
}
export interface DomainRow {
  domainId: string;
  domainName: string;
  domainConceptId: number;
}
export interface ConceptClassRow {
  conceptClassId: string;
  conceptClassName: string;
  conceptClassConceptId: number;
}
export interface RelationshipCatalogueRow {
  relationshipId: string;
  relationshipName: string;
  isHierarchical: boolean;
  definesAncestry: boolean;
  reverseRelationshipId: string;
  relationshipConceptId: number;
}
