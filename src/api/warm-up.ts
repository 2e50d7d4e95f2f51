import type { ApolloServer } from '@apollo/server';
import type { Logger } from '../logger.js';

/**
 * The product's own question shapes (the documented examples), asked once at start-up so that
 * Neo4j has planned their Cypher and V8 has compiled their resolvers before /ready says ready:
 * otherwise the first answer of each new shape after a start takes seconds. Plans are kept per
 * Cypher text, not per value, so one asking with sample values warms every later one; values
 * that name nothing in the graph still run the same queries.
 */
export const WARM_UP_OPERATIONS: readonly { name: string; query: string }[] = [
  {
    name: 'concept by code',
    query: '{ concept(vocabularyId: "CPT4", conceptCode: "77412") { conceptId conceptName nameSource validOn(date: "2026-01-01") } }',
  },
  { name: 'concepts by id', query: '{ concepts(conceptIds: ["2211867", "45890647"]) { conceptId conceptCode } }' },
  {
    name: 'search',
    query:
      '{ searchConcepts(query: "radiation treatment", filter: { vocabularyIds: ["CPT4", "HCPCS"], standardConcept: ["S"], validOn: "2026-01-01" }, first: 20) { totalCount edges { node { conceptId conceptName } } pageInfo { endCursor } } }',
  },
  {
    name: 'hierarchy and relationships',
    query: `{ concept(conceptId: 2211867) {
      relationships(first: 20) { totalCount edges { node { relationshipId concept { conceptId } } } }
      ancestors(first: 20) { totalCount edges { minLevelsOfSeparation node { conceptId } } }
      descendants(first: 20) { totalCount edges { maxLevelsOfSeparation node { conceptId } } }
      parents { conceptId } children(first: 20) { totalCount }
      mapsTo(asOf: "2026-01-01") { status targets { conceptId } hops { relationshipId } } } }`,
  },
  {
    name: 'concept set',
    query: '{ expandConceptSet(items: [{ conceptId: "2211867", includeDescendants: true, includeMapped: true }]) { totalCount edges { node { conceptId } } } }',
  },
  { name: 'common ancestors', query: '{ commonAncestors(conceptIds: ["2211867", "2211866"]) { totalCount } }' },
  { name: 'neighbourhood', query: '{ neighbourhood(conceptId: "2211867", depth: 1) { nodes { conceptId } edges { relationshipId } mermaid } }' },
  { name: 'catalogue', query: '{ vocabularies { vocabularyId } domains { domainId } conceptClasses { conceptClassId } relationshipTypes { relationshipId } }' },
  {
    name: 'lineage',
    query:
      '{ lineage(code: { vocabularyId: "HCPCS", conceptCode: "G6015" }) { steps { from { conceptCode concept { conceptId } } to { conceptCode } effectiveDate kind condition sources { sourceId } } mermaid dot } }',
  },
  {
    name: 'code on a date',
    query: `{ codeOnDate(code: { vocabularyId: "CPT4", conceptCode: "77412" }, date: "2020-06-01", siteOfService: PHYSICIAN_OFFICE) {
      valid meaning family billingProfile { frequency components { professional technical global } }
      successors { code { conceptCode } criteria { criterionId } } equivalentsAtSite { code { conceptCode } } sources { sourceId } } }`,
  },
  {
    name: 'codes on a date',
    query: '{ codesOnDate(codes: [{ vocabularyId: "HCPCS", conceptCode: "G6015" }], date: "2026-02-01") { valid successors { code { conceptCode } } } }',
  },
  {
    name: 'code changes',
    query:
      '{ codeChanges(from: "2025-01-01", to: "2026-12-31", first: 20) { totalCount edges { node { kind effectiveDate from { conceptCode } to { conceptCode } } } } }',
  },
  {
    name: 'delivery recommendation',
    query: `{ recommendDeliveryCode(treatment: { dateOfService: "2026-03-02", siteOfService: HOSPITAL_OUTPATIENT, technique: THREE_D_CONFORMAL,
      motionManagement: [DIBH], imageGuidance: CBCT, imageGuidanceReviewedByPhysician: true }) {
      status level codes { code { conceptCode } role } criteriaMet { criterionId } decisionPath { question } missingFacts } }`,
  },
  { name: 'delivery levels', query: '{ deliveryLevels(asOf: "2026-01-01") { level code { conceptCode } requiresAny { criterionId } } }' },
  {
    name: 'claim lines',
    query: `{ mapClaimLines(lines: [{ lineId: "1", encounterId: "e1", code: "77412", dateOfService: "2026-01-06" },
      { lineId: "2", encounterId: "e1", code: "77387", modifiers: ["26"], dateOfService: "2026-01-06" }]) {
      lines { status flags rows { procedureConceptId modifierConceptId } successors { code { conceptCode } } } summary { lines mapped } } }`,
  },
];

export interface WarmUpReport {
  ms: number;
  operations: number;
  /** Operations that answered with errors (they still warmed what they reached). */
  failed: string[];
  /** Operations left out because the budget ran out. */
  skipped: number;
}

/** Asks every warm-up operation once, in order, until `budgetMs` has passed. */
export async function warmUp<Context extends object>(
  apollo: ApolloServer<Context>,
  context: () => Context,
  log: Logger,
  budgetMs: number,
): Promise<WarmUpReport> {
  const began = Date.now();
  const failed: string[] = [];
  let asked = 0;
  for (const operation of WARM_UP_OPERATIONS) {
    if (Date.now() - began > budgetMs) break;
    asked += 1;
    const operationBegan = Date.now();
    const response = await apollo.executeOperation({ query: operation.query }, { contextValue: context() }).catch((error: unknown) => ({ error }));
    const errors = 'error' in response ? [response.error] : response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    if (errors.length) failed.push(operation.name);
    log.debug({ operation: operation.name, ms: Date.now() - operationBegan, errors: errors.length }, 'warm-up operation');
  }
  return { ms: Date.now() - began, operations: asked, failed, skipped: WARM_UP_OPERATIONS.length - asked };
}
