import type { Graph } from '../../src/db/graph.js';
import type { CodeInput, DeliveryTechnique, LineageDirection, SiteOfService, TreatmentInput } from '../../src/generated/graphql.js';
import { claimLineInputs, MAP_CLAIM_LINES } from '../claim-lines.js';

/** Inputs drawn from the graph the services answer from, the same for every system measured. */
export interface BenchInputs {
  /** Up to 10,000 concepts spread evenly over concept-id order, in a fixed shuffled order. */
  lookups: { conceptId: number; vocabularyId: string; conceptCode: string; conceptName: string }[];
  /** Concepts with more than 20 descendants. */
  withDescendants: number[];
  /** (descendant, ancestor) pairs at least 2 levels apart. */
  pairs: { descendant: number; ancestor: number }[];
  /** Start concepts of 'Concept replaced by' x2 then 'Maps to' chains. */
  chains: number[];
  /** Concepts with a 'Maps to' (one hop). */
  mapped: number[];
  /** Search words: concept names that are not CPT4/HCPCS project labels. */
  words: string[];
}

/** A deterministic shuffle (mulberry32), so every run and every system sees the same order. */
export function shuffled<T>(items: readonly T[], seed = 1): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function benchInputs(graph: Graph): Promise<BenchInputs> {
  const [{ n } = { n: 1 }] = await graph.read<{ n: number }>('MATCH (c:Concept) WHERE NOT c:Unresolved RETURN count(c) AS n');
  const spread = Math.max(1, Math.floor(n / 10_000));
  const lookups = await graph.read<BenchInputs['lookups'][number]>(
    `MATCH (c:Concept) WHERE NOT c:Unresolved AND toInteger(c.conceptId) % $spread = 0
     WITH c ORDER BY c.conceptId LIMIT 10000
     RETURN toInteger(c.conceptId) AS conceptId, c.vocabularyId AS vocabularyId, c.conceptCode AS conceptCode, c.conceptName AS conceptName`,
    { spread },
  );
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
  const withDescendants = ids(
    await graph.read<{ id: number }>(
      `MATCH (c:Concept) WHERE NOT c:Unresolved AND COUNT { (c)<-[:HAS_ANCESTOR]-() } > 20 RETURN toInteger(c.conceptId) AS id ORDER BY id LIMIT 1000`,
    ),
  );
  const pairs = await graph.read<{ descendant: number; ancestor: number }>(
    `MATCH (d:Concept)-[r:HAS_ANCESTOR]->(a:Concept) WHERE r.minLevels >= 2 AND NOT a:Unresolved AND NOT d:Unresolved
     RETURN toInteger(d.conceptId) AS descendant, toInteger(a.conceptId) AS ancestor LIMIT 2000`,
  );
  const chains = ids(
    await graph.read<{ id: number }>(
      `MATCH (a:Concept)-[:CONCEPT_REPLACED_BY]->(:Concept)-[:CONCEPT_REPLACED_BY]->(:Concept)-[:MAPS_TO]->(:Concept)
       WHERE NOT (a)<-[:CONCEPT_REPLACED_BY]-() RETURN DISTINCT toInteger(a.conceptId) AS id ORDER BY id LIMIT 1000`,
    ),
  );
  const mapped = ids(
    await graph.read<{ id: number }>(
      `MATCH (a:Concept)-[:MAPS_TO]->(b:Concept) WHERE NOT a:Unresolved AND NOT b:Unresolved AND a <> b
       RETURN DISTINCT toInteger(a.conceptId) AS id ORDER BY id LIMIT 2000`,
    ),
  );
  // Search text is limited to 200 characters (TEXT_LENGTH_LIMIT_EXCEEDED beyond).
  const words = lookups
    .map((l) => l.conceptName)
    .filter((name) => !/^(CPT4|HCPCS) /.test(name) && name.length <= 200)
    .slice(0, 2000);
  return { lookups: shuffled(lookups), withDescendants: shuffled(withDescendants), pairs, chains: shuffled(chains), mapped: shuffled(mapped), words };
}

/** The distribution of the inputs, for the printed conditions. */
export function describeInputs(inputs: BenchInputs): string {
  return `lookups cycle through ${inputs.lookups.length.toLocaleString('en-US')} distinct codes spread evenly over concept-id order, in a fixed shuffled order, each client from its own offset; ${inputs.withDescendants.length} concepts with over 20 descendants; ${inputs.pairs.length} ancestor pairs (half asked reversed); ${inputs.chains.length} 3-hop chains; ${inputs.mapped.length} one-hop 'Maps to' sources; ${inputs.words.length} search texts`;
}

