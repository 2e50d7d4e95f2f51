import type DataLoader from 'dataloader';
import { conceptArgsLoader, type ConceptArgsKey } from '../hierarchy/grouped-loader.js';
import type { RelationshipCatalogue } from '../../graph/relationship-catalogue.js';
import type { HopsByConcept } from './chain-resolution.js';
import type { MappingRepository } from './mapping-repository.js';

export interface MappingLoaders {
  /**
   * The hops around a concept valid on a day. Concepts asking the same day share one query and
   * one map of hops (a hop means the same whichever concept's walk reaches it).
   */
  neighbourhood: DataLoader<ConceptArgsKey<{ asOf: string }>, HopsByConcept, string>;
}

export function createMappingLoaders(repository: MappingRepository, catalogue: () => Promise<RelationshipCatalogue>): MappingLoaders {
  return {
    neighbourhood: conceptArgsLoader(
      async (ids, { asOf }) => {
        const hops = await repository.neighbourhood(await catalogue(), ids, asOf);
        return new Map(ids.map((id) => [id, hops]));
      },
      (): HopsByConcept => new Map(),
    ),
  };
}
