import neo4j from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { RelationshipCatalogueRepository } from '../../graph/relationship-catalogue.js';
import { writeAncestors } from './writer.js';

/**
 * Builds CONCEPT_ANCESTOR when a vocabulary folder brings none, following OMOP's build
 * (Vocabulary-v5.0, pConceptAncestor):
 *
 * - the base is every CONCEPT_RELATIONSHIP row whose RELATIONSHIP has defines_ancestry = 1, both
 *   concepts and the row valid (invalid_reason null), concept_id_1 the ancestor;
 * - a base row counts one level when its relationship is hierarchical and its ancestor is
 *   standard ('S' or 'C'), else zero levels;
 * - the closure has the fewest (min) and the most (max) levels over all paths between two
 *   concepts; paths may pass through non-standard concepts, but only rows between standard
 *   concepts ('S' or 'C') are kept;
 * - every valid standard concept of a vocabulary that has relationships is its own ancestor at
 *   level 0 (the self rows OMOP ships).
 *
 * It streams: the concepts are read in pages ordered by conceptId (the base edges kept as
 * compact parent lists), then each standard concept's ancestors are computed by a walk up its
 * parents and written in batches, so memory holds the base edges, never the closure.
 */

const PAGE_SIZE = 10_000;

/** One page of concepts, with their valid outgoing edges of the ancestry types. Types come from the catalogue. */
const conceptPage = (ancestryTypes: string[], allTypes: string[]) => `
  MATCH (x:Concept) USING INDEX x:Concept(conceptId)
  WHERE x.conceptId > $after
  WITH x ORDER BY x.conceptId LIMIT $pageSize
  RETURN x.conceptId AS id, x.vocabularyId AS vocabularyId,
         x.invalidReason IS NULL AND NOT x:Unresolved AS valid,
         x.standardConcept IS NOT NULL AS standard,
         [(x)-[r:${ancestryTypes.join('|')}]->(y:Concept)
           WHERE r.invalidReason IS NULL AND y.invalidReason IS NULL AND NOT y:Unresolved
           | [type(r), y.conceptId, y.standardConcept IS NOT NULL]] AS edges,
         EXISTS { (x)-[r:${allTypes.join('|')}]-() WHERE r.invalidReason IS NULL } AS related
`;

export interface DerivedAncestryReport {
  /** HAS_ANCESTOR rows written, self rows included. */
  rows: number;
  /** Of which self rows (level 0). */
  selfRows: number;
  /** Relationship ids the ancestry was derived from (those with rows in the graph). */
  relationshipIds: string[];
  seconds: number;
}

/** How a stored type's edges read as ancestry: which end is the ancestor, and whether a row counts a level. */
interface AncestryReading {
  ancestorIsStart: boolean;
  hierarchical: boolean;
}

/** Parents of a concept as flat pairs [ancestorId, levels, ancestorId, levels, ...]. */
type Parents = Map<number, number[]>;

