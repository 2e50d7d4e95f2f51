import { badInput, limitExceeded, LimitCode } from '../../errors.js';
import type { RelationshipCatalogue } from '../../graph/relationship-catalogue.js';
import { resolveRelationshipIds } from '../relationships/relationship-ids.js';

/**
 * Which stored edges a traversal may walk, and in which direction, from the relationship ids a
 * client chose. A stored edge of type T walked from its start reads as its canonical id ('Maps
 * to'); walked from its end it reads as the reverse id ('Mapped from'). Type names come only
 * from the catalogue (safe identifiers by construction).
 */
export interface TraversalPlan {
  /** Every stored type walked, e.g. ['IS_A', 'MAPS_TO']. */
  types: string[];
  /** Types walked from start to end. */
  forward: string[];
  /** Types walked from end to start. */
  backward: string[];
}

export function traversalPlan(catalogue: RelationshipCatalogue, relationshipIds: readonly string[] | null | undefined): TraversalPlan {
  const plans = relationshipIds && relationshipIds.length > 0 ? resolveRelationshipIds(catalogue, relationshipIds) : [...catalogue.values()];
  const forward = new Set<string>();
  const backward = new Set<string>();
  for (const plan of plans) (plan.storedReversed ? backward : forward).add(plan.neo4jType);
  const sorted = (set: Set<string>) => [...set].sort();
  return { types: sorted(new Set([...forward, ...backward])), forward: sorted(forward), backward: sorted(backward) };
}

/** `T1|T2|...` for a relationship pattern; only catalogue types reach here. */
export function typeAlternation(plan: TraversalPlan): string {
  return plan.types.join('|');
}

/** The relationship id an edge reads as when walked from its end to its start. */
export function reverseIdOf(catalogue: RelationshipCatalogue, storedId: string): string {
  return catalogue.get(storedId)?.reverseRelationshipId ?? storedId;
}

/**
 * A depth argument: default when omitted, BAD_USER_INPUT below 1, TRAVERSAL_DEPTH_LIMIT_EXCEEDED
 * above the limit (never clamped).
 */
export function checkDepth(argument: string, value: number | null | undefined, defaultDepth: number, limit: number): number {
  const depth = value ?? defaultDepth;
  if (!Number.isInteger(depth) || depth < 1) throw badInput(`${argument} must be 1 or more, got ${depth}`, argument);
  if (depth > limit) {
    throw limitExceeded(LimitCode.TRAVERSAL_DEPTH_LIMIT_EXCEEDED, `${argument} may be at most ${limit}, got ${depth}`, limit, depth, argument);
  }
  return depth;
}

/** Orders number sequences element by element, a shorter prefix first. */
export function compareSequences(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
