import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { aboutResolvers } from './about-resolvers.js';

/** The service and the knowledge pack it holds: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'about', typeDefs: readSdl(import.meta.url, 'about.graphql'), resolvers: aboutResolvers };
}
