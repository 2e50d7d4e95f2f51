import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConceptRecord } from '../modules/concepts/concept-record.js';
import type { AboutRecord } from '../modules/about/about-repository.js';
import type { ConceptRelationshipRecord } from '../modules/relationships/concept-relationship-repository.js';
import type { AncestryEdgeRecord } from '../modules/hierarchy/hierarchy-repository.js';
import type { MappingResolutionRecord, MappingHopRecord } from '../modules/mapping/chain-resolution.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD (for example 2026-01-01). */
  Date: { input: string; output: string; }
};

/** Identity of the running service. */
export type About = {
  __typename?: 'About';
  /** What the curated knowledge pack put in the graph. */
  knowledgePack: KnowledgePackSummary;
  /** The product name. */
  name: Scalars['String']['output'];
  /** The service version (package.json). */
  version: Scalars['String']['output'];
};

/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type Concept = {
  __typename?: 'Concept';
  /**
   * Ancestors with OMOP's levels of separation (CONCEPT_ANCESTOR, or the ancestry derived at load
   * when a vocabulary had none). Keeps ancestors whose minLevelsOfSeparation lies within
   * minLevels..maxLevels: minLevels defaults to 1, so the concept itself (OMOP's level-0 self row)
   * appears only with minLevels: 0; maxLevels defaults to no bound and may be at most 100
   * (TRAVERSAL_DEPTH_LIMIT_EXCEEDED above). standardOnly keeps standard ('S') concepts. Ordered by
   * minimum level, then conceptId; pages are stable. first: at most 1,000 (default 20).
   */
  ancestors: ConceptAncestryConnection;
  /** Direct children: descendants at a minimum level of separation of 1, ordered by conceptId. */
  children: ConceptConnection;
  /** OMOP concept_class_id, e.g. CPT4, CPT4 Hierarchy, HCPCS Modifier. */
  conceptClassId: Scalars['String']['output'];
  /** The code in its source vocabulary, e.g. 77412 or G6015. */
  conceptCode: Scalars['String']['output'];
  /** OMOP concept_id. Ids above 2,000,000,000 are local to this project (OMOP's local range). */
  conceptId: Scalars['ID']['output'];
  /**
   * The concept's name. For CPT4 codes without a licensed vocabulary load this is the project's own
   * short label, not the AMA descriptor: see nameSource.
   */
  conceptName: Scalars['String']['output'];
  /** Descendants, as `ancestors` reads ancestors: same arguments, levels, order and limits. */
  descendants: ConceptAncestryConnection;
  /** OMOP domain_id, e.g. Procedure, Observation, Device. */
  domainId: Scalars['String']['output'];
  /** 'D' deleted, 'U' upgraded/replaced, null valid. */
  invalidReason: Maybe<Scalars['String']['output']>;
  /**
   * True when the concept lies under conceptId in the hierarchy (conceptId is an ancestor at a
   * minimum level of 1). A concept is not a descendant of itself; an unknown conceptId is false.
   */
  isDescendantOf: Scalars['Boolean']['output'];
  /**
   * 'Maps to' resolution following replacement relationships to standard concepts. From each
   * concept the walk follows its 'Maps to' rows; a concept without any follows its replacement
   * rows instead ('Concept replaced by', 'Concept same_as to', 'Concept poss_eq to',
   * 'Concept was_a to', 'Concept alt_to to'). It stops at standard ('S') concepts. Only rows valid
   * on asOf (today, UTC, when omitted) are followed. A standard concept maps to itself with no
   * hops; a one-to-many map returns every target. At most 10 hops from this concept
   * (TRAVERSAL_DEPTH_LIMIT_EXCEEDED beyond).
   */
  mapsTo: MappingResolution;
  /** Where conceptName comes from. */
  nameSource: ConceptNameSource;
  /**
   * Direct parents in the hierarchy: ancestors at a minimum level of separation of 1, ordered by
   * conceptId. Read from the ancestry so that every vocabulary's hierarchy answers the same way
   * (SNOMED 'Is a', RxNorm and ATC links alike); only standard and classification concepts have
   * ancestry in OMOP, so a source code has no parents.
   */
  parents: Array<Concept>;
  /**
   * Relationships in both directions, read from this concept (a stored MAPS_TO walked backwards
   * reads 'Mapped from'): relationshipId is the id as seen from this concept, the reverse id of
   * the RELATIONSHIP catalogue when the stored edge points at it. relationshipIds keeps only those
   * ids (an id the catalogue does not hold is BAD_USER_INPUT); validOn keeps rows whose dates
   * contain that day. Ordered by relationshipId, then the other concept's conceptId. Placeholders
   * of concepts absent from CONCEPT are never returned. first: at most 1,000 (default 20).
   */
  relationships: ConceptRelationshipConnection;
  /** 'S' standard, 'C' classification, null non-standard. */
  standardConcept: Maybe<Scalars['String']['output']>;
  /** Last day the concept is valid (2099-12-31 while current); null when unknown. */
  validEndDate: Maybe<Scalars['Date']['output']>;
  /**
   * Valid on that day: validStartDate <= date <= validEndDate (today, UTC, when omitted). A
   * missing start or end date leaves that side open. This reads the dates only: a deleted CPT4
   * code that OMOP keeps standard is not valid after its validEndDate.
   */
  validOn: Scalars['Boolean']['output'];
  /** First day the concept is valid; null when the source did not carry dates. */
  validStartDate: Maybe<Scalars['Date']['output']>;
  /** OMOP vocabulary_id, e.g. CPT4, HCPCS, SNOMED. */
  vocabularyId: Scalars['String']['output'];
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptAncestorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxLevels?: InputMaybe<Scalars['Int']['input']>;
  minLevels?: InputMaybe<Scalars['Int']['input']>;
  standardOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxLevels?: InputMaybe<Scalars['Int']['input']>;
  minLevels?: InputMaybe<Scalars['Int']['input']>;
  standardOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptIsDescendantOfArgs = {
  conceptId: Scalars['ID']['input'];
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptMapsToArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relationshipIds?: InputMaybe<Array<Scalars['String']['input']>>;
  validOn?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * An OMOP vocabulary concept: one row of the CONCEPT table. Field names are the OMOP CDM column
 * names in camelCase (concept_id -> conceptId).
 */
export type ConceptValidOnArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of ancestors or descendants (Relay connection). */
export type ConceptAncestryConnection = {
  __typename?: 'ConceptAncestryConnection';
  edges: Array<ConceptAncestryEdge>;
  pageInfo: PageInfo;
  /** How many ancestors or descendants match (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One ancestor or descendant with OMOP's levels of separation. */
export type ConceptAncestryEdge = {
  __typename?: 'ConceptAncestryEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** OMOP max_levels_of_separation: the most hierarchical steps between the two. */
  maxLevelsOfSeparation: Scalars['Int']['output'];
  /** OMOP min_levels_of_separation: the fewest hierarchical steps between the two (0: itself). */
  minLevelsOfSeparation: Scalars['Int']['output'];
  /** The ancestor (for `ancestors`) or descendant (for `descendants`). */
  node: Concept;
};

/** A page of concepts (Relay connection). totalCount is the true count of all pages. */
export type ConceptConnection = {
  __typename?: 'ConceptConnection';
  edges: Array<ConceptEdge>;
  pageInfo: PageInfo;
  /** How many concepts the whole list holds (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One concept of a ConceptConnection. */
export type ConceptEdge = {
  __typename?: 'ConceptEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  node: Concept;
};

/** The origin of a concept's name. */
export type ConceptNameSource =
  /** The project's own short label, used where the official descriptor is licensed (CPT4). */
  | 'PROJECT_LABEL'
  /** A public-domain descriptor (HCPCS, published by CMS). */
  | 'PUBLIC_DESCRIPTOR'
  /** Loaded from an OMOP vocabulary release (for CPT4, the user's licensed ATHENA download). */
  | 'VOCABULARY';

/** One relationship of a concept, read from that concept's side (a CONCEPT_RELATIONSHIP row). */
export type ConceptRelationship = {
  __typename?: 'ConceptRelationship';
  /** The concept at the other end. */
  concept: Concept;
  /** 'D' deleted, 'U' upgraded, null valid. */
  invalidReason: Maybe<Scalars['String']['output']>;
  /** The OMOP relationship_id as read from the concept asked about, e.g. 'Maps to' or 'Mapped from'. */
  relationshipId: Scalars['String']['output'];
  /** Last day the row is valid (2099-12-31 while current). */
  validEndDate: Maybe<Scalars['Date']['output']>;
  /** First day the row is valid; null when the source carried no date. */
  validStartDate: Maybe<Scalars['Date']['output']>;
};

/** A page of a concept's relationships (Relay connection). */
export type ConceptRelationshipConnection = {
  __typename?: 'ConceptRelationshipConnection';
  edges: Array<ConceptRelationshipEdge>;
  pageInfo: PageInfo;
  /** How many relationships match (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One relationship of a ConceptRelationshipConnection. */
export type ConceptRelationshipEdge = {
  __typename?: 'ConceptRelationshipEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  node: ConceptRelationship;
};

/** Counts of the curated knowledge pack as loaded in the graph. */
export type KnowledgePackSummary = {
  __typename?: 'KnowledgePackSummary';
  /** Billing profiles of codes. */
  billingProfiles: Scalars['Int']['output'];
  /** Code change events (added, revised, deleted, replaced, bundled). */
  codeChanges: Scalars['Int']['output'];
  /** Versions of codes: what a code meant between two dates. */
  codeVersions: Scalars['Int']['output'];
  /** Curated concepts (public concept ids and local ones). */
  concepts: Scalars['Int']['output'];
  /** Clinical criteria that decide between codes. */
  criteria: Scalars['Int']['output'];
  /** Delivery levels with criteria (2026: levels 1-3). */
  deliveryLevels: Scalars['Int']['output'];
  /** Curated concepts held under local ids (above 2,000,000,000) until a vocabulary load brings the real id. */
  localConcepts: Scalars['Int']['output'];
  /** Sources that curated facts cite. */
  sources: Scalars['Int']['output'];
  /** Codes the pack names that no concept in the graph carries, as 'VOCABULARY CODE'. */
  unresolvedCodes: Array<Scalars['String']['output']>;
  /** Worked examples of the criteria. */
  workedExamples: Scalars['Int']['output'];
};

/** One relationship row followed while resolving a mapping. */
export type MappingHop = {
  __typename?: 'MappingHop';
  /** The concept the row starts from. */
  from: Concept;
  /** 'D' deleted, 'U' upgraded, null valid. */
  invalidReason: Maybe<Scalars['String']['output']>;
  /** The OMOP relationship_id followed, e.g. 'Maps to' or 'Concept replaced by'. */
  relationshipId: Scalars['String']['output'];
  /** The concept it leads to. */
  to: Concept;
  /** Last day the row is valid. */
  validEndDate: Maybe<Scalars['Date']['output']>;
  /** First day the row is valid. */
  validStartDate: Maybe<Scalars['Date']['output']>;
};

/** Where a concept maps to, how it gets there, and how sound the answer is. */
export type MappingResolution = {
  __typename?: 'MappingResolution';
  /** Every relationship row followed, in walk order (breadth first), with its dates. */
  hops: Array<MappingHop>;
  /** The outcome of the walk (see MappingStatus). */
  status: MappingStatus;
  /** The standard concepts reached, ordered by conceptId (several for a one-to-many map). */
  targets: Array<Concept>;
};

/** The outcome of a mapping resolution, worst first: CYCLE, NO_STANDARD_TARGET, DEPRECATED_STANDARD, STANDARD. */
export type MappingStatus =
  /** The walk came back to a concept already on its path; the hops up to the loop are returned, with any targets other branches reached. */
  | 'CYCLE'
  /** Every target is standard, and at least one is not valid on asOf (OMOP keeps deleted CPT4 codes standard). */
  | 'DEPRECATED_STANDARD'
  /** No standard concept was reached: the chain ends at a non-standard concept with nothing to follow. */
  | 'NO_STANDARD_TARGET'
  /** Every target is a standard concept valid on asOf. */
  | 'STANDARD';

/**
 * Where a page of a connection sits (Relay cursor connections). Cursors are opaque: pass
 * endCursor as `after` to get the next page. Pages are stable while the graph is unchanged.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page; null on an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** What this service is and which database it answers from. */
  about: About;
  /**
   * One concept, by conceptId or by (vocabularyId, conceptCode); give one form, not both.
   * Returns null when no such concept exists. vocabularyId is matched exactly (CPT4, HCPCS, ...).
   */
  concept: Maybe<Concept>;
  /**
   * Many concepts at once, in the order asked; an unknown id gives null at its position.
   * At most 1,000 ids per call.
   */
  concepts: Array<Maybe<Concept>>;
};


export type QueryConceptArgs = {
  conceptCode?: InputMaybe<Scalars['String']['input']>;
  conceptId?: InputMaybe<Scalars['ID']['input']>;
  vocabularyId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConceptsArgs = {
  conceptIds: Array<Scalars['ID']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  About: ResolverTypeWrapper<AboutRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Concept: ResolverTypeWrapper<ConceptRecord>;
  ConceptAncestryConnection: ResolverTypeWrapper<Omit<ConceptAncestryConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptAncestryEdge']> }>;
  ConceptAncestryEdge: ResolverTypeWrapper<AncestryEdgeRecord>;
  ConceptConnection: ResolverTypeWrapper<Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptEdge']> }>;
  ConceptEdge: ResolverTypeWrapper<Omit<ConceptEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  ConceptNameSource: ConceptNameSource;
  ConceptRelationship: ResolverTypeWrapper<ConceptRelationshipRecord>;
  ConceptRelationshipConnection: ResolverTypeWrapper<Omit<ConceptRelationshipConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptRelationshipEdge']> }>;
  ConceptRelationshipEdge: ResolverTypeWrapper<Omit<ConceptRelationshipEdge, 'node'> & { node: ResolversTypes['ConceptRelationship'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgePackSummary: ResolverTypeWrapper<KnowledgePackSummary>;
  MappingHop: ResolverTypeWrapper<MappingHopRecord>;
  MappingResolution: ResolverTypeWrapper<MappingResolutionRecord>;
  MappingStatus: MappingStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: AboutRecord;
  Boolean: Scalars['Boolean']['output'];
  Concept: ConceptRecord;
  ConceptAncestryConnection: Omit<ConceptAncestryConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptAncestryEdge']> };
  ConceptAncestryEdge: AncestryEdgeRecord;
  ConceptConnection: Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptEdge']> };
  ConceptEdge: Omit<ConceptEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  ConceptRelationship: ConceptRelationshipRecord;
  ConceptRelationshipConnection: Omit<ConceptRelationshipConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptRelationshipEdge']> };
  ConceptRelationshipEdge: Omit<ConceptRelationshipEdge, 'node'> & { node: ResolversParentTypes['ConceptRelationship'] };
  Date: Scalars['Date']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KnowledgePackSummary: KnowledgePackSummary;
  MappingHop: MappingHopRecord;
  MappingResolution: MappingResolutionRecord;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
  knowledgePack?: Resolver<ResolversTypes['KnowledgePackSummary'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = ResolversObject<{
  ancestors?: Resolver<ResolversTypes['ConceptAncestryConnection'], ParentType, ContextType, Partial<ConceptAncestorsArgs>>;
  children?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, Partial<ConceptChildrenArgs>>;
  conceptClassId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conceptName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['ConceptAncestryConnection'], ParentType, ContextType, Partial<ConceptDescendantsArgs>>;
  domainId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isDescendantOf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<ConceptIsDescendantOfArgs, 'conceptId'>>;
  mapsTo?: Resolver<ResolversTypes['MappingResolution'], ParentType, ContextType, Partial<ConceptMapsToArgs>>;
  nameSource?: Resolver<ResolversTypes['ConceptNameSource'], ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['ConceptRelationshipConnection'], ParentType, ContextType, Partial<ConceptRelationshipsArgs>>;
  standardConcept?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<ConceptValidOnArgs>>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConceptAncestryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptAncestryConnection'] = ResolversParentTypes['ConceptAncestryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConceptAncestryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConceptAncestryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptAncestryEdge'] = ResolversParentTypes['ConceptAncestryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLevelsOfSeparation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLevelsOfSeparation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
}>;

export type ConceptConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptConnection'] = ResolversParentTypes['ConceptConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConceptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConceptEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptEdge'] = ResolversParentTypes['ConceptEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
}>;

export type ConceptRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptRelationship'] = ResolversParentTypes['ConceptRelationship']> = ResolversObject<{
  concept?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ConceptRelationshipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptRelationshipConnection'] = ResolversParentTypes['ConceptRelationshipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConceptRelationshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConceptRelationshipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptRelationshipEdge'] = ResolversParentTypes['ConceptRelationshipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConceptRelationship'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type KnowledgePackSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KnowledgePackSummary'] = ResolversParentTypes['KnowledgePackSummary']> = ResolversObject<{
  billingProfiles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codeChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codeVersions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concepts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  criteria?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryLevels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localConcepts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unresolvedCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  workedExamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MappingHopResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MappingHop'] = ResolversParentTypes['MappingHop']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type MappingResolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MappingResolution'] = ResolversParentTypes['MappingResolution']> = ResolversObject<{
  hops?: Resolver<Array<ResolversTypes['MappingHop']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MappingStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType, Partial<QueryConceptArgs>>;
  concepts?: Resolver<Array<Maybe<ResolversTypes['Concept']>>, ParentType, ContextType, RequireFields<QueryConceptsArgs, 'conceptIds'>>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  About?: AboutResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptAncestryConnection?: ConceptAncestryConnectionResolvers<ContextType>;
  ConceptAncestryEdge?: ConceptAncestryEdgeResolvers<ContextType>;
  ConceptConnection?: ConceptConnectionResolvers<ContextType>;
  ConceptEdge?: ConceptEdgeResolvers<ContextType>;
  ConceptRelationship?: ConceptRelationshipResolvers<ContextType>;
  ConceptRelationshipConnection?: ConceptRelationshipConnectionResolvers<ContextType>;
  ConceptRelationshipEdge?: ConceptRelationshipEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  KnowledgePackSummary?: KnowledgePackSummaryResolvers<ContextType>;
  MappingHop?: MappingHopResolvers<ContextType>;
  MappingResolution?: MappingResolutionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

