import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { conceptResolvers } from './concept-resolvers.js';

/** Concepts by id and by code, code references and sources: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'concepts', typeDefs: readSdl(import.meta.url, 'concepts.graphql', 'codes.graphql'), resolvers: conceptResolvers };
}
