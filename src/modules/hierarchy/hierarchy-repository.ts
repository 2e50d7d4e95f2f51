import neo4j from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { toConceptRecord, type ConceptRecord } from '../../graph/concept.js';

/**
 * Ancestry reads over (descendant)-[:HAS_ANCESTOR {minLevels, maxLevels}]->(ancestor), the
 * closure OMOP ships as CONCEPT_ANCESTOR (or the loader derives). Every query takes a batch of
 * concept ids (one round trip for a whole list of concepts) and skips :Unresolved placeholders.
 * The index hint keeps the start on the conceptId index whatever plan was cached.
 */

/** The filter of one ancestry direction; `$` parameters are shared by the count and the page. */
const ancestryMatch = (direction: 'ancestors' | 'descendants') => `
    MATCH (c)${direction === 'ancestors' ? '-[h:HAS_ANCESTOR]->' : '<-[h:HAS_ANCESTOR]-'}(other:Concept)
    WHERE h.minLevels >= $minLevels AND ($maxLevels IS NULL OR h.minLevels <= $maxLevels)
      AND NOT other:Unresolved AND (NOT $standardOnly OR other.standardConcept = 'S')
`;

const ancestryPage = (direction: 'ancestors' | 'descendants') => `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  CALL (c) {
    ${ancestryMatch(direction)}
    RETURN count(other) AS totalCount
  }
  CALL (c) {
    ${ancestryMatch(direction)}
    WITH other, h ORDER BY h.minLevels, other.conceptId SKIP $offset LIMIT $limit
    RETURN collect({concept: other { .* }, minLevels: h.minLevels, maxLevels: h.maxLevels}) AS page
  }
  RETURN conceptId, totalCount, page
`;
const ANCESTORS_PAGE = ancestryPage('ancestors');
const DESCENDANTS_PAGE = ancestryPage('descendants');

const PARENTS = `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  MATCH (c)-[h:HAS_ANCESTOR]->(parent:Concept)
  WHERE h.minLevels = 1 AND NOT parent:Unresolved
  WITH conceptId, parent ORDER BY parent.conceptId
  RETURN conceptId, collect(parent { .* }) AS parents
`;

const IS_DESCENDANT_OF = `
  UNWIND $pairs AS pair
  OPTIONAL MATCH (d:Concept {conceptId: pair.descendant}) USING INDEX d:Concept(conceptId)
  RETURN pair.index AS index, d IS NOT NULL AND EXISTS {
    MATCH (d)-[h:HAS_ANCESTOR]->(a:Concept {conceptId: pair.ancestor})
    WHERE h.minLevels >= 1 AND NOT a:Unresolved
  } AS result
`;

export interface AncestryArgs {
  direction: 'ancestors' | 'descendants';
  minLevels: number;
  maxLevels: number | null;
  standardOnly: boolean;
  offset: number;
  limit: number;
}

/** One ancestor or descendant with its levels; the GraphQL edge adds the cursor. */
export interface AncestryEdgeRecord {
  node: ConceptRecord;
  cursor: string;
  minLevelsOfSeparation: number;
  maxLevelsOfSeparation: number;
}

export interface AncestryPage {
  totalCount: number;
  items: { concept: ConceptRecord; minLevels: number; maxLevels: number }[];
}

type StoredConcept = Parameters<typeof toConceptRecord>[0];

export class HierarchyRepository {
  constructor(private readonly graph: Graph) {}

  /** One page of ancestors or descendants of every concept id, with the true total of each. */
  async ancestry(conceptIds: readonly number[], args: AncestryArgs): Promise<Map<number, AncestryPage>> {
    const { direction, offset, limit, ...filter } = args;
    // SKIP and LIMIT take integers; JS numbers would travel as floats.
    const parameters = { ...filter, offset: neo4j.int(offset), limit: neo4j.int(limit) };
    const rows = await this.graph.read<{
      conceptId: number;
      totalCount: number;
      page: { concept: StoredConcept; minLevels: number; maxLevels: number }[];
    }>(direction === 'ancestors' ? ANCESTORS_PAGE : DESCENDANTS_PAGE, { conceptIds, ...parameters });
    return new Map(
      rows.map((row) => [
        row.conceptId,
        {
          totalCount: row.totalCount,
          items: row.page.map((item) => ({ concept: toConceptRecord(item.concept), minLevels: item.minLevels, maxLevels: item.maxLevels })),
        },
      ]),
    );
  }

  /** Direct parents (ancestors at minimum level 1) of every concept id, by conceptId. */
  async parents(conceptIds: readonly number[]): Promise<Map<number, ConceptRecord[]>> {
    const rows = await this.graph.read<{ conceptId: number; parents: StoredConcept[] }>(PARENTS, { conceptIds });
    return new Map(rows.map((row) => [row.conceptId, row.parents.map(toConceptRecord)]));
  }

  /** For each (descendant, ancestor) pair, whether the ancestry holds it at a level of 1 or more. */
  async isDescendantOf(pairs: readonly { descendant: number; ancestor: number }[]): Promise<boolean[]> {
    const rows = await this.graph.read<{ index: number; result: boolean }>(IS_DESCENDANT_OF, {
      pairs: pairs.map((pair, index) => ({ ...pair, index })),
    });
    const answers = pairs.map(() => false);
    for (const row of rows) answers[row.index] = row.result;
    return answers;
  }
}
