import type { Graph } from '../../db/graph.js';

const KNOWLEDGE_PACK_SUMMARY = `
  RETURN COUNT { (:Source) } AS sources,
         COUNT { (c:Concept) WHERE c.sources IS NOT NULL AND NOT c:Unresolved } AS concepts,
         COUNT { (c:Concept) WHERE c.isLocal } AS localConcepts,
         COUNT { (:CodeChange) } AS codeChanges,
         COUNT { (:CodeVersion) } AS codeVersions,
         COUNT { (:BillingProfile) } AS billingProfiles,
         COUNT { (:DeliveryLevel) } AS deliveryLevels,
         COUNT { (:Criterion) } AS criteria,
         COUNT { (:WorkedExample) } AS workedExamples,
         COLLECT { MATCH (code:Code) RETURN code.vocabularyId + ' ' + code.conceptCode ORDER BY code.vocabularyId, code.conceptCode } AS unresolvedCodes
`;

export interface KnowledgePackSummary {
  sources: number;
  concepts: number;
  localConcepts: number;
  codeChanges: number;
  codeVersions: number;
  billingProfiles: number;
  deliveryLevels: number;
  criteria: number;
  workedExamples: number;
  unresolvedCodes: string[];
}

/** The About object before its knowledgePack field is resolved. */
export interface AboutRecord {
  name: string;
  version: string;
}

export class AboutRepository {
  constructor(private readonly graph: Graph) {}

  /** The Neo4j database name every query goes to. */
  get database(): string {
    return this.graph.database;
  }

  async knowledgePack(): Promise<KnowledgePackSummary> {
    const [row] = await this.graph.read<KnowledgePackSummary>(KNOWLEDGE_PACK_SUMMARY);
    return row!;
  }
}
