import { readSdl, type GraphQLModule } from '../graphql-module.js';
import { lineageResolvers, MAX_CODES_PER_CALL } from './lineage-resolvers.js';

/** Code lineage, codes on a date, code changes: the SDL beside this file and its resolvers. */
export function createModule(): GraphQLModule {
  return {
    name: 'lineage',
    typeDefs: readSdl(import.meta.url, 'lineage.graphql'),
    resolvers: lineageResolvers,
    listLimits: { 'Query.codesOnDate(codes:)': MAX_CODES_PER_CALL },
  };
}
