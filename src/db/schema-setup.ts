import type { Graph } from './graph.js';

/**
 * Constraints and indexes, created idempotently at start-up (IF NOT EXISTS), then awaited so
 * the first queries already use them.
 */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT concept_id_unique IF NOT EXISTS FOR (c:Concept) REQUIRE c.conceptId IS UNIQUE',
  'CREATE INDEX concept_vocabulary_code IF NOT EXISTS FOR (c:Concept) ON (c.vocabularyId, c.conceptCode)',
  'CREATE INDEX concept_code IF NOT EXISTS FOR (c:Concept) ON (c.conceptCode)',
  `CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (c:Concept) ON EACH [c.conceptName, c.conceptCode, c.synonyms]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: true } }`,
  'CREATE CONSTRAINT vocabulary_id_unique IF NOT EXISTS FOR (v:Vocabulary) REQUIRE v.vocabularyId IS UNIQUE',
  'CREATE CONSTRAINT domain_id_unique IF NOT EXISTS FOR (d:Domain) REQUIRE d.domainId IS UNIQUE',
  'CREATE CONSTRAINT concept_class_id_unique IF NOT EXISTS FOR (c:ConceptClass) REQUIRE c.conceptClassId IS UNIQUE',
  'CREATE CONSTRAINT relationship_type_id_unique IF NOT EXISTS FOR (r:RelationshipType) REQUIRE r.relationshipId IS UNIQUE',
  'CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.sourceId IS UNIQUE',
  'CREATE CONSTRAINT change_event_id_unique IF NOT EXISTS FOR (e:CodeChange) REQUIRE e.changeId IS UNIQUE',
  'CREATE CONSTRAINT criterion_id_unique IF NOT EXISTS FOR (c:Criterion) REQUIRE c.criterionId IS UNIQUE',
] as const;

export async function ensureSchema(graph: Graph): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await graph.write(statement);
  await graph.write('CALL db.awaitIndexes(300)');
}
