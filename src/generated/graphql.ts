import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConceptRecord } from '../modules/concepts/concept-record.js';
import type { AboutRecord } from '../modules/about/about-repository.js';
import type { CodeKey } from '../modules/concepts/concept-repository.js';
import type { SourceRecord } from '../modules/sources/source-repository.js';
import type { CriterionRecord, TechniqueRecord, WorkedExampleRecord, DeliveryLevelRecord, ExclusionRecord, CodeCriteriaRecord } from '../modules/criteria/rule-set.js';
import type { Recommendation, RecommendedCodeResult, DecisionStepResult, Routing } from '../modules/criteria/engine.js';
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

/** The criteria a code needs. */
export type CodeCriteria = {
  __typename?: 'CodeCriteria';
  code: CodeRef;
  criteria: Array<CodeCriterion>;
  /** The delivery level billed with this code, if any. */
  level: Maybe<DeliveryLevel>;
};

/** A criterion and how it concerns a code. */
export type CodeCriterion = {
  __typename?: 'CodeCriterion';
  criterion: Criterion;
  requirement: CriterionRequirement;
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

export type CodeRole =
  /** A code reported beside the delivery code (77387 image guidance), never the primary event. */
  | 'ADD_ON'
  /** The delivery code of the fraction. */
  | 'PRIMARY';

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

/** How a criterion concerns a code. */
export type CriterionRequirement =
  /** An add-on rule adds the code when this criterion is met. */
  | 'ADDS_CODE'
  /** The code's level needs this one or another of its any-of criteria. */
  | 'ANY_OF'
  /** This criterion rules the code's level out. */
  | 'EXCLUDES'
  /** The criterion names the code as related. */
  | 'RELATED'
  /** The code's level needs this criterion. */
  | 'REQUIRED';

/** One step of the decision path. */
export type DecisionStep = {
  __typename?: 'DecisionStep';
  answer: Scalars['String']['output'];
  /** The criterion the step decided on, if any. */
  criterion: Maybe<Criterion>;
  /** What the step concluded (a level and code, an added code, a routed family), if anything. */
  outcome: Maybe<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  /** Id of the level, exclusion, add-on rule, prior-coding rule or routed modality the step applied. */
  ruleId: Maybe<Scalars['String']['output']>;
};

/** A 2026 delivery level: a code and the criteria that decide it. */
export type DeliveryLevel = {
  __typename?: 'DeliveryLevel';
  /** The code billed for the level (77402, 77407, 77412). */
  code: CodeRef;
  effectiveFrom: Scalars['Date']['output'];
  /** Worked examples expected to be billed at this level. */
  examples: Array<WorkedExample>;
  /** None of these may be met. */
  excludedBy: Array<Criterion>;
  /** Exclusions that rule the level out or deny one of its criteria. */
  exclusions: Array<Exclusion>;
  /** 1, 2 or 3. */
  level: Scalars['Int']['output'];
  /** Kebab-case id, e.g. level-3. */
  levelId: Scalars['ID']['output'];
  /** Every one of these must be met. */
  requiresAll: Array<Criterion>;
  /** At least one of these must be met (any one is enough); empty when not used. */
  requiresAny: Array<Criterion>;
  sources: Array<Source>;
  summary: Scalars['String']['output'];
  /** Techniques that satisfy any of the level's criteria. */
  techniques: Array<Technique>;
};

/** The answer of recommendDeliveryCode. */
export type DeliveryRecommendation = {
  __typename?: 'DeliveryRecommendation';
  /** The recommended codes, primary first. Empty unless RECOMMENDED, or OUT_OF_SCOPE with a single routed code. */
  codes: Array<RecommendedCode>;
  /** The criteria that decided the level (the deciding one first) and the add-on's criterion. */
  criteriaMet: Array<Criterion>;
  /** The decision path: every question the engine asked, its answer and the rule it applied. */
  decisionPath: Array<DecisionStep>;
  /** The delivery level (1-3) when the levels decided; null otherwise. */
  level: Maybe<Scalars['Int']['output']>;
  /** What the description must add or resolve (NEEDS_MORE_INFORMATION); empty otherwise. */
  missingFacts: Array<Scalars['String']['output']>;
  /** For OUT_OF_SCOPE: the modality, its family and the codes it keeps. */
  routing: Maybe<DeliveryRouting>;
  /** Which coding the answer uses: the delivery levels, or the coding in force on the date for the site of service. */
  ruleSet: Scalars['String']['output'];
  status: RecommendationStatus;
  /** Caveats: uncertain data, guidance not reviewed, ignored facts. */
  warnings: Array<Scalars['String']['output']>;
};

/** Where a treatment outside the delivery levels is coded. */
export type DeliveryRouting = {
  __typename?: 'DeliveryRouting';
  /** per_fraction, per_session or per_course; null when the sources do not say. */
  billed: Maybe<Scalars['String']['output']>;
  /** What chooses among the codes. */
  choice: Scalars['String']['output'];
  /** The codes it keeps, valid on the date of service. */
  codes: Array<CodeRef>;
  confidence: Scalars['String']['output'];
  /** The billing family of its codes, e.g. Stereotactic radiosurgery and SBRT delivery. */
  family: Maybe<Scalars['String']['output']>;
  /** Kebab-case id, e.g. sbrt. */
  modalityId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** How the beam is delivered. */
export type DeliveryTechnique =
  /** Brachytherapy: outside the levels (77750-77799, 0394T/0395T). */
  | 'BRACHYTHERAPY'
  /** Electron delivery (e.g. en face fields). */
  | 'ELECTRON'
  /** Intensity-modulated radiation therapy. */
  | 'IMRT'
  /** Intraoperative radiation therapy: outside the levels (77424/77425). */
  | 'INTRAOPERATIVE'
  /** Proton beam: outside the levels (77520-77525). */
  | 'PROTON'
  /** Stereotactic body radiation therapy: outside the levels (77373). */
  | 'SBRT'
  /** Stereotactic radiosurgery: outside the levels (77371/77372). */
  | 'SRS'
  /** Superficial radiation therapy: outside the levels. */
  | 'SUPERFICIAL'
  /** 3D conformal photon delivery. */
  | 'THREE_D_CONFORMAL'
  /** Total skin electron therapy (a Level 3 criterion). */
  | 'TOTAL_SKIN_ELECTRON'
  /** Two-dimensional photon delivery. */
  | 'TWO_D'
  /** Volumetric modulated arc therapy (IMRT delivered in arcs). */
  | 'VMAT';

/** The delivery tier of the codes in force before 2026. */
export type DeliveryTier =
  | 'COMPLEX'
  | 'INTERMEDIATE'
  | 'SIMPLE';

/** The energy bands of the energy-based codes (2014 CPT, and G6003-G6014 in 2015-2025). */
export type EnergyBand =
  | 'MEV_6_TO_10'
  | 'MEV_11_TO_19'
  | 'MEV_20_OR_MORE'
  | 'UP_TO_5_MEV';

/** Something that never counts: e.g. IGRT alone is not Level 3; a boost isocenter change is not multiple isocenters. */
export type Exclusion = {
  __typename?: 'Exclusion';
  confidence: Scalars['String']['output'];
  /** Criteria this exclusion denies. */
  doesNotSatisfy: Array<Criterion>;
  exclusionId: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  statement: Scalars['String']['output'];
  /** Techniques it concerns. */
  techniques: Array<Technique>;
};

/** How photon fields are shaped; each makes the plan 3D. */
export type FieldShaping =
  | 'BLOCKS'
  | 'FIELD_IN_FIELD'
  /** Multileaf-collimator shaping. */
  | 'MLC'
  | 'WEDGES';

/** Image guidance for localization. Alone it never raises the level (4D CBCT is the exception). */
export type ImageGuidance =
  /** Conventional (3D) cone-beam CT. */
  | 'CBCT'
  /** In-room CT. */
  | 'CT'
  /** 4D cone-beam CT acquired immediately before treatment (counts as motion management). */
  | 'FOUR_D_CBCT'
  /** Planar kV imaging (e.g. orthogonal kV pairs). */
  | 'KV_PLANAR'
  /** Planar MV portal imaging. */
  | 'MV_PORTAL'
  | 'NONE'
  /** Stereoscopic X-ray. */
  | 'STEREOSCOPIC_XRAY'
  /** Surface imaging used to localize the patient. */
  | 'SURFACE_IMAGING'
  | 'ULTRASOUND';

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

/** Motion management during the fraction. */
export type MotionManagement =
  /** Active breathing control (device-held breath hold). */
  | 'ACTIVE_BREATHING_CONTROL'
  /** Deep-inspiration breath hold. */
  | 'DIBH'
  /** 4D cone-beam CT acquired immediately before treatment: the one image guidance that is motion management. */
  | 'FOUR_D_CBCT'
  /** Real-time intra-fraction tracking of the target, an organ at risk or the patient. */
  | 'REAL_TIME_TRACKING'
  /** Respiratory gating (external surrogate or internal markers). */
  | 'RESPIRATORY_GATING'
  /** Surface guidance during beam-on; motion management only when surface motion correlates with target motion. */
  | 'SURFACE_GUIDANCE';

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
  /**
   * Which criteria a code needs: the level billed with it and that level's required, any-of and
   * excluding criteria, the add-on rules that add it, and criteria that name it. Empty lists for a
   * code no criterion concerns.
   */
  criteriaForCode: CodeCriteria;
  /**
   * The delivery levels in force on `asOf` (all levels when omitted), highest level last, each with
   * its criteria, the techniques that satisfy them, the exclusions that concern it and its worked
   * examples. Before 2026-01-01 the list is empty: no levels existed.
   */
  deliveryLevels: Array<DeliveryLevel>;
  /**
   * Recommends the delivery code(s) for one treatment fraction, with the decision path that explains
   * them. From 2026-01-01 the answer is a delivery level (77402, 77407 or 77412, site-neutral) decided
   * by the criteria in the graph, plus 77387 as an add-on when image guidance was reviewed by the
   * physician. Before 2026 it is the coding then in force for the site of service (HCPCS G-codes in
   * physician offices, CPT codes in hospitals). SRS, SBRT, proton, brachytherapy, superficial and
   * intraoperative treatments are OUT_OF_SCOPE, routed to the codes they keep. Missing or
   * contradictory facts give NEEDS_MORE_INFORMATION naming what is missing. Malformed input (a
   * count below 1) is a BAD_USER_INPUT error.
   */
  recommendDeliveryCode: DeliveryRecommendation;
};


export type QueryConceptArgs = {
  conceptCode?: InputMaybe<Scalars['String']['input']>;
  conceptId?: InputMaybe<Scalars['ID']['input']>;
  vocabularyId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConceptsArgs = {
  conceptIds: Array<Scalars['ID']['input']>;
};


export type QueryCriteriaForCodeArgs = {
  code: CodeInput;
};


export type QueryDeliveryLevelsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryRecommendDeliveryCodeArgs = {
  treatment: TreatmentInput;
};

export type RecommendationStatus =
  /** Facts are missing or contradict each other; `missingFacts` says what to add. No code is guessed. */
  | 'NEEDS_MORE_INFORMATION'
  /** The treatment is outside the delivery levels; `routing` names the family and codes that apply. */
  | 'OUT_OF_SCOPE'
  /** Codes are recommended; the decision path names the criterion or rule that decided them. */
  | 'RECOMMENDED';

export type RecommendedCode = {
  __typename?: 'RecommendedCode';
  code: CodeRef;
  /** Why this code: the level and its criteria, the add-on rule, or the prior-coding rule with the code's meaning then. */
  reason: Scalars['String']['output'];
  role: CodeRole;
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

/** A technique a treatment may use, and the criteria it satisfies. */
export type Technique = {
  __typename?: 'Technique';
  confidence: Scalars['String']['output'];
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** The criteria this technique satisfies (unless an exclusion denies one). */
  satisfies: Array<Criterion>;
  sources: Array<Source>;
  /** Kebab-case id, e.g. dibh. */
  techniqueId: Scalars['ID']['output'];
};

/** The description of one treatment fraction the recommendation is made for. */
export type TreatmentInput = {
  /** Electron fields abut each other. Level 1 needs a single field or non-abutting fields; abutting ones are not described by the sources. Default false. */
  abuttingElectronFields?: InputMaybe<Scalars['Boolean']['input']>;
  /** The date of service: it decides which coding applies (the levels from 2026-01-01). */
  dateOfService: Scalars['Date']['input'];
  /** Before 2026 only: the documented delivery tier of the codes then in force (chooses among 77402/77407/77412, 77385/77386 and the G-codes). */
  deliveryTier?: InputMaybe<DeliveryTier>;
  /** Before 2026 only, physician offices: the energy band the G-codes G6003-G6014 distinguish (and all codes in 2014). */
  energyBand?: InputMaybe<EnergyBand>;
  /** How the photon fields are shaped. A blocked or shaped photon plan is 3D planning (never Level 1). Default open fields. */
  fieldShaping?: InputMaybe<Array<FieldShaping>>;
  /** Fractions in the course (SBRT covers at most 5). At least 1 when given. */
  fractions?: InputMaybe<Scalars['Int']['input']>;
  /** The image guidance used for localization. Default NONE. */
  imageGuidance?: InputMaybe<ImageGuidance>;
  /** Whether the physician reviewed the guidance images. Required when image guidance is given: it decides 77387. */
  imageGuidanceReviewedByPhysician?: InputMaybe<Scalars['Boolean']['input']>;
  /** Isocenters over the whole course (e.g. 2 for an initial phase and a boost). Explains a phase change; never makes multiple isocenters. */
  isocentersPerCourse?: InputMaybe<Scalars['Int']['input']>;
  /** Isocenters treated in one session (one day). Default 1. Isocenters of a boost on other days do not count here. */
  isocentersPerSession?: InputMaybe<Scalars['Int']['input']>;
  /** Photon and electron fields are used for the same volume (a Level 3 criterion). Default false. */
  mixedPhotonElectronSameVolume?: InputMaybe<Scalars['Boolean']['input']>;
  /** Motion management used during the fraction. Default none. */
  motionManagement?: InputMaybe<Array<MotionManagement>>;
  /** A dose constraint on a normal tissue must be met (a DVH is assessed): the plan is then 3D. Default false. */
  normalTissueConstraint?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the fraction was delivered: decides the coding before 2026 (G-codes in physician offices). */
  siteOfService: SiteOfService;
  /**
   * Whether the surface motion the surface guidance follows correlates with target motion. Required
   * with SURFACE_GUIDANCE: only then is it active motion management.
   */
  surfaceMotionCorrelatesWithTarget?: InputMaybe<Scalars['Boolean']['input']>;
  /** The delivery technique. SRS, SBRT, PROTON, BRACHYTHERAPY, SUPERFICIAL and INTRAOPERATIVE are outside the levels. */
  technique: DeliveryTechnique;
};

/** A worked example from the sources: a scenario and the codes it should be billed with. */
export type WorkedExample = {
  __typename?: 'WorkedExample';
  /** Kebab-case id, e.g. skin-en-face-electrons. */
  exampleId: Scalars['ID']['output'];
  /** The codes the source expects for this scenario. */
  expectedCodes: Array<CodeRef>;
  /** The criterion the answer should name. */
  expectedCriterion: Maybe<Criterion>;
  /** The level the source expects, e.g. 3. */
  expectedLevel: Maybe<Scalars['Int']['output']>;
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
  CodeCriteria: ResolverTypeWrapper<CodeCriteriaRecord>;
  CodeCriterion: ResolverTypeWrapper<Omit<CodeCriterion, 'criterion'> & { criterion: ResolversTypes['Criterion'] }>;
  CodeInput: CodeInput;
  CodeRef: ResolverTypeWrapper<CodeKey>;
  CodeRole: CodeRole;
  Concept: ResolverTypeWrapper<ConceptRecord>;
  ConceptConnection: ResolverTypeWrapper<Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptEdge']> }>;
  ConceptEdge: ResolverTypeWrapper<Omit<ConceptEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  ConceptNameSource: ConceptNameSource;
  Criterion: ResolverTypeWrapper<CriterionRecord>;
  CriterionRequirement: CriterionRequirement;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DecisionStep: ResolverTypeWrapper<DecisionStepResult>;
  DeliveryLevel: ResolverTypeWrapper<DeliveryLevelRecord>;
  DeliveryRecommendation: ResolverTypeWrapper<Recommendation>;
  DeliveryRouting: ResolverTypeWrapper<Routing>;
  DeliveryTechnique: DeliveryTechnique;
  DeliveryTier: DeliveryTier;
  EnergyBand: EnergyBand;
  Exclusion: ResolverTypeWrapper<ExclusionRecord>;
  FieldShaping: FieldShaping;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImageGuidance: ImageGuidance;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgePackSummary: ResolverTypeWrapper<KnowledgePackSummary>;
  MotionManagement: MotionManagement;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationStatus: RecommendationStatus;
  RecommendedCode: ResolverTypeWrapper<RecommendedCodeResult>;
  SiteOfService: SiteOfService;
  Source: ResolverTypeWrapper<SourceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Technique: ResolverTypeWrapper<TechniqueRecord>;
  TreatmentInput: TreatmentInput;
  WorkedExample: ResolverTypeWrapper<WorkedExampleRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  About: AboutRecord;
  Boolean: Scalars['Boolean']['output'];
  CodeCriteria: CodeCriteriaRecord;
  CodeCriterion: Omit<CodeCriterion, 'criterion'> & { criterion: ResolversParentTypes['Criterion'] };
  CodeInput: CodeInput;
  CodeRef: CodeKey;
  Concept: ConceptRecord;
  ConceptConnection: Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptEdge']> };
  ConceptEdge: Omit<ConceptEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  Criterion: CriterionRecord;
  Date: Scalars['Date']['output'];
  DecisionStep: DecisionStepResult;
  DeliveryLevel: DeliveryLevelRecord;
  DeliveryRecommendation: Recommendation;
  DeliveryRouting: Routing;
  Exclusion: ExclusionRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  KnowledgePackSummary: KnowledgePackSummary;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecommendedCode: RecommendedCodeResult;
  Source: SourceRecord;
  String: Scalars['String']['output'];
  Technique: TechniqueRecord;
  TreatmentInput: TreatmentInput;
  WorkedExample: WorkedExampleRecord;
}>;

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = ResolversObject<{
  knowledgePack?: Resolver<ResolversTypes['KnowledgePackSummary'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CodeCriteriaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeCriteria'] = ResolversParentTypes['CodeCriteria']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CodeCriterion']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['DeliveryLevel']>, ParentType, ContextType>;
}>;

export type CodeCriterionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeCriterion'] = ResolversParentTypes['CodeCriterion']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['CriterionRequirement'], ParentType, ContextType>;
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

export type DecisionStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionStep'] = ResolversParentTypes['DecisionStep']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterion?: Resolver<Maybe<ResolversTypes['Criterion']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeliveryLevelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryLevel'] = ResolversParentTypes['DeliveryLevel']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['WorkedExample']>, ParentType, ContextType>;
  excludedBy?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  exclusions?: Resolver<Array<ResolversTypes['Exclusion']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requiresAll?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  requiresAny?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['Technique']>, ParentType, ContextType>;
}>;

export type DeliveryRecommendationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryRecommendation'] = ResolversParentTypes['DeliveryRecommendation']> = ResolversObject<{
  codes?: Resolver<Array<ResolversTypes['RecommendedCode']>, ParentType, ContextType>;
  criteriaMet?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  decisionPath?: Resolver<Array<ResolversTypes['DecisionStep']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  missingFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  routing?: Resolver<Maybe<ResolversTypes['DeliveryRouting']>, ParentType, ContextType>;
  ruleSet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeliveryRoutingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryRouting'] = ResolversParentTypes['DeliveryRouting']> = ResolversObject<{
  billed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  choice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modalityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type ExclusionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Exclusion'] = ResolversParentTypes['Exclusion']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  doesNotSatisfy?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  exclusionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['Technique']>, ParentType, ContextType>;
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
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType, Partial<QueryConceptArgs>>;
  concepts?: Resolver<Array<Maybe<ResolversTypes['Concept']>>, ParentType, ContextType, RequireFields<QueryConceptsArgs, 'conceptIds'>>;
  criteriaForCode?: Resolver<ResolversTypes['CodeCriteria'], ParentType, ContextType, RequireFields<QueryCriteriaForCodeArgs, 'code'>>;
  deliveryLevels?: Resolver<Array<ResolversTypes['DeliveryLevel']>, ParentType, ContextType, Partial<QueryDeliveryLevelsArgs>>;
  recommendDeliveryCode?: Resolver<ResolversTypes['DeliveryRecommendation'], ParentType, ContextType, RequireFields<QueryRecommendDeliveryCodeArgs, 'treatment'>>;
}>;

