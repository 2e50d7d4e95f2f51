import type { Graph } from '../../db/graph.js';
import type { StoredAs } from '../../graph/relationship-types.js';
import type { AncestorRow, ConceptClassRow, ConceptRelationshipRow, DomainRow, RelationshipCatalogueRow, SynonymRow, VocabularyRow } from './rows.js';

/** Cypher of the vocabulary loader. Every write is a MERGE: loading twice changes nothing. */

/** Upsert of a catalogue table's rows; label and key are the constants below, never input. */
const catalogueUpsert = (label: string, key: string) => `
  UNWIND $rows AS row
  MERGE (n:${label} {${key}: row.${key}})
  SET n += row
`;
const UPSERT_VOCABULARIES = catalogueUpsert('Vocabulary', 'vocabularyId');
const UPSERT_DOMAINS = catalogueUpsert('Domain', 'domainId');
const UPSERT_CONCEPT_CLASSES = catalogueUpsert('ConceptClass', 'conceptClassId');
const UPSERT_RELATIONSHIP_TYPES = catalogueUpsert('RelationshipType', 'relationshipId');

const ADD_SYNONYMS = `
  UNWIND $rows AS row
  OPTIONAL MATCH (c:Concept {conceptId: row.conceptId}) USING INDEX c:Concept(conceptId)
  WHERE NOT c:Unresolved
  CALL (c, row) {
    WITH c WHERE c IS NOT NULL
    SET c.synonyms = reduce(acc = coalesce(c.synonyms, []), s IN row.synonyms | CASE WHEN s IN acc THEN acc ELSE acc + s END)
  }
  WITH row WHERE c IS NULL
  RETURN row.conceptId AS absent
`;

const EDGE_PROPERTIES = `
  SET r.relationshipId = row.relationshipId,
      r.validStartDate = CASE WHEN row.validStartDate IS NULL THEN null ELSE date(row.validStartDate) END,
      r.validEndDate = CASE WHEN row.validEndDate IS NULL THEN null ELSE date(row.validEndDate) END,
      r.invalidReason = row.invalidReason,
      r.release = coalesce(row.release, r.release)
`;

/**
 * The fast path: both concepts exist (the usual case). It only matches, so a batch with an
 * absent concept writes fewer rows than it has; that batch then goes through the slow path.
 * The index hints matter: a plan cached while the graph was small would scan the label.
 */
const relationshipFastCypher = (type: string) => `
  UNWIND $rows AS row
  MATCH (a:Concept {conceptId: row.from}) USING INDEX a:Concept(conceptId) WHERE NOT a:Unresolved
  MATCH (b:Concept {conceptId: row.to}) USING INDEX b:Concept(conceptId) WHERE NOT b:Unresolved
  MERGE (a)-[r:${type}]->(b)
  ${EDGE_PROPERTIES}
  RETURN count(*) AS written
`;

/**
 * The slow path: endpoints absent from the graph become :Concept:Unresolved placeholders (only
 * a conceptId), so no row is silently dropped; the rows touching them are returned to be counted
 * and reported. A later CONCEPT load completes the placeholder.
 */
const relationshipCypher = (type: string) => `
  UNWIND $rows AS row
  MERGE (a:Concept {conceptId: row.from})
    ON CREATE SET a:Unresolved
  MERGE (b:Concept {conceptId: row.to})
    ON CREATE SET b:Unresolved
  MERGE (a)-[r:${type}]->(b)
  ${EDGE_PROPERTIES}
  WITH row, a, b
  WHERE a:Unresolved OR b:Unresolved
  RETURN row.line AS line,
         CASE WHEN a:Unresolved THEN a.conceptId END AS missingFrom,
         CASE WHEN b:Unresolved THEN b.conceptId END AS missingTo
`;

const UPSERT_ANCESTORS_FAST = `
  UNWIND $rows AS row
  MATCH (d:Concept {conceptId: row.descendantConceptId}) USING INDEX d:Concept(conceptId) WHERE NOT d:Unresolved
  MATCH (a:Concept {conceptId: row.ancestorConceptId}) USING INDEX a:Concept(conceptId) WHERE NOT a:Unresolved
  MERGE (d)-[r:HAS_ANCESTOR]->(a)
  SET r.minLevels = row.minLevels, r.maxLevels = row.maxLevels, r.release = coalesce(row.release, r.release)
  RETURN count(*) AS written
`;

const UPSERT_ANCESTORS = `
  UNWIND $rows AS row
  MERGE (d:Concept {conceptId: row.descendantConceptId})
    ON CREATE SET d:Unresolved
  MERGE (a:Concept {conceptId: row.ancestorConceptId})
    ON CREATE SET a:Unresolved
  MERGE (d)-[r:HAS_ANCESTOR]->(a)
  SET r.minLevels = row.minLevels, r.maxLevels = row.maxLevels, r.release = coalesce(row.release, r.release)
  WITH row, a, d
  WHERE a:Unresolved OR d:Unresolved
  RETURN row.line AS line,
         CASE WHEN a:Unresolved THEN a.conceptId END AS missingFrom,
         CASE WHEN d:Unresolved THEN d.conceptId END AS missingTo
`;