export async function deriveAncestry(graph: Graph, options: { batchSize?: number } = {}): Promise<DerivedAncestryReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 10_000;
  const catalogue = await new RelationshipCatalogueRepository(graph).load();
  const readings = new Map<string, AncestryReading[]>();
  const idsOfType = new Map<string, string[]>();
  for (const plan of catalogue.values()) {
    if (!plan.definesAncestry) continue;
    idsOfType.set(plan.neo4jType, [...(idsOfType.get(plan.neo4jType) ?? []), plan.relationshipId]);
    // A row of this id is stored as-is (concept_id_1 -> concept_id_2) unless the plan reverses it.
    const list = readings.get(plan.neo4jType) ?? [];
    list.push({ ancestorIsStart: !plan.storedReversed, hierarchical: plan.isHierarchical });
    readings.set(plan.neo4jType, list);
  }
  const allTypes = [...new Set([...catalogue.values()].map((plan) => plan.neo4jType))].sort();

  // Pass 1: the base edges as parent lists, the standard concepts, the vocabularies with relationships.
  const parents: Parents = new Map();
  const standard: { id: number; vocabularyId: string }[] = [];
  const standardIds = new Set<number>();
  const relatedVocabularies = new Set<string>();
  const seenTypes = new Set<string>();
  const addParent = (child: number, parent: number, levels: number) => {
    const list = parents.get(child) ?? [];
    list.push(parent, levels);
    parents.set(child, list);
  };
  if (allTypes.length) {
    const cypher = conceptPage(readings.size ? [...readings.keys()].sort() : allTypes, allTypes);
    for (let after = -1; ;) {
      const rows = await graph.read<{
        id: number;
        vocabularyId: string;
        valid: boolean;
        standard: boolean;
        edges: [string, number, boolean][];
        related: boolean;
      }>(cypher, { after: neo4j.int(after), pageSize: neo4j.int(PAGE_SIZE) });
      for (const row of rows) {
        if (row.related && row.vocabularyId) relatedVocabularies.add(row.vocabularyId);
        if (!row.valid) continue;
        if (row.standard) {
          standard.push({ id: row.id, vocabularyId: row.vocabularyId });
          standardIds.add(row.id);
        }
        for (const [type, other, otherStandard] of row.edges) {
          if (readings.has(type)) seenTypes.add(type);
          for (const reading of readings.get(type) ?? []) {
            const [ancestor, descendant, ancestorStandard] = reading.ancestorIsStart ? [row.id, other, row.standard] : [other, row.id, otherStandard];
            addParent(descendant, ancestor, reading.hierarchical && ancestorStandard ? 1 : 0);
          }
        }
      }
      if (rows.length < PAGE_SIZE) break;
      after = rows.at(-1)!.id;
    }
  }

  // Pass 2: each standard concept's ancestors with min and max levels, written in batches.
  let written = 0;
  let selfRows = 0;
  let batch: { ancestorConceptId: number; descendantConceptId: number; minLevels: number; maxLevels: number; line: number }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await writeAncestors(graph, batch);
    written += batch.length;
    batch = [];
  };
  for (const { id, vocabularyId } of standard) {
    if (relatedVocabularies.has(vocabularyId)) {
      batch.push({ ancestorConceptId: id, descendantConceptId: id, minLevels: 0, maxLevels: 0, line: 0 });
      selfRows += 1;
    }
    for (const [ancestor, [minLevels, maxLevels]] of ancestorsOf(id, parents)) {
      if (ancestor !== id && standardIds.has(ancestor)) {
        batch.push({ ancestorConceptId: ancestor, descendantConceptId: id, minLevels, maxLevels, line: 0 });
      }
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const relationshipIds = [...seenTypes].flatMap((type) => idsOfType.get(type) ?? []).sort();
  return { rows: written, selfRows, relationshipIds, seconds: (Date.now() - started) / 1000 };
}

/**
 * Every concept reachable up the parent lists from `start`, with the fewest and the most levels
 * over the paths to it. Min: a 0-1 breadth-first search (levels are 0 or 1). Max: the longest
 * path over the reachable part in topological order; an edge that closes a loop (bad data) is
 * left out of the max so the walk ends.
 */
export function ancestorsOf(start: number, parents: ReadonlyMap<number, readonly number[]>): Map<number, [number, number]> {
  // Min levels: 0-1 BFS.
  const min = new Map<number, number>([[start, 0]]);
  const deque: number[] = [start];
  let head = 0;
  while (head < deque.length) {
    const node = deque[head++]!;
    const base = min.get(node)!;
    const list = parents.get(node);
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) {
      const next = list[i]!;
      const distance = base + list[i + 1]!;
      const known = min.get(next);
      if (known === undefined || distance < known) {
        min.set(next, distance);
        deque.push(next); // a shorter distance found later is re-expanded; levels are small
      }
    }
  }
  // Max levels: post-order over the reachable sub-graph, then relax in reverse post-order.
  const order: number[] = [];
  const state = new Map<number, 1 | 2>(); // 1 on the stack, 2 done
  const stack: [number, number][] = [[start, 0]];
  state.set(start, 1);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const list = parents.get(top[0]);
    if (list && top[1] < list.length) {
      const next = list[top[1]]!;
      top[1] += 2;
      if (!state.has(next)) {
        state.set(next, 1);
        stack.push([next, 0]);
      }
      continue;
    }
    state.set(top[0], 2);
    order.push(top[0]);
    stack.pop();
  }
  const position = new Map(order.map((node, index) => [node, index]));
  const max = new Map<number, number>([[start, 0]]);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    const base = max.get(node);
    if (base === undefined) continue;
    const list = parents.get(node);
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) {
      const next = list[i]!;
      if (position.get(next)! >= k) continue; // closes a loop
      const distance = base + list[i + 1]!;
      if (distance > (max.get(next) ?? -1)) max.set(next, distance);
    }
  }
  const result = new Map<number, [number, number]>();
  for (const [node, levels] of min) result.set(node, [levels, Math.max(levels, max.get(node) ?? levels)]);
  return result;
}
