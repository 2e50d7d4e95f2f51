import { toMermaid } from '../api/diagram.js';
import { diagramBlock, escapeHtml, page, queryString } from './html.js';

/** Relationships listed on a concept's page; the total says when there are more. */
export const CONCEPT_PAGE_RELATIONSHIPS = 200;

/** The GraphQL the concept page asks. */
export const CONCEPT_PAGE_QUERY = `query ConceptPage($id: ID!, $first: Int!) {
  concept(conceptId: $id) {
    conceptId conceptName nameSource vocabularyId conceptCode domainId conceptClassId standardConcept validStartDate validEndDate invalidReason
    relationships(first: $first) { totalCount edges { node { relationshipId validStartDate validEndDate invalidReason concept { conceptId conceptName vocabularyId conceptCode } } } }
  }
}`;

/** Asked once the concept is known to exist (a neighbourhood of an unknown concept is an error). */
export const NEIGHBOURHOOD_PAGE_QUERY = `query ConceptNeighbourhood($id: ID!) {
  neighbourhood(conceptId: $id, depth: 1) { nodes { conceptId conceptName vocabularyId conceptCode } edges { fromConceptId toConceptId relationshipId } truncated }
}`;

interface ConceptAnswer {
  conceptId: string;
  conceptName: string;
  nameSource: string;
  vocabularyId: string;
  conceptCode: string;
  domainId: string;
  conceptClassId: string;
  standardConcept: string | null;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
  relationships: {
    totalCount: number;
    edges: {
      node: {
        relationshipId: string;
        validStartDate: string | null;
        validEndDate: string | null;
        invalidReason: string | null;
        concept: { conceptId: string; conceptName: string; vocabularyId: string; conceptCode: string };
      };
    }[];
  };
}

export interface ConceptPageAnswer {
  concept: ConceptAnswer | null;
  neighbourhood: {
    nodes: { conceptId: string; conceptName: string; vocabularyId: string; conceptCode: string }[];
    edges: { fromConceptId: string; toConceptId: string; relationshipId: string }[];
    truncated: boolean;
  };
}

/** The concept's neighbourhood (one step) as Mermaid, each concept a link to its page. */
export function neighbourhoodDiagram(answer: ConceptPageAnswer): string {
  return toMermaid({
    nodes: answer.neighbourhood.nodes.map((node) => ({
      id: node.conceptId,
      label: `${node.vocabularyId} ${node.conceptCode}: ${node.conceptName.length > 48 ? `${node.conceptName.slice(0, 47)}…` : node.conceptName}`,
      href: `/concept/${encodeURIComponent(node.conceptId)}`,
    })),
    edges: answer.neighbourhood.edges.map((edge) => ({ from: edge.fromConceptId, to: edge.toConceptId, label: edge.relationshipId })),
  });
}

/** Vocabularies whose codes have a history in the knowledge pack (their lineage page is worth a link). */
const CODED_VOCABULARIES = new Set(['CPT4', 'HCPCS']);

export function conceptPage(answer: ConceptPageAnswer & { concept: ConceptAnswer }): string {
  const c = answer.concept;
  const title = `${c.vocabularyId} ${c.conceptCode}`;
  const facts: [string, string][] = [
    ['concept_id', c.conceptId],
    [
      'concept_name',
      `${c.conceptName}${c.nameSource === 'PROJECT_LABEL' ? " (the project's own label: official CPT names come from a licensed ATHENA download)" : ''}`,
    ],
    ['domain_id', c.domainId],
    ['concept_class_id', c.conceptClassId],
    ['standard_concept', c.standardConcept ?? ''],
    ['valid', `${c.validStartDate ?? '?'} to ${c.validEndDate ?? '?'}${c.invalidReason ? ` (invalid_reason ${c.invalidReason})` : ''}`],
  ];
  const lineage = CODED_VOCABULARIES.has(c.vocabularyId)
    ? `<p><a href="/lineage${escapeHtml(queryString({ vocabularyId: c.vocabularyId, conceptCode: c.conceptCode }))}">The lineage of ${escapeHtml(title)}</a></p>`
    : '';
  const { totalCount, edges } = c.relationships;
  const rows = edges
    .map(
      ({
        node,
      }) => `<tr><td>${escapeHtml(node.relationshipId)}</td><td><a href="/concept/${escapeHtml(encodeURIComponent(node.concept.conceptId))}">${escapeHtml(node.concept.conceptId)}</a></td>
      <td>${escapeHtml(`${node.concept.vocabularyId} ${node.concept.conceptCode}`)}</td><td>${escapeHtml(node.concept.conceptName)}</td>
      <td>${escapeHtml(node.validStartDate ?? '')} to ${escapeHtml(node.validEndDate ?? '')}${node.invalidReason ? ` (${escapeHtml(node.invalidReason)})` : ''}</td></tr>`,
    )
    .join('\n');
  const shown = totalCount > edges.length ? `the first ${edges.length} of ${totalCount}` : `${totalCount}`;
  const diagram = answer.neighbourhood.edges.length
    ? `<h2>Neighbourhood</h2>${answer.neighbourhood.truncated ? '<p>Only the nearest concepts are drawn (the neighbourhood is larger than a diagram holds).</p>' : ''}${diagramBlock(neighbourhoodDiagram(answer))}`
    : '';
  const body = `<h1>${escapeHtml(title)}</h1><p class="sub">${escapeHtml(c.conceptName)}</p>
<table><tbody>${facts.map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</tbody></table>
${lineage}
${diagram}
<h2>Relationships (${shown})</h2>
${edges.length ? `<table><thead><tr><th>relationship_id</th><th>concept_id</th><th>code</th><th>name</th><th>valid</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None in the graph (the knowledge pack holds codes only: load a vocabulary for its relationships).</p>'}`;
  return page(title, body, { diagrams: diagram !== '' });
}
