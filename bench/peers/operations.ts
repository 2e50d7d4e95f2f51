import { prepareSearchText } from '../../src/modules/search/search-text.js';
import { CONCEPT_FIELDS, SERVICE_QUERIES, type BenchInputs } from '../support/operations.js';

/** The operations every system answers, in the order they are measured and printed. */
export const OPERATIONS = ['lookupByCode', 'lookupById', 'descendants', 'mapsTo', 'search'] as const;
export type OperationKey = (typeof OPERATIONS)[number];

export const OPERATION_NAMES: Record<OperationKey, string> = {
  lookupByCode: 'lookup by code',
  lookupById: 'lookup by id',
  descendants: 'descendants, first page of 20',
  mapsTo: "one-hop 'Maps to'",
  search: 'search, 20 hits',
};

/**
 * What the operations ask, the same for every system: benchInputs' draws, kept to the concepts
 * PostgreSQL holds too (the graph also holds the knowledge pack, which the vocabulary folder
 * loaded into PostgreSQL does not).
 */
export interface PeerInputs {
  codes: { vocabularyId: string; conceptCode: string }[];
  ids: number[];
  withDescendants: number[];
  mapped: number[];
  words: string[];
}

export function peerInputs(inputs: BenchInputs, inBoth: (conceptId: number) => boolean): PeerInputs {
  const lookups = inputs.lookups.filter((l) => inBoth(l.conceptId));
  const names = new Set(lookups.map((l) => l.conceptName));
  return {
    codes: lookups.map(({ vocabularyId, conceptCode }) => ({ vocabularyId, conceptCode })),
    ids: lookups.map((l) => l.conceptId),
    withDescendants: inputs.withDescendants.filter(inBoth),
    mapped: inputs.mapped.filter(inBoth),
    words: inputs.words.filter((name) => names.has(name)),
  };
}

export function describePeerInputs(p: PeerInputs): string {
  return `kept to concepts in both databases: ${p.ids.length.toLocaleString('en-US')} lookups (by code and by id), ${p.withDescendants.length} concepts with over 20 descendants, ${p.mapped.length} 'Maps to' sources, ${p.words.length} search texts`;
}

/** GraphQL variables of each operation, one object per input, named alike in every system's query. */
export function variablesOf(p: PeerInputs, searchText: (text: string) => string = (text) => text): Record<OperationKey, Record<string, unknown>[]> {
  return {
    lookupByCode: p.codes.map(({ vocabularyId, conceptCode }) => ({ v: vocabularyId, c: conceptCode })),
    // Numbers: this service's ID arguments take them as GraphQL coerces ids, the peers' Int arguments need them.
    lookupById: p.ids.map((id) => ({ id })),
    descendants: p.withDescendants.map((id) => ({ id })),
    mapsTo: p.mapped.map((id) => ({ id })),
    search: p.words.map((text) => ({ q: searchText(text) })),
  };
}

/**
 * The Lucene text this service builds from search words (every word whole or as a prefix,
 * special characters escaped), which a client of @neo4j/graphql's full-text query must send
 * itself for the same search.
 */
export function luceneOf(text: string): string {
  const { lucene } = prepareSearchText(text);
  if (lucene === null) throw new Error(`search text without words: '${text}'`);
  return lucene;
}

/** This service: its schema (schema/schema.graphql). */
export const SERVICE_GRAPHQL: Record<OperationKey, string> = {
  lookupByCode: SERVICE_QUERIES.lookupByCode,
  lookupById: SERVICE_QUERIES.lookupById,
  descendants: SERVICE_QUERIES.descendants,
  mapsTo: SERVICE_QUERIES.mapsToOneHop,
  search: SERVICE_QUERIES.search,
};

