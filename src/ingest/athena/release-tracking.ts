import { int } from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import type { ConceptRow } from '../concept-writer.js';
import { ancestryChange, compareConcept, compareRelationship, type ChangeRow, type ConceptFields } from '../../graph/release-changes.js';
import type { ReleaseIdentity } from '../releases/release-identity.js';
import type { StoredAs } from '../../graph/relationship-types.js';
import type { AncestorRow, ConceptRelationshipRow, SynonymRow } from './rows.js';

/**
 * Vocabulary releases on the loader's side: which release a load brings, what it changes in the
 * graph (each batch compared with the graph's state just before the batch is written, with the
 * rules of src/ingest/releases/compare.ts), and the undo of a load that fails.
 *
 * Every row a release load writes carries `release` (its releaseId): concepts, relationship and
 * ancestor edges. What the previous release had and the new one did not bring still carries the
 * previous id at the end: that is what was removed, found without holding any set in memory.
 * Changes are (:ReleaseChange) nodes apart from the concepts (no edge to them), so the lookups
 * and traversals of the current release never meet them.
 */

export class ReleaseOrderError extends Error {
  override name = 'ReleaseOrderError';
}

export interface ReleaseInGraph {
  releaseId: string;
  seq: number;
  current: boolean;
  status: string;
  releaseDate: string | null;
}

/** How a load treats its release. */
export type ReleaseMode =
  /** The first release of this database: recorded, no change set (nothing to compare with). */
  | 'baseline'
  /** A newer release over the current one: its change set is computed and kept. */
  | 'tracked'
  /** The current release again: loaded as before (MERGEs), no second release, no changes. */
  | 'reload'
  /** The folder names no release (no 'None' row in VOCABULARY): loaded as before, untracked. */
  | 'untracked';

export interface ReleasePlan {
  mode: ReleaseMode;
  identity: ReleaseIdentity | null;
  previous: ReleaseInGraph | null;
  seq: number;
}

const RELEASES = `
  MATCH (r:VocabularyRelease)
  RETURN r.releaseId AS releaseId, r.seq AS seq, r.current AS current, r.status AS status, r.releaseDate AS releaseDate
  ORDER BY r.seq
`;

const BEGIN = `
  CREATE (r:VocabularyRelease {
    releaseId: $releaseId, vocabularyVersion: $vocabularyVersion, releaseDate: $releaseDate, seq: $seq,
    status: 'loading', current: false, previousReleaseId: $previousReleaseId, versions: $versions,
    vocabularyIds: $vocabularyIds
  })
`;

const CONCEPTS_BEFORE = `
  UNWIND $ids AS id
  MATCH (c:Concept {conceptId: id}) USING INDEX c:Concept(conceptId)
  RETURN c.conceptId AS conceptId, c:Unresolved AS placeholder, c.release AS release,
         c { .conceptName, .domainId, .conceptClassId, .standardConcept, .invalidReason, .vocabularyId, .conceptCode,
             .nameSource, .isLocal, .sources,
             validStartDate: toString(c.validStartDate), validEndDate: toString(c.validEndDate) } AS fields
`;

const relationshipsBefore = (type: string) => `
  UNWIND $rows AS row
  MATCH (a:Concept {conceptId: row.from}) USING INDEX a:Concept(conceptId)
  MATCH (a)-[r:${type}]->(b:Concept {conceptId: row.to})
  RETURN row.index AS index, r.release AS release, r.invalidReason AS invalidReason,
         toString(r.validStartDate) AS validStartDate, toString(r.validEndDate) AS validEndDate
`;

// The edge's id too, so the write updates it by id instead of finding it again (see ancestors()),
// unless an end is a placeholder: those rows go through the write that counts them as missing.
const ANCESTORS_BEFORE = `
  UNWIND $rows AS row
  MATCH (d:Concept {conceptId: row.descendant}) USING INDEX d:Concept(conceptId)
  MATCH (d)-[r:HAS_ANCESTOR]->(a:Concept {conceptId: row.ancestor})
  RETURN row.index AS index, CASE WHEN d:Unresolved OR a:Unresolved THEN null ELSE elementId(r) END AS edge
`;

