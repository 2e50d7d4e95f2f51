/** A concept as the repository hands it to resolvers: plain values, dates as YYYY-MM-DD. */
export interface ConceptRecord {
  conceptId: number;
  conceptName: string;
  domainId: string;
  vocabularyId: string;
  conceptClassId: string;
  standardConcept: string | null;
  conceptCode: string;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
  nameSource: 'VOCABULARY' | 'PUBLIC_DESCRIPTOR' | 'PROJECT_LABEL';
}

/** A node's properties as stored (dates are Neo4j Date values). */
type StoredConcept = Omit<ConceptRecord, 'validStartDate' | 'validEndDate'> & {
  validStartDate?: { toString(): string } | null;
  validEndDate?: { toString(): string } | null;
};

export function toConceptRecord(node: StoredConcept): ConceptRecord {
  return {
    conceptId: node.conceptId,
    conceptName: node.conceptName,
    domainId: node.domainId,
    vocabularyId: node.vocabularyId,
    conceptClassId: node.conceptClassId,
    standardConcept: node.standardConcept ?? null,
    conceptCode: node.conceptCode,
    validStartDate: node.validStartDate ? node.validStartDate.toString() : null,
    validEndDate: node.validEndDate ? node.validEndDate.toString() : null,
    invalidReason: node.invalidReason ?? null,
    nameSource: node.nameSource ?? 'VOCABULARY',
  };
}
