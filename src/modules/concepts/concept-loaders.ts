import DataLoader from 'dataloader';
import type { ConceptRecord } from '../../graph/concept.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import type { ConceptRepository } from './concept-repository.js';

export interface ConceptLoaders {
  byId: DataLoader<number, ConceptRecord | null>;
  byCode: DataLoader<CodeKey, ConceptRecord | null, string>;
}

/** Keys asked together go to Neo4j as one UNWIND query; more than this are split. */
const MAX_BATCH = 1_000;

/**
 * Created once per process: lookups from all requests that reach their resolver in the same
 * turn of the event loop (setImmediate) go to Neo4j as one query, so under concurrent load a
 * transaction serves many requests. Nothing is cached here (cache: false); each key still
 * gets its own answer.
 */
export function createSharedConceptLoaders(repository: ConceptRepository): ConceptLoaders {
  const acrossRequests = { cache: false, batchScheduleFn: (run: () => void) => setImmediate(run), maxBatchSize: MAX_BATCH } as const;
  return {
    byId: new DataLoader(async (ids) => {
      const found = await repository.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }, acrossRequests),
    byCode: new DataLoader((keys) => repository.byCodes(keys), { ...acrossRequests, cacheKeyFn: codeKey }),
  };
}

/**
 * Created per request (context factory): within a request each key is asked once and its
 * answer kept for the request only; what the request asks goes through the shared loaders.
 */
export function createConceptLoaders(shared: ConceptLoaders): ConceptLoaders {
  return {
    byId: new DataLoader((ids) => shared.byId.loadMany(ids)),
    byCode: new DataLoader((keys) => shared.byCode.loadMany(keys), { cacheKeyFn: codeKey }),
  };
}
