import type { Graph } from '../db/graph.js';

/**
 * The RELATIONSHIP catalogue as the read side needs it: for every OMOP relationship id, the Neo4j
 * type its edges are stored under and whether they are stored reversed ('Mapped from' rows live
 * as MAPS_TO edges walked backwards). Relationship types reach Cypher only from here, never
 * from user text.
 */
export interface RelationshipPlan {
  relationshipId: string;
  relationshipName: string | null;
  reverseRelationshipId: string | null;
  isHierarchical: boolean;
  definesAncestry: boolean;
  /** The Neo4j relationship type, e.g. MAPS_TO (a safe identifier by construction). */
  neo4jType: string;
  /** The relationship id the stored edge carries (the canonical id of the pair). */
  storedAsRelationshipId: string;
  /** True when an edge of this id is walked against its stored direction. */
  storedReversed: boolean;
}

export type RelationshipCatalogue = ReadonlyMap<string, RelationshipPlan>;

const CATALOGUE = `
  MATCH (r:RelationshipType) WHERE r.neo4jType IS NOT NULL
  RETURN r.relationshipId AS relationshipId, r.relationshipName AS relationshipName,
         r.reverseRelationshipId AS reverseRelationshipId, coalesce(r.isHierarchical, false) AS isHierarchical,
         coalesce(r.definesAncestry, false) AS definesAncestry, r.neo4jType AS neo4jType,
         coalesce(r.storedAsRelationshipId, r.relationshipId) AS storedAsRelationshipId,
         coalesce(r.storedReversed, false) AS storedReversed
  ORDER BY relationshipId
`;

/** Neo4j type names as the loader derives them; anything else is never pasted into Cypher. */
const SAFE_TYPE = /^[A-Z][A-Z0-9_]*$/;

export class RelationshipCatalogueRepository {
  constructor(private readonly graph: Graph) {}

  async load(): Promise<RelationshipCatalogue> {
    const rows = await this.graph.read<RelationshipPlan>(CATALOGUE);
    return new Map(rows.filter((row) => SAFE_TYPE.test(row.neo4jType)).map((row) => [row.relationshipId, row]));
  }
}
