import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { todayUtc } from '../dates.js';

/** A whole GraphQL answer as it was sent: what a later identical request is answered with. */
interface Answer {
  body: string;
  headers: [string, string][];
}

/** Headers of an answer that belong to it rather than to the request that got it first. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary'];

export interface AnswerCacheOptions {
  /** Bytes of keys and answers kept at most (ANSWER_CACHE_MB); the least recently used go first. */
  maxBytes: number;
  /** The vocabulary generation now; undefined while it is unknown (nothing is kept or served then). */
  generation(): number | undefined;
}

/**
 * Whole answers to GraphQL requests (POST, GET, persisted queries), kept between requests:
 * vocabulary answers change only when a load runs, so a request identical to an earlier one
 * (same query text or persisted-query hash, operation name, variables and Accept header, on the
 * same day) is answered without parsing, validating or
 * executing it again, and without Neo4j. Only successful answers (HTTP 200, no `errors`) are kept;
 * everything is dropped when the vocabulary generation changes (`clear`), and an answer computed
 * while it changed is not kept.
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, Answer>;
  private hits = 0;
  private misses = 0;

  constructor(private readonly options: AnswerCacheOptions) {
    this.answers = new LRUCache<string, Answer>({
      maxSize: options.maxBytes,
      sizeCalculation: (answer, key) => key.length + answer.body.length + 64,
    });
  }

  clear(): void {
    this.answers.clear();
  }

  get stats() {
    return { entries: this.answers.size, bytes: this.answers.calculatedSize, hits: this.hits, misses: this.misses };
  }

  /**
   * Answers a kept request at once; otherwise lets it through and keeps its answer if it
   * qualifies. Mount after body parsing and the query limits, before Apollo.
   */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const generation = this.options.generation();
      if (generation === undefined) return next();
      const key = keyOf(req);
      if (key === undefined) return next();
      const kept = this.answers.get(key);
      if (kept) {
        this.hits += 1;
        for (const [name, value] of kept.headers) res.setHeader(name, value);
        res.status(200).send(kept.body);
        return;
      }
      this.misses += 1;
      this.keepWhenSent(res, key, generation);
      next();
    };
  }

  /**
   * An operation answered in this process rather than over /graphql (the MCP tools): found and
   * kept by the same rules (the same day and vocabulary generation, successful answers only),
   * under keys of its own, so that a tool asking what a client asked before costs no query.
   */
  async operation<T extends { data?: unknown; errors?: unknown }>(
    operation: { query: string; variables: Record<string, unknown> },
    compute: () => Promise<T>,
  ): Promise<T> {
    const generation = this.options.generation();
    if (generation === undefined) return compute();
    const key = JSON.stringify([todayUtc(), 'in-process', operation.query, operation.variables]);
    const kept = this.answers.get(key);
    if (kept) {
      this.hits += 1;
      return JSON.parse(kept.body) as T;
    }
    this.misses += 1;
    const answer = await compute();
    if (answer.errors === undefined && answer.data !== undefined && answer.data !== null && this.options.generation() === generation) {
      this.answers.set(key, { body: JSON.stringify(answer), headers: [] });
    }
    return answer;
  }

  /** Wraps res.send so that the answer Apollo sends is kept, when it qualifies. */
  private keepWhenSent(res: Response, key: string, generation: number): void {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode === 200 && typeof body === 'string' && this.options.generation() === generation && isSuccess(body)) {
        const headers = KEPT_HEADERS.flatMap((name) => {
          const value = res.getHeader(name);
          return value === undefined ? [] : [[name, String(value)] as [string, string]];
        });
        // An answer marked private (bearer tokens) is still kept: only callers past the token check reach this cache.
        if (!String(res.getHeader('cache-control') ?? '').includes('no-store')) this.answers.set(key, { body, headers });
      }
      return send(body);
    };
  }
}

/** A GET parameter that holds JSON (variables, extensions), parsed; undefined when absent, null when unreadable. */
function jsonParameter(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** The sha256 of an automatic persisted query, when the extensions name one and nothing else. */
function persistedHash(extensions: unknown): string | undefined {
  if (!extensions || typeof extensions !== 'object' || Object.keys(extensions).join() !== 'persistedQuery') return undefined;
  const { version, sha256Hash } = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } }).persistedQuery ?? {};
  return version === 1 && typeof sha256Hash === 'string' && /^[0-9a-f]{64}$/.test(sha256Hash) ? sha256Hash : undefined;
}

/**
 * The key of a GraphQL request (POST with a JSON body, or GET with its parameters), or undefined
 * for one that is not kept. A persisted query is keyed by its hash: Apollo registers a hash only
 * with the text it is the sha256 of, so one hash is one query text.
 */
function keyOf(req: Request): string | undefined {
  let fields: Record<string, unknown>;
  if (req.method === 'POST') {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    fields = body as Record<string, unknown>;
  } else if (req.method === 'GET') {
    const { query, operationName, variables, extensions } = req.query as Record<string, unknown>;
    fields = { query, operationName, variables: jsonParameter(variables), extensions: jsonParameter(extensions) };
  } else {
    return undefined;
  }
  const { query, operationName, variables, extensions } = fields;
  const hash = persistedHash(extensions);
  // Anything unusual (other extensions, a query that is not text) goes to Apollo every time.
  if (extensions !== undefined && hash === undefined) return undefined;
  if (query !== undefined && typeof query !== 'string') return undefined;
  if (query === undefined && hash === undefined) return undefined;
  if (variables === null || (operationName !== undefined && operationName !== null && typeof operationName !== 'string')) return undefined;
  // Accept chooses the answer's media type; no Accept and */* both get application/json.
  const accept = req.headers.accept === undefined || req.headers.accept === '*/*' ? '' : req.headers.accept;
  // Answers that default to "today" change at midnight (UTC): the day is part of the key.
  return JSON.stringify([todayUtc(), accept, operationName ?? null, query ?? null, hash ?? null, variables ?? null]);
}

/** A GraphQL answer with data and no errors. */
function isSuccess(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown; data?: unknown };
    return parsed.errors === undefined && parsed.data !== undefined && parsed.data !== null;
  } catch {
    return false;
  }
}
