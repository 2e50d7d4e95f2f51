import type { Graph } from '../../db/graph.js';
import type { CriterionRecord, RuleSet, TechniqueRecord, WorkedExampleRecord } from './rule-set.js';

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

const EXAMPLES = `
  MATCH (e:WorkedExample)
  RETURN e.exampleId AS exampleId, e.scenario AS scenario, e.facts AS facts, e.expectedLevel AS expectedLevel,
         e.expectedCriterion AS expectedCriterion, e.sources AS sources, e.note AS note,
         [code IN e.expectedCodes | {vocabularyId: 'CPT4', conceptCode: code}] AS expectedCodes
  ORDER BY exampleId
`;

type Stored<T> = Omit<T, 'when' | 'facts'> & { when?: string | null; facts?: string | null };

/** The only place criteria Cypher lives. JSON predicates and facts are parsed at this boundary. */
export class CriteriaRepository {
  constructor(private readonly graph: Graph) {}

  async ruleSet(): Promise<RuleSet> {
    const [criteria, techniques, examples] = await Promise.all([
      this.graph.read<Stored<CriterionRecord>>(CRITERIA),
      this.graph.read<TechniqueRecord>(TECHNIQUES),
      this.graph.read<Stored<WorkedExampleRecord>>(EXAMPLES),
    ]);
    return {
      criteria: new Map(criteria.map((c) => [c.criterionId, { ...c, when: c.when ? JSON.parse(c.when) : null }])),
      techniques: new Map(techniques.map((t) => [t.techniqueId, t])),
      examples: examples.map((e) => ({ ...e, facts: e.facts ? JSON.parse(e.facts) : null })),
    };
  }
}
