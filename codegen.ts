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
          CodeRef: '../modules/concepts/concept-repository.js#CodeKey',
          Source: '../modules/sources/source-repository.js#SourceRecord',
          Criterion: '../modules/criteria/rule-set.js#CriterionRecord',
          Technique: '../modules/criteria/rule-set.js#TechniqueRecord',
          WorkedExample: '../modules/criteria/rule-set.js#WorkedExampleRecord',
          ClaimMappingResult: '../modules/claims/claim-mapper.js#ClaimBatchResult',
          ClaimLineResult: '../modules/claims/claim-rules.js#ClaimLineOutcome',
          ProcedureOccurrenceRow: '../modules/claims/claim-rules.js#OccurrenceRow',
          Successor: '../modules/claims/claim-code-source.js#ClaimSuccessor',
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
