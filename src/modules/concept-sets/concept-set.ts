import { limitExceeded, LimitCode } from '../../errors.js';

/** The most concepts one expansion may hold: an item's descendants or mapped concepts, or a union. */
export const MAX_EXPANSION_SIZE = 100_000;

/** One item of a concept set, expanded by the repository. */
export interface ExpandedItem {
  conceptId: number;
  isExcluded: boolean;
  /** Descendants (empty unless includeDescendants), without the concept itself. */
  descendants: readonly number[];
  /** Concepts mapping to the concept or its included descendants (empty unless includeMapped). */
  mapped: readonly number[];
}

/** `requested` is how many were found before counting stopped: at least limit + 1. */
function refuse(what: string, requested: number, limit: number): never {
  throw limitExceeded(
    LimitCode.RESULT_SIZE_LIMIT_EXCEEDED,
    `the concept set's ${what} holds more than ${limit} concepts; narrow the set (fewer items or descendants)`,
    limit,
    requested,
    'items',
  );
}

/**
 * OHDSI concept-set semantics over expanded items: (union of included items) minus (union of
 * excluded items), deduplicated, by conceptId ascending. Over `limit` anywhere is refused
 * (RESULT_SIZE_LIMIT_EXCEEDED), never cut short. Pure: the repository did the graph work.
 */
export function resolveConceptSet(items: readonly ExpandedItem[], limit = MAX_EXPANSION_SIZE): number[] {
  const included = new Set<number>();
  const excluded = new Set<number>();
  for (const item of items) {
    if (item.descendants.length > limit) refuse(`descendants of concept ${item.conceptId}`, item.descendants.length, limit);
    if (item.mapped.length > limit) refuse(`mapped concepts of concept ${item.conceptId}`, item.mapped.length, limit);
    const target = item.isExcluded ? excluded : included;
    target.add(item.conceptId);
    for (const id of item.descendants) target.add(id);
    for (const id of item.mapped) target.add(id);
    if (target.size > limit) refuse(item.isExcluded ? 'excluded part' : 'included part', target.size, limit);
  }
  return [...included].filter((id) => !excluded.has(id)).sort((a, b) => a - b);
}
