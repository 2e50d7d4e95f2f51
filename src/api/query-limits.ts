import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { buildSchema, Lexer, Source, TokenKind, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { QueryLimits } from '../config.js';
import { LimitCode, limitExceeded, type ServiceError } from '../errors.js';
import { toGraphQLError } from './graphql-errors.js';
import { costRefusal, operationCost } from './query-cost.js';

/**
 * Refuses an operation whose cost (query-cost.ts) is over `maxCost`. It runs once the operation
 * is resolved, where the request's variables are known, whatever brought the query (POST, GET,
 * a persisted query), and before anything executes.
 */
function costLimit(maxCost: number, typeDefs: readonly string[], listLimits: ReadonlyMap<string, number>): ApolloServerPlugin {
  // The walk reads a schema built here from the same SDL, not Apollo's: a test runner or a
  // CommonJS dependency may hold another copy of graphql, whose type checks reject Apollo's.
  const schema = buildSchema(typeDefs.join('\n'));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables, listLimits);
          if (cost && cost.cost > maxCost) throw costRefusal(cost, maxCost, LimitCode.QUERY_COST_LIMIT_EXCEEDED);
        },
      };
    },
  };
}

/**
 * The limits every operation is checked against before it runs. Depth, aliases and directives
 * are GraphQL Armor's validation rules (a well-kept library); their refusals are re-issued with
 * a code naming the limit and with `limit` and `requested` in extensions. The cost is this
 * project's own walk (query-cost.ts: with variables, naming the field that drives it; a list
 * argument counts at most its `listLimits` entry, the modules' limits by schema coordinate). Size and
 * tokens are checked on the raw text before parsing (checkQueryText), so a huge document costs
 * no parse.
 */
export function queryLimitRules(
  limits: QueryLimits,
  typeDefs: readonly string[],
  listLimits: ReadonlyMap<string, number> = new Map(),
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const refuse =
    (code: LimitCode, what: string, limit: number) =>
    (ctx: ValidationContext | null, error: GraphQLError): void => {
      // Armor's message (exposeLimits) is "... limit of N exceeded, found M."
      const requested = Number(/found (\d+)/.exec(error.message)?.[1] ?? limit + 1);
      ctx?.reportError(toGraphQLError(limitExceeded(code, `${what} is ${requested}; the limit is ${limit}`, limit, requested)));
    };
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [refuse(LimitCode.QUERY_DEPTH_LIMIT_EXCEEDED, 'the query depth', limits.maxDepth)] },
    // Armor's cost reads literal arguments only: costLimit() below replaces it.
    costLimit: { enabled: false },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [refuse(LimitCode.QUERY_ALIAS_LIMIT_EXCEEDED, 'the number of aliases', limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [refuse(LimitCode.QUERY_DIRECTIVE_LIMIT_EXCEEDED, 'the number of directives', limits.maxDirectives)],
    },
    // Tokens are counted by checkQueryText, before Apollo parses anything.
    maxTokens: { enabled: false },
    // Suggestions are shown or removed by request-checks.ts, as introspection is on or off.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor's typings name Apollo's CommonJS build; the plugin objects are the same at run time.
  return { plugins: [...(plugins as unknown as ApolloServerPlugin[]), costLimit(limits.maxCost, typeDefs, listLimits)], validationRules };
}

/** Tokens of a query text, counted up to `stopAfter` (an unlexable text stops the count: the parser reports it). */
function countTokens(text: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count <= stopAfter && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // a syntax error: GRAPHQL_PARSE_FAILED comes from the parser
  }
  return count;
}

/** Refuses a query text over the size or token limit; returns the refusal, or undefined. */
export function checkQueryText(text: string, limits: QueryLimits): ServiceError | undefined {
  if (text.length > limits.maxLength) {
    return limitExceeded(
      LimitCode.QUERY_SIZE_LIMIT_EXCEEDED,
      `the query has ${text.length} characters; the limit is ${limits.maxLength}`,
      limits.maxLength,
      text.length,
    );
  }
  // The text is bounded by maxLength, so counting every token is bounded too.
  const tokens = countTokens(text, limits.maxLength);
  if (tokens > limits.maxTokens) {
    return limitExceeded(LimitCode.QUERY_TOKEN_LIMIT_EXCEEDED, `the query has ${tokens} tokens; the limit is ${limits.maxTokens}`, limits.maxTokens, tokens);
  }
  return undefined;
}
