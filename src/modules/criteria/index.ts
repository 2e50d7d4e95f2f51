import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { criteriaResolvers } from './criteria-resolvers.js';

/** The 2026 delivery levels, their criteria and the delivery-code engine: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'criteria', typeDefs: readSdl(import.meta.url, 'criteria.graphql'), resolvers: criteriaResolvers };
}
