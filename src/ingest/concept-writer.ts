import type { Graph } from '../db/graph.js';
import type { ConceptRecord } from '../graph/concept.js';
import { codeKey } from '../graph/code.js';

/**
 * A concept ready to be written: the graph's concept record (OMOP columns in camelCase, dates as
 * YYYY-MM-DD or null), and for the knowledge pack's own concepts whether it is local and its sources.
 */
export interface ConceptRow extends ConceptRecord {
  isLocal?: boolean;
  sources?: string[];
  /** The vocabulary release that brought the row (its VocabularyRelease releaseId), when the load names one. */
  release?: string;
}

/**
 * Upserts concepts by conceptId. A name from a vocabulary release (nameSource VOCABULARY)
 * is never overwritten by a curated label, so a later seed does not undo a licensed load; an
 * empty name (CPT4 rows before the licensed reconstitution) keeps the name the node has.
 * A placeholder left by a relationship to an absent concept (:Unresolved) becomes whole.
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
      // Only curated local concepts carry isLocal: one property less per vocabulary row.
      c.isLocal = CASE WHEN row.isLocal THEN true ELSE c.isLocal END,
      c.sources = CASE WHEN row.sources IS NULL THEN c.sources ELSE row.sources END,
      c.release = CASE WHEN row.release IS NULL THEN c.release ELSE row.release END
  REMOVE c:Unresolved
  WITH c, row,
       row.conceptName <> '' AND (c.nameSource IS NULL OR c.nameSource <> 'VOCABULARY' OR row.nameSource = 'VOCABULARY') AS takeName
  SET c.conceptName = CASE WHEN takeName THEN row.conceptName ELSE coalesce(c.conceptName, row.vocabularyId + ' ' + row.conceptCode) END,
      c.nameSource = CASE WHEN takeName THEN row.nameSource ELSE coalesce(c.nameSource, 'PROJECT_LABEL') END
`;

/**
 * A vocabulary load brings the real id of a concept the pack holds under a local id (above
 * 2,000,000,000): the local node takes the real id, keeping its curated edges, instead of a
 * second node appearing for the same (vocabularyId, conceptCode).
 */
const RECONCILE_LOCAL = `
  UNWIND $rows AS row
  MATCH (local:Concept {vocabularyId: row.vocabularyId, conceptCode: row.conceptCode})
  WHERE local.isLocal AND local.conceptId <> row.conceptId
    AND NOT EXISTS { MATCH (:Concept {conceptId: row.conceptId}) }
  SET local.localConceptId = local.conceptId, local.conceptId = row.conceptId, local.isLocal = false
  RETURN count(local) AS reconciled
`;

const LOCAL_KEYS = `
  MATCH (c:Concept) WHERE c.isLocal
  RETURN c.vocabularyId AS vocabularyId, c.conceptCode AS conceptCode
`;

/** The (vocabularyId, conceptCode) keys held under local ids (graph/code.ts's codeKey). */
export async function localConceptKeys(graph: Graph): Promise<Set<string>> {
  const rows = await graph.read<{ vocabularyId: string; conceptCode: string }>(LOCAL_KEYS);
  return new Set(rows.map(codeKey));
}

export async function reconcileLocalConcepts(graph: Graph, rows: readonly ConceptRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await graph.write<{ reconciled: number }>(RECONCILE_LOCAL, {
    rows: rows.map((r) => ({ vocabularyId: r.vocabularyId, conceptCode: r.conceptCode, conceptId: r.conceptId })),
  });
  return result?.reconciled ?? 0;
}

export async function writeConcepts(graph: Graph, rows: readonly ConceptRow[], batchSize = 5_000): Promise<number> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await graph.write(UPSERT_CONCEPTS, { rows: rows.slice(i, i + batchSize) });
  }
  return rows.length;
}