export interface Operation {
  name: string;
  /** The docs/benchmarks.md target, printed beside the figure. */
  target: string;
  query: string;
  variables: Record<string, unknown>[];
}

export const TARGETS = {
  lookup: 'mean and p50 <= 0.7 ms, p99 <= 3 ms',
  throughput: '>= 3,000 req/s, 0 errors',
  descendants: 'p50 <= 2 ms',
  subsumption: 'p50 <= 1 ms',
  search: 'p50 <= 5 ms',
  mapsTo: 'p50 <= 3 ms',
} as const;

/** The OMOP CONCEPT columns, as every GraphQL system here names them. */
export const CONCEPT_FIELDS =
  'conceptId conceptName domainId vocabularyId conceptClassId standardConcept conceptCode validStartDate validEndDate invalidReason';

/** This service's GraphQL for the operations the benchmarks share (bench:query, bench:peers). */
export const SERVICE_QUERIES = {
  lookupByCode: `query ($v: String!, $c: String!) { concept(vocabularyId: $v, conceptCode: $c) { ${CONCEPT_FIELDS} } }`,
  lookupById: `query ($id: ID!) { concept(conceptId: $id) { ${CONCEPT_FIELDS} } }`,
  descendants:
    'query ($id: ID!) { concept(conceptId: $id) { descendants(first: 20) { totalCount edges { minLevelsOfSeparation maxLevelsOfSeparation node { conceptId conceptName } } } } }',
  /** One hop: the targets of the concept's 'Maps to' rows (mapsTo instead resolves whole chains). */
  mapsToOneHop:
    'query ($id: ID!) { concept(conceptId: $id) { relationships(relationshipIds: ["Maps to"]) { edges { node { concept { conceptId conceptName } } } } } }',
  search: 'query ($q: String!) { searchConcepts(query: $q, first: 20) { totalCount edges { node { conceptId conceptName vocabularyId conceptCode } } } }',
} as const;

/** This service's GraphQL for each operation of the query benchmark. */
export function serviceOperations(inputs: BenchInputs): Operation[] {
  return [
    {
      name: 'lookup by code',
      target: TARGETS.lookup,
      query: SERVICE_QUERIES.lookupByCode,
      variables: inputs.lookups.map(({ vocabularyId, conceptCode }) => ({ v: vocabularyId, c: conceptCode })),
    },
    {
      name: 'descendants, first page of 20',
      target: TARGETS.descendants,
      query: SERVICE_QUERIES.descendants,
      variables: inputs.withDescendants.map((id) => ({ id: String(id) })),
    },
    {
      name: 'isDescendantOf',
      target: TARGETS.subsumption,
      query: 'query ($id: ID!, $a: ID!) { concept(conceptId: $id) { isDescendantOf(conceptId: $a) } }',
      variables: inputs.pairs.map(({ descendant: d, ancestor: a }, i) => (i % 2 ? { id: String(a), a: String(d) } : { id: String(d), a: String(a) })),
    },
    {
      name: 'search, 20 hits',
      target: TARGETS.search,
      query: SERVICE_QUERIES.search,
      variables: inputs.words.map((q) => ({ q })),
    },
    {
      name: "mapsTo over a 3-hop chain ('Concept replaced by' x2, 'Maps to')",
      target: TARGETS.mapsTo,
      query:
        'query ($id: ID!) { concept(conceptId: $id) { mapsTo { status targets { conceptId } hops { from { conceptId } to { conceptId } relationshipId validStartDate } } } }',
      variables: inputs.chains.map((id) => ({ id: String(id) })),
    },
  ];
}

// Inputs of the operations over the knowledge pack (lineage, recommendations, claim batches):
// used by the soak, kept apart from the concept benchmark's inputs above.

/** Every code a change event of the knowledge pack names (a few dozen), in a fixed order. */
export async function lineageCodes(graph: Graph): Promise<CodeInput[]> {
  return graph.read<CodeInput>(
    `MATCH (c)-[:CHANGED_IN|CHANGED_TO]-(:CodeChange)
     RETURN DISTINCT c.vocabularyId AS vocabularyId, c.conceptCode AS conceptCode ORDER BY vocabularyId, conceptCode`,
  );
}

