import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { conceptSetResolvers } from './concept-set-resolvers.js';

/** OHDSI concept-set expansion: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'concept-sets', typeDefs: readSdl(import.meta.url, 'concept-sets.graphql'), resolvers: conceptSetResolvers };
}
