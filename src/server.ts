import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { AnswerCache } from './api/answer-cache.js';
import { createMetrics, metricsOf, type ServiceMetrics } from './api/metrics.js';
import { checkQueryText } from './api/query-limits.js';
import { createApolloServer } from './apollo.js';
import { loadConfig, type AnswerCacheConfig, type HttpConfig, type QueryLimits } from './config.js';
import { createRepositories, createRequestContext, type RequestContext } from './context.js';
import type { Graph } from './db/graph.js';
import { GenerationWatcher } from './db/vocabulary-generation.js';
import { ErrorCode, LimitCode } from './errors.js';
import { MAX_CLAIM_LINES } from './modules/claims/claims-resolvers.js';
import { graphiqlPage } from './graphiql.js';
import { inProcessOperations, type RunOperation } from './mcp/executor.js';
import { mcpRoute } from './mcp/http-route.js';
import { pageRoutes } from './pages/page-routes.js';
import { warmUp, type WarmUpReport } from './api/warm-up.js';
import { requestLogging } from './api/request-log.js';
import type { Logger } from './logger.js';

export interface ServiceOptions {
  graph: Graph;
  log: Logger;
  /** How long /ready waits for the database before answering 503. */
  readyTimeoutMs?: number;
  /** Query limits; the configuration's defaults when omitted. */
  limits?: QueryLimits;
  /** Body size, tokens, CORS, introspection; the configuration's defaults when omitted. */
  http?: HttpConfig;
  /** The answer cache and how often the vocabulary generation is read; the configuration's defaults when omitted. */
  answers?: AnswerCacheConfig;
  /** How long in-flight requests may finish when the service stops (SHUTDOWN_GRACE_MS); the configuration's default when omitted. */
  shutdownGraceMs?: number;
}

export interface Service {
  http: Server;
  apollo: ApolloServer<RequestContext>;
  /** Watches the vocabulary generation that loads change. */
  generation: GenerationWatcher;
  /** Whole answers kept between requests; undefined when ANSWER_CACHE_MB is 0. */
  answers: AnswerCache | undefined;
  /** Prometheus metrics, served at GET /metrics. */
  metrics: ServiceMetrics;
  /**
   * GraphQL operations run in this process, as /graphql runs them (context, limits, answer
   * cache): what the MCP tools answer with, over /mcp and over stdio (npm run mcp).
   */
  operations: RunOperation;
  /** The port /metrics listens on apart from the service (METRICS_PORT), once listening; undefined when it is served with the API. */
  metricsPort: number | undefined;
  /** Listens and resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /**
   * Asks the product's own operations once (warm-up.ts) so their first answers are fast; /ready
   * answers 503 `warming` meanwhile.
   */
  warmUp(budgetMs: number): Promise<WarmUpReport>;
  /** Stops accepting, lets in-flight requests finish (within the shutdown grace), then resolves. Does not close the driver. */
  stop(): Promise<void>;
}

/** An error answered outside Apollo, in the shape Apollo answers with: `{ errors: [...] }`. */
function sendError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  if (typeof extensions.code === 'string') metricsOf(res)?.recordError(extensions.code);
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** A digest of a token, so tokens of any length compare in constant time. */
const digest = (token: string) => createHash('sha256').update(token).digest();

/** Requires `Authorization: Bearer <token>` with one of the configured tokens (constant-time compare). */
function bearerTokens(tokens: readonly string[]): RequestHandler {
  const accepted = tokens.map(digest);
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    const given = match ? digest(match[1]!) : undefined;
    // Every token is compared, so the time taken does not tell which one nearly matched.
    let ok = false;
    for (const token of accepted) ok = (given !== undefined && timingSafeEqual(given, token)) || ok;
    if (ok) return next();
    res.setHeader('www-authenticate', 'Bearer realm="graphql"');
    sendError(res, 401, 'This service needs a bearer token: send Authorization: Bearer <token>.', { code: ErrorCode.UNAUTHENTICATED });
  };
}

