import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { AnswerCache } from '../api/answer-cache.js';
import type { RequestContext } from '../modules/request-context.js';
import type { Logger } from '../logger.js';

/** Who asks: the id the logs carry and the logger that carries it. */
export interface Caller {
  requestId: string;
  log: Logger;
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** A GraphQL answer as /graphql would send it. */
export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs one of the product's GraphQL operations for a caller. */
export type RunOperation = (operation: Operation, caller: Caller) => Promise<OperationResult>;

/**
 * Operations run in this process against the service's own ApolloServer: the same schema,
 * resolvers, validation rules (query limits, queries only), plugins (cost, metrics, error
 * logging) and error masking as /graphql, with a request context built the way /graphql builds
 * it, and the same answer cache. No HTTP hop, and no way for an MCP tool to disagree with the API.
 */
export function inProcessOperations(
  apollo: ApolloServer<RequestContext>,
  contextFor: (caller: Caller) => RequestContext,
  answers: AnswerCache | undefined,
): RunOperation {
  return async (operation, caller) => {
    const ask = async (): Promise<OperationResult> => {
      const response = await apollo.executeOperation(operation, { contextValue: contextFor(caller) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data ?? null, ...(errors ? { errors } : {}) };
    };
    return answers ? answers.operation(operation, ask) : ask();
  };
}