// Edges a tracked load found already (release-tracking.ts): by their ids, `IN $edges` (Neo4j
// seeks a parameter's ids; an unwound id would scan every relationship), each one's levels from
// $levels by its id.
const UPDATE_ANCESTOR_EDGES = `
  MATCH ()-[r:HAS_ANCESTOR]->() WHERE elementId(r) IN $edges
  WITH r, $levels[elementId(r)] AS levels
  SET r.minLevels = levels[0], r.maxLevels = levels[1], r.release = $release
  RETURN count(*) AS written
`;

/** A row that touched an absent concept: its line and which of its ids are absent. */
export interface MissingEndpoint {
  line: number;
  missingFrom: number | null;
  missingTo: number | null;
}

const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

export const writeVocabularies = (graph: Graph, rows: VocabularyRow[]) => graph.write(UPSERT_VOCABULARIES, { rows });
export const writeDomains = (graph: Graph, rows: DomainRow[]) => graph.write(UPSERT_DOMAINS, { rows });
export const writeConceptClasses = (graph: Graph, rows: ConceptClassRow[]) => graph.write(UPSERT_CONCEPT_CLASSES, { rows });

export function writeRelationshipTypes(graph: Graph, rows: RelationshipCatalogueRow[], plan: ReadonlyMap<string, StoredAs>) {
  return graph.write(UPSERT_RELATIONSHIP_TYPES, { rows: relationshipTypeProperties(rows, plan) });
}

/** The properties of each RelationshipType node: the catalogue row and how its edges are stored. */
export function relationshipTypeProperties(rows: readonly RelationshipCatalogueRow[], plan: ReadonlyMap<string, StoredAs>) {
  return rows.map((row) => {
    const storedAs = plan.get(row.relationshipId)!;
    return { ...row, neo4jType: storedAs.type, storedAsRelationshipId: storedAs.canonicalId, storedReversed: storedAs.reversed };
  });
}

/** Adds synonyms (grouped by concept); returns the ids of the concepts not in the graph. */
export async function writeSynonyms(graph: Graph, rows: readonly SynonymRow[]): Promise<number[]> {
  const grouped = new Map<number, string[]>();
  for (const row of rows) {
    const list = grouped.get(row.conceptId) ?? [];
    if (!list.includes(row.synonym)) list.push(row.synonym);
    grouped.set(row.conceptId, list);
  }
  const absent = await graph.write<{ absent: number }>(ADD_SYNONYMS, {
    rows: [...grouped].map(([conceptId, synonyms]) => ({ conceptId, synonyms })),
  });
  return absent.map((row) => row.absent);
}

/** Writes CONCEPT_RELATIONSHIP rows, one query per stored type (types come from the plan). */
export async function writeConceptRelationships(
  graph: Graph,
  rows: readonly (ConceptRelationshipRow & { line: number })[],
  plan: ReadonlyMap<string, StoredAs>,
  release: string | null = null,
): Promise<MissingEndpoint[]> {
  const byType = new Map<string, object[]>();
  for (const row of rows) {
    const storedAs = plan.get(row.relationshipId)!;
    if (!TYPE_NAME.test(storedAs.type)) throw new Error(`refusing relationship type ${storedAs.type}`);
    const list = byType.get(storedAs.type) ?? [];
    list.push({
      line: row.line,
      from: storedAs.reversed ? row.conceptId2 : row.conceptId1,
      to: storedAs.reversed ? row.conceptId1 : row.conceptId2,
      relationshipId: storedAs.canonicalId,
      validStartDate: row.validStartDate,
      validEndDate: row.validEndDate,
      invalidReason: row.invalidReason,
      release,
    });
    byType.set(storedAs.type, list);
  }
  const missing: MissingEndpoint[] = [];
  for (const [type, typeRows] of byType) {
    missing.push(...(await fastThenSlow(graph, relationshipFastCypher(type), relationshipCypher(type), typeRows)));
  }
  return missing;
}

export function writeAncestors(graph: Graph, rows: readonly (AncestorRow & { line: number })[], release: string | null = null): Promise<MissingEndpoint[]> {
  return fastThenSlow(graph, UPSERT_ANCESTORS_FAST, UPSERT_ANCESTORS, release === null ? rows : rows.map((row) => ({ ...row, release })));
}

/**
 * Updates the ancestor edges the graph already has (`edges`: a row's index in the batch to its
 * edge's id); returns the rows left to write as new (writeAncestors), all of them when an edge
 * was no longer found.
 */
export async function updateAncestorEdges<T extends AncestorRow>(
  graph: Graph,
  rows: readonly T[],
  edges: ReadonlyMap<number, string>,
  release: string,
): Promise<T[]> {
  if (edges.size === 0) return [...rows];
  const levels: Record<string, [number, number]> = {};
  const rest: T[] = [];
  rows.forEach((row, index) => {
    const edge = edges.get(index);
    if (edge === undefined) rest.push(row);
    else levels[edge] = [row.minLevels, row.maxLevels];
  });
  const ids = Object.keys(levels);
  const [result] = await graph.write<{ written: number }>(UPDATE_ANCESTOR_EDGES, { edges: ids, levels, release });
  return result?.written === ids.length ? rest : [...rows];
}

/** Tries the match-only query; when a row was left out, runs the placeholder one on the batch. */
async function fastThenSlow(graph: Graph, fast: string, slow: string, rows: readonly object[]): Promise<MissingEndpoint[]> {
  const [result] = await graph.write<{ written: number }>(fast, { rows });
  if (result?.written === rows.length) return [];
  return graph.write<MissingEndpoint>(slow, { rows });
}
