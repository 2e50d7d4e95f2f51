import type { Graph } from './db/graph.js';
import type { Logger } from './logger.js';
import { AboutRepository } from './modules/about/about-repository.js';
import { createConceptLoaders, type ConceptLoaders } from './modules/concepts/concept-loaders.js';
import { ConceptRepository } from './modules/concepts/concept-repository.js';
import { createHierarchyLoaders, type HierarchyLoaders } from './modules/hierarchy/hierarchy-loaders.js';
import { HierarchyRepository } from './modules/hierarchy/hierarchy-repository.js';
import { createMappingLoaders, type MappingLoaders } from './modules/mapping/mapping-loaders.js';
import { MappingRepository } from './modules/mapping/mapping-repository.js';
import { createConceptRelationshipLoaders, type ConceptRelationshipLoaders } from './modules/relationships/concept-relationship-loaders.js';
import { ConceptRelationshipRepository } from './modules/relationships/concept-relationship-repository.js';
import { RelationshipCatalogueRepository, type RelationshipCatalogue } from './modules/relationships/relationship-catalogue.js';

/** What every resolver receives. Loaders are per request; repositories are stateless. */
export interface RequestContext {
  requestId: string;
  log: Logger;
  repositories: Repositories;
  loaders: {
    concepts: ConceptLoaders;
    hierarchy: HierarchyLoaders;
    conceptRelationships: ConceptRelationshipLoaders;
    mapping: MappingLoaders;
  };
  /** The RELATIONSHIP catalogue, read at most once per request. */
  relationshipCatalogue(): Promise<RelationshipCatalogue>;
}

export interface Repositories {
  about: AboutRepository;
  concepts: ConceptRepository;
  relationshipCatalogue: RelationshipCatalogueRepository;
  hierarchy: HierarchyRepository;
  conceptRelationships: ConceptRelationshipRepository;
  mapping: MappingRepository;
}

export function createRepositories(graph: Graph): Repositories {
  return {
    about: new AboutRepository(graph),
    concepts: new ConceptRepository(graph),
    relationshipCatalogue: new RelationshipCatalogueRepository(graph),
    hierarchy: new HierarchyRepository(graph),
    conceptRelationships: new ConceptRelationshipRepository(graph),
    mapping: new MappingRepository(graph),
  };
}

export function createRequestContext(repositories: Repositories, requestId: string, log: Logger): RequestContext {
  let catalogue: Promise<RelationshipCatalogue> | undefined;
  const relationshipCatalogue = () => (catalogue ??= repositories.relationshipCatalogue.load());
  return {
    requestId,
    log,
    repositories,
    loaders: {
      concepts: createConceptLoaders(repositories.concepts),
      hierarchy: createHierarchyLoaders(repositories.hierarchy),
      conceptRelationships: createConceptRelationshipLoaders(repositories.conceptRelationships, relationshipCatalogue),
      mapping: createMappingLoaders(repositories.mapping, relationshipCatalogue),
    },
    relationshipCatalogue,
  };
}
