import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Graph } from '../db/graph.js';
import type { GenerationWatcher } from '../db/vocabulary-generation.js';
import { LimitCode } from '../errors.js';
import { errorCodeOf } from './graphql-errors.js';
import type { AnswerCache } from './answer-cache.js';

/**
 * The service's Prometheus metrics (prom-client), one registry per service so that several
 * services in one process (tests) keep apart. Operation names come from clients, so they are
 * bounded: a name that is not a GraphQL name, or one past the first MAX_OPERATION_NAMES seen,
 * is counted as `other` (an unnamed operation is `anonymous`).
 */
const MAX_OPERATION_NAMES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const LIMIT_CODES = new Set<string>(Object.values(LimitCode));

export interface ServiceMetrics {
  registry: Registry;
  /** Mounted first on /graphql: times every request and counts it by operation and status. */
  requests: RequestHandler;
  /** Counts the GraphQL errors of Apollo's answers by code, and refusals by limit code. */
  plugin: ApolloServerPlugin;
  /** Counts an error answered outside Apollo (401, 413, a query-text limit). */
  recordError(code: string): void;
  /** Stops listening to the graph's reads (the service stops; the graph may outlive it). */
  close(): void;
}

export function createMetrics({ graph, answers, generation }: { graph: Graph; answers?: AnswerCache; generation: GenerationWatcher }): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const names = new Set<string>();
  const operationOf = (name: unknown): string => {
    if (name === undefined || name === null || name === '') return 'anonymous';
    if (typeof name !== 'string' || !GRAPHQL_NAME.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };

  const requestsTotal = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and HTTP status.',
    labelNames: ['operation', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from a GraphQL request arriving to its answer sent, by operation name and HTTP status.',
    labelNames: ['operation', 'status'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'graphql_refusals_total',
    help: 'Requests refused by one of the limits, by its code.',
    labelNames: ['limit'],
    registers: [registry],
  });
  const recordError = (code: string) => {
    errors.inc({ code });
    if (LIMIT_CODES.has(code)) refusals.inc({ limit: code });
  };

  new Counter({
    name: 'answer_cache_hits_total',
    help: 'Requests answered from the answer cache.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(answers?.stats.hits ?? 0);
    },
  });
  new Counter({
    name: 'answer_cache_misses_total',
    help: 'Cacheable requests the answer cache did not hold.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(answers?.stats.misses ?? 0);
    },
  });
  new Gauge({
    name: 'answer_cache_bytes',
    help: 'Bytes of answers kept (ANSWER_CACHE_MB bounds it).',
    registers: [registry],
    collect() {
      this.set(answers?.stats.bytes ?? 0);
    },
  });
  new Gauge({
    name: 'answer_cache_entries',
    help: 'Answers kept.',
    registers: [registry],
    collect() {
      this.set(answers?.stats.entries ?? 0);
    },
  });
  new Gauge({
    name: 'neo4j_reads_in_flight',
    help: 'Reads running now; each holds one connection of the driver pool (the driver does not publish its pool).',
    registers: [registry],
    collect() {
      this.set(graph.readsInFlight);
    },
  });
  const reads = new Histogram({
    name: 'neo4j_read_duration_seconds',
    help: 'Time of each read, from asking the pool for a connection to the last record (retries included).',
    buckets: [0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 15],
    registers: [registry],
  });
  const stopObserving = graph.onRead((seconds) => reads.observe(seconds));
  new Gauge({
    name: 'vocabulary_generation',
    help: 'How many vocabulary generations this service has seen (it grows by one with every load); -1 while unknown.',
    registers: [registry],
    collect() {
      this.set(generation.generation ?? -1);
    },
  });

  const requests: RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    res.once('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      const labels = { operation: operationOf(req.method === 'GET' ? req.query.operationName : body?.operationName), status: String(res.statusCode) };
      end(labels);
      requestsTotal.inc(labels);
    });
    next();
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) recordError(errorCodeOf(error));
        },
      };
    },
  };

  return { registry, requests, plugin, recordError, close: stopObserving };
}

/** The metrics of the service answering `res`, when it records them (res.locals.metrics). */
export function metricsOf(res: Response): ServiceMetrics | undefined {
  return (res.locals as { metrics?: ServiceMetrics }).metrics;
}
