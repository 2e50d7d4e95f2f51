import { int } from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import type { ExpandedItem } from './concept-set.js';

// One row per item the graph holds (an absent id gives no row). HAS_ANCESTOR is CONCEPT_ANCESTOR
// as the loader stores it; MAPS_TO is the stored type of the 'Maps to' / 'Mapped from' pair
// (src/graph/relationship-types.ts keeps 'Maps to' as the forward id, so the source
// concept is the edge's start). Like ATLAS, only valid 'Maps to' rows count (invalid_reason
// null). Each list stops at $probe (the limit plus one): enough to refuse, never to hold more.
const EXPAND_ITEMS = `
  UNWIND $items AS item
  MATCH (c:Concept {conceptId: item.conceptId}) USING INDEX c:Concept(conceptId)
  WHERE NOT c:Unresolved
  WITH item, c,
       CASE WHEN item.includeDescendants THEN COLLECT {
         MATCH (d:Concept)-[:HAS_ANCESTOR]->(c)
         WHERE d <> c AND NOT d:Unresolved
         RETURN DISTINCT d.conceptId LIMIT $probe
       } ELSE [] END AS descendants
  WITH item, c, descendants,
       CASE WHEN item.includeMapped THEN COLLECT {
         UNWIND [c.conceptId] + descendants AS targetId
         MATCH (t:Concept {conceptId: targetId}) USING INDEX t:Concept(conceptId)
         MATCH (m:Concept)-[r:MAPS_TO]->(t)
         WHERE r.invalidReason IS NULL AND NOT m:Unresolved
         RETURN DISTINCT m.conceptId LIMIT $probe
       } ELSE [] END AS mapped
  RETURN item.index AS index, c.conceptId AS conceptId, descendants, mapped
`;

export interface ConceptSetItem {
  conceptId: number;
  includeDescendants: boolean;
  includeMapped: boolean;
  isExcluded: boolean;
}

export class ConceptSetRepository {
  constructor(private readonly graph: Graph) {}

  /** Each item expanded, in item order; null where the graph holds no such concept. */
  async expand(items: readonly ConceptSetItem[], limit: number): Promise<(ExpandedItem | null)[]> {
    const rows = await this.graph.read<{ index: number; conceptId: number; descendants: number[]; mapped: number[] }>(EXPAND_ITEMS, {
      items: items.map((item, index) => ({ ...item, index })),
      probe: int(limit + 1),
    });
    const expanded: (ExpandedItem | null)[] = items.map(() => null);
    for (const row of rows) {
      expanded[row.index] = { conceptId: row.conceptId, isExcluded: items[row.index]!.isExcluded, descendants: row.descendants, mapped: row.mapped };
    }
    return expanded;
  }
}
