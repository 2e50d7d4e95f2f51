import { ApolloServer } from '@apollo/server';
import type { Graph } from '../../src/db/graph.js';
import { createRepositories, createRequestContext, type RequestContext } from '../../src/context.js';
import { formatError } from '../../src/errors.js';
import { resolvers } from '../../src/resolvers.js';
import { loadTypeDefs } from '../../src/schema.js';
import { silentLog } from './database.js';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Runs operations through the service's own schema, resolvers and error formatting against a
 * real database, one request context per operation (as over HTTP, without the HTTP layer).
 */
export function graphqlClient(graph: Graph): (source: string, variables?: Record<string, unknown>) => Promise<GraphQLResult> {
  const repositories = createRepositories(graph);
  const apollo = new ApolloServer<RequestContext>({ typeDefs: loadTypeDefs(), resolvers, formatError });
  return async (source, variables = {}) => {
    const response = await apollo.executeOperation({ query: source, variables }, { contextValue: createRequestContext(repositories, 'test', silentLog) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult;
  };
}
