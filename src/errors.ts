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

/**
 * A request the service refuses on purpose (bad input, a limit, the database out of reach): a
 * plain Error that the pure modules, the repositories and the database layer throw, with no
 * GraphQL in it. Its `extensions` (the code and what a client needs: field, limit, requested,
 * argument) become the GraphQL error's at the resolver boundary: graphql-js gives the error it
 * wraps a thrown one in that error's `extensions` (GraphQLError's constructor), and
 * `toGraphQLError` (api/graphql-errors.ts) does the same for validation rules.
 */
export class ServiceError extends Error {
  readonly extensions: { code: ErrorCode | LimitCode } & Record<string, unknown>;

  constructor(message: string, code: ErrorCode | LimitCode, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ServiceError';
    this.extensions = { code, ...details };
  }

  get code(): ErrorCode | LimitCode {
    return this.extensions.code;
  }
}

export function badInput(message: string, field?: string): ServiceError {
  return new ServiceError(message, ErrorCode.BAD_USER_INPUT, field ? { field } : {});
}

/** A request over one of the service's limits: the code names the limit. */
export function limitExceeded(code: LimitCode, message: string, limit: number, requested: number, argument?: string): ServiceError {
  return new ServiceError(message, code, { limit, requested, ...(argument ? { argument } : {}) });
}

/** Refuses a list argument longer than `max` (LIST_SIZE_LIMIT_EXCEEDED); the message spells the sizes as the other refusals do (10,000). */
export function checkListSize(argument: string, length: number, max: number): void {
  if (length > max) {
    const n = (value: number) => value.toLocaleString('en-US');
    throw limitExceeded(LimitCode.LIST_SIZE_LIMIT_EXCEEDED, `${argument} may hold at most ${n(max)} items, got ${n(length)}`, max, length, argument);
  }
}
