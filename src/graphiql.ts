import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * The GraphQL IDE page. @graphql-yoga/render-graphiql inlines GraphiQL's scripts and styles,
 * so the page works with no internet access (Apollo's own landing page loads from a CDN).
 */
let page: string | undefined;

export function graphiqlPage(): string {
  page ??= renderGraphiQL({
    title: 'Procedure Code Graph',
    endpoint: '/graphql',
    defaultQuery: `# Look up a code; try HCPCS G6015 too.
query LookUp {
  concept(vocabularyId: "CPT4", conceptCode: "77412") {
    conceptId
    conceptName
    nameSource
    domainId
    vocabularyId
    conceptClassId
    standardConcept
    conceptCode
    validStartDate
    validEndDate
    invalidReason
  }
}
`,
  });
  return page;
}