const WRITE_CHANGES = `
  UNWIND $changes AS change
  CREATE (x:ReleaseChange)
  SET x = change
`;

/** Concepts of the previous release the new one did not bring (paged by id: the change set is small, the label is not). */
const REMOVED_CONCEPTS = `
  MATCH (c:Concept)
  WHERE c.release = $previous AND c.conceptId > $after
  RETURN c.conceptId AS conceptId, c.conceptName AS conceptName
  ORDER BY conceptId
  LIMIT $page
`;

const OMOP_TYPES = `
  MATCH (t:RelationshipType) WHERE t.neo4jType IS NOT NULL
  RETURN DISTINCT t.neo4jType AS type
`;

// Over every OMOP type at once (`types` is 'A|B|...'): one statement for a catalogue of hundreds
// of types, where one per type would cost a minute of query planning on every tracked load.
const removedRelationships = (types: string) => `
  MATCH (a:Concept)-[r:${types}]->(b:Concept)
  WHERE r.release = $previous
  RETURN a.conceptId AS start, type(r) AS type, r.relationshipId AS relationshipId, b.conceptId AS end, r.invalidReason AS invalidReason,
         toString(r.validStartDate) AS validStartDate, toString(r.validEndDate) AS validEndDate, elementId(r) AS edge
`;

const REMOVED_ANCESTORS = `
  MATCH (d:Concept)-[r:HAS_ANCESTOR]->(a:Concept)
  WHERE r.release = $previous
  RETURN d.conceptId AS descendant, a.conceptId AS ancestor, r.minLevels AS minLevels, r.maxLevels AS maxLevels, elementId(r) AS edge
`;

// The removed edges by the ids their read returned: a seek each, where deleting them by their
// marker would scan every edge of their types again (40 M ancestor rows in a full release).
// `IN $edges`, not UNWIND: Neo4j plans a seek by element id for a parameter, a scan of every
// relationship for an unwound value.
const DELETE_EDGES = `
  MATCH ()-[r]->() WHERE elementId(r) IN $edges
  DELETE r
`;

const FINISH = `
  MATCH (r:VocabularyRelease {releaseId: $releaseId})
  OPTIONAL MATCH (old:VocabularyRelease) WHERE old.current AND old <> r
  SET old.current = false
  WITH DISTINCT r
  SET r.current = true, r.status = 'complete', r.loadedAt = datetime(), r.concepts = $concepts, r.relationships = $relationships,
      r.changeCount = COUNT { MATCH (x:ReleaseChange {toRelease: r.releaseId}) }
`;

