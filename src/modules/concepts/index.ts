import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { conceptResolvers, MAX_IDS_PER_CALL } from './concept-resolvers.js';

/** Concepts by id and by code, code references and sources: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return {
    name: 'concepts',
    typeDefs: readSdl(import.meta.url, 'concepts.graphql', 'codes.graphql'),
    resolvers: conceptResolvers,
    listLimits: { 'Query.concepts(conceptIds:)': MAX_IDS_PER_CALL },
  };
}
