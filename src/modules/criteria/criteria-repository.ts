import type { Graph } from '../../db/graph.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import type { When } from '../../seed-pack/criteria.js';
import type {
  AddOnRuleRecord,
  CodeVersionRecord,
  CriterionRecord,
  DeliveryLevelRecord,
  ExcludedModalityRecord,
  ExclusionRecord,
  PriorCodingRecord,
  RuleSet,
  TechniqueRecord,
  WorkedExampleRecord,
} from './rule-set.js';

/** A code node: a concept, or the (:Code) stand-in for a code no concept carries. */
const CODE_KEY = (variable: string) => `{vocabularyId: ${variable}.vocabularyId, conceptCode: ${variable}.conceptCode}`;

const CRITERIA = `
  MATCH (c:Criterion)
  RETURN c.criterionId AS criterionId, c.name AS name, c.definition AS definition, c.role AS role, c.when AS when,
         c.sources AS sources, c.confidence AS confidence, c.note AS note
  ORDER BY criterionId
`;

const TECHNIQUES = `
  MATCH (t:Technique)
  RETURN t.techniqueId AS techniqueId, t.name AS name, t.sources AS sources, t.confidence AS confidence, t.note AS note,
         COLLECT { MATCH (t)-[:SATISFIES]->(c:Criterion) RETURN c.criterionId ORDER BY c.criterionId } AS satisfies
  ORDER BY techniqueId
`;

const EXCLUSIONS = `
  MATCH (x:Exclusion)
  RETURN x.exclusionId AS exclusionId, x.statement AS statement, x.when AS when, x.sources AS sources,
         x.confidence AS confidence, x.note AS note,
         COLLECT { MATCH (x)-[:DOES_NOT_SATISFY]->(c:Criterion) RETURN c.criterionId ORDER BY c.criterionId } AS doesNotSatisfy,
         COLLECT { MATCH (x)-[:EXCLUDES_LEVEL]->(l:DeliveryLevel) RETURN l.levelId ORDER BY l.levelId } AS excludesLevels,
         COLLECT { MATCH (x)-[:CONCERNS]->(t:Technique) RETURN t.techniqueId ORDER BY t.techniqueId } AS techniques
  ORDER BY exclusionId
`;

// Highest level first: the engine tries them in this order. Criteria keep the pack's order (the first required one names the level).
const LEVELS = `
  MATCH (l:DeliveryLevel)-[:BILLED_AS]->(code)
  RETURN l.levelId AS levelId, l.level AS level, toString(l.effectiveFrom) AS effectiveFrom, l.summary AS summary,
         l.sources AS sources, ${CODE_KEY('code')} AS code,
         COLLECT { MATCH (l)-[r:REQUIRES_ALL]->(c:Criterion) RETURN c.criterionId ORDER BY r.position } AS requiresAll,
         COLLECT { MATCH (l)-[r:REQUIRES_ANY]->(c:Criterion) RETURN c.criterionId ORDER BY r.position } AS requiresAny,
         COLLECT { MATCH (l)-[r:EXCLUDED_BY]->(c:Criterion) RETURN c.criterionId ORDER BY r.position } AS excludedBy
  ORDER BY level DESC
`;

const ADD_ON_RULES = `
  MATCH (r:AddOnRule)-[:ADDS]->(code)
  RETURN r.ruleId AS ruleId, r.statement AS statement, toString(r.effectiveFrom) AS effectiveFrom, r.component AS component,
         r.when AS when, r.sources AS sources, r.confidence AS confidence, r.note AS note, ${CODE_KEY('code')} AS code
  ORDER BY ruleId
`;

const PRIOR_CODING = `
  MATCH (r:PriorCodingRule)
  RETURN r.ruleId AS ruleId, toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo, r.setting AS setting,
         r.role AS role, r.service AS service, r.when AS when, r.decidedBy AS decidedBy, r.choices AS choices,
         r.sources AS sources, r.confidence AS confidence, r.note AS note
  ORDER BY validFrom, setting, ruleId
`;

const EXCLUDED_MODALITIES = `
  MATCH (m:ExcludedModality)
  OPTIONAL MATCH (m)-[:IN_FAMILY]->(f:CodeFamily)
  RETURN m.modalityId AS modalityId, m.name AS name, m.treatmentTypes AS treatmentTypes, m.family AS family, f.name AS familyName,
         m.choice AS choice, m.billed AS billed, m.sources AS sources, m.confidence AS confidence, m.note AS note,
         COLLECT { MATCH (m)-[r:ROUTES_TO]->(code) RETURN ${CODE_KEY('code')} ORDER BY r.position } AS codes
  ORDER BY modalityId
`;

