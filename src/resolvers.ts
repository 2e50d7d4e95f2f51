import { GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from './generated/graphql.js';
import { aboutResolvers } from './modules/about/about-resolvers.js';
import { conceptResolvers } from './modules/concepts/concept-resolvers.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD that is a real calendar day. */
export function parseIsoDate(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const match = ISO_DATE.exec(text);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return text;
  }
  throw new TypeError(`Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    ...aboutResolvers.Query,
    ...conceptResolvers.Query,
  },
  About: aboutResolvers.About,
  Concept: conceptResolvers.Concept,
};