export type RecommendedCodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecommendedCode'] = ResolversParentTypes['RecommendedCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CodeRole'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TechniqueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Technique'] = ResolversParentTypes['Technique']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfies?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  techniqueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkedExampleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkedExample'] = ResolversParentTypes['WorkedExample']> = ResolversObject<{
  exampleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expectedCodes?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  expectedCriterion?: Resolver<Maybe<ResolversTypes['Criterion']>, ParentType, ContextType>;
  expectedLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  About?: AboutResolvers<ContextType>;
  CodeCriteria?: CodeCriteriaResolvers<ContextType>;
  CodeCriterion?: CodeCriterionResolvers<ContextType>;
  CodeRef?: CodeRefResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptConnection?: ConceptConnectionResolvers<ContextType>;
  ConceptEdge?: ConceptEdgeResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DecisionStep?: DecisionStepResolvers<ContextType>;
  DeliveryLevel?: DeliveryLevelResolvers<ContextType>;
  DeliveryRecommendation?: DeliveryRecommendationResolvers<ContextType>;
  DeliveryRouting?: DeliveryRoutingResolvers<ContextType>;
  Exclusion?: ExclusionResolvers<ContextType>;
  KnowledgePackSummary?: KnowledgePackSummaryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendedCode?: RecommendedCodeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Technique?: TechniqueResolvers<ContextType>;
  WorkedExample?: WorkedExampleResolvers<ContextType>;
}>;