// The undo of a failed load, from its own change records (see abortRelease).
const UNDO_FIELDS = `
  MATCH (x:ReleaseChange {toRelease: $releaseId})
  WHERE x.field IS NOT NULL AND x.relationshipId IS NULL AND x.kind <> 'ANCESTRY_CHANGED'
  MATCH (c:Concept {conceptId: x.conceptId})
  CALL (c, x) {
    WITH c, x WHERE x.field IN ['validStartDate', 'validEndDate']
    SET c[x.field] = CASE WHEN x.before IS NULL THEN null ELSE date(x.before) END
    UNION
    WITH c, x WHERE NOT x.field IN ['validStartDate', 'validEndDate']
    SET c[x.field] = x.before
  }
  RETURN count(*) AS undone
`;
const UNDO_ADDED_CONCEPTS = `
  MATCH (x:ReleaseChange {toRelease: $releaseId, kind: 'CONCEPT_ADDED'})
  MATCH (c:Concept {conceptId: x.conceptId})
  CALL (c, x) {
    WITH c, x WHERE x.restore IS NULL
    DETACH DELETE c
    UNION
    WITH c, x WHERE x.restore = 'placeholder'
    SET c = {conceptId: c.conceptId}, c:Unresolved
    UNION
    WITH c, x WHERE x.restore STARTS WITH '{'
    SET c.release = null
  }
  RETURN count(*) AS undone
`;
const undoRelationships = (type: string) => `
  MATCH (x:ReleaseChange {toRelease: $releaseId})
  WHERE x.relationshipId IN $relationshipIds
  MATCH (a:Concept {conceptId: x.conceptId})-[r:${type}]->(b:Concept {conceptId: x.otherConceptId})
  CALL (r, x) {
    WITH r, x WHERE x.kind = 'RELATIONSHIP_ADDED' AND x.field IS NULL
    DELETE r
    UNION
    WITH r, x WHERE x.field = 'invalidReason'
    SET r.invalidReason = x.before
  }
  RETURN count(*) AS undone
`;
const TOUCHED_RELATIONSHIP_TYPES = `
  CALL () {
    MATCH (x:ReleaseChange {toRelease: $releaseId}) WHERE x.relationshipId IS NOT NULL
    RETURN collect(DISTINCT x.relationshipId) AS touched
  }
  MATCH (t:RelationshipType) WHERE t.neo4jType IS NOT NULL
  WITH touched, t.neo4jType AS type, collect(DISTINCT coalesce(t.storedAsRelationshipId, t.relationshipId)) AS ids
  WHERE any(id IN ids WHERE id IN touched)
  RETURN type, ids
`;
const UNDO_GAINED_ANCESTORS = `
  MATCH (x:ReleaseChange {toRelease: $releaseId, kind: 'ANCESTRY_CHANGED'}) WHERE x.after IS NOT NULL
  MATCH (d:Concept {conceptId: x.conceptId})-[r:HAS_ANCESTOR]->(:Concept {conceptId: x.otherConceptId})
  DELETE r
  RETURN count(*) AS undone
`;
const restoreMarkers = (pattern: string) => `
  MATCH ${pattern}
  WHERE n.release = $releaseId
  WITH n LIMIT 20000
  SET n.release = $previous
  RETURN count(*) AS n
`;
/** The records of one release load of a label (its change records, its undo journal), a batch at a time. */
const deleteOfRelease = (label: 'ReleaseChange' | 'ReleaseUndo') => `
  MATCH (x:${label} {toRelease: $releaseId})
  WITH x LIMIT 20000
  DELETE x
  RETURN count(*) AS n
`;

/** Runs a batched write (it returns `n`, the rows of its batch) until a run finds none. */
async function inBatches(graph: Graph, cypher: string, parameters: Record<string, unknown> = {}): Promise<void> {
  while (((await graph.write<{ n: number }>(cypher, parameters))[0]?.n ?? 0) > 0);
}
const RESTORE_VOCABULARIES = `
  MATCH (r:VocabularyRelease {releaseId: $previous})
  UNWIND r.versions AS entry
  WITH r, split(entry, '\t') AS parts
  MATCH (v:Vocabulary {vocabularyId: parts[0]})
  SET v.vocabularyVersion = CASE WHEN parts[1] = '' THEN null ELSE parts[1] END
  WITH DISTINCT r
  // A vocabulary the failed release brought, with no concept left: it goes with the release.
  MATCH (v:Vocabulary) WHERE NOT v.vocabularyId IN [entry IN r.versions | split(entry, '\t')[0]]
    AND NOT EXISTS { MATCH (:Concept {vocabularyId: v.vocabularyId}) }
  DELETE v
`;
const DELETE_RELEASE = `MATCH (r:VocabularyRelease {releaseId: $releaseId}) WHERE NOT r.current DETACH DELETE r`;

const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;
const safeType = (type: string) => {
  if (!TYPE_NAME.test(type)) throw new Error(`refusing relationship type ${type}`);
  return type;
};

export const releasesInGraph = (graph: Graph) => graph.read<ReleaseInGraph>(RELEASES);

/**
 * Decides how a folder's release is loaded, before anything is written. An older release than
 * the current one (an earlier date in its name, or a release this database loaded and then
 * replaced) is refused: the history is a line, each release compared with the one before.
 */
