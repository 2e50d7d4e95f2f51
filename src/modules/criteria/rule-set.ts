/**
 * The curated criteria as read from the graph: the records resolvers map to GraphQL types, and
 * the whole rule set in memory (under a hundred nodes) so a request reads it once and the engine
 * (engine.ts) evaluates it without a database.
 */
import type { When } from '../../seed-pack/criteria.js';
import type { CriterionRequirement } from '../../generated/enums.js';

export interface CodeKeyRecord {
  vocabularyId: string;
  conceptCode: string;
}

export interface CriterionRecord {
  criterionId: string;
  name: string;
  definition: string;
  role: string;
  /** The predicate over treatment facts (parsed from the JSON the knowledge pack writes), or null. */
  when: When | null;
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface TechniqueRecord {
  techniqueId: string;
  name: string;
  /** Ids of the criteria this technique satisfies. */
  satisfies: string[];
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface ExclusionRecord {
  exclusionId: string;
  statement: string;
  doesNotSatisfy: string[];
  excludesLevels: string[];
  techniques: string[];
  when: When | null;
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface DeliveryLevelRecord {
  levelId: string;
  level: number;
  code: CodeKeyRecord;
  effectiveFrom: string;
  summary: string;
  requiresAll: string[];
  requiresAny: string[];
  excludedBy: string[];
  sources: string[];
}

export interface WorkedExampleRecord {
  exampleId: string;
  scenario: string;
  facts: unknown;
  expectedCodes: CodeKeyRecord[];
  expectedLevel: string | null;
  expectedCriterion: string | null;
  sources: string[];
  note: string | null;
}

export interface AddOnRuleRecord {
  ruleId: string;
  statement: string;
  code: CodeKeyRecord;
  effectiveFrom: string;
  component: string;
  when: When;
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface PriorCodingRecord {
  ruleId: string;
  validFrom: string;
  validTo: string;
  setting: 'MPFS' | 'HOPPS';
  role: 'primary' | 'add-on';
  service: string;
  when: When;
  decidedBy: string[];
  choices: (CodeKeyRecord & { when: When | null })[];
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface ExcludedModalityRecord {
  modalityId: string;
  name: string;
  treatmentTypes: string[];
  family: string | null;
  familyName: string | null;
  codes: CodeKeyRecord[];
  choice: string;
  billed: string | null;
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface CodeVersionRecord {
  validFrom: string;
  validTo: string | null;
  meaning: string;
}

export interface RuleSet {
  criteria: ReadonlyMap<string, CriterionRecord>;
  techniques: ReadonlyMap<string, TechniqueRecord>;
  exclusions: readonly ExclusionRecord[];
  /** Highest level first: the first level whose requirements hold wins. */
  levels: readonly DeliveryLevelRecord[];
  addOnRules: readonly AddOnRuleRecord[];
  priorCoding: readonly PriorCodingRecord[];
  excludedModalities: readonly ExcludedModalityRecord[];
  examples: readonly WorkedExampleRecord[];
  /** Versions of the codes the rules can answer with, by their code key (graph/code.ts). */
  codeVersions: ReadonlyMap<string, readonly CodeVersionRecord[]>;
}

export function techniquesSatisfying(ruleSet: RuleSet, criterionId: string): TechniqueRecord[] {
  return [...ruleSet.techniques.values()].filter((technique) => technique.satisfies.includes(criterionId));
}

export function examplesIllustrating(ruleSet: RuleSet, criterionId: string): WorkedExampleRecord[] {
  return ruleSet.examples.filter((example) => example.expectedCriterion === criterionId);
}

/** Every criterion a level names (required, any-of, excluding), in that order, once. */
export function levelCriterionIds(level: DeliveryLevelRecord): string[] {
  return [...new Set([...level.requiresAll, ...level.requiresAny, ...level.excludedBy])];
}

/** The exclusions that concern a level: they rule it out, or deny one of its criteria. */
export function exclusionsOfLevel(ruleSet: RuleSet, level: DeliveryLevelRecord): ExclusionRecord[] {
  const ids = new Set(levelCriterionIds(level));
  return ruleSet.exclusions.filter((exclusion) => exclusion.excludesLevels.includes(level.levelId) || exclusion.doesNotSatisfy.some((id) => ids.has(id)));
}

export type { CriterionRequirement };

/** The criteria a code needs, as criteriaForCode answers. */
export interface CodeCriteriaRecord {
  code: CodeKeyRecord;
  level: DeliveryLevelRecord | null;
  criteria: { criterion: CriterionRecord; requirement: CriterionRequirement }[];
}
