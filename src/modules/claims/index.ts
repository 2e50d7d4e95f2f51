import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { claimsResolvers } from './claims-resolvers.js';

/** Claim lines to OMOP rows (mapClaimLines): the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'claims', typeDefs: readSdl(import.meta.url, 'claims.graphql'), resolvers: claimsResolvers };
}
