import DataLoader from 'dataloader';
import type { ConceptRecord } from '../../graph/concept.js';
import { conceptArgsLoader, type ConceptArgsKey } from './grouped-loader.js';
import type { AncestryArgs, AncestryPage, HierarchyRepository } from './hierarchy-repository.js';

export interface HierarchyLoaders {
  /** A page of ancestors or descendants, batched over concepts asking the same page. */
  ancestry: DataLoader<ConceptArgsKey<AncestryArgs>, AncestryPage, string>;
  parents: DataLoader<number, ConceptRecord[]>;
  isDescendantOf: DataLoader<{ descendant: number; ancestor: number }, boolean, string>;
}

/** Created per request (context factory): caches never outlive a request. */
export function createHierarchyLoaders(repository: HierarchyRepository): HierarchyLoaders {
  return {
    ancestry: conceptArgsLoader(
      (ids, args) => repository.ancestry(ids, args),
      () => ({ totalCount: 0, items: [] }),
    ),
    parents: new DataLoader(async (ids) => {
      const found = await repository.parents(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    isDescendantOf: new DataLoader((pairs) => repository.isDescendantOf(pairs), {
      cacheKeyFn: (pair) => `${pair.descendant}>${pair.ancestor}`,
    }),
  };
}
