import type { Graph } from '../../db/graph.js';
import type { Logger } from '../../logger.js';
import { readSeedPack } from '../../seed-pack/read-pack.js';
import { writeConcepts } from '../concept-writer.js';
import { curatedLayerStatements, seedConceptRows, UNRESOLVED_CODES } from './seed-writer.js';

export interface SeedReport {
  concepts: number;
  changeEvents: number;
  /** Codes the pack names that no concept in the graph carries (kept as (:Code) nodes). */
  unresolvedCodes: string[];
}

/**
 * Loads the curated knowledge pack (seed/): validated first (nothing is written when it is
 * invalid), then concepts upserted and the curated layer replaced in one transaction, so a
 * second load gives the same graph and an edited pack takes full effect.
 */
export async function loadSeed(graph: Graph, log: Logger, dir?: string): Promise<SeedReport> {
  const started = Date.now();
  const pack = readSeedPack(dir);
  const concepts = seedConceptRows(pack);
  await writeConcepts(graph, concepts);
  await graph.writeTransaction(curatedLayerStatements(pack, concepts));
  const unresolvedCodes = (await graph.read<{ code: string }>(UNRESOLVED_CODES)).map((r) => r.code);
  const report = { concepts: concepts.length, changeEvents: pack.changeEvents.length, unresolvedCodes };
  log.info({ ...report, ms: Date.now() - started }, 'knowledge pack loaded');
  return report;
}