/** Refuses a query text over the size or token limit before Apollo parses it. */
function queryTextLimits(limits: QueryLimits): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const text =
      body && typeof body === 'object' && !Array.isArray(body) ? (body as { query?: unknown }).query : req.method === 'GET' ? req.query.query : undefined;
    const refusal = typeof text === 'string' ? checkQueryText(text, limits) : undefined;
    if (!refusal) return next();
    sendError(res, 400, refusal.message, refusal.extensions);
  };
}

/**
 * Every error Express itself meets (a body that is not JSON, one too large, anything thrown)
 * answered as JSON with a code; never Express's HTML page with a stack trace.
 */
const httpErrors: ErrorRequestHandler = (error: { type?: string; status?: number; limit?: number; length?: number }, req, res, _next) => {
  if (res.headersSent) return;
  if (error.type === 'entity.too.large') {
    const bytes = (n: number | undefined) => (n ?? 0).toLocaleString('en-US');
    const message =
      `The request body is ${bytes(error.length)} bytes; the limit is ${bytes(error.limit)} (REQUEST_BODY_LIMIT). ` +
      `Send it in parts: mapClaimLines takes up to ${MAX_CLAIM_LINES.toLocaleString('en-US')} lines per request, and npm run map:claims maps a file of any size.`;
    sendError(res, 413, message, {
      code: LimitCode.REQUEST_SIZE_LIMIT_EXCEEDED,
      limit: error.limit,
      requested: error.length,
    });
  } else if (error.type === 'entity.parse.failed') {
    sendError(res, 400, 'The request body is not valid JSON.', { code: ErrorCode.BAD_REQUEST });
  } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    sendError(res, error.status, 'The request cannot be read.', { code: ErrorCode.BAD_REQUEST });
  } else {
    req.log.error({ err: error }, 'unexpected HTTP error');
    sendError(res, 500, 'Internal server error', { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: req.id });
  }
};

/**
 * Cache hints: vocabulary answers change only when a load runs, so a successful answer may be
 * kept for `cacheMaxAgeSeconds` (Cache-Control: max-age, public; private when bearer tokens
 * guard the API); an answer with errors gets `no-store`. No field has a hint of its own, so the
 * whole answer has one policy: set here once per answer, not by Apollo's cache-control plugin,
 * which instruments every resolver of every field (a tenth of a 10,000-line mapClaimLines).
 * createApolloServer turns that plugin off.
 */
function cacheHints(settings: HttpConfig): ApolloServerPlugin<RequestContext>[] {
  if (settings.cacheMaxAgeSeconds === 0) return [];
  const cacheable = `max-age=${settings.cacheMaxAgeSeconds}, ${settings.apiTokens.length ? 'private' : 'public'}`;
  return [
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.http.headers.has('cache-control')) return;
            const ok = response.body.kind === 'single' && !response.body.singleResult.errors;
            response.http.headers.set('cache-control', ok ? cacheable : 'no-store');
          },
        };
      },
    },
  ];
}

