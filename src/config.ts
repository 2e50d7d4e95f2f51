import { z } from 'zod';

/**
 * The only reader of the environment. Every problem is reported at once; callers print the
 * message and exit. There are no default secrets: Neo4j credentials come from the
 * environment or are not used (the embedded database runs without auth on loopback).
 */

const byteSize = z.string().regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 4g');

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const count = (min: number) => z.coerce.number().int().min(min);

/** A comma-separated list; empty entries dropped. */
const list = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** Variables whose values never appear in a message. */
const SECRETS = new Set(['NEO4J_PASSWORD', 'API_TOKENS']);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_PROVIDER: z.enum(['auto', 'uri', 'testcontainers', 'embedded']).default('auto'),
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a Bolt or routing URI, e.g. bolt://host:7687 or neo4j://cluster:7687')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_EMBEDDED_HOME: z.string().min(1).default('.neo4j/service'),
  NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_EMBEDDED_HEAP: byteSize.default('2g'),
  NEO4J_EMBEDDED_PAGECACHE: byteSize.default('2g'),
  NEO4J_EMBEDDED_CLASS_SHARING: flag.default(true),
  NEO4J_TESTCONTAINERS_IMAGE: z.string().min(1).default('neo4j:5.26-community'),
  SEED_ON_START: flag.default(true),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  WARM_UP_BUDGET_MS: count(0).default(20_000),
  NEO4J_CONNECT_TIMEOUT_MS: count(0).default(30_000),
  DATABASE_QUERY_TIMEOUT_MS: count(1).default(15_000),
  QUERY_MAX_DEPTH: count(1).default(12),
  QUERY_MAX_COST: count(1).default(50_000),
  QUERY_MAX_ALIASES: count(0).default(30),
  QUERY_MAX_DIRECTIVES: count(0).default(50),
  QUERY_MAX_TOKENS: count(1).default(5_000),
  QUERY_MAX_LENGTH: count(1).default(50_000),
  REQUEST_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 512kb or 5mb')
    .default('5mb'),
  API_TOKENS: list,
  CORS_ORIGINS: list,
  INTROSPECTION: flag.default(true),
  CACHE_MAX_AGE_SECONDS: count(0).default(60),
  ANSWER_CACHE_MB: count(0).default(64),
  VOCABULARY_POLL_MS: count(50).default(1_000),
  METRICS_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).optional()),
});

/** Problems between variables, found from the raw environment so they show beside any other. */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => emptyAsUndefined(env[name]) !== undefined;
  const problems: string[] = [];
  if (set('NEO4J_USER') !== set('NEO4J_PASSWORD')) {
    problems.push(
      `NEO4J_PASSWORD: NEO4J_USER and NEO4J_PASSWORD go together: set both or neither (${set('NEO4J_USER') ? 'NEO4J_USER' : 'NEO4J_PASSWORD'} is set, the other is not)`,
    );
  }
  if (env.NEO4J_PROVIDER === 'uri' && !set('NEO4J_URI')) problems.push('NEO4J_URI: required when NEO4J_PROVIDER=uri');
  const tokens = (env.API_TOKENS ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (tokens.some((token) => token.length < 16)) problems.push('API_TOKENS: each token must be at least 16 characters (given: ***)');
  return problems;
}

/** The value a variable was given, as a message may show it. */
function given(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined) return 'unset';
  if (SECRETS.has(name)) return '***';
  return `'${value.length > 80 ? `${value.slice(0, 80)}…` : value}'`;
}

export type Neo4jProvider = 'uri' | 'testcontainers' | 'embedded';