/** @neo4j/graphql over the type definitions of bench/peers/neo4j-graphql-server.ts. */
export const NEO4J_GRAPHQL: Record<OperationKey, string> = {
  lookupByCode: `query ($v: String!, $c: String!) { concepts(where: { vocabularyId: { eq: $v }, conceptCode: { eq: $c } }) { ${CONCEPT_FIELDS} } }`,
  lookupById: `query ($id: Int!) { concepts(where: { conceptId: { eq: $id } }) { ${CONCEPT_FIELDS} } }`,
  descendants: `query ($id: Int!) { concepts(where: { conceptId: { eq: $id } }) {
      descendantsConnection(first: 20, where: { edge: { minLevels: { gte: 1 } } }, sort: [{ edge: { minLevels: ASC } }, { node: { conceptId: ASC } }]) {
        totalCount edges { properties { minLevels maxLevels } node { conceptId conceptName } } } } }`,
  mapsTo: 'query ($id: Int!) { concepts(where: { conceptId: { eq: $id } }) { mapsTo { conceptId conceptName } } }',
  search:
    'query ($q: String!) { conceptsByText(phrase: $q, first: 20) { totalCount edges { score node { conceptId conceptName vocabularyId conceptCode } } } }',
};

/** PostGraphile 5 (amber preset, connection filter) over the tables and bench/peers/postgraphile.sql. */
export const POSTGRAPHILE: Record<OperationKey, string> = {
  lookupByCode: `query ($v: String!, $c: String!) { allConcepts(condition: { vocabularyId: $v, conceptCode: $c }) { nodes { ${CONCEPT_FIELDS} } } }`,
  lookupById: `query ($id: Int!) { conceptByConceptId(conceptId: $id) { ${CONCEPT_FIELDS} } }`,
  descendants: `query ($id: Int!) { conceptByConceptId(conceptId: $id) {
      descendants: conceptAncestorsByAncestorConceptId(first: 20, filter: { minLevelsOfSeparation: { greaterThanOrEqualTo: 1 } },
        orderBy: [MIN_LEVELS_OF_SEPARATION_ASC, DESCENDANT_CONCEPT_ID_ASC]) {
        totalCount nodes { minLevelsOfSeparation maxLevelsOfSeparation descendant: conceptByDescendantConceptId { conceptId conceptName } } } } }`,
  mapsTo: `query ($id: Int!) { conceptByConceptId(conceptId: $id) {
      mapsTo: conceptRelationshipsByConceptId1(condition: { relationshipId: "Maps to" }) { nodes { target: conceptByConceptId2 { conceptId conceptName } } } } }`,
  search: 'query ($q: String!) { searchConcepts(query: $q, first: 20) { totalCount nodes { conceptId conceptName vocabularyId conceptCode } } }',
};

/** What each system's answer holds, for the printed conditions. */
export const RETURNS: Record<OperationKey, string> = {
  lookupByCode: 'the 10 CONCEPT columns of the one concept',
  lookupById: 'the 10 CONCEPT columns',
  descendants:
    'the first 20 descendants at min levels >= 1 by (min levels, concept id), with both levels, id and name, and the true total count (every system counts all of them)',
  mapsTo: "id and name of every target of the concept's 'Maps to' rows (this service reads them through Concept.relationships, which also counts them)",
  search:
    "20 hits with id, name, vocabulary and code, and the total count. Neo4j systems: the full-text index concept_text (names, codes, synonyms), every word whole or as a prefix; this service also puts exact code matches first. PostgreSQL: full-text search over names ('simple' configuration, GIN index, every word as a prefix, ranked by ts_rank), a SQL function PostGraphile exposes as searchConcepts",
};

/**
 * The concept ids of an answer, in order: every `conceptId` value under the data. The
 * operations ask no id of the concept they start from, so these are exactly the concepts
 * answered.
 */
export function conceptIdsOf(data: unknown): string[] {
  const ids: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'conceptId' && (typeof inner === 'number' || typeof inner === 'string')) ids.push(String(inner));
        else walk(inner);
      }
    }
  };
  walk(data);
  return ids;
}

/**
 * Operations whose answer is fully determined, so every system must give the same concepts
 * (compared as sets: 'Maps to' targets come in no set order; searches rank differently).
 */
export const SAME_ANSWER: ReadonlySet<OperationKey> = new Set(['lookupByCode', 'lookupById', 'descendants', 'mapsTo']);
