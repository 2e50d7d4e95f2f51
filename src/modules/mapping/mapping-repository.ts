import type { Graph } from '../../db/graph.js';
import { toConceptRecord } from '../../graph/concept.js';
import type { RelationshipCatalogue } from '../../graph/relationship-catalogue.js';
import { MAPPING_RELATIONSHIP_IDS, MAX_MAPPING_HOPS, type HopsByConcept, type MappingHopRecord } from './chain-resolution.js';

/**
 * Fetches the bounded neighbourhood a 'Maps to' resolution walks, for a batch of concepts in one
 * query: every edge of the mapping types reachable within MAX_MAPPING_HOPS + 1 hops (one more
 * than allowed, so that a chain over the limit is seen and refused, not cut short), never
 * leaving a standard concept (the walk stops there) and never entering a placeholder. The
 * quantified path pattern applies those rules while it expands, and its default match mode
 * (different relationships) ends any loop. What the hops mean is decided in chain-resolution.ts.
 *
 * The six mapping ids are stored in their forward direction (relationship-types.ts), so the
 * walk follows stored edges forwards; an id the catalogue stores reversed is not followed.
 */
const neighbourhood = (types: string[]) => `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  WHERE NOT c:Unresolved AND coalesce(c.standardConcept, '') <> 'S'
  MATCH (c) ((a:Concept)-[r:${types.join('|')}]->(b:Concept)
    WHERE coalesce(a.standardConcept, '') <> 'S' AND NOT b:Unresolved
      AND ($asOf IS NULL OR ((r.validStartDate IS NULL OR r.validStartDate <= date($asOf))
                            AND (r.validEndDate IS NULL OR date($asOf) <= r.validEndDate)))
  ){1,${MAX_MAPPING_HOPS + 1}} ()
  UNWIND r AS hop
  WITH DISTINCT hop
  WITH hop, startNode(hop) AS source, endNode(hop) AS target
  RETURN source { .* } AS from, target { .* } AS to, hop.relationshipId AS relationshipId,
         toString(hop.validStartDate) AS validStartDate, toString(hop.validEndDate) AS validEndDate,
         hop.invalidReason AS invalidReason
`;

type StoredConcept = Parameters<typeof toConceptRecord>[0];

export class MappingRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * The hops around every concept id valid on `asOf`, by the concept they start from. With
   * `asOf` null, every hop whatever its dates: for callers that resolve one concept on many dates
   * (claim lines), since `resolveMapping` applies the date to the hops it follows.
   */
  async neighbourhood(catalogue: RelationshipCatalogue, conceptIds: readonly number[], asOf: string | null): Promise<HopsByConcept> {
    const types = [
      ...new Set(
        MAPPING_RELATIONSHIP_IDS.map((id) => catalogue.get(id))
          .filter((plan) => plan !== undefined && !plan.storedReversed)
          .map((plan) => plan!.neo4jType),
      ),
    ].sort();
    const hops = new Map<number, MappingHopRecord[]>();
    if (types.length === 0 || conceptIds.length === 0) return hops;
    const rows = await this.graph.read<Omit<MappingHopRecord, 'from' | 'to'> & { from: StoredConcept; to: StoredConcept }>(neighbourhood(types), {
      conceptIds,
      asOf,
    });
    for (const row of rows) {
      const hop = { ...row, from: toConceptRecord(row.from), to: toConceptRecord(row.to) };
      const list = hops.get(hop.from.conceptId) ?? [];
      list.push(hop);
      hops.set(hop.from.conceptId, list);
    }
    return hops;
  }
}