export async function planRelease(graph: Graph, identity: ReleaseIdentity | null): Promise<ReleasePlan> {
  const releases = await releasesInGraph(graph);
  const complete = releases.filter((r) => r.status === 'complete');
  const current = complete.find((r) => r.current) ?? null;
  const seq = Math.max(0, ...releases.map((r) => r.seq)) + 1;
  if (identity === null) return { mode: 'untracked', identity, previous: current, seq };
  if (current?.releaseId === identity.releaseId) return { mode: 'reload', identity, previous: current, seq };
  const known = complete.find((r) => r.releaseId === identity.releaseId);
  if (known) {
    throw new ReleaseOrderError(
      `release '${identity.releaseId}' was loaded before and replaced by '${current?.releaseId}'; loading an older release over a newer one is refused (nothing was written). Load it into another database to compare, or use npm run diff:vocabulary.`,
    );
  }
  if (current && identity.releaseDate && current.releaseDate && identity.releaseDate < current.releaseDate) {
    throw new ReleaseOrderError(
      `release '${identity.releaseId}' (${identity.releaseDate}) is older than the current release '${current.releaseId}' (${current.releaseDate}); loading an older release over a newer one is refused (nothing was written). Use npm run diff:vocabulary to compare them.`,
    );
  }
  return { mode: current ? 'tracked' : 'baseline', identity, previous: current, seq };
}

/** The release id a load writes on its rows, or null when the load is untracked. */
export const markerOf = (plan: ReleasePlan): string | null => (plan.mode === 'untracked' ? null : plan.identity!.releaseId);

/** Clears what a crashed load left (a release still 'loading'), then records the new one as loading. */
export async function beginRelease(graph: Graph, plan: ReleasePlan): Promise<void> {
  for (const stale of (await releasesInGraph(graph)).filter((r) => r.status === 'loading')) {
    await abortRelease(graph, { ...plan, mode: 'tracked', identity: { releaseId: stale.releaseId } as ReleaseIdentity });
  }
  if (plan.mode !== 'baseline' && plan.mode !== 'tracked') return;
  const identity = plan.identity!;
  await graph.write(BEGIN, {
    releaseId: identity.releaseId,
    vocabularyVersion: identity.vocabularyVersion,
    releaseDate: identity.releaseDate,
    seq: int(plan.seq),
    previousReleaseId: plan.previous?.releaseId ?? null,
    versions: identity.versions.map((v) => `${v.vocabularyId}\t${v.vocabularyVersion ?? ''}`),
    vocabularyIds: identity.versions.map((v) => v.vocabularyId),
  });
}

type Stored = ChangeRow & { fromRelease: string; toRelease: string; restore?: string | null };

export class ChangeRecorder {
  /** Changes written so far by this load. */
  written = 0;
  constructor(
    private readonly graph: Graph,
    readonly plan: ReleasePlan,
  ) {}

  get tracking(): boolean {
    return this.plan.mode === 'tracked';
  }

  private async write(changes: (ChangeRow & { restore?: string | null })[]): Promise<void> {
    if (changes.length === 0) return;
    const fromRelease = this.plan.previous!.releaseId;
    const toRelease = this.plan.identity!.releaseId;
    const stored: Stored[] = changes.map((c) => ({ ...c, fromRelease, toRelease }));
    for (let i = 0; i < stored.length; i += 10_000) await this.graph.write(WRITE_CHANGES, { changes: stored.slice(i, i + 10_000) });
    this.written += changes.length;
  }

  /** Before a batch of concept rows is written: their changes against the graph now. */
  async concepts(rows: readonly ConceptRow[]): Promise<void> {
    if (!this.tracking) return;
    const release = this.plan.identity!.releaseId;
    const before = await this.graph.read<{ conceptId: number; placeholder: boolean; release: string | null; fields: ConceptFields & Record<string, unknown> }>(
      CONCEPTS_BEFORE,
      {
        ids: rows.map((r) => r.conceptId),
      },
    );
    const byId = new Map(before.map((b) => [b.conceptId, b]));
    const changes: (ChangeRow & { restore?: string | null })[] = [];
    const seen = new Set<number>();
    for (const row of rows) {
      const node = byId.get(row.conceptId);
      // Met already in this load (CONCEPT and CONCEPT_CPT4, a repeated row): compared once.
      if (node?.release === release || seen.has(row.conceptId)) continue;
      seen.add(row.conceptId);
      const inPrevious = node !== undefined && !node.placeholder && node.release !== null && node.release !== undefined;
      const found = compareConcept(row.conceptId, inPrevious ? node.fields : null, row);
      for (const change of found) {
        if (change.kind === 'CONCEPT_ADDED') {
          // What the undo puts back: nothing, a placeholder, or a curated node the pack wrote.
          changes.push({ ...change, restore: node === undefined ? null : node.placeholder ? 'placeholder' : JSON.stringify(node.fields) });
        } else changes.push(change);
      }
    }
    await this.write(changes);
  }

