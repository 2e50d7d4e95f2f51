import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { releaseResolvers } from './release-resolvers.js';

/** Vocabulary releases, their changes and impact: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'releases', typeDefs: readSdl(import.meta.url, 'releases.graphql'), resolvers: releaseResolvers };
}
