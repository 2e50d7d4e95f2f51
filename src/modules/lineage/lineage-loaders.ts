import DataLoader from 'dataloader';
import type { CodeHistory, CodeOnDateRecord } from './lineage-records.js';
import type { CodeOnDateKey, LineageRepository } from './lineage-repository.js';

export interface LineageLoaders {
  /** The curated history, read at most once per request. */
  history(): Promise<CodeHistory>;
  /** "Code on date" questions of one request, answered in one batch (each distinct code read once). */
  codesOnDate: DataLoader<CodeOnDateKey, CodeOnDateRecord, string>;
}

/**
 * Created per request (context factory): its caches never outlive a request. `sharedHistory`
 * gives the history kept across requests for the current vocabulary generation, when there is one.
 */
export function createLineageLoaders(repository: LineageRepository, sharedHistory: () => Promise<CodeHistory> = () => repository.history()): LineageLoaders {
  let history: Promise<CodeHistory> | undefined;
  const loaders: LineageLoaders = {
    history: () => (history ??= sharedHistory()),
    codesOnDate: new DataLoader(async (keys) => repository.codesOnDate(keys, await loaders.history()), {
      cacheKeyFn: (key) => [key.code.vocabularyId, key.code.conceptCode, key.date, key.siteOfService ?? '', key.payer ?? ''].join('\u0000'),
    }),
  };
  return loaders;
}
