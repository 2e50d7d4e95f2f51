import type { Graph } from '../../db/graph.js';
import type { CodeKey } from '../../graph/code.js';
import { toConceptRecord, type ConceptRecord } from '../../graph/concept.js';

// :Unresolved nodes are placeholders for ids that relationships name but no CONCEPT row
// defines (see docs/graph-model.md): they are not concepts a client can look up.
const CONCEPTS_BY_ID = `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  WHERE NOT c:Unresolved
  RETURN c { .* } AS concept
`;

const CONCEPTS_BY_CODE = `
  UNWIND $keys AS key
  MATCH (c:Concept {vocabularyId: key.vocabularyId, conceptCode: key.conceptCode})
  USING INDEX c:Concept(vocabularyId, conceptCode)
  RETURN key.index AS index, c { .* } AS concept
`;

/**
 * The only place concept Cypher lives. Index hints keep lookups on their index even when the
 * plan was cached while the graph was small (a plan compiled on the 201 seed concepts may
 * otherwise scan the label after a million-concept load).
 */
export class ConceptRepository {
  constructor(private readonly graph: Graph) {}

  /** Concepts by id; the map holds only those found. */
  async byIds(conceptIds: readonly number[]): Promise<Map<number, ConceptRecord>> {
    const rows = await this.graph.read<{ concept: Parameters<typeof toConceptRecord>[0] }>(CONCEPTS_BY_ID, {
      conceptIds: [...new Set(conceptIds)],
    });
    return new Map(rows.map(({ concept }) => [concept.conceptId, toConceptRecord(concept)]));
  }

  /** Concepts by (vocabularyId, conceptCode), one entry per key in key order (null if absent). */
  async byCodes(keys: readonly CodeKey[]): Promise<(ConceptRecord | null)[]> {
    const rows = await this.graph.read<{ index: number; concept: Parameters<typeof toConceptRecord>[0] }>(CONCEPTS_BY_CODE, {
      keys: keys.map((key, index) => ({ ...key, index })),
    });
    const found: (ConceptRecord | null)[] = keys.map(() => null);
    for (const { index, concept } of rows) found[index] = toConceptRecord(concept);
    return found;
  }
}
