import DataLoader from 'dataloader';
import type { ConceptRecord } from './concept-record.js';
import type { CodeKey, ConceptRepository } from './concept-repository.js';

export interface ConceptLoaders {
  byId: DataLoader<number, ConceptRecord | null>;
  byCode: DataLoader<CodeKey, ConceptRecord | null, string>;
}

/** Created per request (context factory): caches never outlive a request. */
export function createConceptLoaders(repository: ConceptRepository): ConceptLoaders {
  return {
    byId: new DataLoader(async (ids) => {
      const found = await repository.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    byCode: new DataLoader((keys) => repository.byCodes(keys), {
      cacheKeyFn: (key) => `${key.vocabularyId}\u0000${key.conceptCode}`,
    }),
  };
}