  /** Before a batch of CONCEPT_RELATIONSHIP rows is written. */
  async relationships(rows: readonly ConceptRelationshipRow[], plan: ReadonlyMap<string, StoredAs>): Promise<void> {
    if (!this.tracking) return;
    const release = this.plan.identity!.releaseId;
    const byType = new Map<string, { index: number; from: number; to: number; canonicalId: string; row: ConceptRelationshipRow }[]>();
    const keys = new Set<string>();
    rows.forEach((row, index) => {
      const stored = plan.get(row.relationshipId)!;
      const from = stored.reversed ? row.conceptId2 : row.conceptId1;
      const to = stored.reversed ? row.conceptId1 : row.conceptId2;
      // Both rows of a reverse pair are one stored edge: compared once.
      const key = `${from}|${stored.type}|${to}`;
      if (keys.has(key)) return;
      keys.add(key);
      const list = byType.get(stored.type) ?? [];
      list.push({ index, from, to, canonicalId: stored.canonicalId, row });
      byType.set(stored.type, list);
    });
    const changes: ChangeRow[] = [];
    for (const [type, list] of byType) {
      const found = await this.graph.read<{
        index: number;
        release: string | null;
        invalidReason: string | null;
        validStartDate: string | null;
        validEndDate: string | null;
      }>(relationshipsBefore(safeType(type)), { rows: list.map(({ index, from, to }) => ({ index, from, to })) });
      const byIndex = new Map(found.map((f) => [f.index, f]));
      for (const { index, from, to, canonicalId, row } of list) {
        const edge = byIndex.get(index);
        if (edge?.release === release) continue;
        changes.push(...compareRelationship(from, canonicalId, to, edge ?? null, row));
      }
    }
    await this.write(changes);
  }

  /**
   * Before a batch of CONCEPT_ANCESTOR rows is written: the pairs the graph lacks are gained.
   * Returns the edges the graph has already (between two loaded concepts), by the row's index in
   * the batch: the write updates them by id (writer.ts, updateAncestorEdges), where a MERGE would
   * look each one up again; almost every row of a new release is such an edge.
   */
  async ancestors(rows: readonly AncestorRow[]): Promise<ReadonlyMap<number, string>> {
    const edges = new Map<number, string>();
    if (!this.tracking) return edges;
    const found = await this.graph.read<{ index: number; edge: string | null }>(ANCESTORS_BEFORE, {
      rows: rows.map((r, index) => ({ index, descendant: r.descendantConceptId, ancestor: r.ancestorConceptId })),
    });
    const present = new Set<number>();
    for (const f of found) {
      present.add(f.index);
      if (f.edge !== null) edges.set(f.index, f.edge);
    }
    const keys = new Set<string>();
    const changes: ChangeRow[] = [];
    rows.forEach((row, index) => {
      // A pair the graph has is no change (whichever release wrote it); a pair it lacks is
      // gained, once however often the batch repeats it.
      if (present.has(index)) return;
      const key = `${row.descendantConceptId}|${row.ancestorConceptId}`;
      if (keys.has(key)) return;
      keys.add(key);
      changes.push(ancestryChange(row.descendantConceptId, row.ancestorConceptId, true));
    });
    await this.write(changes);
    return edges;
  }

  /**
   * Before synonyms are appended: each concept's synonyms as they were, once per load, in an undo
   * journal (`:ReleaseUndo`) that the end of the load deletes. Synonyms are no change kind, but a
   * failed load must not leave the ones it appended.
   */
  async synonyms(rows: readonly SynonymRow[]): Promise<void> {
    if (!this.tracking) return;
    await this.graph.write(JOURNAL_SYNONYMS, { releaseId: this.plan.identity!.releaseId, ids: [...new Set(rows.map((r) => r.conceptId))] });
  }

