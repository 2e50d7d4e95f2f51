import type { ConceptRow } from '../concept-writer.js';
import { familyOf, type SeedPack } from '../../seed-pack/schema.js';

/**
 * Turns the curated pack into concept rows and the statements of the curated layer (sources,
 * code history, families, billing, criteria). Every curated node and edge carries `sources`.
 * Codes the pack names but the graph lacks (e.g. 76950, 0073T) become (:Code) nodes, listed
 * in `unresolvedCodes`, so a history edge is never dropped for want of a concept.
 */

/** Labels of the curated layer; a seed load replaces all of them in one transaction. */
export const CURATED_LABELS = [
  'Source',
  'Code',
  'CodeChange',
  'CodeVersion',
  'CodeFamily',
  'BillingProfile',
  'ComponentChange',
  'Payment',
  'DeliveryLevel',
  'Criterion',
  'Technique',
  'Exclusion',
  'WorkedExample',
  'TreatmentFact',
  'ExcludedModality',
  'AddOnRule',
  'PriorCodingRule',
] as const;

const CLEAR_CURATED = `
  MATCH (n) WHERE ${CURATED_LABELS.map((label) => `n:${label}`).join(' OR ')}
  DETACH DELETE n
`;

/** Matches the concept of a code reference, or the (:Code) stand-in when there is none. */
const REF = (variable: string, key: string) => `
  CALL (${key}) {
    OPTIONAL MATCH (concept:Concept {vocabularyId: ${key}.vocabularyId, conceptCode: ${key}.conceptCode})
    WHERE NOT concept:Unresolved
    WITH concept ORDER BY concept.isLocal ASC LIMIT 1
    CALL (concept, ${key}) {
      WITH concept WHERE concept IS NULL
      MERGE (code:Code {vocabularyId: ${key}.vocabularyId, conceptCode: ${key}.conceptCode})
      RETURN code AS found
      UNION
      WITH concept WHERE concept IS NOT NULL
      RETURN concept AS found
    }
    RETURN found AS ${variable}
  }
`;

const WRITE_SOURCES = `
  UNWIND $rows AS row
  CREATE (s:Source {sourceId: row.id, citation: row.citation, kind: row.kind})
`;

const WRITE_CHANGES = `
  UNWIND $rows AS row
  CREATE (e:CodeChange {changeId: row.id, effectiveDate: date(row.effectiveDate), kind: row.kind, authority: row.authority,
                        summary: row.summary, sources: row.sources, confidence: row.confidence, note: row.note})
  WITH e, row
  CALL (e, row) {
    UNWIND row.from AS ref
    ${REF('old', 'ref')}
    CREATE (old)-[:CHANGED_IN {meaningAsOf: ref.meaningAsOf, component: ref.component, qualifier: ref.qualifier, sources: row.sources}]->(e)
  }
  CALL (e, row) {
    UNWIND row.to AS ref
    ${REF('target', 'ref')}
    CREATE (e)-[:CHANGED_TO {condition: ref.condition, setting: ref.setting, meaningAsOf: ref.meaningAsOf, component: ref.component,
                             qualifier: ref.qualifier, sources: row.sources}]->(target)
  }
`;

const WRITE_VERSIONS = `
  UNWIND $rows AS row
  ${REF('code', 'row')}
  CREATE (code)-[:HAS_VERSION {sources: row.sources}]->(:CodeVersion {validFrom: date(row.validFrom),
      validTo: CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END, meaning: row.meaning, setting: row.setting,
      sources: row.sources, confidence: row.confidence, note: row.note})
`;

const WRITE_FAMILIES = `
  UNWIND $rows AS row
  CREATE (:CodeFamily {familyId: row.id, name: row.name, billed: row.billed, ranges: row.ranges, sources: row.sources, note: row.note})
  WITH collect(row) AS rows
  UNWIND rows AS row
  MATCH (child:CodeFamily {familyId: row.id}), (parent:CodeFamily {familyId: row.parent})
  CREATE (child)-[:PART_OF {sources: row.sources}]->(parent)
`;

const WRITE_MEMBERSHIP = `
  UNWIND $rows AS row
  MATCH (c:Concept {conceptId: row.conceptId}), (f:CodeFamily {familyId: row.familyId})
  CREATE (c)-[:IN_FAMILY {sources: f.sources}]->(f)
`;

