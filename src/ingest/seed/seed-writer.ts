import neo4j from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { newGenerationNode } from '../../db/vocabulary-generation.js';
import { codeKey, codeLabel } from '../../graph/code.js';
import type { ConceptRow } from '../concept-writer.js';
import { applyConceptRow } from '../bulk/concept-state.js';
import { codeRangeLabel, familyOf } from '../../graph/code-family.js';
import type { SeedPack } from '../../seed-pack/schema.js';

/**
 * Turns the curated pack into concept rows and the statements of the curated layer (sources,
 * code history, families, billing, criteria). Every curated node and edge carries `sources`.
 * Codes the pack names but the graph lacks (e.g. 76950, 0073T) become (:Code) nodes, listed
 * in `unresolvedCodes`, so a history edge is never dropped for want of a concept.
 */

/** Labels of the curated layer; a seed load replaces all of them in one transaction. */
export const CURATED_LABELS = [
  'Source',
  'Code',
  'CodeChange',
  'CodeVersion',
  'CodeFamily',
  'BillingProfile',
  'ComponentChange',
  'Modifier',
  'Payment',
  'DeliveryLevel',
  'Criterion',
  'Technique',
  'Exclusion',
  'WorkedExample',
  'TreatmentFact',
  'ExcludedModality',
  'AddOnRule',
  'PriorCodingRule',
] as const;

const CLEAR_CURATED = `
  MATCH (n) WHERE ${CURATED_LABELS.map((label) => `n:${label}`).join(' OR ')}
  DETACH DELETE n
`;

/**
 * The curated layer is written as plain nodes and edges (built in TypeScript by `curatedLayer`)
 * through four short statements, not one statement per kind of fact: on a new database the time
 * goes to planning each statement in a cold JVM, not to the few hundred rows, so fewer and
 * simpler statements are what makes a first load fast.
 *
 * 1. the concept each code reference names (a local stand-in only when no other concept has the
 *    code), and the concepts named by id;
 * 2. a (:Code) node for each reference no concept carries (e.g. 76950, 0073T);
 * 3. every curated node, its label given as data;
 * 4. every edge, between the element ids the first three returned, its type given as data.
 */
const RESOLVE_REFS = `
  UNWIND $refs AS ref
  OPTIONAL MATCH (concept:Concept {vocabularyId: ref.vocabularyId, conceptCode: ref.conceptCode})
  WHERE NOT concept:Unresolved
  WITH ref, concept ORDER BY concept.isLocal ASC
  WITH ref, collect(concept)[0] AS concept
  RETURN ref.key AS key, elementId(concept) AS id
`;

const RESOLVE_CONCEPTS = `
  UNWIND $ids AS conceptId
  MATCH (c:Concept {conceptId: conceptId})
  RETURN c.conceptId AS conceptId, elementId(c) AS id
`;

const WRITE_CODES = `
  UNWIND $refs AS ref
  MERGE (code:Code {vocabularyId: ref.vocabularyId, conceptCode: ref.conceptCode})
  RETURN ref.key AS key, elementId(code) AS id
`;

const WRITE_NODES = `
  UNWIND $nodes AS node
  CREATE (n:$(node.label))
  SET n = node.properties
  RETURN node.key AS key, elementId(n) AS id
`;

const WRITE_EDGES = `
  UNWIND $edges AS edge
  MATCH (from) WHERE elementId(from) = edge.from
  MATCH (to) WHERE elementId(to) = edge.to
  CREATE (from)-[r:$(edge.type)]->(to)
  SET r = edge.properties
`;

type Properties = Record<string, unknown>;
interface CodeRef {
  vocabularyId: string;
  conceptCode: string;
}

/** The curated layer as data: nodes by key, edges between keys, and the codes and concepts it points at. */
export class CuratedLayer {
  readonly nodes: { key: string; label: string; properties: Properties }[] = [];
  readonly edges: { from: string; to: string; type: string; properties: Properties }[] = [];
  readonly refs = new Map<string, CodeRef>();
  readonly conceptIds = new Set<number>();
  private readonly keys = new Set<string>();

