"""The GraphQL documents the client sends (the service's public API, schema/schema.graphql in the repository)."""

CONCEPT_FIELDS = "conceptId conceptName domainId vocabularyId conceptClassId standardConcept conceptCode validStartDate validEndDate invalidReason nameSource"

CONCEPT = f"""query Concept($id: ID, $vocabularyId: String, $code: String) {{
  concept(conceptId: $id, vocabularyId: $vocabularyId, conceptCode: $code) {{ {CONCEPT_FIELDS} }}
}}"""

CONCEPTS = f"""query Concepts($ids: [ID!]!) {{ concepts(conceptIds: $ids) {{ {CONCEPT_FIELDS} }} }}"""

PAGE = "totalCount pageInfo { hasNextPage endCursor }"

SEARCH = f"""query Search($query: String!, $filter: ConceptFilter, $first: Int, $after: String) {{
  searchConcepts(query: $query, filter: $filter, first: $first, after: $after) {{ {PAGE} edges {{ node {{ {CONCEPT_FIELDS} }} }} }}
}}"""

RELATIONSHIPS = f"""query Relationships($id: ID!, $relationshipIds: [String!], $validOn: Date, $first: Int, $after: String) {{
  concept(conceptId: $id) {{
    relationships(relationshipIds: $relationshipIds, validOn: $validOn, first: $first, after: $after) {{
      {PAGE} edges {{ node {{ relationshipId validStartDate validEndDate invalidReason concept {{ conceptId conceptName vocabularyId conceptCode }} }} }}
    }}
  }}
}}"""

# FIELD is ancestors or descendants.
ANCESTRY = f"""query Ancestry($id: ID!, $minLevels: Int, $maxLevels: Int, $standardOnly: Boolean, $first: Int, $after: String) {{
  concept(conceptId: $id) {{
    FIELD(minLevels: $minLevels, maxLevels: $maxLevels, standardOnly: $standardOnly, first: $first, after: $after) {{
      {PAGE} edges {{ minLevelsOfSeparation maxLevelsOfSeparation node {{ conceptId conceptName vocabularyId conceptCode }} }}
    }}
  }}
}}"""

MAPS_TO = f"""query MapsTo($id: ID!, $asOf: Date) {{
  concept(conceptId: $id) {{
    mapsTo(asOf: $asOf) {{
      status targets {{ {CONCEPT_FIELDS} }}
      hops {{ from {{ conceptId }} to {{ conceptId }} relationshipId validStartDate validEndDate invalidReason }}
    }}
  }}
}}"""

EXPAND_CONCEPT_SET = f"""query ExpandConceptSet($items: [ConceptSetItemInput!]!, $first: Int, $after: String) {{
  expandConceptSet(items: $items, first: $first, after: $after) {{ {PAGE} edges {{ node {{ {CONCEPT_FIELDS} }} }} }}
}}"""

LINEAGE = """query Lineage($code: CodeInput!, $direction: LineageDirection, $max: Int) {
  lineage(code: $code, direction: $direction, maxGenerations: $max) {
    steps {
      from { vocabularyId conceptCode } to { vocabularyId conceptCode }
      effectiveDate kind condition siteOfService generation direction authority confidence sources { sourceId }
    }
    mermaid dot
  }
}"""

SUCCESSOR = "code { vocabularyId conceptCode } effectiveDate condition criteria { criterionId }"

CODE_ON_DATE = f"""query CodeOnDate($code: CodeInput!, $date: Date!, $site: SiteOfService, $payer: Payer) {{
  codeOnDate(code: $code, date: $date, siteOfService: $site, payer: $payer) {{
    date known valid meaning validFrom validTo family confidence note warnings
    successors {{ {SUCCESSOR} }}
    equivalentsAtSite {{ code {{ vocabularyId conceptCode }} condition criteria {{ criterionId }} }}
  }}
}}"""

CODE_CHANGES = f"""query CodeChanges($from: Date!, $to: Date!, $vocabularyIds: [String!], $first: Int, $after: String) {{
  codeChanges(from: $from, to: $to, vocabularyIds: $vocabularyIds, first: $first, after: $after) {{
    {PAGE} edges {{ node {{ changeId effectiveDate kind summary authority confidence
      from {{ vocabularyId conceptCode }} to {{ vocabularyId conceptCode }} sources {{ sourceId }} }} }}
  }}
}}"""

RECOMMEND = """query Recommend($treatment: TreatmentInput!) {
  recommendDeliveryCode(treatment: $treatment) {
    status level
    codes { code { vocabularyId conceptCode } role reason }
    criteriaMet { criterionId }
    decisionPath { question answer outcome criterion { criterionId } ruleId }
    warnings missingFacts
  }
}"""

MAP_CLAIM_LINES = """query MapClaimLines($lines: [ClaimLineInput!]!) {
  mapClaimLines(lines: $lines) {
    lines {
      lineNumber lineId status flags messages family
      rows {
        procedureConceptId procedureSourceValue procedureSourceConceptId modifierConceptId modifierSourceValue quantity procedureDate personId
        cdmTable procedureEndDate procedureTypeConceptId visitOccurrenceId providerId
      }
    }
    summary { lines mapped unmapped rejected rows flags { flag count } tables { table rows } }
    warnings
    provenance { vocabularyRelease knowledgePackVersion serviceVersion }
  }
}"""
