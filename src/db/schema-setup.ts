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
  // Vocabulary releases (src/ingest/athena/release-tracking.ts): apart from the Concept label, so
  // the history never weighs on the concept lookups.
  'CREATE CONSTRAINT vocabulary_release_id_unique IF NOT EXISTS FOR (r:VocabularyRelease) REQUIRE r.releaseId IS UNIQUE',
  'CREATE INDEX release_change_release IF NOT EXISTS FOR (x:ReleaseChange) ON (x.toRelease, x.kind)',
  'CREATE INDEX release_change_concept IF NOT EXISTS FOR (x:ReleaseChange) ON (x.conceptId)',
  'CREATE INDEX release_change_other IF NOT EXISTS FOR (x:ReleaseChange) ON (x.otherConceptId)',
  // A tracked load's undo journal of synonyms, found per concept while it loads.
  'CREATE INDEX release_undo IF NOT EXISTS FOR (j:ReleaseUndo) ON (j.toRelease, j.conceptId)',
] as const;

/** The name each statement creates (`CREATE CONSTRAINT name ...`, `CREATE FULLTEXT INDEX name ...`). */
const NAME = /^CREATE (?:CONSTRAINT|(?:FULLTEXT |RANGE )?INDEX) (\w+) IF NOT EXISTS/;

// A uniqueness constraint's backing index carries the constraint's name: SHOW INDEXES lists both kinds.
const PRESENT = 'SHOW INDEXES YIELD name, state RETURN name, state';

/**
 * Creates what is missing, in one transaction, then waits for the indexes to be online. One read
 * when everything is already there (every start after the first). Returns how many statements ran.
 */
export async function ensureSchema(graph: Graph): Promise<{ created: number }> {
  const present = new Map((await graph.read<{ name: string; state: string }>(PRESENT)).map((row) => [row.name, row.state]));
  const missing = SCHEMA_STATEMENTS.filter((statement) => !present.has(NAME.exec(statement)?.[1] ?? ''));
  if (missing.length > 0) await graph.writeTransaction(missing.map((cypher) => ({ cypher })));
  if (missing.length > 0 || [...present.values()].some((state) => state !== 'ONLINE')) await graph.write('CALL db.awaitIndexes(300)');
  return { created: missing.length };
}
