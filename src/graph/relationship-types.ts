import type { RelationshipCatalogueRow } from './vocabulary-tables.js';

/**
 * How OMOP relationship ids become Neo4j relationship types. A pair of reverse ids ('Maps to' /
 * 'Mapped from') is stored once, in its canonical direction, and read both ways: a
 * 'Mapped from' row A -> B is stored as the MAPS_TO edge B -> A. The type names are derived
 * here from the catalogue only, never from user text.
 */
export interface StoredAs {
  /** The Neo4j relationship type, e.g. MAPS_TO. */
  type: string;
  /** The canonical relationship_id the edge carries. */
  canonicalId: string;
  /** True when rows of this id are stored with their endpoints swapped. */
  reversed: boolean;
}

/** Ids that read as the forward direction of their pair; other pairs use the smaller id. */
const PREFERRED_DIRECTION = new Set([
  'Maps to',
  'Maps to value',
  'Maps to unit',
  'Is a',
  'Concept replaced by',
  'Concept same_as to',
  'Concept poss_eq to',
  'Concept was_a to',
  'Concept alt_to to',
]);

export function toNeo4jType(relationshipId: string): string {
  const type = relationshipId
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(type) ? type : `R_${type}`;
}

export function canonicalOf(relationshipId: string, reverseId: string): string {
  if (PREFERRED_DIRECTION.has(relationshipId)) return relationshipId;
  if (PREFERRED_DIRECTION.has(reverseId)) return reverseId;
  return relationshipId <= reverseId ? relationshipId : reverseId;
}

/** The storage plan of every relationship id in the catalogue. Type names never collide. */
export function planRelationshipTypes(catalogue: readonly RelationshipCatalogueRow[]): Map<string, StoredAs> {
  const ids = new Set(catalogue.map((r) => r.relationshipId));
  const typeOwner = new Map<string, string>();
  const plan = new Map<string, StoredAs>();
  const typeFor = (canonicalId: string): string => {
    let type = toNeo4jType(canonicalId);
    for (let n = 2; typeOwner.has(type) && typeOwner.get(type) !== canonicalId; n++) type = `${toNeo4jType(canonicalId)}_${n}`;
    typeOwner.set(type, canonicalId);
    return type;
  };
  for (const row of [...catalogue].sort((a, b) => a.relationshipId.localeCompare(b.relationshipId))) {
    const reverse = ids.has(row.reverseRelationshipId) ? row.reverseRelationshipId : row.relationshipId;
    const canonicalId = canonicalOf(row.relationshipId, reverse);
    plan.set(row.relationshipId, { type: typeFor(canonicalId), canonicalId, reversed: canonicalId !== row.relationshipId });
  }
  return plan;
}
