import type pg from 'pg';
import type { Graph } from '../../src/db/graph.js';
import { ConceptRepository } from '../../src/modules/concepts/concept-repository.js';
import { HierarchyRepository } from '../../src/modules/hierarchy/hierarchy-repository.js';
import { SearchRepository } from '../../src/modules/search/search-repository.js';
import { filterParameters, prepareSearchText } from '../../src/modules/search/search-text.js';
import type { OperationKey, PeerInputs } from './operations.js';

/**
 * The floors: each operation asked of the database directly from this process, with no HTTP
 * and no GraphQL layer. A call answers the concept ids it found, so the sample check can see
 * that it found some and that both databases agree.
 */
export type DirectCall = (input: number) => Promise<string[]>;
export type DirectCalls = Record<OperationKey, DirectCall>;

const idsOf = (rows: readonly { conceptId: number }[]) => rows.map((row) => String(row.conceptId));

/**
 * Neo4j through the driver, each call one auto-commit read (the service's Graph.read). The
 * lookups, descendants and search run this service's own Cypher (its repositories), so the gap
 * between this floor and the service is what HTTP, GraphQL and the resolvers add; 'Maps to' is
 * the plain one-hop match (the service reads it through its general relationships query).
 */
export function neo4jCalls(graph: Graph, p: PeerInputs): DirectCalls {
  const concepts = new ConceptRepository(graph);
  const hierarchy = new HierarchyRepository(graph);
  const search = new SearchRepository(graph);
  const noFilter = filterParameters(null, () => {});
  const texts = p.words.map(prepareSearchText);
  return {
    lookupByCode: async (i) => idsOf((await concepts.byCodes([p.codes[i]!])).filter((c) => c !== null)),
    lookupById: async (i) => idsOf([...(await concepts.byIds([p.ids[i]!])).values()]),
    descendants: async (i) => {
      const pages = await hierarchy.ancestry([p.withDescendants[i]!], {
        direction: 'descendants',
        minLevels: 1,
        maxLevels: null,
        standardOnly: false,
        offset: 0,
        limit: 20,
      });
      return idsOf([...pages.values()].flatMap((page) => page.items.map((item) => item.concept)));
    },
    mapsTo: async (i) =>
      idsOf(
        await graph.read<{ conceptId: number }>(
          `MATCH (c:Concept {conceptId: $id}) USING INDEX c:Concept(conceptId)
           MATCH (c)-[:MAPS_TO]->(t:Concept) WHERE NOT t:Unresolved
           RETURN t.conceptId AS conceptId, t.conceptName AS conceptName`,
          { id: p.mapped[i]! },
        ),
      ),
    search: async (i) => idsOf((await search.search({ ...texts[i]!, filter: noFilter, window: { offset: 0, limit: 20 } })).page),
  };
}

/** The SQL of each operation, as prepared statements; a total count where the peers give one. */
const SQL: Record<OperationKey, string> = {
  lookupByCode: 'SELECT * FROM concept WHERE vocabulary_id = $1 AND concept_code = $2',
  lookupById: 'SELECT * FROM concept WHERE concept_id = $1',
  descendants: `
    SELECT (SELECT count(*) FROM concept_ancestor WHERE ancestor_concept_id = $1 AND min_levels_of_separation >= 1) AS total,
           a.min_levels_of_separation, a.max_levels_of_separation, c.concept_id, c.concept_name
    FROM concept_ancestor a JOIN concept c ON c.concept_id = a.descendant_concept_id
    WHERE a.ancestor_concept_id = $1 AND a.min_levels_of_separation >= 1
    ORDER BY a.min_levels_of_separation, a.descendant_concept_id LIMIT 20`,
  mapsTo: `
    SELECT c.concept_id, c.concept_name FROM concept_relationship r JOIN concept c ON c.concept_id = r.concept_id_2
    WHERE r.concept_id_1 = $1 AND r.relationship_id = 'Maps to'`,
  search: 'SELECT count(*) OVER () AS total, concept_id, concept_name, vocabulary_id, concept_code FROM search_concepts($1) LIMIT 20',
};

/** PostgreSQL through `pg`, each call one named (so prepared once per connection) statement. */
export function postgresCalls(pool: pg.Pool, p: PeerInputs): DirectCalls {
  const query = async (name: OperationKey, values: unknown[]) => {
    const result = await pool.query<{ concept_id: number }>({ name, text: SQL[name], values });
    return result.rows.map((row) => String(row.concept_id));
  };
  return {
    lookupByCode: (i) => query('lookupByCode', [p.codes[i]!.vocabularyId, p.codes[i]!.conceptCode]),
    lookupById: (i) => query('lookupById', [p.ids[i]!]),
    descendants: (i) => query('descendants', [p.withDescendants[i]!]),
    mapsTo: (i) => query('mapsTo', [p.mapped[i]!]),
    search: (i) => query('search', [p.words[i]!]),
  };
}
