import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConceptRecord } from '../modules/concepts/concept-record.js';
import type { AboutRecord } from '../modules/about/about-repository.js';
import type { CodeKey } from '../modules/concepts/concept-repository.js';
import type { SourceRecord } from '../modules/sources/source-repository.js';
import type { CriterionRecord, TechniqueRecord, WorkedExampleRecord } from '../modules/criteria/rule-set.js';
import type { ClaimBatchResult } from '../modules/claims/claim-mapper.js';
import type { ClaimLineOutcome, OccurrenceRow } from '../modules/claims/claim-rules.js';
import type { ClaimSuccessor } from '../modules/claims/claim-code-source.js';
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

/** A pitfall or a notable fact about a claim line; each comes with a message on the line. */
export type ClaimFlag =
  /** An add-on code (77387): it accompanies a primary code and is never the primary treatment event. */
  | 'ADD_ON'
  /** An add-on with none of its primary codes in the same encounter. */
  | 'ADD_ON_WITHOUT_PRIMARY'
  /** A component bundled into other codes on the date of service (77387-TC from 2026-01-01): not separately payable. */
  | 'BUNDLED_COMPONENT'
  /** The source code is deprecated or replaced; it was followed to the current standard concept and kept as the source value. */
  | 'DEPRECATED_SOURCE'
  /** The input cannot be read: malformed code or modifier, date out of range, negative units. */
  | 'MALFORMED_INPUT'
  /** The code was not valid on the date of service; successors lists what replaced it and the criteria that choose between them. */
  | 'NOT_VALID_ON_DATE'
  /** A code billed once per course of treatment (planning), not per fraction. */
  | 'ONCE_PER_COURSE'
  /** The code maps to several standard concepts: one row per target. */
  | 'ONE_TO_MANY'
  /** Modifier 26: the professional component only, kept apart from the technical component. */
  | 'PROFESSIONAL_COMPONENT'
  /** A once-per-course code reported again in the same course (or with several units). */
  | 'REPEATED_PLANNING'
  /** Modifier TC: the technical component only, kept apart from the professional component. */
  | 'TECHNICAL_COMPONENT'
  /** No concept carries the code, or a modifier is unknown. */
  | 'UNKNOWN_CODE'
  /** Weekly treatment management (77427): one row covers five fractions, never a daily event. */
  | 'WEEKLY_MANAGEMENT';

/**
 * A claim line: a billed code with its modifiers, date of service and units. Lines of one
 * encounter are checked together, lines of one course of treatment likewise.
 */
