import type { ConceptRecord } from '../../graph/concept.js';

/** ConceptPathStep as resolvers hand it on: the concepts whole, the id as read along the path. */
export interface ConceptPathStepRecord {
  from: ConceptRecord;
  to: ConceptRecord;
  relationshipId: string;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}

export interface ConceptPathRecord {
  length: number;
  concepts: ConceptRecord[];
  steps: ConceptPathStepRecord[];
}

export interface SubgraphEdgeRecord {
  fromConceptId: number;
  toConceptId: number;
  relationshipId: string;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}

export interface SubgraphRecord {
  nodes: ConceptRecord[];
  edges: SubgraphEdgeRecord[];
  truncated: boolean;
  nodeLimit: number;
  mermaid: string;
  dot: string;
}
