import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { createRepositories, createRequestContext, type RequestContext } from './context.js';
import type { Graph } from './db/graph.js';
import { formatError, isExpectedError } from './errors.js';
import { graphiqlPage } from './graphiql.js';
import type { Logger } from './logger.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';

export interface ServiceOptions {
  graph: Graph;
  log: Logger;
  /** How long /ready waits for the database before answering 503. */
  readyTimeoutMs?: number;
}

export interface Service {
  http: Server;
  apollo: ApolloServer<RequestContext>;
  /** Listens and resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, then resolves. Does not close the driver. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Logs each unexpected error once, with the request id the client saw. */
const errorLogging: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = error.originalError ?? error;
          if (isExpectedError({ message: error.message, extensions: error.extensions })) {
            if (error.extensions?.code === 'DATABASE_UNAVAILABLE') {
              contextValue.log.warn({ err: error.originalError, path: error.path }, 'database unavailable');
            }
            continue;
          }
          contextValue.log.error({ err: original, path: error.path }, 'unexpected error');
        }
      },
    };
  },
};

/** Builds the HTTP service: GraphQL at /graphql, GraphiQL at /, /health and /ready. */
export async function createService({ graph, log, readyTimeoutMs = 2_000 }: ServiceOptions): Promise<Service> {
  const app = express();
  app.disable('x-powered-by');
  const http = createHttpServer(app);
  const repositories = createRepositories(graph);

  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: drain HTTP, close the driver, stop the embedded database.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http }), ApolloServerPluginLandingPageDisabled(), errorLogging],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug'),
    }),
  );

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
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

  app.get(['/', '/graphiql'], (_req, res) => {
    res.type('html').send(graphiqlPage());
  });

  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext(repositories, String(req.id), req.log),
    }),
  );

  return {
    http,
    apollo,
    listen: (port, host) =>
      new Promise((resolveListen, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address();
          resolveListen(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
