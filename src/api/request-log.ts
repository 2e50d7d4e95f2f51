import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { redactQuery, redactUrl, type Logger } from '../logger.js';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id: the client's `x-request-id` when it is a plain token, else a new UUID. */
    id: string;
    /** The service's logger with the request id bound (`reqId`). */
    log: Logger;
  }
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export type RequestLogLevel = 'error' | 'warn' | 'info' | 'debug';

/**
 * The level a finished request is logged at: a failure of the service (an error, a 5xx) is an
 * error, a refused request a warning, the rest debug. /ready answering 503 is neither: it is
 * how the service says it is still starting or warming up, asked every few seconds by a probe,
 * so it is logged as information.
 */
export function requestLogLevel(url: string | undefined, status: number, error?: unknown): RequestLogLevel {
  if (!error && isNotReady(url, status)) return 'info';
  if (error || status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'debug';
}

function isNotReady(url: string | undefined, status: number): boolean {
  return status === 503 && /^\/ready(?:[?#]|$)/.test(url ?? '');
}

/**
 * Request ids and one log line per request, when it ends, at requestLogLevel's level. The
 * request's id goes back in `x-request-id`, and `req.log` carries it to every line logged
 * while the request runs (resolvers, errors).
 *
 * What the request and response were (method, URL and query with credential-like parameters
 * redacted, headers with credentials redacted by the logger, status, time) is gathered only
 * when that level is written: pino-http, used before, serialised every request into its child
 * logger as the request came in, 5-14% of the service's CPU per cold lookup in the measurements
 * of docs/benchmarks.md, at the default level, which writes none of it.
 */
export function requestLogging(log: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdOf(req);
    req.id = id;
    res.setHeader('x-request-id', id);
    req.log = log.child({ reqId: id });
    const started = Date.now();
    let logged = false;
    const finished = (error?: Error) => {
      if (logged) return;
      logged = true;
      // Closed before the answer was written: the client went away (or the connection broke).
      const closedEarly = !error && !res.writableFinished;
      const level = closedEarly ? 'warn' : requestLogLevel(req.originalUrl, res.statusCode, error);
      if (!log.isLevelEnabled(level)) return;
      const failure = error ?? (res.statusCode >= 500 ? new Error(`failed with status code ${res.statusCode}`) : undefined);
      const entry = {
        req: {
          method: req.method,
          url: redactUrl(req.originalUrl),
          query: redactQuery(req.query),
          headers: req.headers,
          remoteAddress: req.socket.remoteAddress,
          remotePort: req.socket.remotePort,
        },
        res: { statusCode: res.statusCode, headers: res.getHeaders() },
        responseTime: Date.now() - started,
        ...(failure ? { err: failure } : {}),
      };
      const message = closedEarly
        ? 'request closed before its answer was sent'
        : isNotReady(req.originalUrl, res.statusCode)
          ? 'not ready yet'
          : failure
            ? 'request errored'
            : 'request completed';
      req.log[level](entry, message);
    };
    res.once('finish', () => finished());
    res.once('close', () => finished());
    res.once('error', (error: Error) => finished(error));
    next();
  };
}
