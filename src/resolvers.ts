import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './dates.js';
import type { Resolvers } from './generated/graphql.js';
import { aboutResolvers } from './modules/about/about-resolvers.js';
import { claimsResolvers } from './modules/claims/claims-resolvers.js';
import { conceptResolvers } from './modules/concepts/concept-resolvers.js';
import { criteriaResolvers } from './modules/criteria/criteria-resolvers.js';

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
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    ...aboutResolvers.Query,
    ...conceptResolvers.Query,
    ...claimsResolvers.Query,
  },
  About: aboutResolvers.About,
  Concept: conceptResolvers.Concept,
  CodeRef: conceptResolvers.CodeRef,
  ...criteriaResolvers,
  Successor: claimsResolvers.Successor,
};
