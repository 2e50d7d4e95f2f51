import { z } from 'zod';
import { MAX_CLAIM_LINES } from '../modules/claims/claims-resolvers.js';
import * as op from './operations.js';
import {
  code,
  conceptLine,
  lines,
  list,
  pageLine,
  successorLine,
  type CodeData,
  type ConceptData,
  type ConnectionData,
  type SuccessorData,
} from './tool-text.js';

/** An expected failure the answer holds as data (an unknown code), told as the tool's error. */
export interface Refusal {
  code: string;
  message: string;
}

/** Asks one more operation of the same caller (explore_concept's counts). */
export type Ask = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

type Args = Record<string, unknown>;
// The data of a tool's own operation, read by its own renderer. Its type exists only at run time
// (the output schema derived from the operation), which the SDK checks every answer against.
// Typed by that schema, not statically: eslint.config.js lets this file read it as `any`.
type Data = any;

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  operation: string;
  /** A variable of an input object type whose fields are the tool's own arguments. */
  spread?: string;
  /** What an argument means to the agent, where the schema says nothing or says it for another reader. */
  arguments?: Record<string, string>;
  refusal?(data: Data, args: Args): Refusal | undefined;
  /** More of the answer, from further operations. */
  extra?: { shape: z.ZodRawShape; add(data: Data, args: Args, ask: Ask): Promise<Record<string, unknown>> };
  text(data: Data, args: Args): string;
}

/** The page size explore_concept counts relationship ids with, and how many pages at most. */
const COUNT_PAGE = 1_000;
const COUNT_PAGES = 20;

const CONCEPT_BY = {
  conceptId: 'The OMOP concept_id, e.g. 2211867. Give it, or vocabularyId with conceptCode.',
  vocabularyId: 'The vocabulary_id (exact: CPT4, HCPCS, SNOMED, ...), with conceptCode.',
  conceptCode: 'The code in its vocabulary, e.g. 77412 or G6015, with vocabularyId.',
};

/** An argument as the agent gave it: a scalar (the input schema checked it), an object as JSON. */
const argText = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

const named = (args: Args) =>
  args.conceptId !== undefined ? `conceptId ${argText(args.conceptId)}` : `${argText(args.vocabularyId)} code ${argText(args.conceptCode)}`;

function noConcept(data: Data, args: Args): Refusal | undefined {
  if (data.concept) return undefined;
  return { code: 'NOT_FOUND', message: `No concept has ${named(args)} in this graph. search_concepts finds concepts by words or code.` };
}

const PAGE = {
  first: 'How many items to return (default 20, at most 1,000). The total is always given.',
  after: "A page's endCursor, to get the items after it.",
};

