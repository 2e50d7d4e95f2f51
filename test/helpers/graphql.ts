import { createApolloServer, type ApolloOptions } from '../../src/apollo.js';
import type { Graph } from '../../src/db/graph.js';
import { createRepositories, createRequestContext } from '../../src/context.js';
import { silentLog } from './database.js';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Runs operations through the service's own GraphQL server (createApolloServer: its schema,
 * resolvers, error masking and query limits) against a real database, one request context per
 * operation (as over HTTP, without the HTTP layer).
 */
export function graphqlClient(graph: Graph, options: ApolloOptions = {}): (source: string, variables?: Record<string, unknown>) => Promise<GraphQLResult> {
  const repositories = createRepositories(graph);
  const apollo = createApolloServer(options);
  return async (source, variables = {}) => {
    const response = await apollo.executeOperation({ query: source, variables }, { contextValue: createRequestContext(repositories, 'test', silentLog) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
}
