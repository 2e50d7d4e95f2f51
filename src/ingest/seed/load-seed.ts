import { createHash } from 'node:crypto';
import { codeKey, type CodeKey } from '../../graph/code.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../../db/graph.js';
import { markVocabularyChanged, VOCABULARY_CHANGED } from '../../db/vocabulary-generation.js';
import type { Logger } from '../../logger.js';
import { defaultSeedDir, readSeedPack } from '../../seed-pack/read-pack.js';
import { SEED_FILES } from '../../seed-pack/schema.js';
import { mergeCatalogues, packRelationshipCatalogue, PACK_RELATIONSHIP_FILE, resolveCatalogue } from '../athena/catalogue.js';
import { relationshipTypeProperties } from '../athena/writer.js';
import { writeConcepts, type ConceptRow } from '../concept-writer.js';
import { recordPackHash, seedConceptRows, writeCuratedLayer, writePackIntoEmptyGraph } from './seed-writer.js';

/**
 * What a load did. A skipped load (the graph already held this exact pack) reports no counts:
 * deciding to skip reads one node, and about.knowledgePack gives the counts of the pack in the graph.
 */
export type SeedReport =
  | { loaded: false; hash: string }
  | {
      loaded: true;
      hash: string;
      concepts: number;
      changeEvents: number;
      /** Codes the pack names that no concept in the graph carries (kept as (:Code) nodes). */
      unresolvedCodes: string[];
    };

/** The code that shapes the pack in the graph: a change to it must reload the pack too. */
const WRITER_SOURCES = ['./seed-writer.ts', '../concept-writer.ts', '../athena/catalogue.ts', '../athena/writer.ts'].map((file) =>
  fileURLToPath(new URL(file, import.meta.url)),
);

/** A hash of the pack's files and of the code that writes them. */
export function seedPackHash(dir: string = defaultSeedDir()): string {
  const hash = createHash('sha256');
  for (const file of [...Object.values(SEED_FILES), PACK_RELATIONSHIP_FILE].sort()) hash.update(file).update(readFileSync(join(dir, file)));
  for (const file of WRITER_SOURCES) hash.update(readFileSync(file));
  return hash.digest('hex');
}

// What a start needs to decide, in one short query (every distinct statement costs a cold JVM
// its planning, docs/benchmarks.md): the hash of the pack in the graph, and whether the graph
// holds anything at all (a new database takes the pack's short path).
const LOADED = `
  OPTIONAL MATCH (p:KnowledgePack {id: "seed"})
  RETURN p.hash AS hash, NOT EXISTS { MATCH (n) } AS empty
`;

/** Keys of local concepts that a vocabulary load has already given their real id. */
const RECONCILED = `
  UNWIND $keys AS key
  MATCH (c:Concept {vocabularyId: key.vocabularyId, conceptCode: key.conceptCode})
  WHERE c.localConceptId IS NOT NULL
  RETURN c.vocabularyId AS vocabularyId, c.conceptCode AS conceptCode
`;

async function withoutReconciled(graph: Graph, concepts: ConceptRow[]): Promise<ConceptRow[]> {
  const local = concepts.filter((c) => c.isLocal);
  const rows = await graph.read<CodeKey>(RECONCILED, {
    keys: local.map((c) => ({ vocabularyId: c.vocabularyId, conceptCode: c.conceptCode })),
  });
  const reconciled = new Set(rows.map(codeKey));
  return concepts.filter((c) => !c.isLocal || !reconciled.has(codeKey(c)));
}

/**
 * Loads the curated knowledge pack (seed/): validated first (nothing is written when it is
 * invalid), then concepts upserted and the curated layer replaced in one transaction, so a
 * second load gives the same graph and an edited pack takes full effect. Skipped when the
 * graph already holds this exact pack (its hash decides; the files are not read again), unless
 * `force`.
 */
export async function loadSeed(graph: Graph, log: Logger, options: { dir?: string; force?: boolean } = {}): Promise<SeedReport> {
  const started = Date.now();
  // The hash first: a start on an unchanged pack neither parses nor validates the files again.
  const hash = seedPackHash(options.dir);
  const [loaded] = await graph.read<{ hash: string | null; empty: boolean }>(LOADED);
  if (!options.force && loaded?.hash === hash) {
    log.info({ hash, ms: Date.now() - started }, 'knowledge pack unchanged since its last load; not reloaded');
    return { loaded: false, hash };
  }
  const pack = readSeedPack(options.dir);
  const concepts = seedConceptRows(pack);
  const general = async () => {
    // Services drop kept answers now (the pack is changing) and again when it has been written.
    await markVocabularyChanged(graph);
    // A local concept that a vocabulary load gave its real id is not written again under its
    // local id (that would make a second node); the curated layer links to the real one.
    await writeConcepts(graph, await withoutReconciled(graph, concepts));
    // The public OMOP relationship catalogue, under any catalogue a vocabulary load already wrote.
    await resolveCatalogue(graph, [], options.dir);
    return writeCuratedLayer(graph, pack, concepts, [recordPackHash(hash), VOCABULARY_CHANGED]);
  };
  let unresolvedCodes: string[];
  if (loaded?.empty) {
    // A new database: the whole pack in one transaction of few statements (seed-writer.ts).
    const catalogue = mergeCatalogues([], [], packRelationshipCatalogue(options.dir));
    try {
      unresolvedCodes = await writePackIntoEmptyGraph(graph, pack, concepts, relationshipTypeProperties(catalogue.rows, catalogue.plan), hash);
    } catch (error) {
      // Another process wrote into the new database since the check (two services started on it
      // at once): its nodes refuse the short path's creates, and the general path merges.
      const [now] = await graph.read<{ empty: boolean }>(LOADED);
      if (now?.empty !== false) throw error;
      log.info({ hash }, 'the database was written to during the knowledge pack load; loading it again over what is there');
      unresolvedCodes = await general();
    }
  } else {
    unresolvedCodes = await general();
  }
  const report = { loaded: true as const, hash, concepts: concepts.length, changeEvents: pack.changeEvents.length, unresolvedCodes };
  log.info({ ...report, ms: Date.now() - started }, 'knowledge pack loaded');
  return report;
}
