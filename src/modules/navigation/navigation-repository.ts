import { int } from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import type { PageWindow } from '../../api/pagination.js';
import { toConceptRecord, type ConceptRecord } from '../../graph/concept.js';
import { typeAlternation, type TraversalPlan } from './traversal.js';

type StoredConcept = Parameters<typeof toConceptRecord>[0];
type StoredDate = { toString(): string } | null;

/**
 * Each concept with itself at level 0 (OMOP's self row, whether or not the load stored one)
 * and its HAS_ANCESTOR ancestors; per ancestor, the largest over the inputs of the smallest
 * level. Placeholders of absent ancestors (:Unresolved) are not concepts and are skipped.
 */
const COMMON_ANCESTORS = `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  CALL (c) {
    RETURN c AS a, 0 AS level
    UNION
    MATCH (c)-[r:HAS_ANCESTOR]->(a:Concept)
    WHERE NOT a:Unresolved
    RETURN a, r.minLevels AS level
  }
  WITH c, a, min(level) AS level
  WITH a, count(c) AS inputs, max(level) AS distance
  WHERE inputs = size($conceptIds)
  ORDER BY distance, a.conceptId
  WITH collect(a) AS shared
  RETURN size(shared) AS total, [a IN shared[$offset..($offset + $limit)] | a { .* }] AS page
`;

/** A step may walk an edge only in a direction one of the chosen ids reads. */
const DIRECTION = `((type(r) IN $forward AND startNode(r) = x) OR (type(r) IN $backward AND endNode(r) = x))`;

/**
 * Every shortest path (Cypher's ALL SHORTEST with a quantified path pattern, so the direction
 * rule applies to each step during the search). The depth bound cannot be a parameter: it is
 * an integer the resolver checked (1..limit) and it is formatted as one here.
 */
const pathsCypher = (plan: TraversalPlan, maxDepth: number) => `
  MATCH (a:Concept {conceptId: $from}) USING INDEX a:Concept(conceptId)
  MATCH (b:Concept {conceptId: $to}) USING INDEX b:Concept(conceptId)
  MATCH p = ALL SHORTEST (a)((x:Concept)-[r:${typeAlternation(plan)}]-(y:Concept) WHERE NOT y:Unresolved AND ${DIRECTION}){1,${Math.trunc(maxDepth)}}(b)
  RETURN [n IN nodes(p) | n { .* }] AS concepts,
         [e IN relationships(p) | { from: startNode(e).conceptId, relationshipId: e.relationshipId,
           validStartDate: e.validStartDate, validEndDate: e.validEndDate, invalidReason: e.invalidReason }] AS edges
  LIMIT $probe
`;

/** One breadth-first level of a neighbourhood: new concepts next to the frontier, lowest ids first. */
const neighboursCypher = (plan: TraversalPlan) => `
  UNWIND $frontier AS conceptId
  MATCH (x:Concept {conceptId: conceptId}) USING INDEX x:Concept(conceptId)
  MATCH (x)-[r:${typeAlternation(plan)}]-(y:Concept)
  WHERE NOT y:Unresolved AND NOT y.conceptId IN $seen AND ${DIRECTION}
  RETURN DISTINCT y.conceptId AS conceptId
  ORDER BY conceptId
  LIMIT $room
`;

/** The stored edges of the plan's types between two of the given concepts. */
const edgesCypher = (plan: TraversalPlan) => `
  UNWIND $conceptIds AS conceptId
  MATCH (x:Concept {conceptId: conceptId}) USING INDEX x:Concept(conceptId)
  MATCH (x)-[r:${typeAlternation(plan)}]->(y:Concept)
  WHERE y.conceptId IN $conceptIds
  RETURN x.conceptId AS from, y.conceptId AS to, type(r) AS type, r.relationshipId AS relationshipId,
         r.validStartDate AS validStartDate, r.validEndDate AS validEndDate, r.invalidReason AS invalidReason
`;

/** An edge as stored: `from` is its start node. */
export interface StoredEdge {
  from: number;
  to: number;
  type: string;
  relationshipId: string;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}

export interface RawPath {
  concepts: ConceptRecord[];
  /** Stored edges in path order; `from` is the stored start, which may be either end of the step. */
  edges: Omit<StoredEdge, 'to' | 'type'>[];
}

const dateText = (value: StoredDate | undefined): string | null => (value ? value.toString() : null);

export class NavigationRepository {
  constructor(private readonly graph: Graph) {}

  async commonAncestors(conceptIds: readonly number[], window: PageWindow): Promise<{ total: number; page: ConceptRecord[] }> {
    const [row] = await this.graph.read<{ total: number; page: StoredConcept[] }>(COMMON_ANCESTORS, {
      conceptIds: [...new Set(conceptIds)],
      offset: int(window.offset),
      limit: int(window.limit),
    });
    return { total: row?.total ?? 0, page: (row?.page ?? []).map(toConceptRecord) };
  }

  /** Up to `probe` shortest paths, in the order the database found them. */
  async shortestPaths(from: number, to: number, plan: TraversalPlan, maxDepth: number, probe: number): Promise<RawPath[]> {
    if (plan.types.length === 0) return [];
    type Row = {
      concepts: StoredConcept[];
      edges: { from: number; relationshipId: string; validStartDate: StoredDate; validEndDate: StoredDate; invalidReason: string | null }[];
    };
    const rows = await this.graph.read<Row>(pathsCypher(plan, maxDepth), { from, to, forward: plan.forward, backward: plan.backward, probe: int(probe) });
    return rows.map((row) => ({
      concepts: row.concepts.map(toConceptRecord),
      edges: row.edges.map((edge) => ({
        from: edge.from,
        relationshipId: edge.relationshipId,
        validStartDate: dateText(edge.validStartDate),
        validEndDate: dateText(edge.validEndDate),
        invalidReason: edge.invalidReason ?? null,
      })),
    }));
  }

  /** New concepts next to the frontier (not in `seen`), lowest ids first, at most `room`. */
  async neighbours(frontier: readonly number[], seen: readonly number[], plan: TraversalPlan, room: number): Promise<number[]> {
    if (plan.types.length === 0 || frontier.length === 0) return [];
    const rows = await this.graph.read<{ conceptId: number }>(neighboursCypher(plan), {
      frontier,
      seen,
      room: int(room),
      forward: plan.forward,
      backward: plan.backward,
    });
    return rows.map((row) => row.conceptId);
  }

  async edgesBetween(conceptIds: readonly number[], plan: TraversalPlan): Promise<StoredEdge[]> {
    if (plan.types.length === 0) return [];
    type Row = Omit<StoredEdge, 'validStartDate' | 'validEndDate'> & { validStartDate: StoredDate; validEndDate: StoredDate };
    const rows = await this.graph.read<Row>(edgesCypher(plan), { conceptIds });
    return rows.map((row) => ({
      ...row,
      validStartDate: dateText(row.validStartDate),
      validEndDate: dateText(row.validEndDate),
      invalidReason: row.invalidReason ?? null,
    }));
  }
}