/** Builds the HTTP service: GraphQL at /graphql, MCP at /mcp, GraphiQL at /, /health and /ready. */
export async function createService({
  graph,
  log,
  readyTimeoutMs = 2_000,
  limits,
  http: httpConfig,
  answers: answerConfig,
  shutdownGraceMs,
}: ServiceOptions): Promise<Service> {
  const defaults = loadConfig({});
  const queryLimits = limits ?? defaults.limits;
  const settings = httpConfig ?? defaults.http;
  const answerSettings = answerConfig ?? defaults.answers;
  const generation = new GenerationWatcher(graph, { pollMs: answerSettings.pollMs, log });
  const answers = answerSettings.maxBytes > 0 ? new AnswerCache({ maxBytes: answerSettings.maxBytes, generation: () => generation.generation }) : undefined;
  if (answers) generation.onChange(() => answers.clear());
  // Watched with the answer cache off too: the curated layer and the relationship catalogue are
  // the vocabulary's schema, not answers (a per-request catalogue read was 9 of a one-hop read's 12 ms).
  await generation.start();
  const app = express();
  app.disable('x-powered-by');
  const http = createHttpServer(app);
  // Shared reads follow the generation the watcher reads (per request while it is unreadable).
  const repositories = createRepositories(graph, { generation: () => generation.generation });
  const metrics = createMetrics({ graph, answers, generation });
  const apollo = createApolloServer({
    limits: queryLimits,
    introspection: settings.introspection,
    plugins: [
      // Requests still running when the grace ends have their connections closed.
      ApolloServerPluginDrainHttpServer({ httpServer: http, stopGracePeriodMillis: shutdownGraceMs ?? defaults.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      metrics.plugin,
      ...cacheHints(settings),
    ],
  });
  await apollo.start();
  const operations = inProcessOperations(apollo, (caller) => createRequestContext(repositories, caller.requestId, caller.log), answers);

  app.use(requestLogging(log));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  let warming = false;
  app.get('/ready', async (_req, res) => {
    if (warming) {
      res.status(503).json({ status: 'warming', database: 'reachable' });
      return;
    }
    const check = graph.read('RETURN 1 AS ok');
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), readyTimeoutMs).unref());
    try {
      await Promise.race([check, timeout]);
      res.json({ status: 'ready', database: 'reachable' });
    } catch {
      check.catch(() => {});
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  const scrape: RequestHandler = async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
  const metricsApp = settings.metricsPort === undefined ? undefined : express().disable('x-powered-by').get('/metrics', scrape);
  if (!metricsApp) app.get('/metrics', ...(settings.apiTokens.length ? [bearerTokens(settings.apiTokens)] : []), scrape);
  const metricsHttp = metricsApp ? createHttpServer(metricsApp) : undefined;

  app.get(['/', '/graphiql'], (_req, res) => {
    res.type('html').send(graphiqlPage());
  });

  // Pages for people: the same answers as /graphql, so behind the same tokens.
  if (settings.apiTokens.length) app.use(['/lineage', '/concept'], bearerTokens(settings.apiTokens));
  app.use(pageRoutes(apollo, (req) => createRequestContext(repositories, req.id, req.log)));

  if (settings.corsOrigins.length) {
    app.use(
      '/graphql',
      cors({
        origin: settings.corsOrigins,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-request-id'],
        exposedHeaders: ['x-request-id'],
        maxAge: 600,
      }),
    );
  }
  app.use(
    '/graphql',
    (_req, res, next) => {
      (res.locals as { metrics?: ServiceMetrics }).metrics = metrics;
      next();
    },
    metrics.requests,
    ...(settings.apiTokens.length ? [bearerTokens(settings.apiTokens)] : []),
    express.json({ limit: settings.bodyLimit }),
    // Express 5 leaves req.body unset for a body it did not parse (another content type); Apollo
    // then answers BAD_REQUEST instead of the integration's plain-text 500.
    (req, _res, next) => {
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    queryTextLimits(queryLimits),
    ...(answers ? [answers.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext(repositories, req.id, req.log),
    }),
  );

  // Tools for agents (Model Context Protocol): the same operations as /graphql, so behind the same tokens.
  app.use('/mcp', ...(settings.apiTokens.length ? [bearerTokens(settings.apiTokens)] : []), express.json({ limit: settings.bodyLimit }), mcpRoute(operations));

  app.use((req, res) => {
    sendError(res, 404, `Nothing is served at ${req.method} ${req.path.slice(0, 200)}; GraphQL is at /graphql.`, { code: ErrorCode.NOT_FOUND });
  });
  app.use(httpErrors);

  const bind = (server: Server, port: number, host: string) =>
    new Promise<number>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const address = server.address();
        resolveListen(typeof address === 'object' && address ? address.port : port);
      });
    });
  const service: Service = {
    http,
    apollo,
    generation,
    answers,
    metrics,
    operations,
    metricsPort: undefined,
    listen: async (port, host) => {
      const bound = await bind(http, port, host);
      if (metricsHttp) service.metricsPort = await bind(metricsHttp, settings.metricsPort!, host);
      return bound;
    },
    warmUp: async (budgetMs) => {
      warming = true;
      try {
        return await warmUp(apollo, () => createRequestContext(repositories, 'warm-up', log), log, budgetMs);
      } finally {
        warming = false;
      }
    },
    stop: async () => {
      generation.stop();
      metrics.close();
      if (metricsHttp?.listening) await new Promise<void>((resolveClose) => metricsHttp.close(() => resolveClose()));
      await apollo.stop();
    },
  };
  return service;
}
