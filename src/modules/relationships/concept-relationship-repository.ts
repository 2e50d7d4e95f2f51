import neo4j from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { toConceptRecord, type ConceptRecord } from '../../graph/concept.js';
import type { RelationshipCatalogue, RelationshipPlan } from '../../graph/relationship-catalogue.js';

/**
 * A concept's CONCEPT_RELATIONSHIP rows read from its side. A pair of reverse ids is stored as
 * one edge in its canonical direction (docs/graph-model.md): an edge leaving the concept reads
 * as its stored (canonical) id, an edge arriving reads as the catalogue's reverse id ('Maps to'
 * arriving reads 'Mapped from'). A self edge (OMOP's 'Maps to' of a standard concept to itself)
 * is read both ways, as ATHENA lists it twice. Edge types come from the catalogue only.
 */

/** Both directions of the concept's edges of the given types, each with the id read from `c`. */
const relationshipRows = (types: string[]) => `
    CALL (c) {
      MATCH (c)-[r:${types.join('|')}]->(other:Concept) RETURN r, other, r.relationshipId AS relationshipId
      UNION ALL
      MATCH (c)<-[r:${types.join('|')}]-(other:Concept) RETURN r, other, $reverseOf[r.relationshipId] AS relationshipId
    }
    WITH r, other, relationshipId
    WHERE NOT other:Unresolved AND ($relationshipIds IS NULL OR relationshipId IN $relationshipIds)
      AND ($validOn IS NULL OR ((r.validStartDate IS NULL OR r.validStartDate <= date($validOn))
                                AND (r.validEndDate IS NULL OR date($validOn) <= r.validEndDate)))
`;

const relationshipPage = (types: string[]) => `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  CALL (c) {
    ${relationshipRows(types)}
    RETURN count(*) AS totalCount
  }
  CALL (c) {
    ${relationshipRows(types)}
    WITH r, other, relationshipId ORDER BY relationshipId, other.conceptId, r.validStartDate SKIP $offset LIMIT $limit
    RETURN collect({
      relationshipId: relationshipId, concept: other { .* }, validStartDate: toString(r.validStartDate),
      validEndDate: toString(r.validEndDate), invalidReason: r.invalidReason
    }) AS page
  }
  RETURN conceptId, totalCount, page
`;

export interface ConceptRelationshipRecord {
  relationshipId: string;
  concept: ConceptRecord;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}

export interface RelationshipArgs {
  /** The ids asked for (null: every id), already checked against the catalogue. */
  relationshipIds: string[] | null;
  validOn: string | null;
  offset: number;
  limit: number;
}

export interface RelationshipPage {
  totalCount: number;
  items: ConceptRelationshipRecord[];
}

/** The stored types of the ids asked (every type when null); the catalogue is the only source. */
export function storedTypes(catalogue: RelationshipCatalogue, relationshipIds: string[] | null): string[] {
  const plans: RelationshipPlan[] = relationshipIds ? relationshipIds.map((id) => catalogue.get(id)!) : [...catalogue.values()];
  return [...new Set(plans.map((plan) => plan.neo4jType))].sort();
}

/** The id an edge stored as `canonicalId` reads as when walked backwards. */
function reverseIds(catalogue: RelationshipCatalogue): Record<string, string> {
  const reverseOf: Record<string, string> = {};
  for (const plan of catalogue.values()) {
    if (!plan.storedReversed)
      reverseOf[plan.relationshipId] =
        plan.reverseRelationshipId && catalogue.has(plan.reverseRelationshipId) ? plan.reverseRelationshipId : plan.relationshipId;
  }
  return reverseOf;
}

type Row = { conceptId: number; totalCount: number; page: (Omit<ConceptRelationshipRecord, 'concept'> & { concept: Parameters<typeof toConceptRecord>[0] })[] };

export class ConceptRelationshipRepository {
  constructor(private readonly graph: Graph) {}

  /** One page of relationships of every concept id, with the true total of each. */
  async page(catalogue: RelationshipCatalogue, conceptIds: readonly number[], args: RelationshipArgs): Promise<Map<number, RelationshipPage>> {
    // Both directions of each type; the id read from the concept then picks the rows asked for
    // ('Mapped from' keeps the MAPS_TO edges arriving, 'Maps to' those leaving).
    const types = storedTypes(catalogue, args.relationshipIds);
    if (types.length === 0) return new Map();
    const rows = await this.graph.read<Row>(relationshipPage(types), {
      conceptIds,
      relationshipIds: args.relationshipIds,
      validOn: args.validOn,
      reverseOf: reverseIds(catalogue),
      offset: neo4j.int(args.offset),
      limit: neo4j.int(args.limit),
    });
    return new Map(
      rows.map((row) => [row.conceptId, { totalCount: row.totalCount, items: row.page.map((item) => ({ ...item, concept: toConceptRecord(item.concept) })) }]),
    );
  }
}
