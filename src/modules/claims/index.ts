import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { claimsResolvers, MAX_CLAIM_LINES } from './claims-resolvers.js';

/** Claim lines to OMOP rows (mapClaimLines): the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return {
    name: 'claims',
    typeDefs: readSdl(import.meta.url, 'claims.graphql'),
    resolvers: claimsResolvers,
    listLimits: { 'Query.mapClaimLines(lines:)': MAX_CLAIM_LINES },
  };
}