  /**
   * After every file: what the previous release had and this one did not bring is recorded,
   * then the rows are deleted (concepts stay: see CONCEPT_REMOVED). Ancestry is compared only
   * when this release ships CONCEPT_ANCESTOR rows (a derived ancestry is rebuilt, not compared).
   */
  async removals(options: { ancestors: boolean }): Promise<void> {
    if (!this.tracking) return;
    const previous = this.plan.previous!.releaseId;
    for (let after = -1; ;) {
      const page = await this.graph.read<{ conceptId: number; conceptName: string }>(REMOVED_CONCEPTS, { previous, after: int(after), page: int(10_000) });
      if (page.length === 0) break;
      await this.write(page.flatMap((c) => compareConcept(c.conceptId, { conceptName: c.conceptName } as ConceptFields, null)));
      after = page[page.length - 1]!.conceptId;
    }
    const removed: string[] = [];
    const types = (await this.graph.read<{ type: string }>(OMOP_TYPES)).map((t) => safeType(t.type)).join('|');
    if (types) {
      const gone = await this.graph.read<{
        start: number;
        type: string;
        relationshipId: string;
        end: number;
        invalidReason: string | null;
        validStartDate: string | null;
        validEndDate: string | null;
        edge: string;
      }>(removedRelationships(types), { previous });
      for (const g of gone) removed.push(g.edge);
      await this.write(
        gone.flatMap((g) =>
          compareRelationship(g.start, g.relationshipId, g.end, g, null).map((c) => ({
            ...c,
            restore: `${g.type}\t${g.validStartDate ?? ''}\t${g.validEndDate ?? ''}`,
          })),
        ),
      );
    }
    if (options.ancestors) {
      const lost = await this.graph.read<{ descendant: number; ancestor: number; minLevels: number; maxLevels: number; edge: string }>(REMOVED_ANCESTORS, {
        previous,
      });
      await this.write(lost.map((a) => ({ ...ancestryChange(a.descendant, a.ancestor, false), restore: `${a.minLevels},${a.maxLevels}` })));
      for (const a of lost) removed.push(a.edge);
    }
    // Every removal is recorded before the first is applied: an undo finds them all.
    for (let i = 0; i < removed.length; i += 10_000) await this.graph.write(DELETE_EDGES, { edges: removed.slice(i, i + 10_000) });
  }
}

/** Makes the release current (one transaction: the previous one stops being current in it). */
export async function finishRelease(graph: Graph, plan: ReleasePlan, counts: { concepts: number; relationships: number }): Promise<void> {
  if (plan.mode !== 'baseline' && plan.mode !== 'tracked') return;
  await graph.write(FINISH, { releaseId: plan.identity!.releaseId, concepts: int(counts.concepts), relationships: int(counts.relationships) });
  await inBatches(graph, deleteOfRelease('ReleaseUndo'), { releaseId: plan.identity!.releaseId });
  // Only once the release is complete (the undo of a failed load recreates removed rows between
  // the concepts they named): placeholders that no row names any more.
  if (plan.mode === 'tracked') await inBatches(graph, ORPHAN_PLACEHOLDERS);
}

// The undo journal of synonyms (ChangeRecorder.synonyms): the first value of each concept in this load.
const JOURNAL_SYNONYMS = `
  UNWIND $ids AS id
  MATCH (c:Concept {conceptId: id}) USING INDEX c:Concept(conceptId)
  WHERE NOT c:Unresolved
  MERGE (j:ReleaseUndo {toRelease: $releaseId, conceptId: id})
    ON CREATE SET j.synonyms = coalesce(c.synonyms, [])
`;
const UNDO_SYNONYMS = `
  MATCH (j:ReleaseUndo {toRelease: $releaseId})
  MATCH (c:Concept {conceptId: j.conceptId}) USING INDEX c:Concept(conceptId)
  SET c.synonyms = CASE WHEN size(j.synonyms) = 0 THEN null ELSE j.synonyms END
`;
/** Placeholders (:Unresolved, an id some row named) that only the removed rows named. */
const ORPHAN_PLACEHOLDERS = `
  MATCH (c:Unresolved) WHERE NOT EXISTS { (c)--() }
  WITH c LIMIT 10000
  DELETE c
  RETURN count(*) AS n
`;

