import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConceptRecord } from '../modules/concepts/concept-record.js';
import type { AboutRecord } from '../modules/about/about-repository.js';
import type { VocabularyRecord, DomainRecord, ConceptClassRecord, RelationshipTypeRecord } from '../modules/catalogue/catalogue-repository.js';
import type { ConceptPathRecord, ConceptPathStepRecord, SubgraphRecord, SubgraphEdgeRecord } from '../modules/navigation/navigation-records.js';
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

/** An OMOP concept class: one row of the CONCEPT_CLASS table. */
export type ConceptClass = {
  __typename?: 'ConceptClass';
  /** concept_class_concept_id. */
  conceptClassConceptId: Scalars['ID']['output'];
  /** concept_class_id, e.g. CPT4 Hierarchy. */
  conceptClassId: Scalars['String']['output'];
  /** concept_class_name. */
  conceptClassName: Scalars['String']['output'];
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

/**
 * Restricts a concept search. Every field given must hold (the fields combine with AND); inside
 * a list, any value may match (OR). An omitted field or an empty list restricts nothing.
 */
export type ConceptFilter = {
  /** concept_class_id is one of these (exact, e.g. CPT4, HCPCS Modifier). At most 100 values. */
  conceptClassIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** domain_id is one of these (exact, e.g. Procedure). At most 100 values. */
  domainIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * standard_concept is one of these: 'S' standard, 'C' classification, 'N' non-standard (OMOP
   * stores null; 'N' is the value ATLAS uses for it). Any other value is BAD_USER_INPUT.
   */
  standardConcept?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Valid on that day: validStartDate <= date <= validEndDate (a missing date bounds nothing). */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** vocabulary_id is one of these (exact, e.g. CPT4, HCPCS, SNOMED). At most 100 values. */
  vocabularyIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The origin of a concept's name. */
export type ConceptNameSource =
  /** The project's own short label, used where the official descriptor is licensed (CPT4). */
  | 'PROJECT_LABEL'
  /** A public-domain descriptor (HCPCS, published by CMS). */
  | 'PUBLIC_DESCRIPTOR'
  /** Loaded from an OMOP vocabulary release (for CPT4, the user's licensed ATHENA download). */
  | 'VOCABULARY';

/**
 * One shortest path between two concepts: the concepts in order from the start to the end, and
 * the steps between them.
 */
export type ConceptPath = {
  __typename?: 'ConceptPath';
  /** The concepts along the path, the start first and the end last. */
  concepts: Array<Concept>;
  /** Number of steps (relationships) on the path; 0 when start and end are the same concept. */
  length: Scalars['Int']['output'];
  /** The relationships along the path, in order; steps[i] goes from concepts[i] to concepts[i + 1]. */
  steps: Array<ConceptPathStep>;
};

/**
 * One relationship on a path, read in the direction the path walks it: a stored 'Maps to' edge
 * walked from its target to its source reads 'Mapped from'.
 */
export type ConceptPathStep = {
  __typename?: 'ConceptPathStep';
  from: Concept;
  invalidReason: Maybe<Scalars['String']['output']>;
  /** The OMOP relationship_id as read from `from` to `to`. */
  relationshipId: Scalars['String']['output'];
  to: Concept;
  validEndDate: Maybe<Scalars['Date']['output']>;
  validStartDate: Maybe<Scalars['Date']['output']>;
};

/** One item of an OHDSI concept set (as ATLAS defines it). The flags default to false. */
export type ConceptSetItemInput = {
  /** The item's concept; an id the graph does not hold is BAD_USER_INPUT. */
  conceptId: Scalars['ID']['input'];
  /** Add every descendant of the concept (CONCEPT_ANCESTOR, stored as HAS_ANCESTOR). */
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Add the concepts that map to this one through a valid 'Maps to' relationship (usually
   * non-standard source codes), and to its descendants when includeDescendants is set.
   */
  includeMapped?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the item (with its descendants and mapped concepts when those flags are set) from the set. */
  isExcluded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An OMOP domain: one row of the DOMAIN table. */
export type Domain = {
  __typename?: 'Domain';
  /** domain_concept_id. */
  domainConceptId: Scalars['ID']['output'];
  /** domain_id, e.g. Procedure. */
  domainId: Scalars['String']['output'];
  /** domain_name. */
  domainName: Scalars['String']['output'];
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
   * The ancestors shared by every given concept (CONCEPT_ANCESTOR, stored as HAS_ANCESTOR),
   * nearest first. A concept counts as its own ancestor at level 0 (as OMOP's self rows do), so
   * when one given concept is an ancestor of all the others it is in the answer.
   *
   * Order: by distance, the largest over the given concepts of their minimum levels of
   * separation to the ancestor (so the first ancestor is the one closest to the farthest input),
   * then conceptId. Paginated, with the true totalCount. At most 100 conceptIds
   * (LIST_SIZE_LIMIT_EXCEEDED); an id the graph does not hold is BAD_USER_INPUT.
   */
  commonAncestors: ConceptConnection;
  /**
   * One concept, by conceptId or by (vocabularyId, conceptCode); give one form, not both.
   * Returns null when no such concept exists. vocabularyId is matched exactly (CPT4, HCPCS, ...).
   */
  concept: Maybe<Concept>;
  /** Every loaded concept class, by conceptClassId. Empty until a vocabulary folder is loaded. */
  conceptClasses: Array<ConceptClass>;
  /**
   * Many concepts at once, in the order asked; an unknown id gives null at its position.
   * At most 1,000 ids per call.
   */
  concepts: Array<Maybe<Concept>>;
  /** Every loaded domain, by domainId. Empty until a vocabulary folder is loaded. */
  domains: Array<Domain>;
  /**
   * The concepts a concept set stands for, with OHDSI semantics: the union of the included items
   * (each with its descendants and mapped concepts as flagged), minus the union of the excluded
   * items (expanded the same way). Deduplicated, ordered by conceptId, paginated with the true
   * totalCount.
   *
   * Limits: at most 1,000 items (LIST_SIZE_LIMIT_EXCEEDED); an expansion (one item's descendants
   * or mapped concepts, or the whole included or excluded union) of more than 100,000 concepts is
   * refused (RESULT_SIZE_LIMIT_EXCEEDED, with `limit` and `requested`), never cut short.
   */
  expandConceptSet: ConceptConnection;
  /**
   * The concepts within `depth` steps of a concept over the given relationship ids (directions as
   * for `paths`; without ids, every stored relationship both ways), with the relationships among
   * them, as data and as Mermaid and DOT text.
   *
   * depth: default 1, at most 3 (more is TRAVERSAL_DEPTH_LIMIT_EXCEEDED with `limit` and
   * `requested`; less than 1 is BAD_USER_INPUT). At most 200 concepts: a larger neighbourhood
   * keeps the nearest 200 and says so with `truncated: true`. Unknown concept ids and
   * relationship ids are BAD_USER_INPUT naming the argument.
   */
  neighbourhood: Subgraph;
  /**
   * Every shortest path from one concept to another over the given relationship ids.
   *
   * Direction: each id is walked the way it reads ('Maps to' from source to target, 'Mapped from'
   * back); give both ids of a pair to walk it either way. Without relationshipIds, every id of
   * the loaded RELATIONSHIP catalogue is used, so every stored relationship is walked both ways.
   * Ancestry (HAS_ANCESTOR) and curated history edges are not relationships here.
   *
   * maxDepth: the longest path looked for, default 4, at most 6 (more is
   * TRAVERSAL_DEPTH_LIMIT_EXCEEDED with `limit` and `requested`; less than 1 is BAD_USER_INPUT).
   * No path within maxDepth gives an empty list; from a concept to itself gives one path of
   * length 0. More than 100 shortest paths are refused (RESULT_SIZE_LIMIT_EXCEEDED: narrow the
   * relationship ids), never cut short. Paths are ordered by their concept ids, then
   * relationship ids. Unknown concept ids and relationship ids are BAD_USER_INPUT naming the
   * argument.
   */
  paths: Array<ConceptPath>;
  /**
   * Every loaded relationship id, by relationshipId: the ids `paths`, `neighbourhood` and
   * `Concept.relationships` accept. Empty until a vocabulary folder is loaded.
   */
  relationshipTypes: Array<RelationshipType>;
  /**
   * Concepts by code or words, ranked, as a Relay connection with the true totalCount.
   *
   * Order: concepts whose conceptCode equals the whole query (ignoring case) come first, by
   * conceptId; then matches of the full-text index over conceptName, conceptCode and synonyms,
   * by relevance score (highest first), then conceptId. The order is deterministic, so pages
   * are stable while the graph is unchanged.
   *
   * Words: the query is split on white space; every word must match a word of the name, code
   * or a synonym, either whole or as its beginning ('gastro' finds 'gastrointestinal'). The text
   * is taken literally: Lucene operators and special characters (+ - && || ! ( ) { } [ ] ^ " ~
   * * ? : \ / AND OR NOT) have no effect. Words with no letter or digit are ignored.
   *
   * Refused: an empty or white-space-only query, control characters or malformed unicode
   * (BAD_USER_INPUT, field `query`); a query longer than 200 characters
   * (TEXT_LENGTH_LIMIT_EXCEEDED, with `limit` and `requested`). Page size as for every
   * connection (default 20, at most 1,000). A search finds a concept a moment after the load
   * that wrote it commits (the full-text index is eventually consistent).
   */
  searchConcepts: ConceptConnection;
  /** Every loaded vocabulary, by vocabularyId. Empty until a vocabulary folder is loaded. */
  vocabularies: Array<Vocabulary>;
};


export type QueryCommonAncestorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conceptIds: Array<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConceptArgs = {
  conceptCode?: InputMaybe<Scalars['String']['input']>;
  conceptId?: InputMaybe<Scalars['ID']['input']>;
  vocabularyId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConceptsArgs = {
  conceptIds: Array<Scalars['ID']['input']>;
};


export type QueryExpandConceptSetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  items: Array<ConceptSetItemInput>;
};


export type QueryNeighbourhoodArgs = {
  conceptId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationshipIds?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryPathsArgs = {
  fromConceptId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  relationshipIds?: InputMaybe<Array<Scalars['String']['input']>>;
  toConceptId: Scalars['ID']['input'];
};


export type QuerySearchConceptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConceptFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** An OMOP relationship id: one row of the RELATIONSHIP table. */
export type RelationshipType = {
  __typename?: 'RelationshipType';
  /** defines_ancestry = 1: CONCEPT_ANCESTOR is built from these relationships. */
  definesAncestry: Scalars['Boolean']['output'];
  /** is_hierarchical = 1. */
  isHierarchical: Scalars['Boolean']['output'];
  /** relationship_concept_id. */
  relationshipConceptId: Scalars['ID']['output'];
  /** relationship_id, e.g. Maps to. */
  relationshipId: Scalars['String']['output'];
  /** relationship_name. */
  relationshipName: Scalars['String']['output'];
  /** reverse_relationship_id: how the same row reads from the other concept ('Mapped from'). */
  reverseRelationshipId: Scalars['String']['output'];
};

/**
 * A neighbourhood of concepts: nodes, the relationships between them, and the same graph as
 * Mermaid and Graphviz DOT text to paste into a renderer.
 */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** A Graphviz DOT digraph of the nodes and edges. */
  dot: Scalars['String']['output'];
  /** Every relationship of the chosen ids between two of the nodes, by (fromConceptId, toConceptId, relationshipId). */
  edges: Array<SubgraphEdge>;
  /** A Mermaid flowchart of the nodes and edges (labels: vocabulary, code and name). */
  mermaid: Scalars['String']['output'];
  /** The most concepts a neighbourhood returns (200). */
  nodeLimit: Scalars['Int']['output'];
  /**
   * The concepts: the centre first, then by distance from it (in steps), then by conceptId. At
   * most nodeLimit; see truncated.
   */
  nodes: Array<Concept>;
  /**
   * True when the neighbourhood holds more concepts than nodeLimit: the nearest nodeLimit concepts
   * (by distance, then conceptId) were kept, and the rest left out. Never cut without saying so.
   */
  truncated: Scalars['Boolean']['output'];
};

/**
 * One relationship of a Subgraph, in the direction of the relationship id it reads as: the
 * stored direction when that id was asked for (or no ids were given), else the reverse.
 */
export type SubgraphEdge = {
  __typename?: 'SubgraphEdge';
  fromConceptId: Scalars['ID']['output'];
  invalidReason: Maybe<Scalars['String']['output']>;
  /** The OMOP relationship_id as read from fromConceptId to toConceptId. */
  relationshipId: Scalars['String']['output'];
  toConceptId: Scalars['ID']['output'];
  validEndDate: Maybe<Scalars['Date']['output']>;
  validStartDate: Maybe<Scalars['Date']['output']>;
};

/** An OMOP vocabulary: one row of the VOCABULARY table. */
export type Vocabulary = {
  __typename?: 'Vocabulary';
  /** vocabulary_concept_id. */
  vocabularyConceptId: Scalars['ID']['output'];
  /** vocabulary_id, e.g. CPT4. */
  vocabularyId: Scalars['String']['output'];
  /** vocabulary_name. */
  vocabularyName: Scalars['String']['output'];
  /** vocabulary_reference: where the vocabulary comes from. */
  vocabularyReference: Maybe<Scalars['String']['output']>;
  /** vocabulary_version of the loaded release. */
  vocabularyVersion: Maybe<Scalars['String']['output']>;
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
  ConceptClass: ResolverTypeWrapper<ConceptClassRecord>;
  ConceptConnection: ResolverTypeWrapper<Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptEdge']> }>;
  ConceptEdge: ResolverTypeWrapper<Omit<ConceptEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  ConceptFilter: ConceptFilter;
  ConceptNameSource: ConceptNameSource;
  ConceptPath: ResolverTypeWrapper<ConceptPathRecord>;
  ConceptPathStep: ResolverTypeWrapper<ConceptPathStepRecord>;
  ConceptSetItemInput: ConceptSetItemInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Domain: ResolverTypeWrapper<DomainRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgePackSummary: ResolverTypeWrapper<KnowledgePackSummary>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipType: ResolverTypeWrapper<RelationshipTypeRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  SubgraphEdge: ResolverTypeWrapper<SubgraphEdgeRecord>;
  Vocabulary: ResolverTypeWrapper<VocabularyRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: AboutRecord;
  Boolean: Scalars['Boolean']['output'];
  Concept: ConceptRecord;
  ConceptClass: ConceptClassRecord;
  ConceptConnection: Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptEdge']> };
  ConceptEdge: Omit<ConceptEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  ConceptFilter: ConceptFilter;
  ConceptPath: ConceptPathRecord;
  ConceptPathStep: ConceptPathStepRecord;
  ConceptSetItemInput: ConceptSetItemInput;
  Date: Scalars['Date']['output'];
  Domain: DomainRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KnowledgePackSummary: KnowledgePackSummary;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RelationshipType: RelationshipTypeRecord;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  SubgraphEdge: SubgraphEdgeRecord;
  Vocabulary: VocabularyRecord;
}>;

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
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

export type ConceptClassResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptClass'] = ResolversParentTypes['ConceptClass']> = ResolversObject<{
  conceptClassConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conceptClassId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptClassName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ConceptPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptPath'] = ResolversParentTypes['ConceptPath']> = ResolversObject<{
  concepts?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ConceptPathStep']>, ParentType, ContextType>;
}>;

export type ConceptPathStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptPathStep'] = ResolversParentTypes['ConceptPathStep']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DomainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = ResolversObject<{
  domainConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  domainId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domainName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

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
  commonAncestors?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, RequireFields<QueryCommonAncestorsArgs, 'conceptIds'>>;
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType, Partial<QueryConceptArgs>>;
  conceptClasses?: Resolver<Array<ResolversTypes['ConceptClass']>, ParentType, ContextType>;
  concepts?: Resolver<Array<Maybe<ResolversTypes['Concept']>>, ParentType, ContextType, RequireFields<QueryConceptsArgs, 'conceptIds'>>;
  domains?: Resolver<Array<ResolversTypes['Domain']>, ParentType, ContextType>;
  expandConceptSet?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, RequireFields<QueryExpandConceptSetArgs, 'items'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'conceptId'>>;
  paths?: Resolver<Array<ResolversTypes['ConceptPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromConceptId' | 'toConceptId'>>;
  relationshipTypes?: Resolver<Array<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
  searchConcepts?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, RequireFields<QuerySearchConceptsArgs, 'query'>>;
  vocabularies?: Resolver<Array<ResolversTypes['Vocabulary']>, ParentType, ContextType>;
}>;

export type RelationshipTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipType'] = ResolversParentTypes['RelationshipType']> = ResolversObject<{
  definesAncestry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHierarchical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationshipConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationshipName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverseRelationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  dot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  mermaid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubgraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphEdge'] = ResolversParentTypes['SubgraphEdge']> = ResolversObject<{
  fromConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type VocabularyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = ResolversObject<{
  vocabularyConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vocabularyVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  About?: AboutResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptClass?: ConceptClassResolvers<ContextType>;
  ConceptConnection?: ConceptConnectionResolvers<ContextType>;
  ConceptEdge?: ConceptEdgeResolvers<ContextType>;
  ConceptPath?: ConceptPathResolvers<ContextType>;
  ConceptPathStep?: ConceptPathStepResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Domain?: DomainResolvers<ContextType>;
  KnowledgePackSummary?: KnowledgePackSummaryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationshipType?: RelationshipTypeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SubgraphEdge?: SubgraphEdgeResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
}>;

