import type { ConceptResolvers } from '../../generated/graphql.js';
import { todayUtc } from '../../dates.js';
import { resolveMapping } from './chain-resolution.js';

export const mappingResolvers: { Concept: ConceptResolvers } = {
  Concept: {
    mapsTo: async (concept, args, { loaders }) => {
      const asOf = args.asOf ?? todayUtc();
      // A standard concept maps to itself: no neighbourhood to fetch.
      if (concept.standardConcept === 'S') return resolveMapping(concept, new Map(), asOf);
      const hops = await loaders.mapping.neighbourhood.load({ conceptId: concept.conceptId, args: { asOf } });
      return resolveMapping(concept, hops, asOf);
    },
  },
};
