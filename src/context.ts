import type DataLoader from 'dataloader';
import type { Graph } from './db/graph.js';
import type { Logger } from './logger.js';
import { AboutRepository } from './modules/about/about-repository.js';
import { CatalogueRepository } from './modules/catalogue/catalogue-repository.js';
import { ConceptSetRepository } from './modules/concept-sets/concept-set-repository.js';
import { billingRulesFromPack, type BillingRules } from './modules/claims/billing-rules.js';
import { ClaimCodeRepository } from './modules/claims/claim-code-repository.js';
import type { ClaimCodeSource } from './modules/claims/claim-code-source.js';
import { createConceptLoaders, createSharedConceptLoaders, type ConceptLoaders } from './modules/concepts/concept-loaders.js';
import { ConceptRepository } from './modules/concepts/concept-repository.js';
import { CriteriaRepository } from './modules/criteria/criteria-repository.js';
import type { RuleSet } from './modules/criteria/rule-set.js';
import { createLineageLoaders, type LineageLoaders } from './modules/lineage/lineage-loaders.js';
import { LineageRepository } from './modules/lineage/lineage-repository.js';
import { createSourceLoader, SourceRepository, type SourceRecord } from './modules/sources/source-repository.js';
import { NavigationRepository } from './modules/navigation/navigation-repository.js';
import { SearchRepository } from './modules/search/search-repository.js';
import { createHierarchyLoaders, type HierarchyLoaders } from './modules/hierarchy/hierarchy-loaders.js';
import { HierarchyRepository } from './modules/hierarchy/hierarchy-repository.js';
import { createMappingLoaders, type MappingLoaders } from './modules/mapping/mapping-loaders.js';
import { MappingRepository } from './modules/mapping/mapping-repository.js';
import { createConceptRelationshipLoaders, type ConceptRelationshipLoaders } from './modules/relationships/concept-relationship-loaders.js';
import { ConceptRelationshipRepository } from './modules/relationships/concept-relationship-repository.js';
import { ReleaseRepository } from './modules/releases/release-repository.js';
import { RelationshipCatalogueRepository, type RelationshipCatalogue } from './modules/relationships/relationship-catalogue.js';

/** What every resolver receives. Loaders are per request; repositories are stateless. */
export interface RequestContext {
  requestId: string;
  log: Logger;
  repositories: Repositories;
  loaders: {
    concepts: ConceptLoaders;
    sources: DataLoader<string, SourceRecord | null>;
    lineage: LineageLoaders;
    hierarchy: HierarchyLoaders;
    conceptRelationships: ConceptRelationshipLoaders;
    mapping: MappingLoaders;
  };
  /** The RELATIONSHIP catalogue, read at most once per request. */
  relationshipCatalogue(): Promise<RelationshipCatalogue>;
  /** The curated criteria, techniques and worked examples, read at most once per request. */
  ruleSet(): Promise<RuleSet>;
}

export interface Repositories {
  about: AboutRepository;
  concepts: ConceptRepository;
  relationshipCatalogue: RelationshipCatalogueRepository;
  sources: SourceRepository;
  criteria: CriteriaRepository;
  lineage: LineageRepository;
  search: SearchRepository;
  conceptSets: ConceptSetRepository;
  navigation: NavigationRepository;
  catalogue: CatalogueRepository;
  hierarchy: HierarchyRepository;
  conceptRelationships: ConceptRelationshipRepository;
  mapping: MappingRepository;
  releases: ReleaseRepository;
  /** What the claim rules read from the graph: an adapter over the concept, mapping and lineage modules. */
  claimCodes: ClaimCodeSource;
  /** The knowledge pack's billing data (families, profiles, modifiers), read once per process. */
  billingRules: BillingRules;
  /** Concept lookups batched across concurrent requests (one per process). */
  conceptBatches: ConceptLoaders;
}

export function createRepositories(graph: Graph): Repositories {
  const concepts = new ConceptRepository(graph);
  return {
    about: new AboutRepository(graph),
    concepts,
    relationshipCatalogue: new RelationshipCatalogueRepository(graph),
    sources: new SourceRepository(graph),
    criteria: new CriteriaRepository(graph),
    lineage: new LineageRepository(graph),
    search: new SearchRepository(graph),
    conceptSets: new ConceptSetRepository(graph),
    navigation: new NavigationRepository(graph),
    catalogue: new CatalogueRepository(graph),
    hierarchy: new HierarchyRepository(graph),
    releases: new ReleaseRepository(graph),
    conceptRelationships: new ConceptRelationshipRepository(graph),
    mapping: new MappingRepository(graph),
    claimCodes: new ClaimCodeRepository(graph),
    billingRules: billingRulesFromPack(),
    conceptBatches: createSharedConceptLoaders(concepts),
  };
}

export function createRequestContext(repositories: Repositories, requestId: string, log: Logger): RequestContext {
  let catalogue: Promise<RelationshipCatalogue> | undefined;
  let ruleSet: Promise<RuleSet> | undefined;
  const relationshipCatalogue = () => (catalogue ??= repositories.relationshipCatalogue.load());
  return {
    requestId,
    log,
    repositories,
    loaders: {
      concepts: createConceptLoaders(repositories.conceptBatches),
      sources: createSourceLoader(repositories.sources),
      lineage: createLineageLoaders(repositories.lineage),
      hierarchy: createHierarchyLoaders(repositories.hierarchy),
      conceptRelationships: createConceptRelationshipLoaders(repositories.conceptRelationships, relationshipCatalogue),
      mapping: createMappingLoaders(repositories.mapping, relationshipCatalogue),
    },
    relationshipCatalogue,
    ruleSet: () => (ruleSet ??= repositories.criteria.ruleSet()),
  };
}