const WRITE_PROFILES = `
  UNWIND $rows AS row
  ${REF('code', 'row')}
  CREATE (code)-[:HAS_BILLING_PROFILE {sources: row.sources}]->(p:BillingProfile {
      family: row.family, frequency: row.frequency, addOn: row.addOn, addOnKind: row.addOnKind,
      professional: row.components.professional, technical: row.components.technical, global: row.components.global,
      componentsSources: row.components.sources, componentsConfidence: row.components.confidence, componentsNote: row.components.note,
      pitfalls: row.pitfalls, sources: row.sources, confidence: row.confidence, note: row.note})
  WITH p, row
  CALL (p, row) {
    UNWIND coalesce(row.primaryCodes, []) AS primary
    WITH p, {vocabularyId: row.vocabularyId, conceptCode: primary} AS ref, row
    ${REF('primaryCode', 'ref')}
    CREATE (p)-[:ADD_ON_TO {sources: row.sources}]->(primaryCode)
  }
  CALL (p, row) {
    UNWIND row.componentChanges AS change
    CREATE (p)-[:HAS_COMPONENT_CHANGE {sources: change.sources}]->(cc:ComponentChange {effectiveDate: date(change.effectiveDate),
        component: change.component, change: change.change, statusIndicator: change.statusIndicator, setting: coalesce(change.setting, 'all'),
        sources: change.sources, note: change.note})
    WITH cc, change
    UNWIND change.into AS into
    WITH cc, change, {vocabularyId: row.vocabularyId, conceptCode: into} AS ref
    ${REF('intoCode', 'ref')}
    CREATE (cc)-[:INTO {sources: change.sources}]->(intoCode)
  }
`;

const WRITE_PAYMENTS = `
  UNWIND $rows AS row
  ${REF('code', 'row')}
  CREATE (code)-[:HAS_PAYMENT {sources: row.sources}]->(:Payment {year: row.year, setting: row.setting, component: row.component,
      basis: row.basis, apc: row.apc, amountUsd: row.amountUsd, approximate: row.approximate, statusIndicator: row.statusIndicator,
      totalRvu: row.totalRvu, workRvu: row.workRvu, expectedShareOfFractions: row.expectedShareOfFractions,
      sources: row.sources, confidence: row.confidence, note: row.note})
`;

const WRITE_MODIFIERS = `
  UNWIND $rows AS row
  MATCH (c:Concept {vocabularyId: row.vocabularyId, conceptCode: row.code})
  SET c.modifierKind = row.kind, c.modifierMeaning = row.meaning, c.modifierSources = row.sources
`;

const WRITE_CRITERIA = `
  UNWIND $criteria AS row
  CREATE (c:Criterion {criterionId: row.id, name: row.name, role: row.role, definition: row.definition, when: row.when,
                       sources: row.sources, confidence: row.confidence, note: row.note})
  WITH c, row
  CALL (c, row) {
    UNWIND row.relatedCodes AS ref
    ${REF('code', 'ref')}
    CREATE (c)-[:RELATES_TO {sources: row.sources}]->(code)
  }
`;

const WRITE_LEVELS = `
  UNWIND $levels AS row
  ${REF('code', 'row')}
  CREATE (l:DeliveryLevel {levelId: row.id, level: row.level, effectiveFrom: date(row.effectiveFrom), summary: row.summary, sources: row.sources})
  CREATE (l)-[:BILLED_AS {sources: row.sources}]->(code)
  WITH l, row
  CALL (l, row) {
    UNWIND [i IN range(0, size(row.requiresAll) - 1) | {id: row.requiresAll[i], kind: 'all', position: i}]
         + [i IN range(0, size(row.requiresAny) - 1) | {id: row.requiresAny[i], kind: 'any', position: i}]
         + [i IN range(0, size(row.excludedBy) - 1) | {id: row.excludedBy[i], kind: 'excluded', position: i}] AS link
    MATCH (c:Criterion {criterionId: link.id})
    CALL (l, c, link, row) {
      WITH link WHERE link.kind = 'all' CREATE (l)-[:REQUIRES_ALL {position: link.position, sources: row.sources}]->(c)
      UNION
      WITH link WHERE link.kind = 'any' CREATE (l)-[:REQUIRES_ANY {position: link.position, sources: row.sources}]->(c)
      UNION
      WITH link WHERE link.kind = 'excluded' CREATE (l)-[:EXCLUDED_BY {position: link.position, sources: row.sources}]->(c)
    }
  }
`;

const WRITE_TECHNIQUES = `
  UNWIND $techniques AS row
  CREATE (t:Technique {techniqueId: row.id, name: row.name, sources: row.sources, confidence: row.confidence, note: row.note})
  WITH t, row
  UNWIND row.satisfies AS criterionId
  MATCH (c:Criterion {criterionId: criterionId})
  CREATE (t)-[:SATISFIES {sources: row.sources}]->(c)
`;

