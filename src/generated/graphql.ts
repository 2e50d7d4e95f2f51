import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConceptRecord } from '../modules/concepts/concept-record.js';
import type { AboutRecord } from '../modules/about/about-repository.js';
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
  /** The name of the Neo4j database this service reads (NEO4J_DATABASE; the embedded one is 'neo4j'). */
  database: Scalars['String']['output'];
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
  /** OMOP domain_id, e.g. Procedure, Observation, Device. */
  domainId: Scalars['String']['output'];
  /** 'D' deleted, 'U' upgraded/replaced, null valid. */
  invalidReason: Maybe<Scalars['String']['output']>;
  /** Where conceptName comes from. */
  nameSource: ConceptNameSource;
  /** 'S' standard, 'C' classification, null non-standard. */
  standardConcept: Maybe<Scalars['String']['output']>;
  /** Last day the concept is valid (2099-12-31 while current); null when unknown. */
  validEndDate: Maybe<Scalars['Date']['output']>;
  /** First day the concept is valid; null when the source did not carry dates. */
  validStartDate: Maybe<Scalars['Date']['output']>;
  /** OMOP vocabulary_id, e.g. CPT4, HCPCS, SNOMED. */
  vocabularyId: Scalars['String']['output'];
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
  ConceptConnection: ResolverTypeWrapper<Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptEdge']> }>;
  ConceptEdge: ResolverTypeWrapper<Omit<ConceptEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  ConceptNameSource: ConceptNameSource;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgePackSummary: ResolverTypeWrapper<KnowledgePackSummary>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: AboutRecord;
  Boolean: Scalars['Boolean']['output'];
  Concept: ConceptRecord;
  ConceptConnection: Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptEdge']> };
  ConceptEdge: Omit<ConceptEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  Date: Scalars['Date']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KnowledgePackSummary: KnowledgePackSummary;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  knowledgePack?: Resolver<ResolversTypes['KnowledgePackSummary'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = ResolversObject<{
  conceptClassId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conceptName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domainId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSource?: Resolver<ResolversTypes['ConceptNameSource'], ParentType, ContextType>;
  standardConcept?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  ConceptConnection?: ConceptConnectionResolvers<ContextType>;
  ConceptEdge?: ConceptEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  KnowledgePackSummary?: KnowledgePackSummaryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

