import { GraphQLScalarType, Kind, print } from 'graphql';
import { isIsoDate } from './dates.js';
import type { Resolvers } from './generated/graphql.js';
import { graphqlModules } from './schema.js';

/** YYYY-MM-DD that is a real calendar day, or a TypeError (GraphQL reports it as bad input). */
export function parseIsoDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new TypeError(`Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseIsoDate(ast.value);
    throw new TypeError(`Date must be a calendar date as a string "YYYY-MM-DD", got ${print(ast)}`);
  },
});

const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with its offset.',
  serialize: (value) => {
    const text = String(value);
    if (Number.isNaN(Date.parse(text))) throw new TypeError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}`);
    return text;
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw new TypeError(`DateTime must be ISO 8601 with an offset, got ${JSON.stringify(value)}`);
    return value;
  },
});

/**
 * Every module's resolver map merged type by type (Query, Concept, ... may take fields from
 * several modules). Two modules resolving the same field is a programming error, caught here at
 * start-up rather than one silently replacing the other.
 */
export function mergeResolvers(...maps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (fields instanceof GraphQLScalarType) {
        merged[typeName] = fields;
        continue;
      }
      const target = (merged[typeName] ??= {}) as Record<string, unknown>;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`two modules resolve ${typeName}.${field}`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

/** The scalars and every module's resolvers, merged. */
export const resolvers: Resolvers = mergeResolvers({ Date: DateScalar, DateTime: DateTimeScalar }, ...graphqlModules().map((module) => module.resolvers));
