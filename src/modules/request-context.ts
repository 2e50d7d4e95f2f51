import type DataLoader from 'dataloader';
import type { RelationshipCatalogue, RelationshipCatalogueRepository } from '../graph/relationship-catalogue.js';
import type { Logger } from '../logger.js';
import type { AboutRepository } from './about/about-repository.js';
import type { CatalogueRepository } from './catalogue/catalogue-repository.js';
import type { BillingRepository } from './claims/billing-repository.js';
import type { BillingRules } from './claims/billing-rules.js';
import type { ClaimCodeSource } from './claims/claim-code-source.js';
import type { ConceptSetRepository } from './concept-sets/concept-set-repository.js';
import type { ConceptLoaders } from './concepts/concept-loaders.js';
import type { ConceptRepository } from './concepts/concept-repository.js';
import type { CriteriaRepository } from './criteria/criteria-repository.js';
import type { RuleSet } from './criteria/rule-set.js';
import type { HierarchyLoaders } from './hierarchy/hierarchy-loaders.js';
import type { HierarchyRepository } from './hierarchy/hierarchy-repository.js';
import type { LineageLoaders } from './lineage/lineage-loaders.js';
import type { CodeHistory } from './lineage/lineage-records.js';
import type { LineageRepository } from './lineage/lineage-repository.js';
import type { MappingLoaders } from './mapping/mapping-loaders.js';
import type { MappingRepository } from './mapping/mapping-repository.js';
import type { NavigationRepository } from './navigation/navigation-repository.js';
import type { ReleaseRepository } from './releases/release-repository.js';
import type { ConceptRelationshipLoaders } from './relationships/concept-relationship-loaders.js';
import type { ConceptRelationshipRepository } from './relationships/concept-relationship-repository.js';
import type { SearchRepository } from './search/search-repository.js';
import type { SourceRecord, SourceRepository } from './sources/source-repository.js';

/*
 * The shape of the request context, beside the modules that read it: resolvers (and the
 * generated resolver types, codegen.ts's contextType) import it from here, while src/context.ts,
 * the composition root, builds it. No module imports the composition root.
 */

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
  /** The RELATIONSHIP catalogue, read at most once per request (Repositories.shared). */
  relationshipCatalogue: () => Promise<RelationshipCatalogue>;
  /** The curated criteria, techniques and worked examples, read at most once per request (Repositories.shared). */
  ruleSet: () => Promise<RuleSet>;
}

/** The curated layer (criteria, code history, billing) and the catalogue as every request reads them: once per vocabulary generation when the service watches it (db/vocabulary-generation.ts), else once per request. */
export interface SharedReads {
  ruleSet: () => Promise<RuleSet>;
  history: () => Promise<CodeHistory>;
  relationshipCatalogue: () => Promise<RelationshipCatalogue>;
  /** The claim rules' billing data (families, profiles, modifiers). */
  billingRules: () => Promise<BillingRules>;
}

export interface Repositories {
  shared: SharedReads;
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
  /** The curated billing data; requests read it through `shared.billingRules`. */
  billing: BillingRepository;
  /** Concept lookups batched across concurrent requests (one per process). */
  conceptBatches: ConceptLoaders;
}
