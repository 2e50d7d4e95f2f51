import type { Graph } from './db/graph.js';
import { PerGeneration } from './db/vocabulary-generation.js';
import { RelationshipCatalogueRepository, type RelationshipCatalogue } from './graph/relationship-catalogue.js';
import type { Logger } from './logger.js';
import { AboutRepository } from './modules/about/about-repository.js';
import { CatalogueRepository } from './modules/catalogue/catalogue-repository.js';
import { BillingRepository } from './modules/claims/billing-repository.js';
import { ClaimCodeRepository } from './modules/claims/claim-code-repository.js';
import { ConceptSetRepository } from './modules/concept-sets/concept-set-repository.js';
import { createConceptLoaders, createSharedConceptLoaders } from './modules/concepts/concept-loaders.js';
import { ConceptRepository } from './modules/concepts/concept-repository.js';
import { CriteriaRepository } from './modules/criteria/criteria-repository.js';
import type { RuleSet } from './modules/criteria/rule-set.js';
import { createHierarchyLoaders } from './modules/hierarchy/hierarchy-loaders.js';
import { HierarchyRepository } from './modules/hierarchy/hierarchy-repository.js';
import { createLineageLoaders } from './modules/lineage/lineage-loaders.js';
import { LineageRepository } from './modules/lineage/lineage-repository.js';
import { createMappingLoaders } from './modules/mapping/mapping-loaders.js';
import { MappingRepository } from './modules/mapping/mapping-repository.js';
import { NavigationRepository } from './modules/navigation/navigation-repository.js';
import { createConceptRelationshipLoaders } from './modules/relationships/concept-relationship-loaders.js';
import { ConceptRelationshipRepository } from './modules/relationships/concept-relationship-repository.js';
import { ReleaseRepository } from './modules/releases/release-repository.js';
import type { Repositories, RequestContext } from './modules/request-context.js';
import { SearchRepository } from './modules/search/search-repository.js';
import { createSourceLoader, SourceRepository } from './modules/sources/source-repository.js';

/** The composition root of the read side: every module's repository, and each request's context. */
export type { Repositories, RequestContext };

export interface RepositoryOptions {
  /**
   * The vocabulary generation the service watches (db/vocabulary-generation.ts): while it is
   * known, the curated rule set, the code history and the relationship catalogue are read once
   * per generation and shared by every request; without it, once per request.
   */
  generation?: () => number | undefined;
}

export function createRepositories(graph: Graph, options: RepositoryOptions = {}): Repositories {
  const concepts = new ConceptRepository(graph);
  const criteria = new CriteriaRepository(graph);
  const lineage = new LineageRepository(graph);
  const relationshipCatalogue = new RelationshipCatalogueRepository(graph);
  const generation = options.generation ?? (() => undefined);
  const ruleSet = new PerGeneration(() => criteria.ruleSet(), generation);
  const history = new PerGeneration(() => lineage.history(), generation);
  const catalogue = new PerGeneration(() => relationshipCatalogue.load(), generation);
  const billing = new BillingRepository(graph);
  const billingRules = new PerGeneration(() => billing.rules(), generation);
  return {
    shared: {
      ruleSet: () => ruleSet.get(),
      history: () => history.get(),
      relationshipCatalogue: () => catalogue.get(),
      billingRules: () => billingRules.get(),
    },
    about: new AboutRepository(graph),
    concepts,
    relationshipCatalogue,
    sources: new SourceRepository(graph),
    criteria,
    lineage,
    search: new SearchRepository(graph),
    conceptSets: new ConceptSetRepository(graph),
    navigation: new NavigationRepository(graph),
    catalogue: new CatalogueRepository(graph),
    hierarchy: new HierarchyRepository(graph),
    releases: new ReleaseRepository(graph),
    conceptRelationships: new ConceptRelationshipRepository(graph),
    mapping: new MappingRepository(graph),
    claimCodes: new ClaimCodeRepository(graph),
    billing,
    conceptBatches: createSharedConceptLoaders(concepts),
  };
}

export function createRequestContext(repositories: Repositories, requestId: string, log: Logger): RequestContext {
  let catalogue: Promise<RelationshipCatalogue> | undefined;
  let ruleSet: Promise<RuleSet> | undefined;
  const relationshipCatalogue = () => (catalogue ??= repositories.shared.relationshipCatalogue());
  return {
    requestId,
    log,
    repositories,
    loaders: {
      concepts: createConceptLoaders(repositories.conceptBatches),
      sources: createSourceLoader(repositories.sources),
      lineage: createLineageLoaders(repositories.lineage, repositories.shared.history),
      hierarchy: createHierarchyLoaders(repositories.hierarchy),
      conceptRelationships: createConceptRelationshipLoaders(repositories.conceptRelationships, relationshipCatalogue),
      mapping: createMappingLoaders(repositories.mapping, relationshipCatalogue),
    },
    relationshipCatalogue,
    ruleSet: () => (ruleSet ??= repositories.shared.ruleSet()),
  };
}