  /** A curated node; `id` makes its key `label:id` (for edges that name it), else it gets a serial key. */
  node(label: (typeof CURATED_LABELS)[number], properties: Properties, id?: string): string {
    const key = `${label}:${id ?? `#${this.nodes.length}`}`;
    this.keys.add(key);
    this.nodes.push({ key, label, properties: withoutNulls(properties) });
    return key;
  }

  /** The key of a curated node if it exists (edges to a missing criterion or family are left out, as MATCH did). */
  existing(label: (typeof CURATED_LABELS)[number], id: string | null | undefined): string | null {
    const key = `${label}:${id}`;
    return id !== null && id !== undefined && this.keys.has(key) ? key : null;
  }

  /** The concept of a code, or its (:Code) stand-in. */
  ref(code: CodeRef): string {
    const key = `ref:${code.vocabularyId}|${code.conceptCode}`;
    if (!this.refs.has(key)) this.refs.set(key, { vocabularyId: code.vocabularyId, conceptCode: code.conceptCode });
    return key;
  }

  /** A concept by id (an edge to it is left out when the graph lacks it). */
  concept(conceptId: number): string {
    this.conceptIds.add(conceptId);
    return `concept:${conceptId}`;
  }

  edge(from: string | null, type: string, to: string | null, properties: Properties): void {
    if (from !== null && to !== null) this.edges.push({ from, to, type, properties: withoutNulls(properties) });
  }
}

/** Null and undefined are not stored: leaving them out writes what CREATE {k: null} did. */
function withoutNulls(properties: Properties): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}

const date = (iso: string) => neo4j.types.Date.fromStandardDate(new Date(`${iso}T00:00:00Z`));
const dateOrNull = (iso: string | null | undefined) => (iso ? date(iso) : null);
const position = (i: number) => neo4j.int(i);

