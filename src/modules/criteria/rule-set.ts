/**
 * The curated criteria as read from the graph: the records resolvers map to GraphQL types, and
 * the whole set in memory (a few dozen nodes) so a request reads it once.
 */

export interface CriterionRecord {
  criterionId: string;
  name: string;
  definition: string;
  role: string;
  /** The predicate over treatment facts, as the knowledge pack writes it (JSON), or null. */
  when: unknown;
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

export interface WorkedExampleRecord {
  exampleId: string;
  scenario: string;
  facts: unknown;
  expectedCodes: { vocabularyId: string; conceptCode: string }[];
  expectedLevel: string | null;
  expectedCriterion: string | null;
  sources: string[];
  note: string | null;
}

export interface RuleSet {
  criteria: ReadonlyMap<string, CriterionRecord>;
  techniques: ReadonlyMap<string, TechniqueRecord>;
  examples: readonly WorkedExampleRecord[];
}

export function techniquesSatisfying(ruleSet: RuleSet, criterionId: string): TechniqueRecord[] {
  return [...ruleSet.techniques.values()].filter((technique) => technique.satisfies.includes(criterionId));
}

export function examplesIllustrating(ruleSet: RuleSet, criterionId: string): WorkedExampleRecord[] {
  return ruleSet.examples.filter((example) => example.expectedCriterion === criterionId);
}
