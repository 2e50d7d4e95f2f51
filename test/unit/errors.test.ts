import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateDriverError } from '../../src/db/errors.js';
import { formatError } from '../../src/errors.js';

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

describe('translateDriverError', () => {
  it('turns an unreachable database into DATABASE_UNAVAILABLE with no driver details', () => {
    const translated = translateDriverError(
      new Neo4jError('Could not perform discovery: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', '08000', 'connection error'),
    );
    expect(translated).toBeInstanceOf(GraphQLError);
    expect((translated as GraphQLError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect((translated as GraphQLError).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });

  it('leaves a syntax error alone, to be masked as internal', () => {
    const error = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');
    expect(translateDriverError(error)).toBe(error);
  });
});