const WRITE_EXCLUSIONS = `
  UNWIND $exclusions AS row
  CREATE (x:Exclusion {exclusionId: row.id, statement: row.statement, when: row.when, sources: row.sources, confidence: row.confidence, note: row.note})
  WITH x, row
  CALL (x, row) { UNWIND row.doesNotSatisfy AS id MATCH (c:Criterion {criterionId: id}) CREATE (x)-[:DOES_NOT_SATISFY {sources: row.sources}]->(c) }
  CALL (x, row) { UNWIND row.excludesLevels AS id MATCH (l:DeliveryLevel {levelId: id}) CREATE (x)-[:EXCLUDES_LEVEL {sources: row.sources}]->(l) }
  CALL (x, row) { UNWIND row.techniques AS id MATCH (t:Technique {techniqueId: id}) CREATE (x)-[:CONCERNS {sources: row.sources}]->(t) }
`;

const WRITE_EXAMPLES = `
  UNWIND $examples AS row
  CREATE (e:WorkedExample {exampleId: row.id, scenario: row.scenario, facts: row.facts, expectedCodes: row.expectedCodes,
                           expectedLevel: row.expectedLevel, expectedCriterion: row.expectedCriterion, sources: row.sources, note: row.note})
  WITH e, row
  CALL (e, row) {
    UNWIND row.expectedCodes AS code
    WITH e, row, {vocabularyId: 'CPT4', conceptCode: code} AS ref
    ${REF('expected', 'ref')}
    CREATE (e)-[:EXPECTS {sources: row.sources}]->(expected)
  }
  CALL (e, row) {
    MATCH (c:Criterion {criterionId: row.expectedCriterion})
    CREATE (e)-[:ILLUSTRATES {sources: row.sources}]->(c)
  }
`;

const WRITE_FACTS = `
  UNWIND $facts AS row
  CREATE (:TreatmentFact {factId: row.id, meaning: row.meaning, position: row.position, sources: row.sources})
`;

/** A modality outside the levels, with the delivery codes it keeps (in the pack's order). */
const WRITE_EXCLUDED_MODALITIES = `
  UNWIND $modalities AS row
  CREATE (m:ExcludedModality {modalityId: row.id, name: row.name, treatmentTypes: row.treatmentTypes, family: row.family,
                              choice: row.choice, billed: row.billed, sources: row.sources, confidence: row.confidence, note: row.note})
  WITH m, row
  CALL (m, row) {
    UNWIND range(0, size(row.codes) - 1) AS position
    WITH m, row, position, row.codes[position] AS ref
    ${REF('code', 'ref')}
    CREATE (m)-[:ROUTES_TO {position: position, sources: row.sources}]->(code)
  }
  CALL (m, row) {
    MATCH (f:CodeFamily {familyId: row.family})
    CREATE (m)-[:IN_FAMILY {sources: row.sources}]->(f)
  }
`;

const WRITE_ADD_ON_RULES = `
  UNWIND $rules AS row
  ${REF('code', 'row')}
  CREATE (r:AddOnRule {ruleId: row.id, statement: row.statement, effectiveFrom: date(row.effectiveFrom), component: row.component,
                       when: row.when, sources: row.sources, confidence: row.confidence, note: row.note})
  CREATE (r)-[:ADDS {sources: row.sources}]->(code)
`;

/** Prior coding: the rule keeps its predicates as JSON; each choice's code is also an edge, so the graph shows which codes a rule can give. */
const WRITE_PRIOR_CODING = `
  UNWIND $rules AS row
  CREATE (r:PriorCodingRule {ruleId: row.id, validFrom: date(row.validFrom), validTo: date(row.validTo), setting: row.setting, role: row.role,
                             service: row.service, when: row.when, decidedBy: row.decidedBy, choices: row.choices,
                             sources: row.sources, confidence: row.confidence, note: row.note})
  WITH r, row
  CALL (r, row) {
    UNWIND row.choiceRefs AS ref
    ${REF('code', 'ref')}
    CREATE (r)-[:MAY_CODE_AS {position: ref.position, sources: row.sources}]->(code)
  }
`;

export const UNRESOLVED_CODES = `
  MATCH (code:Code)
  RETURN code.vocabularyId + ' ' + code.conceptCode AS code ORDER BY code
`;

/** The OMOP columns both concept files of the pack share. The pack carries no validity dates. */
type PackConceptColumns = Pick<
  SeedPack['omopConcepts'][number] | SeedPack['localConcepts'][number],
  'concept_id' | 'concept_code' | 'vocabulary_id' | 'concept_class_id' | 'domain_id' | 'standard_concept'
>;

function omopColumns(row: PackConceptColumns) {
  return {
    conceptId: row.concept_id,
    conceptCode: row.concept_code,
    vocabularyId: row.vocabulary_id,
    conceptClassId: row.concept_class_id,
    domainId: row.domain_id,
    standardConcept: row.standard_concept,
    validStartDate: null,
    validEndDate: null,
  };
}