/** The curated layer of the pack, as nodes and edges. */
export function curatedLayer(pack: SeedPack, concepts: readonly ConceptRow[]): CuratedLayer {
  const layer = new CuratedLayer();
  for (const s of pack.sources) layer.node('Source', { sourceId: s.id, citation: s.citation, kind: s.kind });

  for (const e of pack.changeEvents) {
    const change = layer.node('CodeChange', {
      changeId: e.id,
      effectiveDate: date(e.effectiveDate),
      kind: e.kind,
      authority: e.authority,
      summary: e.summary,
      sources: e.sources,
      confidence: e.confidence,
      note: e.note,
    });
    for (const ref of e.from) {
      layer.edge(layer.ref(ref), 'CHANGED_IN', change, {
        meaningAsOf: ref.meaningAsOf,
        component: ref.component,
        qualifier: ref.qualifier,
        sources: e.sources,
      });
    }
    for (const ref of e.to) {
      layer.edge(change, 'CHANGED_TO', layer.ref(ref), {
        condition: ref.condition,
        setting: ref.setting,
        meaningAsOf: ref.meaningAsOf,
        component: ref.component,
        qualifier: ref.qualifier,
        sources: e.sources,
      });
    }
  }

  for (const v of pack.codeVersions) {
    const version = layer.node('CodeVersion', {
      validFrom: date(v.validFrom),
      validTo: dateOrNull(v.validTo),
      meaning: v.meaning,
      setting: v.setting,
      sources: v.sources,
      confidence: v.confidence,
      note: v.note,
    });
    layer.edge(layer.ref(v), 'HAS_VERSION', version, { sources: v.sources });
  }

  for (const f of pack.families) {
    layer.node(
      'CodeFamily',
      { familyId: f.id, name: f.name, billed: f.billed, ranges: f.ranges.map(codeRangeLabel), codes: f.codes.map(codeLabel), sources: f.sources, note: f.note },
      f.id,
    );
  }
  for (const f of pack.families) layer.edge(layer.existing('CodeFamily', f.id), 'PART_OF', layer.existing('CodeFamily', f.parent), { sources: f.sources });
  const familySources = new Map(pack.families.map((f) => [f.id, f.sources]));
  for (const concept of concepts) {
    const family = familyOf(pack.families, concept.vocabularyId, concept.conceptCode);
    if (family) layer.edge(layer.concept(concept.conceptId), 'IN_FAMILY', layer.existing('CodeFamily', family.id), { sources: familySources.get(family.id) });
  }

  for (const p of pack.profiles) {
    const profile = layer.node('BillingProfile', {
      family: p.family,
      frequency: p.frequency,
      addOn: p.addOn,
      addOnKind: p.addOnKind,
      professional: p.components.professional,
      technical: p.components.technical,
      global: p.components.global,
      componentsSources: p.components.sources,
      componentsConfidence: p.components.confidence,
      componentsNote: p.components.note,
      pitfalls: p.pitfalls,
      sources: p.sources,
      confidence: p.confidence,
      note: p.note,
    });
    layer.edge(layer.ref(p), 'HAS_BILLING_PROFILE', profile, { sources: p.sources });
    (p.primaryCodes ?? []).forEach((primary, i) =>
      layer.edge(profile, 'ADD_ON_TO', layer.ref({ vocabularyId: p.vocabularyId, conceptCode: primary }), { position: position(i), sources: p.sources }),
    );
    p.componentChanges.forEach((change, changeIndex) => {
      const cc = layer.node('ComponentChange', {
        effectiveDate: date(change.effectiveDate),
        component: change.component,
        change: change.change,
        statusIndicator: change.statusIndicator,
        setting: change.setting ?? 'all',
        sources: change.sources,
        note: change.note,
      });
      layer.edge(profile, 'HAS_COMPONENT_CHANGE', cc, { position: position(changeIndex), sources: change.sources });
      change.into.forEach((into, i) =>
        layer.edge(cc, 'INTO', layer.ref({ vocabularyId: p.vocabularyId, conceptCode: into }), { position: position(i), sources: change.sources }),
      );
    });
  }

  pack.modifiers.forEach((m, i) => {
    const modifier = layer.node('Modifier', {
      code: m.code,
      vocabularyId: m.vocabularyId,
      kind: m.kind,
      meaning: m.meaning,
      position: position(i),
      sources: m.sources,
      confidence: m.confidence,
      note: m.note,
    });
    layer.edge(layer.ref({ vocabularyId: m.vocabularyId, conceptCode: m.code }), 'AS_MODIFIER', modifier, { sources: m.sources });
  });

  for (const p of pack.payments) {
    const payment = layer.node('Payment', {
      year: p.year,
      setting: p.setting,
      component: p.component,
      basis: p.basis,
      apc: p.apc,
      amountUsd: p.amountUsd,
      approximate: p.approximate,
      statusIndicator: p.statusIndicator,
      totalRvu: p.totalRvu,
      workRvu: p.workRvu,
      expectedShareOfFractions: p.expectedShareOfFractions,
      sources: p.sources,
      confidence: p.confidence,
      note: p.note,
    });
    layer.edge(layer.ref(p), 'HAS_PAYMENT', payment, { sources: p.sources });
  }

  const { criteria } = pack;
  for (const c of criteria.criteria) {
    const criterion = layer.node(
      'Criterion',
      {
        criterionId: c.id,
        name: c.name,
        role: c.role,
        definition: c.definition,
        when: c.when ? JSON.stringify(c.when) : null,
        sources: c.sources,
        confidence: c.confidence,
        note: c.note,
      },
      c.id,
    );
    for (const ref of c.relatedCodes) layer.edge(criterion, 'RELATES_TO', layer.ref(ref), { sources: c.sources });
  }
  for (const l of criteria.levels) {
    const level = layer.node(
      'DeliveryLevel',
      { levelId: l.id, level: l.level, effectiveFrom: date(l.effectiveFrom), summary: l.summary, sources: l.sources },
      l.id,
    );
    layer.edge(level, 'BILLED_AS', layer.ref(l), { sources: l.sources });
    const links = [
      ['REQUIRES_ALL', l.requiresAll],
      ['REQUIRES_ANY', l.requiresAny],
      ['EXCLUDED_BY', l.excludedBy],
    ] as const;
    for (const [type, ids] of links)
      ids.forEach((id, i) => layer.edge(level, type, layer.existing('Criterion', id), { position: position(i), sources: l.sources }));
  }
  for (const t of criteria.techniques) {
    const technique = layer.node('Technique', { techniqueId: t.id, name: t.name, sources: t.sources, confidence: t.confidence, note: t.note }, t.id);
    for (const id of t.satisfies) layer.edge(technique, 'SATISFIES', layer.existing('Criterion', id), { sources: t.sources });
  }
  for (const x of criteria.exclusions) {
    const exclusion = layer.node('Exclusion', {
      exclusionId: x.id,
      statement: x.statement,
      when: x.when ? JSON.stringify(x.when) : null,
      sources: x.sources,
      confidence: x.confidence,
      note: x.note,
    });
    for (const id of x.doesNotSatisfy) layer.edge(exclusion, 'DOES_NOT_SATISFY', layer.existing('Criterion', id), { sources: x.sources });
    for (const id of x.excludesLevels) layer.edge(exclusion, 'EXCLUDES_LEVEL', layer.existing('DeliveryLevel', id), { sources: x.sources });
    for (const id of x.techniques) layer.edge(exclusion, 'CONCERNS', layer.existing('Technique', id), { sources: x.sources });
  }
  criteria.facts.forEach((fact, i) => layer.node('TreatmentFact', { factId: fact.id, meaning: fact.meaning, position: position(i), sources: fact.sources }));
  for (const m of criteria.scope.excludedModalities) {
    const modality = layer.node('ExcludedModality', {
      modalityId: m.id,
      name: m.name,
      treatmentTypes: m.treatmentTypes,
      family: m.family,
      choice: m.choice,
      billed: m.billed,
      sources: m.sources,
      confidence: m.confidence,
      note: m.note,
    });
    m.codes.forEach((ref, i) => layer.edge(modality, 'ROUTES_TO', layer.ref(ref), { position: position(i), sources: m.sources }));
    layer.edge(modality, 'IN_FAMILY', layer.existing('CodeFamily', m.family), { sources: m.sources });
  }
  for (const r of criteria.addOnRules) {
    const rule = layer.node('AddOnRule', {
      ruleId: r.id,
      statement: r.statement,
      effectiveFrom: date(r.effectiveFrom),
      component: r.component,
      when: JSON.stringify(r.when),
      sources: r.sources,
      confidence: r.confidence,
      note: r.note,
    });
    layer.edge(rule, 'ADDS', layer.ref(r), { sources: r.sources });
  }
  // Prior coding keeps its predicates as JSON; each choice's code is also an edge, so the graph shows which codes a rule can give.
  for (const r of criteria.priorCoding) {
    const rule = layer.node('PriorCodingRule', {
      ruleId: r.id,
      validFrom: date(r.validFrom),
      validTo: dateOrNull(r.validTo),
      setting: r.setting,
      role: r.role,
      service: r.service,
      when: JSON.stringify(r.when),
      decidedBy: r.decidedBy,
      choices: JSON.stringify(r.choices),
      sources: r.sources,
      confidence: r.confidence,
      note: r.note,
    });
    r.choices.forEach((choice, i) => layer.edge(rule, 'MAY_CODE_AS', layer.ref(choice), { position: position(i), sources: r.sources }));
  }
  for (const e of criteria.examples) {
    const example = layer.node('WorkedExample', {
      exampleId: e.id,
      scenario: e.scenario,
      facts: JSON.stringify(e.facts),
      expectedCodes: e.expectedCodes,
      expectedLevel: e.expectedLevel,
      expectedCriterion: e.expectedCriterion,
      sources: e.sources,
      note: e.note,
    });
    for (const code of e.expectedCodes) layer.edge(example, 'EXPECTS', layer.ref({ vocabularyId: 'CPT4', conceptCode: code }), { sources: e.sources });
    layer.edge(example, 'ILLUSTRATES', layer.existing('Criterion', e.expectedCriterion), { sources: e.sources });
  }
  return layer;
}

