import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Graph } from '../../db/graph.js';
import { defaultSeedDir } from '../../seed-pack/read-pack.js';
import { planRelationshipTypes, type StoredAs } from '../../graph/relationship-types.js';
import { parseRelationshipCatalogue, type RawRecord, type RelationshipCatalogueRow } from './rows.js';
import { writeRelationshipTypes } from './writer.js';

/**
 * The RELATIONSHIP catalogue a load works with. Public OMOP samples often ship RELATIONSHIP as a
 * header-only file; the catalogue is public reference data, so the knowledge pack ships it
 * (seed/vocabulary/relationship.csv) and a load uses, id by id, the folder's row, else the one
 * already in the graph, else the pack's. Ids the graph already stores keep their stored plan,
 * so edges written by an earlier load are still found under the same type.
 */
export const PACK_RELATIONSHIP_FILE = 'vocabulary/relationship.csv';

export function packRelationshipCatalogue(seedDir: string = defaultSeedDir()): RelationshipCatalogueRow[] {
  const path = join(seedDir, PACK_RELATIONSHIP_FILE);
  const records = parse<RawRecord>(readFileSync(path, 'utf8'), {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
  });
  return records.map((record, i) => {
    const parsed = parseRelationshipCatalogue(record);
    if ('reject' in parsed) throw new Error(`${path} line ${i + 2}: ${parsed.reject}`);
    return parsed.row;
  });
}

const STORED_CATALOGUE = `
  MATCH (r:RelationshipType)
  WHERE r.relationshipId IS NOT NULL AND r.reverseRelationshipId IS NOT NULL AND r.neo4jType IS NOT NULL
  RETURN r.relationshipId AS relationshipId, coalesce(r.relationshipName, '') AS relationshipName,
         coalesce(r.isHierarchical, false) AS isHierarchical, coalesce(r.definesAncestry, false) AS definesAncestry,
         r.reverseRelationshipId AS reverseRelationshipId, coalesce(r.relationshipConceptId, 0) AS relationshipConceptId,
         r.neo4jType AS type, coalesce(r.storedAsRelationshipId, r.relationshipId) AS canonicalId,
         coalesce(r.storedReversed, false) AS reversed
`;

type StoredRow = RelationshipCatalogueRow & StoredAs;

export interface Catalogue {
  rows: RelationshipCatalogueRow[];
  ids: Set<string>;
  plan: Map<string, StoredAs>;
  /** How many ids came from each layer. */
  fromFolder: number;
  fromGraph: number;
  fromPack: number;
}

/** Merges the folder's rows over the graph's over the pack's, keeping stored plans. */
export function mergeCatalogues(
  folder: readonly RelationshipCatalogueRow[],
  stored: readonly StoredRow[],
  pack: readonly RelationshipCatalogueRow[],
): Catalogue {
  const merged = new Map<string, RelationshipCatalogueRow>();
  let fromPack = 0;
  let fromGraph = 0;
  for (const row of pack) merged.set(row.relationshipId, row);
  const folderIds = new Set(folder.map((r) => r.relationshipId));
  const storedIds = new Set(stored.map((r) => r.relationshipId));
  for (const { type: _t, canonicalId: _c, reversed: _r, ...row } of stored) merged.set(row.relationshipId, row);
  for (const row of folder) merged.set(row.relationshipId, row);
  for (const id of merged.keys()) {
    if (folderIds.has(id)) continue;
    if (storedIds.has(id)) fromGraph += 1;
    else fromPack += 1;
  }
  const rows = [...merged.values()];
  const plan = planRelationshipTypes(rows);
  for (const s of stored) plan.set(s.relationshipId, { type: s.type, canonicalId: s.canonicalId, reversed: s.reversed });
  return { rows, ids: new Set(merged.keys()), plan, fromFolder: folderIds.size, fromGraph, fromPack };
}

/**
 * The catalogue for a load of `folderRows` (the folder's RELATIONSHIP rows, possibly none),
 * written to the graph as RelationshipType nodes before any relationship is.
 */
export async function resolveCatalogue(graph: Graph, folderRows: readonly RelationshipCatalogueRow[], seedDir?: string): Promise<Catalogue> {
  const stored = await graph.read<StoredRow>(STORED_CATALOGUE);
  const catalogue = mergeCatalogues(folderRows, stored, packRelationshipCatalogue(seedDir));
  await writeRelationshipTypes(graph, catalogue.rows, catalogue.plan);
  return catalogue;
}
