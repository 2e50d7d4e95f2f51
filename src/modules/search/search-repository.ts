import { int } from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import type { PageWindow } from '../../api/pagination.js';
import { toConceptRecord, type ConceptRecord } from '../../graph/concept.js';
import type { FilterParameters } from './search-text.js';

// Exact code matches: the text as typed, upper- and lower-cased, through the conceptCode index
// (codes are stored as their vocabulary spells them, mostly upper case and digits). Full-text
// hits whose code equals the text ignoring case join this tier below, which covers mixed case.
const EXACT_CODE_HITS = `
    UNWIND $codes AS code
    MATCH (c:Concept {conceptCode: code}) USING INDEX c:Concept(conceptCode)
    RETURN c, 1 AS exact, 0.0 AS score
`;

// Lucene query text is built from escaped words only (search-text.ts); it is still a parameter.
const FULL_TEXT_HITS = `
    CALL db.index.fulltext.queryNodes('concept_text', $lucene) YIELD node, score
    RETURN node AS c, CASE WHEN toLower(node.conceptCode) = $lowerText THEN 1 ELSE 0 END AS exact, score
`;

/** ConceptFilter as a predicate on `c`; a null parameter restricts nothing. */
export const CONCEPT_FILTER = `
  ($vocabularyIds IS NULL OR c.vocabularyId IN $vocabularyIds)
  AND ($domainIds IS NULL OR c.domainId IN $domainIds)
  AND ($conceptClassIds IS NULL OR c.conceptClassId IN $conceptClassIds)
  AND ($standardConcepts IS NULL OR c.standardConcept IN $standardConcepts OR ($nonStandard AND c.standardConcept IS NULL))
  AND ($validOn IS NULL OR ((c.validStartDate IS NULL OR c.validStartDate <= date($validOn))
                            AND (c.validEndDate IS NULL OR date($validOn) <= c.validEndDate)))
`;

/**
 * Exact code matches first (by conceptId), then full-text hits by score and conceptId. Every
 * hit is counted for the true total; only the page's concepts are returned whole. Collecting
 * node references (not their properties) keeps the count cheap.
 */
const searchCypher = (withText: boolean) => `
  CALL () {
    ${EXACT_CODE_HITS}
    ${withText ? `UNION ALL ${FULL_TEXT_HITS}` : ''}
  }
  WITH c, max(exact) AS exact, max(score) AS score
  WHERE NOT c:Unresolved AND ${CONCEPT_FILTER}
  WITH c, exact, CASE WHEN exact = 1 THEN 0.0 ELSE score END AS rank
  ORDER BY exact DESC, rank DESC, c.conceptId
  WITH collect(c) AS hits
  RETURN size(hits) AS total, [c IN hits[$offset..($offset + $limit)] | c { .* }] AS page
`;
const SEARCH_CODE_AND_TEXT = searchCypher(true);
const SEARCH_CODE_ONLY = searchCypher(false);

export interface SearchRequest {
  text: string;
  lucene: string | null;
  filter: FilterParameters;
  window: PageWindow;
}

export class SearchRepository {
  constructor(private readonly graph: Graph) {}

  async search({ text, lucene, filter, window }: SearchRequest): Promise<{ total: number; page: ConceptRecord[] }> {
    const codes = [...new Set([text, text.toUpperCase(), text.toLowerCase()])];
    const [row] = await this.graph.read<{ total: number; page: Parameters<typeof toConceptRecord>[0][] }>(
      lucene === null ? SEARCH_CODE_ONLY : SEARCH_CODE_AND_TEXT,
      { codes, lucene, lowerText: text.toLowerCase(), ...filter, offset: int(window.offset), limit: int(window.limit) },
    );
    return { total: row?.total ?? 0, page: (row?.page ?? []).map(toConceptRecord) };
  }
}
