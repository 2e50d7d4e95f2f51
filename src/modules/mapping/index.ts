import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { mappingResolvers } from './mapping-resolvers.js';

/** mapsTo and its chains: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'mapping', typeDefs: readSdl(import.meta.url, 'mapping.graphql'), resolvers: mappingResolvers };
}
