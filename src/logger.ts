import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

const REDACTED = '[redacted]';

/**
 * Headers that carry credentials, at every place a log line can hold a request or a response
 * (a request's own line, api/request-log.ts; an error's request). pino's redaction runs on
 * every line at every level, so no call site has to remember it.
 */
const CREDENTIAL_HEADERS = ['authorization', '"proxy-authorization"', 'cookie', '"set-cookie"', '"x-api-key"', '"x-auth-token"', '"x-access-token"'];
const REDACT_PATHS = ['req', 'res', 'err.req', 'err.res', 'err.request', 'err.response'].flatMap((at) =>
  CREDENTIAL_HEADERS.map((header) => `${at}.headers.${header}`),
);

/** Query parameters whose names say they may carry a credential (?access_token=, ?api_key=, ...). */
const CREDENTIAL_PARAMETER = /token|key|secret|password|passwd|auth|session|signature|credential/i;

/** A URL with the values of credential-like query parameters replaced. */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const params = new URLSearchParams(url.slice(mark + 1));
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (CREDENTIAL_PARAMETER.test(name)) {
      params.set(name, REDACTED);
      changed = true;
    }
  }
  return changed ? `${url.slice(0, mark)}?${params.toString()}` : url;
}

/** A parsed query object with the same parameters redacted. */
export function redactQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, CREDENTIAL_PARAMETER.test(name) ? REDACTED : value]));
}

/** The service's logger: JSON lines with credentials redacted (to stdout unless `destination` is given). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'procedure-code-graph' }, redact: { paths: REDACT_PATHS, censor: REDACTED } };
  return destination ? pino(options, destination) : pino(options);
}
