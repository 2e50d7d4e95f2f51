import DataLoader from 'dataloader';
import type { Graph } from '../../db/graph.js';

/** A curated source as resolvers see it. */
export interface SourceRecord {
  sourceId: string;
  citation: string;
  kind: string;
}

const SOURCES_BY_ID = `
  UNWIND $sourceIds AS sourceId
  MATCH (s:Source {sourceId: sourceId})
  RETURN s.sourceId AS sourceId, s.citation AS citation, s.kind AS kind
`;

/** The only place Source Cypher lives. */
export class SourceRepository {
  constructor(private readonly graph: Graph) {}

  async byIds(sourceIds: readonly string[]): Promise<Map<string, SourceRecord>> {
    const rows = await this.graph.read<SourceRecord>(SOURCES_BY_ID, { sourceIds: [...new Set(sourceIds)] });
    return new Map(rows.map((row) => [row.sourceId, row]));
  }
}

/** Per request: every curated fact's `sources` ids resolve through one batched query. */
export function createSourceLoader(repository: SourceRepository): DataLoader<string, SourceRecord | null> {
  return new DataLoader(async (ids) => {
    const found = await repository.byIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** The sources a fact cites, in its order; an id the graph lacks is left out (the pack check forbids those). */
export async function sourcesOf(loader: DataLoader<string, SourceRecord | null>, ids: readonly string[] | null | undefined): Promise<SourceRecord[]> {
  const found = await loader.loadMany(ids ?? []);
  return found.filter((source): source is SourceRecord => source !== null && !(source instanceof Error));
}
