import { z } from 'zod';

/**
 * The only reader of the environment. Every problem is reported at once; callers print the
 * message and exit. There are no default secrets: Neo4j credentials come from the
 * environment or are not used (the embedded database runs without auth on loopback).
 */

const byteSize = z
  .string()
  .regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 4g');

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z
  .object({
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
    NEO4J_TESTCONTAINERS_IMAGE: z.string().min(1).default('neo4j:5.26-community'),
    SEED_ON_START: flag.default(true),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  })
  .superRefine((env, ctx) => {
    if ((env.NEO4J_USER === undefined) !== (env.NEO4J_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'NEO4J_USER and NEO4J_PASSWORD go together: set both or neither',
      });
    }
    if (env.NEO4J_PROVIDER === 'uri' && env.NEO4J_URI === undefined) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'required when NEO4J_PROVIDER=uri' });
    }
  });

export type Neo4jProvider = 'uri' | 'testcontainers' | 'embedded';

export interface EmbeddedNeo4jConfig {
  /** Folder holding the database files, its log and its pid file. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  heap: string;
  pageCache: string;
}

export interface DatabaseConfig {
  provider: 'auto' | Neo4jProvider;
  uri?: string;
  user?: string;
  password?: string;
  database: string;
  embedded: EmbeddedNeo4jConfig;
  testcontainersImage: string;
}

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  seedOnStart: boolean;
  shutdownGraceMs: number;
  database: DatabaseConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
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
      },
      testcontainersImage: e.NEO4J_TESTCONTAINERS_IMAGE,
    },
  };
}
