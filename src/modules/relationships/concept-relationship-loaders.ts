import type DataLoader from 'dataloader';
import { conceptArgsLoader, type ConceptArgsKey } from '../hierarchy/grouped-loader.js';
import type { ConceptRelationshipRepository, RelationshipArgs, RelationshipPage } from './concept-relationship-repository.js';
import type { RelationshipCatalogue } from '../../graph/relationship-catalogue.js';

export interface ConceptRelationshipLoaders {
  /** A page of a concept's relationships, batched over concepts asking the same page. */
  page: DataLoader<ConceptArgsKey<RelationshipArgs>, RelationshipPage, string>;
}

/** Created per request; `catalogue` is the request's one read of the RELATIONSHIP catalogue. */
export function createConceptRelationshipLoaders(
  repository: ConceptRelationshipRepository,
  catalogue: () => Promise<RelationshipCatalogue>,
): ConceptRelationshipLoaders {
  return {
    page: conceptArgsLoader(
      async (ids, args) => repository.page(await catalogue(), ids, args),
      () => ({ totalCount: 0, items: [] }),
    ),
  };
}
