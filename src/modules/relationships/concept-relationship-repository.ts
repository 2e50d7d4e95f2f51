import neo4j from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { toConceptRecord, type ConceptRecord } from '../../graph/concept.js';
import type { RelationshipCatalogue } from '../../graph/relationship-catalogue.js';

/**
 * A concept's CONCEPT_RELATIONSHIP rows read from its side. A pair of reverse ids is stored as
 * one edge in its canonical direction (docs/graph-model.md): an edge leaving the concept reads
 * as its stored (canonical) id, an edge arriving reads as the catalogue's reverse id ('Maps to'
 * arriving reads 'Mapped from'). A self edge (OMOP's 'Maps to' of a standard concept to itself)
 * is read both ways, as ATHENA lists it twice. Edge types come from the catalogue only.
 */

/**
 * Which stored edges can hold the ids asked: a type is read leaving the concept when one of its
 * stored (canonical) ids is asked, and arriving when the id such an edge reads as backwards is
 * asked ('Maps to' alone reads MAPS_TO leaving, 'Mapped from' alone MAPS_TO arriving). With no
 * ids asked, every type both ways.
 */
export interface EdgeReads {
  leaving: string[];
  arriving: string[];
  /** The id an edge arriving reads as, by its stored id (only the types read arriving). */
  reverseOf: Record<string, string>;
}

/** The edges of `reads`, each with the id read from `c`, filtered as asked. */
const relationshipRows = ({ leaving, arriving }: EdgeReads) => {
  const branches = [
    ...(leaving.length ? [`MATCH (c)-[r:${leaving.join('|')}]->(other:Concept) RETURN r, other, r.relationshipId AS relationshipId`] : []),
    ...(arriving.length ? [`MATCH (c)<-[r:${arriving.join('|')}]-(other:Concept) RETURN r, other, $reverseOf[r.relationshipId] AS relationshipId`] : []),
  ];
  return `
    CALL (c) {
      ${branches.join('\n      UNION ALL\n      ')}
    }
    WITH r, other, relationshipId
    WHERE NOT other:Unresolved AND ($relationshipIds IS NULL OR relationshipId IN $relationshipIds)
      AND ($validOn IS NULL OR ((r.validStartDate IS NULL OR r.validStartDate <= date($validOn))
                                AND (r.validEndDate IS NULL OR date($validOn) <= r.validEndDate)))
`;
};

/** One pass over a concept's rows: ordered, counted, and the page cut from the ordered list. */
const relationshipPage = (reads: EdgeReads) => `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  CALL (c) {
    ${relationshipRows(reads)}
    WITH r, other, relationshipId ORDER BY relationshipId, other.conceptId, r.validStartDate
    WITH collect({r: r, other: other, relationshipId: relationshipId}) AS rows
    RETURN size(rows) AS totalCount, [row IN rows[$offset..$offset + $limit] | {
      relationshipId: row.relationshipId, concept: properties(row.other), validStartDate: toString(row.r.validStartDate),
      validEndDate: toString(row.r.validEndDate), invalidReason: row.r.invalidReason
    }] AS page
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

/** The edge reads the ids asked need (every type both ways when null); the catalogue is the only source of types. */
export function edgeReads(catalogue: RelationshipCatalogue, relationshipIds: readonly string[] | null): EdgeReads {
  const asked = relationshipIds ? new Set(relationshipIds) : null;
  const leaving = new Set<string>();
  const arriving = new Set<string>();
  const reverseOf: Record<string, string> = {};
  for (const plan of catalogue.values()) {
    if (plan.storedReversed) continue;
    // Walked backwards, a stored edge reads as its reverse id, or as itself when the catalogue lacks one.
    const reverse = plan.reverseRelationshipId;
    const backwards = reverse && catalogue.has(reverse) ? reverse : plan.relationshipId;
    if (!asked || asked.has(plan.relationshipId)) leaving.add(plan.neo4jType);
    if (!asked || asked.has(backwards)) {
      arriving.add(plan.neo4jType);
      reverseOf[plan.relationshipId] = backwards;
    }
  }
  return { leaving: [...leaving].sort(), arriving: [...arriving].sort(), reverseOf };
}

type Row = { conceptId: number; totalCount: number; page: (Omit<ConceptRelationshipRecord, 'concept'> & { concept: Parameters<typeof toConceptRecord>[0] })[] };

export class ConceptRelationshipRepository {
  constructor(private readonly graph: Graph) {}

  /** One page of relationships of every concept id, with the true total of each. */
  async page(catalogue: RelationshipCatalogue, conceptIds: readonly number[], args: RelationshipArgs): Promise<Map<number, RelationshipPage>> {
    const reads = edgeReads(catalogue, args.relationshipIds);
    if (reads.leaving.length === 0 && reads.arriving.length === 0) return new Map();
    const rows = await this.graph.read<Row>(relationshipPage(reads), {
      conceptIds,
      relationshipIds: args.relationshipIds,
      validOn: args.validOn,
      reverseOf: reads.reverseOf,
      offset: neo4j.int(args.offset),
      limit: neo4j.int(args.limit),
    });
    return new Map(
      rows.map((row) => [row.conceptId, { totalCount: row.totalCount, items: row.page.map((item) => ({ ...item, concept: toConceptRecord(item.concept) })) }]),
    );
  }
}