export const TOOLS: readonly ToolDefinition[] = [
  {
    name: 'search_concepts',
    title: 'Search concepts',
    description:
      'Find OMOP concepts by code or words (every word must match a word of the name, code or a synonym, or its beginning). Exact code matches come first. Filter by vocabulary, domain, concept class, standard flag and a validity date. Returns one page and the total count; pass the endCursor as `after` for the next page.',
    operation: op.SEARCH_CONCEPTS,
    spread: 'filter',
    arguments: { query: 'A code or words, e.g. "77412" or "radiation treatment delivery" (at most 200 characters).', ...PAGE },
    text: (data) => {
      const found = data.searchConcepts as ConnectionData<ConceptData>;
      return lines(
        pageLine('Concepts', found),
        list(found.edges, (edge) => conceptLine(edge.node)),
      );
    },
  },
  {
    name: 'get_concept',
    title: 'Get a concept',
    description:
      'One OMOP concept by conceptId, or by vocabularyId and conceptCode, with whether it is valid on a date (today when none is given). An unknown concept is an error (NOT_FOUND).',
    operation: op.GET_CONCEPT,
    arguments: { ...CONCEPT_BY, date: 'The day validOn is answered for (YYYY-MM-DD); today (UTC) when left out.' },
    refusal: noConcept,
    text: (data, args) => {
      const concept = data.concept as ConceptData & { validOn: boolean; nameSource: string };
      return lines(conceptLine(concept), `Valid on ${argText(args.date ?? 'today')}: ${concept.validOn ? 'yes' : 'no'}. Name source: ${concept.nameSource}.`);
    },
  },
  {
    name: 'explore_concept',
    title: 'Explore a concept',
    description:
      "A concept and what is around it in one call: its parents and children, its 'Maps to' and 'Mapped from' relationships, and the count of every relationship id it has. Every list gives its total; lists longer than `first` say how many more there are.",
    operation: op.EXPLORE_CONCEPT,
    arguments: {
      ...CONCEPT_BY,
      validOn: 'Keep relationships valid on that day (YYYY-MM-DD), and say whether the concept is; every relationship and today when left out.',
      first: 'How many children and relationships of each kind to list (default 20, at most 1,000). Totals are always given.',
    },
    refusal: noConcept,
    extra: {
      shape: {
        relationshipCounts: z
          .strictObject({
            total: z.int().describe('Relationships of the concept (valid on validOn when given), all ids.'),
            counted: z.int().describe('Relationships counted by id; less than total only when complete is false.'),
            complete: z.boolean().describe(`False when the concept has more than ${COUNT_PAGE * COUNT_PAGES} relationships: the first ones were counted.`),
            byRelationshipId: z.array(z.strictObject({ relationshipId: z.string(), count: z.int() })).describe('Counts by relationship id, largest first.'),
          })
          .describe('How many relationships the concept has, by relationship id.'),
      },
      add: async (data, args, ask) => {
        const counts = new Map<string, number>();
        let after: string | null = null;
        let total = 0;
        let counted = 0;
        for (let page = 0; page < COUNT_PAGES; page++) {
          const answer = (await ask(op.RELATIONSHIP_IDS, { conceptId: data.concept.conceptId, validOn: args.validOn, first: COUNT_PAGE, after })) as Data;
          const relationships = answer.concept.relationships as ConnectionData<{ relationshipId: string }> & {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
          total = relationships.totalCount;
          for (const { node } of relationships.edges) counts.set(node.relationshipId, (counts.get(node.relationshipId) ?? 0) + 1);
          counted += relationships.edges.length;
          if (!relationships.pageInfo.hasNextPage) break;
          after = relationships.pageInfo.endCursor;
        }
        const byRelationshipId = [...counts]
          .map(([relationshipId, count]) => ({ relationshipId, count }))
          .sort((a, b) => b.count - a.count || a.relationshipId.localeCompare(b.relationshipId));
        return { relationshipCounts: { total, counted, complete: counted === total, byRelationshipId } };
      },
    },
    text: (data) => {
      const concept = data.concept;
      type Related = { relationshipId: string; validStartDate: string | null; validEndDate: string | null; concept: ConceptData };
      const related = (title: string, connection: ConnectionData<Related>) => [
        pageLine(title, connection),
        ...list(connection.edges, ({ node }) => conceptLine(node.concept)),
      ];
      const counts = data.relationshipCounts;
      return lines(
        conceptLine(concept),
        `Parents: ${concept.parents.length} (all shown)`,
        list(concept.parents as ConceptData[], conceptLine),
        pageLine('Children', concept.children),
        list((concept.children as ConnectionData<ConceptData>).edges, (edge) => conceptLine(edge.node)),
        related("'Maps to'", concept.mapsTo),
        related("'Mapped from'", concept.mappedFrom),
        `Relationships by id (${counts.total} in all${counts.complete ? '' : `, the first ${counts.counted} counted`}): ${
          (counts.byRelationshipId as { relationshipId: string; count: number }[]).map((c) => `${c.relationshipId} ${c.count}`).join('; ') || 'none'
        }`,
      );
    },
  },
  {
    name: 'map_to_standard',
    title: 'Map to standard concepts',
    description:
      "Follow a concept's 'Maps to' relationships (and replacement relationships of deprecated concepts) to the standard concepts it stands for, as of a date. Returns the status (STANDARD, DEPRECATED_STANDARD, NO_STANDARD_TARGET, CYCLE), the targets and every hop with its dates.",
    operation: op.MAP_TO_STANDARD,
    arguments: { ...CONCEPT_BY, asOf: 'Follow only rows valid on that day (YYYY-MM-DD); today (UTC) when left out.' },
    refusal: noConcept,
    text: (data) => {
      const { mapsTo } = data.concept;
      type Hop = { from: ConceptData; to: ConceptData; relationshipId: string; validStartDate: string | null; validEndDate: string | null };
      return lines(
        `${conceptLine(data.concept)}`,
        `Status: ${mapsTo.status}. Targets: ${mapsTo.targets.length}`,
        list(mapsTo.targets as ConceptData[], conceptLine),
        `Hops: ${mapsTo.hops.length}`,
        list(
          mapsTo.hops as Hop[],
          (hop) => `${code(hop.from)} -[${hop.relationshipId}, ${hop.validStartDate ?? '?'} to ${hop.validEndDate ?? '?'}]-> ${code(hop.to)}`,
        ),
      );
    },
  },
  {
    name: 'code_lineage',
    title: 'Code lineage',
    description:
      'The codes a CPT4 or HCPCS code came from and those that took its place, over the curated change events (e.g. 77418 -> G6015 in offices and 77385/77386 in hospitals in 2015 -> 77407 or 77412 in 2026), each step with its date, kind, condition (a 2026 delivery level or criterion), site of service, sources and confidence.',
    operation: op.CODE_LINEAGE,
    arguments: {
      vocabularyId: 'CPT4 or HCPCS.',
      conceptCode: 'The code, e.g. G6015.',
      direction: 'PREDECESSORS, SUCCESSORS or BOTH (the default).',
      maxGenerations: 'How many generations each walk takes (default 5, at most 10).',
    },
    refusal: (data, args) =>
      data.lineage.steps.length === 0 && !data.lineage.code.concept
        ? {
            code: 'NOT_FOUND',
            message: `${String(args.vocabularyId)} ${String(args.conceptCode)} is not a code this graph knows: no concept carries it and no change event names it.`,
          }
        : undefined,
    text: (data) => {
      type Step = {
        from: CodeData;
        to: CodeData;
        effectiveDate: string;
        kind: string;
        condition: string | null;
        siteOfService: string | null;
        confidence: string | null;
        direction: string;
        generation: number;
      };
      const steps = data.lineage.steps as Step[];
      return lines(
        `Lineage of ${code(data.lineage.code)}: ${steps.length} steps`,
        list(
          steps,
          (s) =>
            `${s.effectiveDate} ${s.kind}: ${code(s.from)} -> ${code(s.to)}${s.siteOfService ? ` at ${s.siteOfService}` : ''}${s.condition ? ` when ${s.condition}` : ''} (${s.direction.toLowerCase()}, generation ${s.generation}, confidence ${s.confidence ?? '?'})`,
        ),
      );
    },
  },
  {
    name: 'code_on_date',
    title: 'A code on a date of service',
    description:
      'What a CPT4 or HCPCS code meant on a date of service and whether it was in force (codes are reused: 77412 meant different services before 2015, in 2015-2025 and from 2026). When it was replaced: its successors and the criteria that choose between them. With siteOfService and payer: whether it was the code that payer used at that site, and the equivalents used there.',
    operation: op.CODE_ON_DATE,
    arguments: { vocabularyId: 'CPT4 or HCPCS.', conceptCode: 'The code, e.g. 77412.', date: 'The date of service (YYYY-MM-DD).' },
    refusal: (data, args) =>
      data.codeOnDate.known
        ? undefined
        : {
            code: 'NOT_FOUND',
            message: `${String(args.vocabularyId)} ${String(args.conceptCode)} is not a code this graph knows (no concept and no curated fact carries it).`,
          },
    text: (data) => {
      const c = data.codeOnDate;
      return lines(
        `${code(c.code)} on ${c.date}: ${c.valid ? 'in force' : 'not in force'}${c.payer ? ` for payer ${c.payer}` : ''}.`,
        c.meaning ? `Meaning: ${c.meaning} (${c.validFrom ?? '?'} to ${c.validTo ?? 'open'})` : 'Meaning: none on that date.',
        c.familyName && `Family: ${c.familyName}`,
        c.successors.length > 0 && `Successors: ${c.successors.length}`,
        list(c.successors as SuccessorData[], successorLine),
        c.equivalentsAtSite.length > 0 && `Used at that site instead: ${c.equivalentsAtSite.length}`,
        list(c.equivalentsAtSite as SuccessorData[], successorLine),
        c.note && `Note: ${c.note}`,
        (c.warnings as string[]).map((warning) => `Warning: ${warning}`),
        `Confidence: ${c.confidence ?? '?'}`,
      );
    },
  },
  {
    name: 'recommend_delivery_code',
    title: 'Recommend a radiation treatment delivery code',
    description:
      'The delivery code(s) for one radiation therapy fraction from the treatment facts, with the decision path. From 2026-01-01: a delivery level (77402, 77407 or 77412) by the criteria, plus 77387 when the physician reviewed the guidance images; before 2026 the coding then in force at the site. NEEDS_MORE_INFORMATION lists in missingFacts what to ask the user; never guess those facts. SRS, SBRT, proton, brachytherapy and the like are OUT_OF_SCOPE with their routing.',
    operation: op.RECOMMEND_DELIVERY_CODE,
    spread: 'treatment',
    text: (data) => {
      const r = data.recommendDeliveryCode;
      type Step = { question: string; answer: string; outcome: string | null };
      return lines(
        `Status: ${r.status}${r.level ? `, level ${r.level}` : ''} (${r.ruleSet}).`,
        (r.codes as { code: CodeData; role: string; reason: string }[]).map((c) => `${c.role}: ${code(c.code)}: ${c.reason}`),
        r.missingFacts.length > 0 && `Missing facts (ask for these): ${(r.missingFacts as string[]).join('; ')}`,
        r.criteriaMet.length > 0 && `Criteria met: ${(r.criteriaMet as { criterionId: string }[]).map((c) => c.criterionId).join(', ')}`,
        r.routing && `Routing: ${r.routing.name}: ${(r.routing.codes as CodeData[]).map(code).join(', ')} (${r.routing.choice})`,
        'Decision path:',
        list(r.decisionPath as Step[], (s) => `${s.question} ${s.answer}${s.outcome ? ` => ${s.outcome}` : ''}`),
        (r.warnings as string[]).map((warning) => `Warning: ${warning}`),
      );
    },
  },
  {
    name: 'map_claim_lines',
    title: 'Map claim lines to OMOP rows',
    description: `Map billed claim lines (code with modifiers, date of service, units, site, payer, encounter and course ids) to OMOP CDM rows (PROCEDURE_OCCURRENCE, or the table of the concept's domain) and flag the pitfalls: add-ons without their primary, weekly management, repeated planning, components, codes not valid on their date. At most ${MAX_CLAIM_LINES.toLocaleString('en')} lines (LIST_SIZE_LIMIT_EXCEEDED beyond); bad lines are reported line by line.`,
    operation: op.MAP_CLAIM_LINES,
    arguments: { lines: `The claim lines, in the order of the claim (at most ${MAX_CLAIM_LINES.toLocaleString('en')}).` },
    text: (data) => {
      const result = data.mapClaimLines;
      type Line = {
        lineNumber: number;
        lineId: string | null;
        status: string;
        flags: string[];
        messages: string[];
        rows: { cdmTable: string; procedureConceptId: string; procedureSourceValue: string }[];
      };
      const s = result.summary;
      return lines(
        `Lines: ${s.lines} (${s.mapped} mapped, ${s.unmapped} unmapped, ${s.rejected} rejected); rows: ${s.rows}.`,
        list(
          result.lines as Line[],
          (l) =>
            `line ${l.lineNumber}${l.lineId ? ` (${l.lineId})` : ''}: ${l.status}; rows: ${l.rows.map((row) => `${row.cdmTable} ${row.procedureConceptId} from ${row.procedureSourceValue}`).join(', ') || 'none'}${
              l.flags.length ? `; flags: ${l.flags.join(', ')}` : ''
            }${l.messages.length ? `; ${l.messages.join('; ')}` : ''}`,
        ),
        (result.warnings as string[]).map((warning) => `Warning: ${warning}`),
      );
    },
  },
  {
    name: 'expand_concept_set',
    title: 'Expand a concept set',
    description:
      'The concepts an OHDSI concept set stands for (as ATLAS expands it): the included items with their descendants and mapped concepts as flagged, minus the excluded ones. Deduplicated, ordered by conceptId, one page with the total count.',
    operation: op.EXPAND_CONCEPT_SET,
    arguments: { items: 'The concept set items (at most 1,000).', ...PAGE },
    text: (data) => {
      const set = data.expandConceptSet as ConnectionData<ConceptData>;
      return lines(
        pageLine('Concepts in the set', set),
        list(set.edges, (edge) => conceptLine(edge.node)),
      );
    },
  },
];
