import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { searchResolvers } from './search-resolvers.js';

/** Full-text concept search: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'search', typeDefs: readSdl(import.meta.url, 'search.graphql'), resolvers: searchResolvers };
}
