import DataLoader from 'dataloader';

/** A key of a field that takes arguments: the concept and the arguments' canonical form. */
export interface ConceptArgsKey<A> {
  conceptId: number;
  args: A;
}

/**
 * A per-request DataLoader for a concept field with arguments: keys with equal arguments are
 * answered by one repository call over all their concept ids, so a list of 100 concepts asking
 * the same page costs one query. `fetch` answers every id it is given (absent ids get `empty`).
 */
export function conceptArgsLoader<A, R>(
  fetch: (conceptIds: number[], args: A) => Promise<ReadonlyMap<number, R>>,
  empty: () => R,
): DataLoader<ConceptArgsKey<A>, R, string> {
  return new DataLoader<ConceptArgsKey<A>, R, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: Set<number> }>();
      for (const key of keys) {
        const argsKey = JSON.stringify(key.args);
        const group = groups.get(argsKey) ?? { args: key.args, ids: new Set<number>() };
        group.ids.add(key.conceptId);
        groups.set(argsKey, group);
      }
      const answers = new Map<string, ReadonlyMap<number, R>>();
      await Promise.all([...groups].map(async ([argsKey, group]) => answers.set(argsKey, await fetch([...group.ids], group.args))));
      return keys.map((key) => answers.get(JSON.stringify(key.args))!.get(key.conceptId) ?? empty());
    },
    { cacheKeyFn: (key) => `${key.conceptId}\u0000${JSON.stringify(key.args)}` },
  );
}