export interface EmbeddedNeo4jConfig {
  /** Folder holding the database files, its log and its pid file. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  heap: string;
  pageCache: string;
  /**
   * Touch the whole heap at start (-XX:+AlwaysPreTouch): the JVM's RSS is then its final size from
   * the first second, which a soak needs to read growth in it. Costs start-up time, so off unless
   * asked for.
   */
  preTouch?: boolean;
  /**
   * Boot from a class-data-sharing archive of the launcher's classes (written by the first JVM
   * at its exit, db/embedded/class-data-sharing.ts): on unless set to false.
   */
  classSharing?: boolean;
}

export interface DatabaseConfig {
  provider: 'auto' | Neo4jProvider;
  uri?: string;
  user?: string;
  password?: string;
  database: string;
  embedded: EmbeddedNeo4jConfig;
  testcontainersImage: string;
  /** How long start-up waits for the database before giving up. */
  connectTimeoutMs: number;
  /** Server-side timeout of every read transaction. */
  queryTimeoutMs: number;
}

/** What one GraphQL operation may ask for (see docs/operations.md, 'Limits and access control'). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Characters of the query text. */
  maxLength: number;
}

export interface HttpConfig {
  /** Largest request body accepted (express/body-parser size, e.g. 5mb). */
  bodyLimit: string;
  /** Bearer tokens accepted on /graphql; none means /graphql is open. */
  apiTokens: string[];
  /** Origins allowed by CORS; none means no CORS headers at all. */
  corsOrigins: string[];
  introspection: boolean;
  /**
   * Cache hint on successful answers (Cache-Control max-age, in seconds): vocabulary answers
   * change only when a load runs. 0 sends no hint.
   */
  cacheMaxAgeSeconds: number;
  /**
   * Where GET /metrics is served: on this port of HOST alone, open (for a scraper inside the
   * network); undefined serves it on the service's port, behind the bearer tokens when set.
   */
  metricsPort?: number;
}

/** Answers kept between requests (see docs/operations.md, 'Answer cache and freshness'). */
export interface AnswerCacheConfig {
  /** Bytes of answers kept at most; 0 keeps none. */
  maxBytes: number;
  /** How often the vocabulary generation is read: a load reaches this service within it. */
  pollMs: number;
}

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  seedOnStart: boolean;
  shutdownGraceMs: number;
  /** At most this long is spent warming the API's query plans before /ready says ready; 0: no warm-up. */
  warmUpBudgetMs: number;
  database: DatabaseConfig;
  limits: QueryLimits;
  http: HttpConfig;
  answers: AnswerCacheConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}: ${issue.message} (given: ${given(env, name)})`;
      });
  problems.push(...crossFieldProblems(env));
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    warmUpBudgetMs: e.WARM_UP_BUDGET_MS,
    database: {
      provider: e.NEO4J_PROVIDER,
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      embedded: {
        home: e.NEO4J_EMBEDDED_HOME,
        port: e.NEO4J_EMBEDDED_PORT,
        heap: e.NEO4J_EMBEDDED_HEAP,
        pageCache: e.NEO4J_EMBEDDED_PAGECACHE,
        classSharing: e.NEO4J_EMBEDDED_CLASS_SHARING,
      },
      testcontainersImage: e.NEO4J_TESTCONTAINERS_IMAGE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.DATABASE_QUERY_TIMEOUT_MS,
    },
    limits: {
      maxDepth: e.QUERY_MAX_DEPTH,
      maxCost: e.QUERY_MAX_COST,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxTokens: e.QUERY_MAX_TOKENS,
      maxLength: e.QUERY_MAX_LENGTH,
    },
    http: {
      bodyLimit: e.REQUEST_BODY_LIMIT,
      apiTokens: e.API_TOKENS,
      corsOrigins: e.CORS_ORIGINS,
      introspection: e.INTROSPECTION,
      cacheMaxAgeSeconds: e.CACHE_MAX_AGE_SECONDS,
      metricsPort: e.METRICS_PORT,
    },
    answers: {
      maxBytes: e.ANSWER_CACHE_MB * 2 ** 20,
      pollMs: e.VOCABULARY_POLL_MS,
    },
  };
}
