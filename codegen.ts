import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from the SDL in schema/. The output is committed so the
 * service starts without a build step; test/unit/codegen-drift.test.ts fails when it
 * no longer matches the schema (run `npm run codegen`).
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        contextType: '../context.js#RequestContext',
        mappers: {
          Concept: '../modules/concepts/concept-record.js#ConceptRecord',
          About: '../modules/about/about-repository.js#AboutRecord',
          ConceptRelationship: '../modules/relationships/concept-relationship-repository.js#ConceptRelationshipRecord',
          ConceptAncestryEdge: '../modules/hierarchy/hierarchy-repository.js#AncestryEdgeRecord',
          MappingResolution: '../modules/mapping/chain-resolution.js#MappingResolutionRecord',
          MappingHop: '../modules/mapping/chain-resolution.js#MappingHopRecord',
        },
        scalars: {
          ID: { input: 'string', output: 'string | number' },
          Date: 'string',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
