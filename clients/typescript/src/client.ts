import { GraphQLClient } from 'graphql-request';
import {
  ConceptRelationshipsDocument,
  SearchConceptsDocument,
  type ConceptFilter,
  type ConceptRelationshipsQuery,
  type SearchConceptsQuery,
} from './generated/graphql.js';

type SearchHit = SearchConceptsQuery['searchConcepts']['edges'][number]['node'];
type RelationshipRow = NonNullable<ConceptRelationshipsQuery['concept']>['relationships']['edges'][number]['node'];

/**
 * A typed client of the service: graphql-request with the typed document nodes that GraphQL
 * Code Generator's client preset makes from the service's schema and src/operations/ (every
 * answer and variable is typed). Connections are walked along endCursor for the caller.
 */
export function createClient(url = process.env.PROCEDURE_CODE_GRAPH_URL ?? 'http://127.0.0.1:4000', token?: string): GraphQLClient {
  const endpoint = url.replace(/\/+$/, '').replace(/(\/graphql)?$/, '/graphql');
  return new GraphQLClient(endpoint, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/** Every search hit, page after page (1,000 a page, the service's largest), at most `limit`. */
export async function searchAll(client: GraphQLClient, query: string, filter?: ConceptFilter, limit = 10_000) {
  const hits: SearchHit[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { searchConcepts }: SearchConceptsQuery = await client.request(SearchConceptsDocument, {
      query,
      filter,
      first: Math.min(1_000, limit - hits.length),
      after,
    });
    hits.push(...searchConcepts.edges.map((edge) => edge.node));
    if (!searchConcepts.pageInfo.hasNextPage || hits.length >= limit) return { hits, totalCount: searchConcepts.totalCount };
    after = searchConcepts.pageInfo.endCursor;
  }
}

/** Every relationship of a concept, both directions, page after page. */
export async function relationshipsOf(client: GraphQLClient, conceptId: string) {
  const rows: RelationshipRow[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { concept }: ConceptRelationshipsQuery = await client.request(ConceptRelationshipsDocument, { conceptId, first: 1_000, after });
    if (!concept) return rows;
    rows.push(...concept.relationships.edges.map((edge) => edge.node));
    if (!concept.relationships.pageInfo.hasNextPage) return rows;
    after = concept.relationships.pageInfo.endCursor;
  }
}
