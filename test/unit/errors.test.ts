import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateDriverError } from '../../src/db/errors.js';
import { formatError } from '../../src/api/graphql-errors.js';
import { checkListSize, limitExceeded, LimitCode, ServiceError } from '../../src/errors.js';

describe('formatError', () => {
  it('masks an unexpected error: no message, no stack, a code', () => {
    const thrown = new GraphQLError('Unexpected error.', {
      originalError: new Error('Neo4jError: connection to 10.0.0.3 refused at /srv/app/x.js:12'),
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    });
    const formatted = formatError({ message: thrown.message, extensions: thrown.extensions, path: ['concept'] }, thrown);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['concept'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps errors raised on purpose, without a stack trace', () => {
    const thrown = new GraphQLError('conceptId must be a positive whole number', { extensions: { code: 'BAD_USER_INPUT' } });
    const formatted = formatError({ message: thrown.message, extensions: { ...thrown.extensions, stacktrace: ['at y'] } }, thrown);
    expect(formatted.message).toBe('conceptId must be a positive whole number');
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('ServiceError', () => {
  it("needs no GraphQL: graphql-js gives the error it wraps a thrown one in that one's code and details", () => {
    const thrown = limitExceeded(LimitCode.LIST_SIZE_LIMIT_EXCEEDED, 'lines may hold at most 10,000 items, got 10,001', 10_000, 10_001, 'lines');
    expect(thrown).not.toBeInstanceOf(GraphQLError);
    // What graphql-js does with an error a resolver throws (locatedError): a GraphQLError with it as originalError.
    const wrapped = new GraphQLError(thrown.message, { originalError: thrown, path: ['mapClaimLines'] });
    expect(wrapped.extensions).toEqual({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 10_000, requested: 10_001, argument: 'lines' });
    const formatted = formatError({ message: wrapped.message, extensions: wrapped.extensions, path: wrapped.path }, wrapped);
    expect(formatted).toEqual({
      message: thrown.message,
      path: ['mapClaimLines'],
      extensions: { code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 10_000, requested: 10_001, argument: 'lines' },
    });
  });
});

describe('checkListSize', () => {
  it('lets a list at its limit through and refuses a longer one, the sizes spelt with separators', () => {
    expect(() => checkListSize('lines', 10_000, 10_000)).not.toThrow();
    const refused = (() => {
      try {
        checkListSize('lines', 60_000, 10_000);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).message).toBe('lines may hold at most 10,000 items, got 60,000');
    expect((refused as ServiceError).extensions).toEqual({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 10_000, requested: 60_000, argument: 'lines' });
  });
});

describe('translateDriverError', () => {
  it('turns an unreachable database into DATABASE_UNAVAILABLE with no driver details', () => {
    const translated = translateDriverError(
      new Neo4jError('Could not perform discovery: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', '08000', 'connection error'),
    );
    expect(translated).toBeInstanceOf(ServiceError);
    expect((translated as ServiceError).code).toBe('DATABASE_UNAVAILABLE');
    expect((translated as ServiceError).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });

  it('leaves a syntax error alone, to be masked as internal', () => {
    const error = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');
    expect(translateDriverError(error)).toBe(error);
  });
});
