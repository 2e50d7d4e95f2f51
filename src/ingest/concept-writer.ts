import type { Graph } from '../db/graph.js';

/** A concept ready to be written: OMOP columns in camelCase, dates as YYYY-MM-DD or null. */
export interface ConceptRow {
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
  isLocal?: boolean;
  sources?: string[];
}

/**
 * Upserts concepts by conceptId. A name from a vocabulary release (nameSource VOCABULARY)
 * is never overwritten by a curated label, so a later seed does not undo a licensed load.
 */
const UPSERT_CONCEPTS = `
  UNWIND $rows AS row
  MERGE (c:Concept {conceptId: row.conceptId})
  SET c.vocabularyId = row.vocabularyId,
      c.conceptCode = row.conceptCode,
      c.domainId = row.domainId,
      c.conceptClassId = row.conceptClassId,
      c.standardConcept = row.standardConcept,
      c.invalidReason = row.invalidReason,
      c.validStartDate = CASE WHEN row.validStartDate IS NULL THEN c.validStartDate ELSE date(row.validStartDate) END,
      c.validEndDate = CASE WHEN row.validEndDate IS NULL THEN c.validEndDate ELSE date(row.validEndDate) END,
      c.isLocal = coalesce(row.isLocal, false),
      c.sources = CASE WHEN row.sources IS NULL THEN c.sources ELSE row.sources END
  WITH c, row
  WHERE c.nameSource IS NULL OR c.nameSource <> 'VOCABULARY' OR row.nameSource = 'VOCABULARY'
  SET c.conceptName = row.conceptName, c.nameSource = row.nameSource
`;

export async function writeConcepts(graph: Graph, rows: readonly ConceptRow[], batchSize = 5_000): Promise<number> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await graph.write(UPSERT_CONCEPTS, { rows: rows.slice(i, i + batchSize) });
  }
  return rows.length;
}