/** The concepts of the pack: the public export (real ids) and the local ones (ids above 2e9). */
export function seedConceptRows(pack: SeedPack): ConceptRow[] {
  const labels = new Map(pack.cpt4Labels.map((label) => [label.concept_code, label]));
  const exported: ConceptRow[] = pack.omopConcepts.map((row) => {
    const publicName = row.concept_name_public_hcpcs_only;
    const label = row.vocabulary_id === 'CPT4' ? labels.get(row.concept_code) : undefined;
    return {
      ...omopColumns(row),
      invalidReason: row.invalid_reason_as_exported === 'V' ? null : row.invalid_reason_as_exported,
      conceptName: publicName || label?.label || `${row.vocabulary_id} ${row.concept_code}`,
      nameSource: publicName ? 'PUBLIC_DESCRIPTOR' : 'PROJECT_LABEL',
      sources: publicName ? ['OMOP-CONCEPT-EXPORTS'] : ['OMOP-CONCEPT-EXPORTS', ...(label?.sources ?? [])],
    };
  });
  const local: ConceptRow[] = pack.localConcepts.map((row) => ({
    ...omopColumns(row),
    invalidReason: null,
    conceptName: row.concept_name,
    nameSource: row.name_source,
    isLocal: true,
    sources: row.sources,
  }));
  return [...exported, ...local];
}

/** The statements that rebuild the curated layer, to run in one transaction. */
export function curatedLayerStatements(pack: SeedPack, concepts: readonly ConceptRow[]): { cypher: string; parameters?: Record<string, unknown> }[] {
  const membership = concepts.flatMap((concept) => {
    const family = familyOf(pack.families, concept.vocabularyId, concept.conceptCode);
    return family ? [{ conceptId: concept.conceptId, familyId: family.id }] : [];
  });
  const { criteria } = pack;
  return [
    { cypher: CLEAR_CURATED },
    { cypher: WRITE_SOURCES, parameters: { rows: pack.sources } },
    { cypher: WRITE_CHANGES, parameters: { rows: pack.changeEvents.map((e) => ({ ...e, note: e.note ?? null })) } },
    { cypher: WRITE_VERSIONS, parameters: { rows: pack.codeVersions.map((v) => ({ ...v, setting: v.setting ?? null, note: v.note ?? null })) } },
    {
      cypher: WRITE_FAMILIES,
      parameters: { rows: pack.families.map((f) => ({ ...f, ranges: f.ranges.map((r) => `${r.vocabularyId} ${r.from}-${r.to}`) })) },
    },
    { cypher: WRITE_MEMBERSHIP, parameters: { rows: membership } },
    { cypher: WRITE_PROFILES, parameters: { rows: pack.profiles.map((p) => ({ ...p, addOnKind: p.addOnKind ?? null })) } },
    { cypher: WRITE_PAYMENTS, parameters: { rows: pack.payments } },
    { cypher: WRITE_MODIFIERS, parameters: { rows: pack.modifiers } },
    { cypher: WRITE_CRITERIA, parameters: { criteria: criteria.criteria.map((c) => ({ ...c, when: c.when ? JSON.stringify(c.when) : null })) } },
    { cypher: WRITE_LEVELS, parameters: { levels: criteria.levels } },
    { cypher: WRITE_TECHNIQUES, parameters: { techniques: criteria.techniques } },
    { cypher: WRITE_EXCLUSIONS, parameters: { exclusions: criteria.exclusions.map((x) => ({ ...x, when: x.when ? JSON.stringify(x.when) : null })) } },
    { cypher: WRITE_FACTS, parameters: { facts: criteria.facts.map((fact, position) => ({ ...fact, position })) } },
    { cypher: WRITE_EXCLUDED_MODALITIES, parameters: { modalities: criteria.scope.excludedModalities.map((m) => ({ ...m, note: m.note ?? null })) } },
    { cypher: WRITE_ADD_ON_RULES, parameters: { rules: criteria.addOnRules.map((r) => ({ ...r, when: JSON.stringify(r.when), note: r.note ?? null })) } },
    {
      cypher: WRITE_PRIOR_CODING,
      parameters: {
        rules: criteria.priorCoding.map((r) => ({
          ...r,
          when: JSON.stringify(r.when),
          choices: JSON.stringify(r.choices),
          choiceRefs: r.choices.map((c, position) => ({ vocabularyId: c.vocabularyId, conceptCode: c.conceptCode, position })),
          note: r.note ?? null,
        })),
      },
    },
    { cypher: WRITE_EXAMPLES, parameters: { examples: criteria.examples.map((e) => ({ ...e, facts: JSON.stringify(e.facts) })) } },
  ];
}
