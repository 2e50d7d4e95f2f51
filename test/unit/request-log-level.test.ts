import { describe, expect, it } from 'vitest';
import { requestLogLevel } from '../../src/api/request-log.js';

/** The level each finished request is logged at (api/request-log.ts). */
describe('requestLogLevel', () => {
  it('logs /ready answering 503 (starting, warming, database unreachable) as information, not as an error', () => {
    expect(requestLogLevel('/ready', 503)).toBe('info');
    expect(requestLogLevel('/ready?probe=1', 503)).toBe('info');
  });

  it('keeps every other failure of the service an error', () => {
    expect(requestLogLevel('/graphql', 503)).toBe('error');
    expect(requestLogLevel('/readyz', 503)).toBe('error');
    expect(requestLogLevel('/ready', 500)).toBe('error');
    expect(requestLogLevel('/ready', 503, new Error('socket closed'))).toBe('error');
    expect(requestLogLevel('/graphql', 200, new Error('aborted'))).toBe('error');
  });

  it('logs refused requests as warnings and the rest at debug', () => {
    expect(requestLogLevel('/graphql', 400)).toBe('warn');
    expect(requestLogLevel('/nowhere', 404)).toBe('warn');
    expect(requestLogLevel('/ready', 200)).toBe('debug');
    expect(requestLogLevel('/graphql', 200)).toBe('debug');
  });
});
