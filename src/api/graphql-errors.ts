import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, LimitCode, type ServiceError } from '../errors.js';

/** A refusal as a GraphQL error with its code and details in `extensions` (what validation rules report). */
export function toGraphQLError(error: ServiceError, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(error.message, { nodes, extensions: error.extensions, originalError: error });
}

/** Codes raised by Apollo Server itself for malformed requests; safe to show as they are. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);
const LIMIT_CODES = new Set<string>(Object.values(LimitCode));
const SAFE_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.DATABASE_TIMEOUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.BAD_REQUEST,
  ErrorCode.NOT_FOUND,
  ...Object.values(LimitCode),
  ...APOLLO_CLIENT_CODES,
]);

/**
 * True when the error is one we raised on purpose or a request error from Apollo. A resolver
 * that threw anything else gets INTERNAL_SERVER_ERROR from Apollo, which is never shown.
 */
export function isExpectedError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && SAFE_CODES.has(code);
}

/** The code of a formatted error (Apollo gives every error a string code), INTERNAL_SERVER_ERROR when it has none. */
export function errorCodeOf(error: GraphQLFormattedError | undefined): string {
  const code = error?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Masks anything unexpected: the client sees a code and a request id, never a stack trace
 * or a driver message. The error itself is logged by the logging plugin with the same id.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  // Apollo reports a validation rule's refusal as GRAPHQL_VALIDATION_FAILED; a refusal by one of
  // the query limits keeps the code that names the limit.
  // Duck-typed: a test runner or a CommonJS dependency may hold another copy of graphql's classes.
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | undefined)?.originalError;
  const limitCode = original?.extensions?.code;
  if (typeof limitCode === 'string' && LIMIT_CODES.has(limitCode)) {
    // `http` sets the status of the answer (Apollo reads it from the error), it is not for the client.
    const { http: _http, ...extensions } = original!.extensions!;
    formatted = { ...formatted, extensions: { ...formatted.extensions, ...extensions } };
  }
  if (isExpectedError(formatted)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