/** `lineage` of each code, walked each way (both, predecessors, successors), as a client drawing the graph asks it. */
export function lineageOperation(codes: readonly CodeInput[]): Operation {
  const directions: LineageDirection[] = ['BOTH', 'PREDECESSORS', 'SUCCESSORS'];
  return {
    name: 'lineage',
    target: 'p50 <= 3 ms (lineage or mapping chain, 3 hops)',
    query: `query ($code: CodeInput!, $direction: LineageDirection) { lineage(code: $code, direction: $direction) {
      code { conceptCode concept { conceptId } }
      steps { from { vocabularyId conceptCode } to { vocabularyId conceptCode } effectiveDate kind condition siteOfService authority confidence generation direction sources { sourceId } }
      mermaid } }`,
    variables: shuffled(codes.flatMap((code) => directions.map((direction) => ({ code, direction })))),
  };
}

// Every technique the input names, spelled out so the compiler says when the schema adds one;
// true for those the delivery levels cover.
const TECHNIQUES: Record<DeliveryTechnique, boolean> = {
  TWO_D: true,
  ELECTRON: true,
  THREE_D_CONFORMAL: true,
  IMRT: true,
  VMAT: true,
  TOTAL_SKIN_ELECTRON: true,
  SRS: false,
  SBRT: false,
  PROTON: false,
  BRACHYTHERAPY: false,
  SUPERFICIAL: false,
  INTRAOPERATIVE: false,
};

/**
 * Treatment descriptions on 2026 dates, at both sites: each technique the levels cover plain or
 * with one of the facts that move the answer (a normal-tissue constraint, motion management,
 * reviewed or unreviewed image guidance, two isocenters, mixed fields, guidance with the review
 * left out), and each technique outside the levels once, plain (a tenth of the descriptions).
 * Built from the input's own terms: the pack's worked examples are stored as engine facts, not as
 * TreatmentInput. The answers cover RECOMMENDED, OUT_OF_SCOPE and NEEDS_MORE_INFORMATION.
 */
export function treatmentDescriptions(): TreatmentInput[] {
  const variants: Partial<TreatmentInput>[] = [
    {},
    { normalTissueConstraint: true, fieldShaping: ['MLC'] },
    { motionManagement: ['DIBH'] },
    { motionManagement: ['SURFACE_GUIDANCE'], surfaceMotionCorrelatesWithTarget: true },
    { imageGuidance: 'CBCT', imageGuidanceReviewedByPhysician: true },
    { imageGuidance: 'KV_PLANAR', imageGuidanceReviewedByPhysician: false },
    { isocentersPerSession: 2 },
    { mixedPhotonElectronSameVolume: true },
    { imageGuidance: 'CBCT' },
  ];
  const sites: SiteOfService[] = ['PHYSICIAN_OFFICE', 'HOSPITAL_OUTPATIENT'];
  const dates = ['2026-01-05', '2026-03-16', '2026-07-01'];
  const techniques = Object.entries(TECHNIQUES) as [DeliveryTechnique, boolean][];
  return techniques.flatMap(([technique, levelled]) =>
    (levelled ? variants : [{}]).flatMap((variant) =>
      sites.flatMap((siteOfService) => dates.map((dateOfService) => ({ ...variant, technique, siteOfService, dateOfService }))),
    ),
  );
}

/** `recommendDeliveryCode` for each description, with the decision path and criteria a reviewer reads. */
export function recommendationOperation(treatments: readonly TreatmentInput[]): Operation {
  return {
    name: 'recommendDeliveryCode (2026)',
    target: 'none set',
    query: `query ($treatment: TreatmentInput!) { recommendDeliveryCode(treatment: $treatment) {
      status ruleSet level warnings missingFacts
      codes { role reason code { vocabularyId conceptCode concept { conceptId } } }
      criteriaMet { criterionId name }
      decisionPath { question answer outcome ruleId criterion { criterionId } }
      routing { modalityId family choice codes { conceptCode } } } }`,
    variables: shuffled(treatments).map((treatment) => ({ treatment })),
  };
}

/** `mapClaimLines` over `batches` consecutive batches of `size` generated claim lines (bench/claim-lines.ts). */
export function claimBatchOperation(batches: number, size: number): Operation {
  const lines = claimLineInputs(batches * size);
  return {
    name: `mapClaimLines, ${size} lines`,
    target: `none for ${size} lines (10,000 lines in one request <= 400 ms)`,
    query: MAP_CLAIM_LINES,
    variables: Array.from({ length: batches }, (_, i) => ({ lines: lines.slice(i * size, (i + 1) * size) })),
  };
}
