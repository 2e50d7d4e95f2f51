import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { hierarchyResolvers } from './hierarchy-resolvers.js';

/** Ancestors, descendants, parents, children: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'hierarchy', typeDefs: readSdl(import.meta.url, 'hierarchy.graphql'), resolvers: hierarchyResolvers };
}
