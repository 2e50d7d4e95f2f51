import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { navigationResolvers } from './navigation-resolvers.js';

/** Common ancestors, paths, neighbourhoods: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'navigation', typeDefs: readSdl(import.meta.url, 'navigation.graphql'), resolvers: navigationResolvers };
}
