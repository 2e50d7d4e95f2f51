/**
 * The GraphQL operations the MCP tools, resources and prompt run in-process: the only questions
 * they ask. Each tool's arguments are its operation's variables and its structured answer is the
 * operation's data (graphql-zod.ts), so the selections below are also the tools' output schemas.
 */

const CONCEPT_FIELDS = `fragment ConceptFields on Concept {
  conceptId conceptName domainId vocabularyId conceptClassId standardConcept conceptCode
  validStartDate validEndDate invalidReason nameSource
}`;

const CODE_FIELDS = `fragment CodeFields on CodeRef { vocabularyId conceptCode concept { conceptId conceptName } }`;

const SUCCESSOR_FIELDS = `fragment SuccessorFields on Successor {
  code { ...CodeFields } effectiveDate condition siteOfService changeId
  criteria { criterionId name }
}`;

export const SEARCH_CONCEPTS = `query SearchConcepts($query: String!, $filter: ConceptFilter, $first: Int, $after: String) {
  searchConcepts(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...ConceptFields } }
  }
}
${CONCEPT_FIELDS}`;

export const GET_CONCEPT = `query GetConcept($conceptId: ID, $vocabularyId: String, $conceptCode: String, $date: Date) {
  concept(conceptId: $conceptId, vocabularyId: $vocabularyId, conceptCode: $conceptCode) {
    ...ConceptFields
    validOn(date: $date)
  }
}
${CONCEPT_FIELDS}`;

/** Lists of explore_concept: `first` items each, every one with its total. */
export const EXPLORE_CONCEPT = `query ExploreConcept($conceptId: ID, $vocabularyId: String, $conceptCode: String, $validOn: Date, $first: Int) {
  concept(conceptId: $conceptId, vocabularyId: $vocabularyId, conceptCode: $conceptCode) {
    ...ConceptFields
    validOn(date: $validOn)
    parents { ...ConceptFields }
    children(first: $first) { totalCount edges { node { ...ConceptFields } } }
    mapsTo: relationships(relationshipIds: ["Maps to"], validOn: $validOn, first: $first) {
      totalCount edges { node { relationshipId validStartDate validEndDate invalidReason concept { ...ConceptFields } } }
    }
    mappedFrom: relationships(relationshipIds: ["Mapped from"], validOn: $validOn, first: $first) {
      totalCount edges { node { relationshipId validStartDate validEndDate invalidReason concept { ...ConceptFields } } }
    }
  }
}
${CONCEPT_FIELDS}`;

/** One page of a concept's relationship ids, to count them by id (explore_concept). */
export const RELATIONSHIP_IDS = `query RelationshipIds($conceptId: ID!, $validOn: Date, $first: Int, $after: String) {
  concept(conceptId: $conceptId) {
    relationships(validOn: $validOn, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { relationshipId } }
    }
  }
}`;

export const MAP_TO_STANDARD = `query MapToStandard($conceptId: ID, $vocabularyId: String, $conceptCode: String, $asOf: Date) {
  concept(conceptId: $conceptId, vocabularyId: $vocabularyId, conceptCode: $conceptCode) {
    ...ConceptFields
    mapsTo(asOf: $asOf) {
      status
      targets { ...ConceptFields }
      hops {
        from { conceptId vocabularyId conceptCode }
        to { conceptId vocabularyId conceptCode standardConcept }
        relationshipId validStartDate validEndDate invalidReason
      }
    }
  }
}
${CONCEPT_FIELDS}`;

export const CODE_LINEAGE = `query CodeLineage($vocabularyId: String!, $conceptCode: String!, $direction: LineageDirection, $maxGenerations: Int) {
  lineage(code: { vocabularyId: $vocabularyId, conceptCode: $conceptCode }, direction: $direction, maxGenerations: $maxGenerations) {
    code { ...CodeFields }
    steps {
      from { ...CodeFields }
      to { ...CodeFields }
      effectiveDate kind condition siteOfService authority confidence note changeId generation direction
      sources { sourceId }
    }
  }
}
${CODE_FIELDS}`;

export const CODE_ON_DATE = `query CodeOnDate($vocabularyId: String!, $conceptCode: String!, $date: Date!, $siteOfService: SiteOfService, $payer: Payer) {
  codeOnDate(code: { vocabularyId: $vocabularyId, conceptCode: $conceptCode }, date: $date, siteOfService: $siteOfService, payer: $payer) {
    code { ...CodeFields }
    date known valid meaning validFrom validTo family familyName
    successors { ...SuccessorFields }
    equivalentsAtSite { ...SuccessorFields }
    billingProfile { frequency addOn addOnKind primaryCodes { vocabularyId conceptCode } components { professional technical global } pitfalls }
    confidence note payer warnings
    sources { sourceId }
  }
}
${CODE_FIELDS}
${SUCCESSOR_FIELDS}`;

export const RECOMMEND_DELIVERY_CODE = `query RecommendDeliveryCode($treatment: TreatmentInput!) {
  recommendDeliveryCode(treatment: $treatment) {
    status ruleSet level
    codes { code { ...CodeFields } role reason }
    criteriaMet { criterionId name }
    decisionPath { question answer outcome ruleId criterion { criterionId } }
    warnings missingFacts
    routing { modalityId name family codes { vocabularyId conceptCode } choice billed }
  }
}
${CODE_FIELDS}`;

export const MAP_CLAIM_LINES = `query MapClaimLines($lines: [ClaimLineInput!]!) {
  mapClaimLines(lines: $lines) {
    lines {
      lineNumber lineId status flags messages family
      rows {
        cdmTable domainId procedureConceptId procedureSourceValue procedureSourceConceptId modifierConceptId
        modifierSourceValue quantity procedureDate procedureEndDate procedureTypeConceptId
      }
      successors { code { vocabularyId conceptCode } effectiveDate condition siteOfService }
    }
    summary { lines mapped unmapped rejected rows tables { table rows } flags { flag count } }
    warnings
    provenance { vocabularyRelease knowledgePackVersion serviceVersion }
  }
}`;

export const EXPAND_CONCEPT_SET = `query ExpandConceptSet($items: [ConceptSetItemInput!]!, $first: Int, $after: String) {
  expandConceptSet(items: $items, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...ConceptFields } }
  }
}
${CONCEPT_FIELDS}`;

/** The vocabulary catalogue resource. */
export const CATALOGUE = `query Catalogue {
  vocabularies { vocabularyId vocabularyName vocabularyVersion vocabularyReference vocabularyConceptId }
  domains { domainId domainName }
  conceptClasses { conceptClassId conceptClassName }
  relationshipTypes { relationshipId relationshipName reverseRelationshipId isHierarchical definesAncestry }
}`;

/** What the knowledge pack put in the graph, for the sources resource. */
export const KNOWLEDGE_PACK = `query KnowledgePack {
  about { name version knowledgePack { sources concepts codeChanges codeVersions billingProfiles deliveryLevels criteria workedExamples unresolvedCodes } }
}`;

/** The delivery levels resource and the prompt. */
export const DELIVERY_LEVELS = `query DeliveryLevels($asOf: Date) {
  deliveryLevels(asOf: $asOf) {
    levelId level effectiveFrom summary
    code { vocabularyId conceptCode }
    requiresAll { criterionId name definition }
    requiresAny { criterionId name definition }
    excludedBy { criterionId name definition }
    techniques { techniqueId name satisfies { criterionId } }
    exclusions { exclusionId statement doesNotSatisfy { criterionId } }
    examples { exampleId scenario expectedLevel expectedCodes { vocabularyId conceptCode } }
    sources { sourceId }
  }
}`;