const EXAMPLES = `
  MATCH (e:WorkedExample)
  RETURN e.exampleId AS exampleId, e.scenario AS scenario, e.facts AS facts, e.expectedLevel AS expectedLevel,
         e.expectedCriterion AS expectedCriterion, e.sources AS sources, e.note AS note,
         [code IN e.expectedCodes | {vocabularyId: 'CPT4', conceptCode: code}] AS expectedCodes
  ORDER BY exampleId
`;

// The versions of every code a rule can answer with: the engine checks validity on the date of service against them.
const RULE_CODE_VERSIONS = `
  MATCH (rule)-[:BILLED_AS|ADDS|MAY_CODE_AS|ROUTES_TO]->(code)-[:HAS_VERSION]->(v:CodeVersion)
  WITH DISTINCT code, v
  RETURN code.vocabularyId AS vocabularyId, code.conceptCode AS conceptCode, toString(v.validFrom) AS validFrom,
         toString(v.validTo) AS validTo, v.meaning AS meaning
  ORDER BY vocabularyId, conceptCode, validFrom
`;

const CRITERIA_RELATED_TO = `
  MATCH (c:Criterion)-[:RELATES_TO]->(code {vocabularyId: $vocabularyId, conceptCode: $conceptCode})
  RETURN DISTINCT c.criterionId AS criterionId
  ORDER BY criterionId
`;

type Stored<T, K extends string> = Omit<T, K> & Record<K, string | null>;

const parse = <T>(json: string | null): T | null => (json ? (JSON.parse(json) as T) : null);

/** The only place criteria Cypher lives. JSON predicates and facts are parsed at this boundary. */
export class CriteriaRepository {
  constructor(private readonly graph: Graph) {}

  /** Ids of the criteria that name the code as related. */
  async criteriaRelatedTo(code: { vocabularyId: string; conceptCode: string }): Promise<string[]> {
    const rows = await this.graph.read<{ criterionId: string }>(CRITERIA_RELATED_TO, code);
    return rows.map((row) => row.criterionId);
  }

  async ruleSet(): Promise<RuleSet> {
    const [criteria, techniques, exclusions, levels, addOnRules, priorCoding, modalities, examples, versions] = await Promise.all([
      this.graph.read<Stored<CriterionRecord, 'when'>>(CRITERIA),
      this.graph.read<TechniqueRecord>(TECHNIQUES),
      this.graph.read<Stored<ExclusionRecord, 'when'>>(EXCLUSIONS),
      this.graph.read<DeliveryLevelRecord>(LEVELS),
      this.graph.read<Stored<AddOnRuleRecord, 'when'>>(ADD_ON_RULES),
      this.graph.read<Stored<PriorCodingRecord, 'when' | 'choices'>>(PRIOR_CODING),
      this.graph.read<ExcludedModalityRecord>(EXCLUDED_MODALITIES),
      this.graph.read<Stored<WorkedExampleRecord, 'facts'>>(EXAMPLES),
      this.graph.read<CodeVersionRecord & CodeKey>(RULE_CODE_VERSIONS),
    ]);
    const codeVersions = new Map<string, CodeVersionRecord[]>();
    for (const { vocabularyId, conceptCode, ...version } of versions) {
      const key = codeKey({ vocabularyId, conceptCode });
      codeVersions.set(key, [...(codeVersions.get(key) ?? []), version]);
    }
    return {
      criteria: new Map(criteria.map((c) => [c.criterionId, { ...c, when: parse<When>(c.when) }])),
      techniques: new Map(techniques.map((t) => [t.techniqueId, t])),
      exclusions: exclusions.map((x) => ({ ...x, when: parse<When>(x.when) })),
      levels,
      addOnRules: addOnRules.map((r) => ({ ...r, when: parse<When>(r.when) ?? { all: [] } })),
      priorCoding: priorCoding.map((r) => ({ ...r, when: parse<When>(r.when) ?? { all: [] }, choices: parse<PriorCodingRecord['choices']>(r.choices) ?? [] })),
      excludedModalities: modalities,
      examples: examples.map((e) => ({ ...e, facts: parse<unknown>(e.facts) })),
      codeVersions,
    };
  }
}
