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
 * Whole answers to GraphQL POST requests, kept between requests: vocabulary answers change only
 * when a load runs, so a request identical to an earlier one (same query text, operation name,
 * variables and Accept header, on the same day) is answered without parsing, validating or
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

/** The key of a GraphQL POST request, or undefined for a request that is not kept. */
function keyOf(req: Request): string | undefined {
  if (req.method !== 'POST') return undefined;
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  // Persisted queries (a hash in extensions) and anything unusual go to Apollo every time.
  if (typeof query !== 'string' || extensions !== undefined) return undefined;
  // Accept chooses the answer's media type; no Accept and */* both get application/json.
  const accept = req.headers.accept === undefined || req.headers.accept === '*/*' ? '' : req.headers.accept;
  // Answers that default to "today" change at midnight (UTC): the day is part of the key.
  return JSON.stringify([todayUtc(), accept, operationName ?? null, query, variables ?? null]);
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
