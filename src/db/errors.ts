import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '../errors.js';

/**
 * The one place driver errors become client errors. Connectivity problems get a code a client
 * can retry on; anything else stays an internal error (masked, logged).
 */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new GraphQLError('The graph database is not reachable right now; retry shortly.', {
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
        originalError: error,
      });
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return new GraphQLError('The query took too long and was stopped.', {
        extensions: { code: ErrorCode.DATABASE_TIMEOUT },
        originalError: error,
      });
    }
    if (error.retryable) {
      return new GraphQLError('The graph database is busy; retry shortly.', {
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
        originalError: error,
      });
    }
  }
  return error;
}