type Run = <T extends Record<string, unknown>>(cypher: string, parameters?: Record<string, unknown>) => Promise<T[]>;
type Statement = { cypher: string; parameters?: Record<string, unknown> };

/** Records which pack the graph holds (load-seed.ts's hash of its files and writers). */
const PACK_NODE_ID = 'seed';
export const recordPackHash = (hash: string): Statement => ({
  cypher: 'MERGE (p:KnowledgePack {id: $id}) SET p.hash = $hash',
  parameters: { id: PACK_NODE_ID, hash },
});

/**
 * Replaces the curated layer in one transaction (nothing of a half-written pack is ever seen),
 * then runs `after` (the pack's hash, the vocabulary generation) in the same transaction.
 * Returns the codes the pack names that no concept carries (kept as (:Code) nodes), sorted.
 */
export async function writeCuratedLayer(graph: Graph, pack: SeedPack, concepts: readonly ConceptRow[], after: readonly Statement[] = []): Promise<string[]> {
  const layer = curatedLayer(pack, concepts);
  return graph.writeTransactionWith(async (run: Run) => {
    await run(CLEAR_CURATED);
    const ids = new Map<string, string>();
    const refs = [...layer.refs].map(([key, ref]) => ({ key, ...ref }));
    const found = await run<{ key: string; id: string | null }>(RESOLVE_REFS, { refs });
    for (const row of found) if (row.id !== null) ids.set(row.key, row.id);
    const missing = refs.filter((ref) => !ids.has(ref.key));
    if (missing.length) for (const row of await run<{ key: string; id: string }>(WRITE_CODES, { refs: missing })) ids.set(row.key, row.id);
    for (const row of await run<{ conceptId: number; id: string }>(RESOLVE_CONCEPTS, { ids: [...layer.conceptIds] }))
      ids.set(layer.concept(Number(row.conceptId)), row.id);
    for (const row of await run<{ key: string; id: string }>(WRITE_NODES, { nodes: layer.nodes })) ids.set(row.key, row.id);
    await writeEdges(run, layer.edges, ids);
    for (const statement of after) await run(statement.cypher, statement.parameters ?? {});
    return codesOf(missing);
  });
}

