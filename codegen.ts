import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The resolver types and the enums alone, from the whole schema as schema/schema.graphql prints
 * it (the SDL beside each module, src/modules/<domain>/*.graphql, on src/api/base.graphql; printed
 * by the first step of `npm run codegen`). The output is committed so the service starts without
 * a build step; test/unit/codegen-drift.test.ts fails when the printed schema or the types no
 * longer match the SDL (run `npm run codegen`).
 */
const config: CodegenConfig = {
  // Printed first by src/commands/print-schema.ts (src/schema.ts's printedSchema()).
  schema: 'schema/schema.graphql',
  generates: {
    // The SDL's enums alone, as string unions: what the database-free modules (the engine, the
    // claim rules, the chain rules) import, so an enum is written once, in the SDL.
    'src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        contextType: '../modules/request-context.js#RequestContext',
        mappers: {
          Concept: '../graph/concept.js#ConceptRecord',
          About: '../modules/about/about-repository.js#AboutRecord',
          CodeRef: '../graph/code.js#CodeKey',
          Source: '../modules/sources/source-repository.js#SourceRecord',
          Criterion: '../modules/criteria/rule-set.js#CriterionRecord',
          Technique: '../modules/criteria/rule-set.js#TechniqueRecord',
          WorkedExample: '../modules/criteria/rule-set.js#WorkedExampleRecord',
          Lineage: '../modules/lineage/lineage-records.js#LineageRecord',
          LineageStep: '../modules/lineage/lineage-records.js#LineageStepRecord',
          CodeOnDate: '../modules/lineage/lineage-records.js#CodeOnDateRecord',
          Successor: '../modules/lineage/lineage-records.js#SuccessorRecord',
          BillingProfile: '../modules/lineage/lineage-records.js#BillingProfileRecord',
          BillingComponents: '../modules/lineage/lineage-records.js#ComponentsRecord',
          ComponentChange: '../modules/lineage/lineage-records.js#ComponentChangeRecord',
          CodeChange: '../modules/lineage/lineage-records.js#ChangeEventRecord',
          DeliveryLevel: '../modules/criteria/rule-set.js#DeliveryLevelRecord',
          Exclusion: '../modules/criteria/rule-set.js#ExclusionRecord',
          CodeCriteria: '../modules/criteria/rule-set.js#CodeCriteriaRecord',
          DeliveryRecommendation: '../modules/criteria/engine.js#Recommendation',
          RecommendedCode: '../modules/criteria/engine.js#RecommendedCodeResult',
          DecisionStep: '../modules/criteria/engine.js#DecisionStepResult',
          DeliveryRouting: '../modules/criteria/engine.js#Routing',
          Vocabulary: '../modules/catalogue/catalogue-repository.js#VocabularyRecord',
          Domain: '../modules/catalogue/catalogue-repository.js#DomainRecord',
          ConceptClass: '../modules/catalogue/catalogue-repository.js#ConceptClassRecord',
          RelationshipType: '../modules/catalogue/catalogue-repository.js#RelationshipTypeRecord',
          ConceptPath: '../modules/navigation/navigation-records.js#ConceptPathRecord',
          ConceptPathStep: '../modules/navigation/navigation-records.js#ConceptPathStepRecord',
          Subgraph: '../modules/navigation/navigation-records.js#SubgraphRecord',
          SubgraphEdge: '../modules/navigation/navigation-records.js#SubgraphEdgeRecord',
          ConceptRelationship: '../modules/relationships/concept-relationship-repository.js#ConceptRelationshipRecord',
          ConceptAncestryEdge: '../modules/hierarchy/hierarchy-repository.js#AncestryEdgeRecord',
          MappingResolution: '../modules/mapping/chain-resolution.js#MappingResolutionRecord',
          MappingHop: '../modules/mapping/chain-resolution.js#MappingHopRecord',
          ClaimMappingResult: '../modules/claims/claim-mapper.js#ClaimBatchResult',
          ClaimLineResult: '../modules/claims/claim-line.js#ClaimLineOutcome',
          ProcedureOccurrenceRow: '../modules/claims/claim-line.js#OccurrenceRow',
          VocabularyRelease: '../modules/releases/release-records.js#ReleaseRecord',
          ReleaseChange: '../modules/releases/release-records.js#ReleaseChangeRecord',
          ConceptInRelease: '../modules/releases/release-records.js#ConceptInReleaseRecord',
          ImpactedConcept: '../modules/releases/release-records.js#ImpactedConceptRecord',
          SourceCodeImpact: '../modules/releases/release-records.js#SourceCodeImpactRecord',
          ReleaseImpact: '../modules/releases/release-records.js#ReleaseImpactRecord',
        },
        scalars: {
          ID: { input: 'string', output: 'string | number' },
          Date: 'string',
          DateTime: 'string',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
