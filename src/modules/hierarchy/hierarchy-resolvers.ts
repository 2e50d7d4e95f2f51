import { connection, pageWindow } from '../../api/pagination.js';
import { badInput, checkListSize, limitExceeded, LimitCode } from '../../errors.js';
import type { ConceptResolvers } from '../../generated/graphql.js';
import { parseConceptId } from '../../api/concept-id.js';
import { resolveRelationshipIds } from '../relationships/relationship-ids.js';
import type { AncestryArgs } from './hierarchy-repository.js';
import { todayUtc } from '../../dates.js';
import { isValidOn } from '../../graph/validity.js';

/** The most levels of separation a client may ask for (OMOP hierarchies run about 20 deep). */
export const MAX_LEVELS = 100;
/** The most relationship ids one `relationships` call may name. */
export const MAX_RELATIONSHIP_IDS = 100;

/**
 * The Concept fields of this module whose resolvers read nothing of the concept but its id,
 * through per-request loaders: a lookup by id may start them beside its own read (api/prefetch.ts).
 */
export const CONCEPT_FIELDS_READ_BY_ID: ReadonlySet<string> = new Set(['relationships', 'ancestors', 'descendants', 'parents', 'children', 'isDescendantOf']);

function level(name: 'minLevels' | 'maxLevels', value: number): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(`${name} must be a whole number of 0 or more, got ${value}`, name);
  if (value > MAX_LEVELS) {
    throw limitExceeded(LimitCode.TRAVERSAL_DEPTH_LIMIT_EXCEEDED, `${name} may be at most ${MAX_LEVELS}, got ${value}`, MAX_LEVELS, value, name);
  }
  return value;
}

type AncestryFieldArgs = { minLevels?: number | null; maxLevels?: number | null; standardOnly?: boolean | null; first?: number | null; after?: string | null };

/** Checked arguments of `ancestors`/`descendants`: levels within bounds, a page within the cap. */
function ancestryArgs(direction: AncestryArgs['direction'], args: AncestryFieldArgs) {
  const minLevels = level('minLevels', args.minLevels ?? 1);
  const maxLevels = args.maxLevels === null || args.maxLevels === undefined ? null : level('maxLevels', args.maxLevels);
  if (maxLevels !== null && maxLevels < minLevels) throw badInput(`maxLevels (${maxLevels}) is below minLevels (${minLevels})`, 'maxLevels');
  const window = pageWindow(args);
  const query: AncestryArgs = { direction, minLevels, maxLevels, standardOnly: args.standardOnly ?? false, offset: window.offset, limit: window.limit };
  return { window, query };
}

const ancestry =
  (direction: AncestryArgs['direction']): ConceptResolvers['ancestors'] =>
  async (concept, args, { loaders }) => {
    const { window, query } = ancestryArgs(direction, args);
    const page = await loaders.hierarchy.ancestry.load({ conceptId: concept.conceptId, args: query });
    const { edges, ...rest } = connection(page.items, window, page.totalCount);
    return {
      ...rest,
      edges: edges.map(({ node, cursor }) => ({
        node: node.concept,
        cursor,
        minLevelsOfSeparation: node.minLevels,
        maxLevelsOfSeparation: node.maxLevels,
      })),
    };
  };

export const hierarchyResolvers: { Concept: ConceptResolvers } = {
  Concept: {
    validOn: (concept, args) => isValidOn(concept, args.date ?? todayUtc()),

    relationships: async (concept, args, { loaders, relationshipCatalogue }) => {
      let relationshipIds: string[] | null = null;
      if (args.relationshipIds) {
        checkListSize('relationshipIds', args.relationshipIds.length, MAX_RELATIONSHIP_IDS);
        relationshipIds = resolveRelationshipIds(await relationshipCatalogue(), args.relationshipIds).map((plan) => plan.relationshipId);
      }
      const window = pageWindow(args);
      const page = await loaders.conceptRelationships.page.load({
        conceptId: concept.conceptId,
        args: { relationshipIds, validOn: args.validOn ?? null, offset: window.offset, limit: window.limit },
      });
      return connection(page.items, window, page.totalCount);
    },

    ancestors: ancestry('ancestors'),
    descendants: ancestry('descendants'),

    parents: (concept, _args, { loaders }) => loaders.hierarchy.parents.load(concept.conceptId),

    children: async (concept, args, { loaders }) => {
      const { window, query } = ancestryArgs('descendants', { minLevels: 1, maxLevels: 1, first: args.first, after: args.after });
      const page = await loaders.hierarchy.ancestry.load({ conceptId: concept.conceptId, args: query });
      return connection(
        page.items.map((item) => item.concept),
        window,
        page.totalCount,
      );
    },

    isDescendantOf: (concept, args, { loaders }) =>
      loaders.hierarchy.isDescendantOf.load({ descendant: concept.conceptId, ancestor: parseConceptId(args.conceptId, 'conceptId') }),
  },
};
