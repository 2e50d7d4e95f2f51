import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compiledExecutionGateway } from './api/compiled-execution.js';
import { queryLimitRules } from './api/query-limits.js';
import { fieldSuggestions, queriesOnly } from './api/request-checks.js';
import { loadConfig, type QueryLimits } from './config.js';
import type { RequestContext } from './context.js';
import { formatError, isExpectedError } from './api/graphql-errors.js';
import type { Resolvers } from './generated/graphql.js';
import { resolvers as allResolvers } from './resolvers.js';
import { graphqlModules, listLimits, loadTypeDefs } from './schema.js';

export interface ApolloOptions {
  /** Query limits; the configuration's defaults when omitted. */
  limits?: QueryLimits;
  /** Introspection and the "Did you mean" suggestions that go with it (default on). */
  introspection?: boolean;
  /** What the HTTP service adds: drain, metrics, cache hints, landing page. */
  plugins?: ApolloServerPlugin<RequestContext>[];
  /** The schema's resolvers; a test may swap one module's for its own limits. */
  resolvers?: Resolvers;
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

/**
 * The GraphQL server of the product, not yet started: the schema and resolvers, error masking,
 * queries only, the query limits (depth, aliases, directives, cost) and their plugins. The HTTP
 * service (server.ts), the MCP tools (through it) and the tests all answer through one of these,
 * so a test meets the limits a client meets.
 */
export function createApolloServer(options: ApolloOptions = {}): ApolloServer<RequestContext> {
  const limits = options.limits ?? loadConfig({}).limits;
  const introspection = options.introspection ?? true;
  const modules = graphqlModules();
  const typeDefs = loadTypeDefs(modules);
  const protection = queryLimitRules(limits, typeDefs, listLimits(modules));
  const apollo = new ApolloServer<RequestContext>({
    // The schema as Apollo would build it from typeDefs and resolvers, run by compiled-execution.ts
    // (graphql-jit for the operations whose answers are thousands of records, graphql-js otherwise).
    gateway: compiledExecutionGateway(makeExecutableSchema({ typeDefs, resolvers: options.resolvers ?? allResolvers })),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection,
    allowBatchedHttpRequests: false,
    // Apollo's CSRF prevention refuses requests a browser sends cross-site without a preflight
    // (a plain GET, a form POST), so that a page cannot make a visitor's browser run an operation
    // with side effects. This schema has no mutations (queriesOnly refuses them in validation,
    // and Apollo never runs a mutation over GET), and the answer to a cross-site request stays
    // unreadable to the page without CORS_ORIGINS: nothing is left to protect, and a plain GET
    // (a link, curl, an HTTP cache in front) is how a read-only API is used.
    csrfPrevention: false,
    validationRules: [queriesOnly, ...protection.validationRules],
    // main.ts owns shutdown: drain HTTP, close the driver, stop the embedded database.
    stopOnTerminationSignals: false,
    // No per-field cache hints (the schema has none): the HTTP service sets one header per answer
    // (server.ts), and no plugin wraps every resolver.
    plugins: [...(options.plugins ?? []), ApolloServerPluginCacheControlDisabled(), errorLogging, fieldSuggestions(introspection), ...protection.plugins],
  });
  return apollo;
}
