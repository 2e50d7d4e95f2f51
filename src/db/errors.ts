import { Neo4jError } from 'neo4j-driver';
import { ErrorCode, ServiceError } from '../errors.js';

/**
 * The one place driver errors become client errors. Connectivity problems get a code a client
 * can retry on; anything else stays an internal error (masked, logged).
 */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new ServiceError('The graph database is not reachable right now; retry shortly.', ErrorCode.DATABASE_UNAVAILABLE, {}, { cause: error });
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return new ServiceError('The query took too long and was stopped.', ErrorCode.DATABASE_TIMEOUT, {}, { cause: error });
    }
    if (error.retryable) {
      return new ServiceError('The graph database is busy; retry shortly.', ErrorCode.DATABASE_UNAVAILABLE, {}, { cause: error });
    }
  }
  return error;
}
