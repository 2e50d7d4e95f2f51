import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { catalogueResolvers } from './catalogue-resolvers.js';

/** Vocabularies, domains, concept classes, relationship types: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return { name: 'catalogue', typeDefs: readSdl(import.meta.url, 'catalogue.graphql'), resolvers: catalogueResolvers };
}
