import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Error codes a client can act on, carried in `extensions.code`. Expected outcomes (an unknown
 * code) are data, not errors; these are for requests that cannot be answered.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** /graphql needs a bearer token (API_TOKENS is set) and none, or a wrong one, was sent. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The HTTP request itself is unusable (a body that is not JSON, a GET without the CSRF header). */
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
} as const;

/**
 * Refusals of a request that asks for more than the service answers in one go. Each error's
 * extensions carry `limit` and `requested` (and `argument` when one argument is at fault).
 */
export const LimitCode = {
  PAGE_SIZE_LIMIT_EXCEEDED: 'PAGE_SIZE_LIMIT_EXCEEDED',
  LIST_SIZE_LIMIT_EXCEEDED: 'LIST_SIZE_LIMIT_EXCEEDED',
  TRAVERSAL_DEPTH_LIMIT_EXCEEDED: 'TRAVERSAL_DEPTH_LIMIT_EXCEEDED',
  QUERY_DEPTH_LIMIT_EXCEEDED: 'QUERY_DEPTH_LIMIT_EXCEEDED',
  QUERY_COST_LIMIT_EXCEEDED: 'QUERY_COST_LIMIT_EXCEEDED',
  RESULT_SIZE_LIMIT_EXCEEDED: 'RESULT_SIZE_LIMIT_EXCEEDED',
  TEXT_LENGTH_LIMIT_EXCEEDED: 'TEXT_LENGTH_LIMIT_EXCEEDED',
  QUERY_ALIAS_LIMIT_EXCEEDED: 'QUERY_ALIAS_LIMIT_EXCEEDED',
  QUERY_DIRECTIVE_LIMIT_EXCEEDED: 'QUERY_DIRECTIVE_LIMIT_EXCEEDED',
  QUERY_TOKEN_LIMIT_EXCEEDED: 'QUERY_TOKEN_LIMIT_EXCEEDED',
  /** The query text is longer than QUERY_MAX_LENGTH characters. */
  QUERY_SIZE_LIMIT_EXCEEDED: 'QUERY_SIZE_LIMIT_EXCEEDED',
  /** The request body is larger than REQUEST_BODY_LIMIT (limit and requested in bytes). */
  REQUEST_SIZE_LIMIT_EXCEEDED: 'REQUEST_SIZE_LIMIT_EXCEEDED',
} as const;
export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

/** A request over one of the service's limits: the code names the limit. */
export function limitExceeded(code: LimitCode, message: string, limit: number, requested: number, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, requested, ...(argument ? { argument } : {}) } });
}

/** Refuses a list argument longer than `max` (LIST_SIZE_LIMIT_EXCEEDED). */
export function checkListSize(argument: string, length: number, max: number): void {
  if (length > max) throw limitExceeded(LimitCode.LIST_SIZE_LIMIT_EXCEEDED, `${argument} may hold at most ${max} items, got ${length}`, max, length, argument);
}

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