// restore: 'TYPE<tab>validStartDate<tab>validEndDate' for a removed row, 'min,max' for a lost ancestor.
const RECREATE_REMOVED = (type: string) => `
  MATCH (x:ReleaseChange {toRelease: $releaseId, kind: 'RELATIONSHIP_REMOVED'}) WHERE x.field IS NULL AND x.restore STARTS WITH $needle
  MATCH (a:Concept {conceptId: x.conceptId}) USING INDEX a:Concept(conceptId)
  MATCH (b:Concept {conceptId: x.otherConceptId}) USING INDEX b:Concept(conceptId)
  WITH a, b, x, split(x.restore, '\t') AS parts
  MERGE (a)-[r:${type}]->(b)
  SET r.relationshipId = x.relationshipId, r.invalidReason = x.before, r.release = $previous,
      r.validStartDate = CASE WHEN parts[1] = '' THEN null ELSE date(parts[1]) END,
      r.validEndDate = CASE WHEN parts[2] = '' THEN null ELSE date(parts[2]) END
  RETURN count(*) AS restored
`;
const RECREATE_LOST_ANCESTORS = `
  MATCH (x:ReleaseChange {toRelease: $releaseId, kind: 'ANCESTRY_CHANGED'}) WHERE x.before IS NOT NULL
  MATCH (d:Concept {conceptId: x.conceptId}) USING INDEX d:Concept(conceptId)
  MATCH (a:Concept {conceptId: x.otherConceptId}) USING INDEX a:Concept(conceptId)
  MERGE (d)-[r:HAS_ANCESTOR]->(a)
  SET r.minLevels = toInteger(split(x.restore, ',')[0]), r.maxLevels = toInteger(split(x.restore, ',')[1]), r.release = $previous
  RETURN count(*) AS restored
`;

/**
 * Puts the graph back as the previous release left it, from the failed load's own change
 * records (they hold every value the load replaced), then deletes the records and the release.
 * Synonyms come back from the load's undo journal. Row dates of rows whose validity did not
 * change and catalogue rows other than the vocabulary versions are the new release's (they are
 * not part of any answer about releases).
 */
export async function abortRelease(graph: Graph, plan: ReleasePlan): Promise<void> {
  if (plan.mode !== 'tracked' && plan.mode !== 'baseline') return;
  const releaseId = plan.identity!.releaseId;
  const previous = plan.previous?.releaseId ?? null;
  if (previous !== null) {
    await graph.write(UNDO_FIELDS, { releaseId });
    await graph.write(UNDO_ADDED_CONCEPTS, { releaseId });
    // Only the relationship types the load changed: one statement per type of a catalogue of
    // hundreds would cost a minute of query planning for a load that touched a few.
    const types = await graph.read<{ type: string; ids: string[] }>(TOUCHED_RELATIONSHIP_TYPES, { releaseId });
    for (const { type, ids } of types) {
      await graph.write(undoRelationships(safeType(type)), { releaseId, relationshipIds: ids });
      await graph.write(RECREATE_REMOVED(safeType(type)), { releaseId, previous, needle: `${type}\t` });
    }
    await graph.write(UNDO_GAINED_ANCESTORS, { releaseId });
    await graph.write(RECREATE_LOST_ANCESTORS, { releaseId, previous });
    for (const pattern of ['(n:Concept)', '()-[n]->()']) {
      await inBatches(graph, restoreMarkers(pattern), { releaseId, previous });
    }
    await graph.write(RESTORE_VOCABULARIES, { previous });
    await graph.write(UNDO_SYNONYMS, { releaseId });
  }
  await inBatches(graph, deleteOfRelease('ReleaseUndo'), { releaseId });
  await inBatches(graph, deleteOfRelease('ReleaseChange'), { releaseId });
  await graph.write(DELETE_RELEASE, { releaseId });
}