/**
 * The whole pack into a graph that holds no node yet (a new database): its concepts, the
 * relationship catalogue, the curated layer, the pack's record (its `hash`) and the vocabulary
 * generation, built here as nodes and edges and written by two statements in one transaction.
 * A first start pays for planning each distinct statement in a cold JVM, far more than for its
 * few hundred rows (docs/benchmarks.md, start-up), and the general path runs 15. The graph is
 * the one writeConcepts, writeRelationshipTypes and writeCuratedLayer give on an empty database:
 * a test holds the two to the same fingerprint. Returns the codes no concept carries, sorted.
 */
export async function writePackIntoEmptyGraph(
  graph: Graph,
  pack: SeedPack,
  concepts: readonly ConceptRow[],
  relationshipTypes: readonly Properties[],
  hash: string,
): Promise<string[]> {
  const layer = curatedLayer(pack, concepts);
  // RESOLVE_REFS's choice among concepts of one code: isLocal false, then true, then absent (Cypher's ascending order).
  const rank = (row: ConceptRow) => (row.isLocal === false ? 0 : row.isLocal ? 1 : 2);
  const byCode = new Map<string, ConceptRow>();
  const nodes: { key: string; label: string; properties: Properties }[] = [];
  for (const row of concepts) {
    const code = codeKey(row);
    const chosen = byCode.get(code);
    if (!chosen || rank(row) < rank(chosen)) byCode.set(code, row);
    // The node UPSERT_CONCEPTS would create (applyConceptRow is its twin in TypeScript).
    const created = applyConceptRow(undefined, row);
    const properties = { ...created, validStartDate: dateOrNull(created.validStartDate), validEndDate: dateOrNull(created.validEndDate) };
    nodes.push({ key: layer.concept(row.conceptId), label: 'Concept', properties: withoutNulls(properties) });
  }
  const keys = new Map<string, string>();
  const missing: (CodeRef & { key: string })[] = [];
  for (const [key, ref] of layer.refs) {
    const concept = byCode.get(codeKey(ref));
    if (concept) keys.set(key, layer.concept(concept.conceptId));
    else missing.push({ key, ...ref });
  }
  for (const ref of missing) nodes.push({ key: ref.key, label: 'Code', properties: { vocabularyId: ref.vocabularyId, conceptCode: ref.conceptCode } });
  for (const type of relationshipTypes)
    nodes.push({ key: `RelationshipType:${String(type.relationshipId)}`, label: 'RelationshipType', properties: withoutNulls(type) });
  nodes.push(
    ...layer.nodes,
    { key: 'KnowledgePack', label: 'KnowledgePack', properties: { id: PACK_NODE_ID, hash } },
    { key: 'VocabularyGeneration', ...newGenerationNode() },
  );
  return graph.writeTransactionWith(async (run: Run) => {
    const ids = new Map<string, string>();
    for (const row of await run<{ key: string; id: string }>(WRITE_NODES, { nodes })) ids.set(row.key, row.id);
    for (const [ref, concept] of keys) ids.set(ref, ids.get(concept)!);
    await writeEdges(run, layer.edges, ids);
    return codesOf(missing);
  });
}

