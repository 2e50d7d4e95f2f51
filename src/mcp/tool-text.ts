/**
 * The compact text of each tool's answer: what an agent reads when it does not read the
 * structured content. Pure functions of the GraphQL data; every list says its total.
 */
import type { ConceptRecord } from '../graph/concept.js';

/** A concept as the API answers it: the graph's record, its id as a GraphQL ID. */
export type ConceptData = Omit<ConceptRecord, 'conceptId' | 'nameSource'> & { conceptId: string };

export interface CodeData {
  vocabularyId: string;
  conceptCode: string;
  concept?: { conceptId: string; conceptName: string } | null;
}

export interface ConnectionData<T> {
  totalCount: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

export interface SuccessorData {
  code: CodeData;
  effectiveDate: string;
  condition: string | null;
  siteOfService: string | null;
  criteria?: { criterionId: string; name: string }[];
}

const STANDARD: Record<string, string> = { S: 'standard', C: 'classification' };

export const code = (c: { vocabularyId: string; conceptCode: string }) => `${c.vocabularyId} ${c.conceptCode}`;

/** One concept on one line: code, name, id, domain, standard or not, validity. */
export function conceptLine(c: ConceptData): string {
  const dates =
    c.validStartDate === null && c.validEndDate === null ? 'validity dates not loaded' : `valid ${c.validStartDate ?? '?'} to ${c.validEndDate ?? '?'}`;
  const validity = `${dates}${c.invalidReason ? `, invalid_reason ${c.invalidReason}` : ''}`;
  return `${code(c)} "${c.conceptName}" (concept ${c.conceptId}, ${c.domainId}, ${STANDARD[c.standardConcept ?? ''] ?? 'non-standard'}, ${validity})`;
}

/** "N of TOTAL" with the cursor to continue from, when more follow. */
export function pageLine(what: string, connection: ConnectionData<unknown>): string {
  const shown = connection.edges.length;
  const more = connection.pageInfo?.hasNextPage ? `; more follow: pass after="${connection.pageInfo.endCursor}"` : '';
  return `${what}: ${shown} shown of ${connection.totalCount}${more}`;
}

export function list<T>(items: readonly T[], line: (item: T) => string): string[] {
  return items.map((item) => `- ${line(item)}`);
}

export function successorLine(s: SuccessorData): string {
  const criteria = s.criteria?.length ? ` [criteria: ${s.criteria.map((c) => c.criterionId).join(', ')}]` : '';
  const where = s.siteOfService ? ` at ${s.siteOfService}` : '';
  return `${code(s.code)} from ${s.effectiveDate}${where}${s.condition ? ` when ${s.condition}` : ''}${criteria}`;
}

export const lines = (...parts: (string | string[] | undefined | false)[]) =>
  parts
    .flat()
    .filter((part): part is string => typeof part === 'string')
    .join('\n');
