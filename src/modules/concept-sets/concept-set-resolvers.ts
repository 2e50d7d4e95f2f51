import { parseConceptId } from '../../api/concept-id.js';
import { connection, pageWindow } from '../../api/pagination.js';
import { badInput, checkListSize } from '../../errors.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { MAX_EXPANSION_SIZE, resolveConceptSet, type ExpandedItem } from './concept-set.js';

export const MAX_CONCEPT_SET_ITEMS = 1_000;

export interface ConceptSetLimits {
  /** The most concepts an expansion may hold (MAX_EXPANSION_SIZE in the service). */
  maxExpansionSize: number;
}

/**
 * The resolvers with their limits as a parameter: the service uses the defaults; tests reach the
 * refusal with a small limit instead of writing 100,001 concepts.
 */
export function createConceptSetResolvers(limits: ConceptSetLimits = { maxExpansionSize: MAX_EXPANSION_SIZE }): { Query: QueryResolvers } {
  return { Query: { expandConceptSet: expandConceptSet(limits) } };
}

const expandConceptSet =
  (limits: ConceptSetLimits): QueryResolvers['expandConceptSet'] =>
  async (_parent, args, { repositories, loaders }) => {
    checkListSize('items', args.items.length, MAX_CONCEPT_SET_ITEMS);
    const window = pageWindow(args);
    const items = args.items.map((item, index) => ({
      conceptId: parseConceptId(item.conceptId, `items[${index}].conceptId`),
      includeDescendants: item.includeDescendants ?? false,
      includeMapped: item.includeMapped ?? false,
      isExcluded: item.isExcluded ?? false,
    }));
    const expanded = await repositories.conceptSets.expand(items, limits.maxExpansionSize);
    const found = expanded.filter((item): item is ExpandedItem => item !== null);
    if (found.length < expanded.length) {
      const unknown = expanded.indexOf(null);
      throw badInput(`items[${unknown}].conceptId: no concept ${items[unknown]?.conceptId} in the graph`, `items[${unknown}].conceptId`);
    }
    const ids = resolveConceptSet(found, limits.maxExpansionSize);
    const pageIds = ids.slice(window.offset, window.offset + window.limit);
    const page = await loaders.concepts.byId.loadMany(pageIds);
    return connection(
      page.map((record, index) => {
        if (record === null || record instanceof Error) throw new Error(`concept ${pageIds[index]} vanished while the set was read`);
        return record;
      }),
      window,
      ids.length,
    );
  };

export const conceptSetResolvers = createConceptSetResolvers();