/** The layer's edges between the element ids written or found (an edge to an absent concept is left out). */
async function writeEdges(run: Run, edges: CuratedLayer['edges'], ids: ReadonlyMap<string, string>): Promise<void> {
  const written = edges.flatMap((edge) => {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    return from && to ? [{ from, to, type: edge.type, properties: edge.properties }] : [];
  });
  await run(WRITE_EDGES, { edges: written });
}

const codesOf = (refs: readonly CodeRef[]) => [...new Set(refs.map((ref) => `${ref.vocabularyId} ${ref.conceptCode}`))].sort();

/** The OMOP columns both concept files of the pack share. The pack carries no validity dates. */
type PackConceptColumns = Pick<
  SeedPack['omopConcepts'][number] | SeedPack['localConcepts'][number],
  'concept_id' | 'concept_code' | 'vocabulary_id' | 'concept_class_id' | 'domain_id' | 'standard_concept'
>;

function omopColumns(row: PackConceptColumns) {
  return {
    conceptId: row.concept_id,
    conceptCode: row.concept_code,
    vocabularyId: row.vocabulary_id,
    conceptClassId: row.concept_class_id,
    domainId: row.domain_id,
    standardConcept: row.standard_concept,
    validStartDate: null,
    validEndDate: null,
  };
}

/** The concepts of the pack: the public export (real ids) and the local ones (ids above 2e9). */
export function seedConceptRows(pack: SeedPack): ConceptRow[] {
  const labels = new Map(pack.cpt4Labels.map((label) => [label.concept_code, label]));
  const exported: ConceptRow[] = pack.omopConcepts.map((row) => {
    const publicName = row.concept_name_public_hcpcs_only;
    const label = row.vocabulary_id === 'CPT4' ? labels.get(row.concept_code) : undefined;
    return {
      ...omopColumns(row),
      invalidReason: row.invalid_reason_as_exported === 'V' ? null : row.invalid_reason_as_exported,
      conceptName: publicName || label?.label || `${row.vocabulary_id} ${row.concept_code}`,
      nameSource: publicName ? 'PUBLIC_DESCRIPTOR' : 'PROJECT_LABEL',
      sources: publicName ? ['OMOP-CONCEPT-EXPORTS'] : ['OMOP-CONCEPT-EXPORTS', ...(label?.sources ?? [])],
    };
  });
  const local: ConceptRow[] = pack.localConcepts.map((row) => ({
    ...omopColumns(row),
    invalidReason: null,
    conceptName: row.concept_name,
    nameSource: row.name_source,
    isLocal: true,
    sources: row.sources,
  }));
  return [...exported, ...local];
}