export type ClaimLineInput = {
  /**
   * The code as billed, possibly with modifiers: "77387-26", "77427 TC", "g6015", " 77412 ".
   * CPT4: five characters (Category II/III end in F/T); HCPCS: a letter and four digits.
   */
  code: Scalars['String']['input'];
  /** Lines of one course of treatment (a once-per-course code repeated within it is flagged). Without it, course rules are not applied. */
  courseId?: InputMaybe<Scalars['String']['input']>;
  /** The date of service, which decides what the code meant and whether it was valid (1900-01-01 to 2099-12-31). */
  dateOfService: Scalars['Date']['input'];
  /**
   * Lines of one encounter are checked together (an add-on needs a primary code in the same
   * encounter). Without it, a person's lines on one date of service form the encounter.
   */
  encounterId?: InputMaybe<Scalars['String']['input']>;
  /** The caller's id for the line, echoed back. */
  lineId?: InputMaybe<Scalars['String']['input']>;
  /** Modifiers given apart from the code (two letters or digits each), e.g. ["26", "59"]. */
  modifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The person the line belongs to; copied to the rows. */
  personId?: InputMaybe<Scalars['String']['input']>;
  /** Where the service was delivered; chooses between site-specific successors of a code (2015-2025). */
  siteOfService?: InputMaybe<SiteOfService>;
  /** Units billed; 0 or missing becomes 1 (OMOP quantity). */
  units?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of one claim line. */
export type ClaimLineResult = {
  __typename?: 'ClaimLineResult';
  /** The code's family in the knowledge pack (e.g. delivery, management, clinical-planning); null when none. */
  family: Maybe<Scalars['String']['output']>;
  flags: Array<ClaimFlag>;
  lineId: Maybe<Scalars['String']['output']>;
  /** Position of the line in the request, from 1. */
  lineNumber: Scalars['Int']['output'];
  /** One message per flag and per problem, in plain words. */
  messages: Array<Scalars['String']['output']>;
  /** One row per standard target (several for a one-to-many map); none when rejected. */
  rows: Array<ProcedureOccurrenceRow>;
  status: LineStatus;
  /** When the code was not valid on its date: the codes that replaced it by then (filtered by siteOfService when given). */
  successors: Array<Successor>;
};

export type ClaimMappingResult = {
  __typename?: 'ClaimMappingResult';
  /** One result per input line, in input order. */
  lines: Array<ClaimLineResult>;
  summary: ClaimMappingSummary;
};

/** Counts of a mapping run. */
export type ClaimMappingSummary = {
  __typename?: 'ClaimMappingSummary';
  /** Lines per flag, in the order of ClaimFlag; flags no line carries are left out. */
  flags: Array<FlagCount>;
  lines: Scalars['Int']['output'];
  mapped: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** PROCEDURE_OCCURRENCE rows produced. */
  rows: Scalars['Int']['output'];
  unmapped: Scalars['Int']['output'];
};

/** A code named by its vocabulary and code, as billed (no concept id needed). */
export type CodeInput = {
  /** The code, e.g. 77412 or G6015. */
  conceptCode: Scalars['String']['input'];
  /** OMOP vocabulary_id: CPT4 or HCPCS. */
  vocabularyId: Scalars['String']['input'];
};

/**
 * A code as the curated history names it. `concept` is null for a code with no concept in the
 * graph (e.g. a predecessor that no loaded vocabulary holds): such codes are never given an
 * invented concept id.
 */
export type CodeRef = {
  __typename?: 'CodeRef';
  /** The code's concept, or null when no concept carries it. */
  concept: Maybe<Concept>;
  conceptCode: Scalars['String']['output'];
  vocabularyId: Scalars['String']['output'];
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

/**
 * A clinical criterion that decides between codes (e.g. active motion management makes a 2026
 * delivery fraction Level 3). Criteria are curated data with sources.
 */
export type Criterion = {
  __typename?: 'Criterion';
  /** high (stated by the cited source), medium (inferred) or low (not verified). */
  confidence: Scalars['String']['output'];
  /** Kebab-case id in the knowledge pack, e.g. active-motion-management. */
  criterionId: Scalars['ID']['output'];
  /** What the criterion means, in the knowledge pack's words. */
  definition: Scalars['String']['output'];
  /** Worked examples that illustrate this criterion. */
  examples: Array<WorkedExample>;
  name: Scalars['String']['output'];
  /** Why the confidence is below high, or a caveat. */
  note: Maybe<Scalars['String']['output']>;
  /** level-criterion (decides a level) or supporting (e.g. image guidance, which adds 77387). */
  role: Scalars['String']['output'];
  sources: Array<Source>;
  /** Techniques that satisfy this criterion (DIBH satisfies active motion management). */
  techniques: Array<Technique>;
};

/** How many lines carry a flag. */
export type FlagCount = {
  __typename?: 'FlagCount';
  /** Lines carrying the flag. */
  count: Scalars['Int']['output'];
  flag: ClaimFlag;
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

/** What became of a claim line. */
export type LineStatus =
  /** Rows with the standard concept(s) the code maps to on its date of service. */
  | 'MAPPED'
  /** No row: the input cannot be read (malformed code or modifier, date out of range, negative units). */
  | 'REJECTED'
  /** A row with procedureConceptId 0 (OMOP's convention): unknown code or modifier, or no standard target. */
  | 'UNMAPPED';

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

/** One OMOP PROCEDURE_OCCURRENCE row (CDM v5.4 column names in camelCase). */
export type ProcedureOccurrenceRow = {
  __typename?: 'ProcedureOccurrenceRow';
  /** The concept of the modifier about the procedure (a component modifier, 26 or TC, first; else the first given); 0 when none or unknown. */
  modifierConceptId: Scalars['ID']['output'];
  /** Every modifier of the line as given, comma-separated (the one about the procedure is modifierConceptId); null when none. */
  modifierSourceValue: Maybe<Scalars['String']['output']>;
  personId: Maybe<Scalars['String']['output']>;
  /** The standard concept reached by 'Maps to' (following replacements) on the date of service; 0 when nothing maps. */
  procedureConceptId: Scalars['ID']['output'];
  procedureDate: Scalars['Date']['output'];
  /** The source code's own concept; 0 when no concept carries it. */
  procedureSourceConceptId: Scalars['ID']['output'];
  /** The code exactly as given on the claim line, modifiers included. */
  procedureSourceValue: Scalars['String']['output'];
  /** Units; 0 or missing becomes 1. */
  quantity: Scalars['Int']['output'];
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
  /**
   * Maps claim lines to OMOP PROCEDURE_OCCURRENCE rows and flags the pitfalls (weekly management,
   * add-ons, once-per-course planning, components, codes not valid on their date, deprecated
   * codes, one-to-many maps). Each distinct (code, date, site) is resolved once. Bad lines are
   * reported line by line (REJECTED or UNMAPPED with messages) and never drop the others.
   * At most 10,000 lines per request (LIST_SIZE_LIMIT_EXCEEDED).
   */
  mapClaimLines: ClaimMappingResult;
};


export type QueryConceptArgs = {
  conceptCode?: InputMaybe<Scalars['String']['input']>;
  conceptId?: InputMaybe<Scalars['ID']['input']>;
  vocabularyId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConceptsArgs = {
  conceptIds: Array<Scalars['ID']['input']>;
};


export type QueryMapClaimLinesArgs = {
  lines: Array<ClaimLineInput>;
};

/** Where a service was delivered, which decides the code set in force before 2026. */
export type SiteOfService =
  /** Hospital outpatient department, paid under the Outpatient Prospective Payment System (HOPPS). */
  | 'HOSPITAL_OUTPATIENT'
  /** Physician office / freestanding centre, paid under the Medicare Physician Fee Schedule (MPFS). */
  | 'PHYSICIAN_OFFICE';

/** A source that curated facts cite (a paper, a society's guidance, a regulation, a vocabulary). */
export type Source = {
  __typename?: 'Source';
  /** The full citation. */
  citation: Scalars['String']['output'];
  /** paper, society, regulation, vocabulary, blog, dataset or project. */
  kind: Scalars['String']['output'];
  /** The source's id in the knowledge pack, e.g. JAHRAUS. */
  sourceId: Scalars['ID']['output'];
};

/** A code that replaced another, from a date, possibly under a condition. */
export type Successor = {
  __typename?: 'Successor';
  code: CodeRef;
  /** The condition under which this successor applies (e.g. level-3), null when unconditional. */
  condition: Maybe<Scalars['String']['output']>;
  /** The criteria that choose this successor. */
  criteria: Array<Criterion>;
  effectiveDate: Scalars['Date']['output'];
};

/** A technique a treatment may use, and the criteria it satisfies. */
export type Technique = {
  __typename?: 'Technique';
  confidence: Scalars['String']['output'];
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** Kebab-case id, e.g. dibh. */
  techniqueId: Scalars['ID']['output'];
};

/** A worked example from the sources: a scenario and the codes it should be billed with. */
export type WorkedExample = {
  __typename?: 'WorkedExample';
  /** Kebab-case id, e.g. skin-en-face-electrons. */
  exampleId: Scalars['ID']['output'];
  /** The codes the source expects for this scenario. */
  expectedCodes: Array<CodeRef>;
  note: Maybe<Scalars['String']['output']>;
  scenario: Scalars['String']['output'];
  sources: Array<Source>;
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
  ClaimFlag: ClaimFlag;
  ClaimLineInput: ClaimLineInput;
  ClaimLineResult: ResolverTypeWrapper<ClaimLineOutcome>;
  ClaimMappingResult: ResolverTypeWrapper<ClaimBatchResult>;
  ClaimMappingSummary: ResolverTypeWrapper<ClaimMappingSummary>;
  CodeInput: CodeInput;
  CodeRef: ResolverTypeWrapper<CodeKey>;
  Concept: ResolverTypeWrapper<ConceptRecord>;
  ConceptConnection: ResolverTypeWrapper<Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptEdge']> }>;
  ConceptEdge: ResolverTypeWrapper<Omit<ConceptEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  ConceptNameSource: ConceptNameSource;
  Criterion: ResolverTypeWrapper<CriterionRecord>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FlagCount: ResolverTypeWrapper<FlagCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgePackSummary: ResolverTypeWrapper<KnowledgePackSummary>;
  LineStatus: LineStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcedureOccurrenceRow: ResolverTypeWrapper<OccurrenceRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SiteOfService: SiteOfService;
  Source: ResolverTypeWrapper<SourceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Successor: ResolverTypeWrapper<ClaimSuccessor>;
  Technique: ResolverTypeWrapper<TechniqueRecord>;
  WorkedExample: ResolverTypeWrapper<WorkedExampleRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: AboutRecord;
  Boolean: Scalars['Boolean']['output'];
  ClaimLineInput: ClaimLineInput;
  ClaimLineResult: ClaimLineOutcome;
  ClaimMappingResult: ClaimBatchResult;
  ClaimMappingSummary: ClaimMappingSummary;
  CodeInput: CodeInput;
  CodeRef: CodeKey;
  Concept: ConceptRecord;
  ConceptConnection: Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptEdge']> };
  ConceptEdge: Omit<ConceptEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  Criterion: CriterionRecord;
  Date: Scalars['Date']['output'];
  FlagCount: FlagCount;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KnowledgePackSummary: KnowledgePackSummary;
  PageInfo: PageInfo;
  ProcedureOccurrenceRow: OccurrenceRow;
  Query: Record<PropertyKey, never>;
  Source: SourceRecord;
  String: Scalars['String']['output'];
  Successor: ClaimSuccessor;
  Technique: TechniqueRecord;
  WorkedExample: WorkedExampleRecord;
}>;

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
  knowledgePack?: Resolver<ResolversTypes['KnowledgePackSummary'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClaimLineResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimLineResult'] = ResolversParentTypes['ClaimLineResult']> = ResolversObject<{
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['ClaimFlag']>, ParentType, ContextType>;
  lineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ProcedureOccurrenceRow']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LineStatus'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Successor']>, ParentType, ContextType>;
}>;

export type ClaimMappingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimMappingResult'] = ResolversParentTypes['ClaimMappingResult']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['ClaimLineResult']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ClaimMappingSummary'], ParentType, ContextType>;
}>;

export type ClaimMappingSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimMappingSummary'] = ResolversParentTypes['ClaimMappingSummary']> = ResolversObject<{
  flags?: Resolver<Array<ResolversTypes['FlagCount']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CodeRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeRef'] = ResolversParentTypes['CodeRef']> = ResolversObject<{
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType>;
  conceptCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CriterionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['WorkedExample']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['Technique']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FlagCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FlagCount'] = ResolversParentTypes['FlagCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['ClaimFlag'], ParentType, ContextType>;
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

export type ProcedureOccurrenceRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProcedureOccurrenceRow'] = ResolversParentTypes['ProcedureOccurrenceRow']> = ResolversObject<{
  modifierConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modifierSourceValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  procedureConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  procedureDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  procedureSourceConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  procedureSourceValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType, Partial<QueryConceptArgs>>;
  concepts?: Resolver<Array<Maybe<ResolversTypes['Concept']>>, ParentType, ContextType, RequireFields<QueryConceptsArgs, 'conceptIds'>>;
  mapClaimLines?: Resolver<ResolversTypes['ClaimMappingResult'], ParentType, ContextType, RequireFields<QueryMapClaimLinesArgs, 'lines'>>;
}>;

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SuccessorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Successor'] = ResolversParentTypes['Successor']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TechniqueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Technique'] = ResolversParentTypes['Technique']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  techniqueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkedExampleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkedExample'] = ResolversParentTypes['WorkedExample']> = ResolversObject<{
  exampleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expectedCodes?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  About?: AboutResolvers<ContextType>;
  ClaimLineResult?: ClaimLineResultResolvers<ContextType>;
  ClaimMappingResult?: ClaimMappingResultResolvers<ContextType>;
  ClaimMappingSummary?: ClaimMappingSummaryResolvers<ContextType>;
  CodeRef?: CodeRefResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptConnection?: ConceptConnectionResolvers<ContextType>;
  ConceptEdge?: ConceptEdgeResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FlagCount?: FlagCountResolvers<ContextType>;
  KnowledgePackSummary?: KnowledgePackSummaryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcedureOccurrenceRow?: ProcedureOccurrenceRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Successor?: SuccessorResolvers<ContextType>;
  Technique?: TechniqueResolvers<ContextType>;
  WorkedExample?: WorkedExampleResolvers<ContextType>;
}>;

