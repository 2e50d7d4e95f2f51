import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConceptRecord } from '../graph/concept.js';
import type { AboutRecord } from '../modules/about/about-repository.js';
import type { CodeKey } from '../graph/code.js';
import type { SourceRecord } from '../modules/sources/source-repository.js';
import type { CriterionRecord, TechniqueRecord, WorkedExampleRecord, DeliveryLevelRecord, ExclusionRecord, CodeCriteriaRecord } from '../modules/criteria/rule-set.js';
import type { LineageRecord, LineageStepRecord, CodeOnDateRecord, SuccessorRecord, BillingProfileRecord, ComponentsRecord, ComponentChangeRecord, ChangeEventRecord } from '../modules/lineage/lineage-records.js';
import type { Recommendation, RecommendedCodeResult, DecisionStepResult, Routing } from '../modules/criteria/engine.js';
import type { VocabularyRecord, DomainRecord, ConceptClassRecord, RelationshipTypeRecord } from '../modules/catalogue/catalogue-repository.js';
import type { ConceptPathRecord, ConceptPathStepRecord, SubgraphRecord, SubgraphEdgeRecord } from '../modules/navigation/navigation-records.js';
import type { ConceptRelationshipRecord } from '../modules/relationships/concept-relationship-repository.js';
import type { AncestryEdgeRecord } from '../modules/hierarchy/hierarchy-repository.js';
import type { MappingResolutionRecord, MappingHopRecord } from '../modules/mapping/chain-resolution.js';
import type { ClaimBatchResult } from '../modules/claims/claim-mapper.js';
import type { ClaimLineOutcome, OccurrenceRow } from '../modules/claims/claim-line.js';
import type { ReleaseRecord, ReleaseChangeRecord, ConceptInReleaseRecord, ImpactedConceptRecord, SourceCodeImpactRecord, ReleaseImpactRecord } from '../modules/releases/release-records.js';
import type { RequestContext } from '../modules/request-context.js';
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
  /** An instant as ISO 8601 with its offset, e.g. 2026-03-01T10:15:00.000Z. */
  DateTime: { input: string; output: string; }
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

/** Which parts of a service a code can be reported for on a date; null when the sources do not say. */
export type BillingComponents = {
  __typename?: 'BillingComponents';
  confidence: Scalars['String']['output'];
  /** The whole service reported without a modifier. */
  global: Maybe<Scalars['Boolean']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** The physician's part (modifier 26). */
  professional: Maybe<Scalars['Boolean']['output']>;
  sources: Array<Source>;
  /** The equipment and staff part (modifier TC). */
  technical: Maybe<Scalars['Boolean']['output']>;
};

/**
 * How a code is billed on a date of service. The profile is curated per code (not per meaning of a
 * reused code); its components are
 * those in force on the date, after applying every component change dated on or before it (77387:
 * professional, technical and global before 2026; professional only from 2026-01-01, its technical
 * part bundled into 77402/77407/77412).
 */
export type BillingProfile = {
  __typename?: 'BillingProfile';
  /** The code accompanies a primary code and is never the primary event; null when the sources do not say. */
  addOn: Maybe<Scalars['Boolean']['output']>;
  /** formal (a CPT add-on code, e.g. 77293) or functional (an add-on in practice, not a formal add-on code: 77387); null when not an add-on. */
  addOnKind: Maybe<Scalars['String']['output']>;
  /** The component changes in force on the date (empty before the first one). */
  componentChanges: Array<ComponentChange>;
  /** The components the code has on the date. */
  components: BillingComponents;
  confidence: Scalars['String']['output'];
  /** The id of the code's billing family. */
  family: Scalars['String']['output'];
  /** per_fraction, per_5_fractions, per_course, per_simulation, per_session, per_visit, weekly or per_procedure. */
  frequency: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Mistakes to avoid when reporting or counting this code. */
  pitfalls: Array<Scalars['String']['output']>;
  /** The primary codes an add-on accompanies, those in force on the date (77385/77386 accompany 77387 only until 2025). */
  primaryCodes: Array<CodeRef>;
  sources: Array<Source>;
};

/** A column of a CDM row, as its table names it. */
export type CdmColumn = {
  __typename?: 'CdmColumn';
  /** The CDM v5.4 column name, e.g. device_concept_id. */
  name: Scalars['String']['output'];
  /** The value as text; null where the claim line gives none (ids the CDM's loader assigns, datetimes, values, units). */
  value: Maybe<Scalars['String']['output']>;
};

/**
 * The OMOP CDM v5.4 table a row belongs to, chosen by the domain of its standard concept (OMOP ETL
 * conventions): Procedure, Device, Observation, Measurement and Drug each have their table; an
 * unmapped row goes by its source concept's domain (PROCEDURE_OCCURRENCE when no concept carries
 * the code); a domain without an event table here goes to OBSERVATION, and the line says so.
 */
export type CdmTable =
  | 'DEVICE_EXPOSURE'
  | 'DRUG_EXPOSURE'
  | 'MEASUREMENT'
  | 'OBSERVATION'
  | 'PROCEDURE_OCCURRENCE';

/** What a change event did. */
export type ChangeKind =
  /** A code came into use. */
  | 'ADDED'
  /** A part of a code (e.g. the technical component of 77387) is folded into other codes. */
  | 'BUNDLED'
  /** A code left its code set. */
  | 'DELETED'
  /** A code's service is reported with other codes from the effective date, possibly under conditions. */
  | 'REPLACED'
  /** A code kept its number and got a new meaning (a reused code: 77412 in 2015 and 2026). */
  | 'REVISED';

/** A pitfall or a notable fact about a claim line; each comes with a message on the line. */
export type ClaimFlag =
  /** An add-on code (77387): it accompanies a primary code and is never the primary treatment event. */
  | 'ADD_ON'
  /** An add-on with none of its primary codes in the same encounter. */
  | 'ADD_ON_WITHOUT_PRIMARY'
  /** A component bundled into other codes on the date of service and site (77387-TC: from 2026-01-01 everywhere; 2015-2025 in hospital outpatient departments, where its technical part is paid within the delivery code): not separately payable. */
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
  /**
   * The code is still valid, but its use in radiation oncology had been replaced by the date (77014 for
   * localization from 2026): the messages say what is reported instead and how certain that is.
   */
  | 'USE_REPLACED'
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
  /** The last day the line covers (a claim line's through date), when it spans several: becomes procedureEndDate (77427's five fractions). */
  dateOfServiceEnd?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Lines of one encounter are checked together (an add-on needs a primary code in the same
   * encounter). Without it, a person's lines on one date of service form the encounter.
   */
  encounterId?: InputMaybe<Scalars['String']['input']>;
  /** The caller's id for the line, echoed back. */
  lineId?: InputMaybe<Scalars['String']['input']>;
  /** Modifiers given apart from the code (two letters or digits each), e.g. ["26", "59"]. */
  modifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Who paid the claim: before 2026 Medicare physician offices took the G-codes and other payers the
   * CPT codes. Not given, a CPT delivery code in an office is not flagged for lacking a G-code (the
   * line's messages say which payer's coding was assumed).
   */
  payer?: InputMaybe<Payer>;
  /** The person the line belongs to; copied to the rows. */
  personId?: InputMaybe<Scalars['String']['input']>;
  /**
   * The Type Concept of the data's provenance (CDM v5.4 procedure_type_concept_id, or the
   * *_type_concept_id of the row's table), e.g. the loaded vocabulary's 'Claim' or 'EHR billing
   * record'. Not given: the loaded vocabulary's Type Concept 'Claim', found by name; 0 when the
   * vocabulary has none (the result's warnings say so). An id the vocabulary holds under another
   * domain rejects the line; one it does not hold is kept and reported in the warnings.
   */
  procedureTypeConceptId?: InputMaybe<Scalars['ID']['input']>;
  /** provider_id of the CDM provider who performed the service; copied to the rows. */
  providerId?: InputMaybe<Scalars['String']['input']>;
  /** Where the service was delivered; chooses between site-specific successors of a code (2015-2025). */
  siteOfService?: InputMaybe<SiteOfService>;
  /** Units billed; 0 or missing becomes 1 (OMOP quantity). */
  units?: InputMaybe<Scalars['Int']['input']>;
  /** visit_occurrence_id of the CDM visit the line belongs to; copied to the rows. */
  visitOccurrenceId?: InputMaybe<Scalars['String']['input']>;
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
  /** The vocabulary release and knowledge pack the rows were mapped with. */
  provenance: MappingProvenance;
  /** Every distinct source code of the request and what it mapped to, as SOURCE_TO_CONCEPT_MAP rows. */
  sourceToConceptMap: Array<SourceToConceptMapRow>;
  summary: ClaimMappingSummary;
  /** What concerns the request rather than a line: the Type Concept the rows got, Type Concept ids not in the vocabulary. */
  warnings: Array<Scalars['String']['output']>;
};

/** Counts of a mapping run. */
export type ClaimMappingSummary = {
  __typename?: 'ClaimMappingSummary';
  /** Lines per flag, in the order of ClaimFlag; flags no line carries are left out. */
  flags: Array<FlagCount>;
  lines: Scalars['Int']['output'];
  mapped: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** CDM rows produced, all tables. */
  rows: Scalars['Int']['output'];
  /** Rows per CDM table, in the order of CdmTable; tables without rows are left out. */
  tables: Array<TableCount>;
  unmapped: Scalars['Int']['output'];
};

/**
 * A change event: on its effective date, the `from` codes changed into the `to` codes (several of
 * each for a many-to-many change; `to` targets may carry conditions, see `lineage`).
 */
export type CodeChange = {
  __typename?: 'CodeChange';
  /** 'AMA CPT' or 'CMS'. */
  authority: Maybe<Scalars['String']['output']>;
  /** The id of the change event in the knowledge pack. */
  changeId: Scalars['ID']['output'];
  /** high, medium or low. */
  confidence: Maybe<Scalars['String']['output']>;
  effectiveDate: Scalars['Date']['output'];
  /** The codes changed (empty for ADDED). */
  from: Array<CodeRef>;
  kind: ChangeKind;
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** What changed, in one sentence. */
  summary: Scalars['String']['output'];
  /** The codes that result (empty for DELETED). */
  to: Array<CodeRef>;
};

/** A page of change events. */
export type CodeChangeConnection = {
  __typename?: 'CodeChangeConnection';
  edges: Array<CodeChangeEdge>;
  pageInfo: PageInfo;
  /** How many change events match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CodeChangeEdge = {
  __typename?: 'CodeChangeEdge';
  /** Pass as `after` to get the events after this one. */
  cursor: Scalars['String']['output'];
  node: CodeChange;
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

/** What a code meant, and whether it was in force, on a date of service. */
export type CodeOnDate = {
  __typename?: 'CodeOnDate';
  /** How the code is billed on the date: frequency, add-on status, components after any bundling by then. */
  billingProfile: Maybe<BillingProfile>;
  code: CodeRef;
  /** high, medium or low: how sure the answer about meaning and validity is. */
  confidence: Maybe<Scalars['String']['output']>;
  /** The date of service asked about. */
  date: Scalars['Date']['output'];
  /**
   * When a site of service was given and the code is not the one used at that site on the date:
   * the codes used there for the same service (G6015 in a hospital in 2020: 77385 or 77386).
   */
  equivalentsAtSite: Array<Successor>;
  /** The id of the code's billing family (e.g. delivery, management), the most specific family. */
  family: Maybe<Scalars['String']['output']>;
  /** The family's name. */
  familyName: Maybe<Scalars['String']['output']>;
  /** True when some concept or curated fact knows this code; false for a code the graph has never heard of. */
  known: Scalars['Boolean']['output'];
  /**
   * What the code meant on the date: the meaning of its version in force then, given also when the
   * code was not the one used at the site of service asked (77412 in a physician office in 2020).
   * Null when no version of the code covers the date (before its creation, after its deletion:
   * G6015 on 2026-02-01) or the code is unknown.
   */
  meaning: Maybe<Scalars['String']['output']>;
  /** Why the answer is less than certain, or why the code is not in force. */
  note: Maybe<Scalars['String']['output']>;
  /** The payer asked about; null when not given. */
  payer: Maybe<Payer>;
  /** Sources of the meaning given. */
  sources: Array<Source>;
  /**
   * When the code is not in force on the date because it was replaced: the codes reported
   * instead, following replacements until codes in force on the date, each with the condition and
   * the criteria that choose between them (G6015 on 2026-02-01: 77407 under the level 2 criteria,
   * 77412 under level 3). Empty when the code is in force.
   */
  successors: Array<Successor>;
  /**
   * The code was in force on the date (and, when a site of service or a payer was given, it was the
   * code that payer's coding used at that site on that date).
   */
  valid: Scalars['Boolean']['output'];
  /** The first day of the meaning given (null when unknown or not dated). */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** The last day of the meaning given (null when open-ended or unknown). */
  validTo: Maybe<Scalars['Date']['output']>;
  /**
   * Which payer's coding the answer assumes, when the payer was not given and it matters (a CPT
   * delivery code in a physician office in 2015-2025 is valid for payers other than Medicare; a
   * G-code is Medicare's). Empty otherwise.
   */
  warnings: Array<Scalars['String']['output']>;
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

/** A change of one component of a code from a date (bundled into other codes, removed, added). */
export type ComponentChange = {
  __typename?: 'ComponentChange';
  /** bundled, removed or added. */
  change: Scalars['String']['output'];
  /** professional, technical or global. */
  component: Scalars['String']['output'];
  effectiveDate: Scalars['Date']['output'];
  /** The codes a bundled component is folded into. */
  into: Array<CodeRef>;
  note: Maybe<Scalars['String']['output']>;
  /** Where the change holds: MPFS (physician offices), HOPPS (hospital outpatient departments) or all. A HOPPS or MPFS change is applied only when the site of service is given and the payer is not OTHER. */
  setting: Scalars['String']['output'];
  sources: Array<Source>;
  /** The CMS status indicator, e.g. B (bundled, not separately payable). */
  statusIndicator: Maybe<Scalars['String']['output']>;
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
  /** The concept as it was in a release this database has loaded; null when the concept was not in it. An unknown release is BAD_USER_INPUT. */
  inRelease: Maybe<ConceptInRelease>;
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
  /** Every change any loaded release made to this concept or its rows, oldest release first. */
  releaseChanges: Array<ReleaseChange>;
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
export type ConceptInReleaseArgs = {
  releaseId: Scalars['ID']['input'];
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

/** A concept as it was in one release: its record and its valid 'Maps to' targets then. */
export type ConceptInRelease = {
  __typename?: 'ConceptInRelease';
  /** concept_class_id in that release. */
  conceptClassId: Scalars['String']['output'];
  /** concept_name in that release. */
  conceptName: Scalars['String']['output'];
  /** domain_id in that release. */
  domainId: Scalars['String']['output'];
  /** 'D', 'U' or null. */
  invalidReason: Maybe<Scalars['String']['output']>;
  /** The concepts its valid 'Maps to' rows pointed to in that release (one hop), by conceptId; the concept itself when it had no such row and was standard. */
  mapsTo: Array<Concept>;
  /** The release described. */
  releaseId: Scalars['ID']['output'];
  /** 'S', 'C' or null. */
  standardConcept: Maybe<Scalars['String']['output']>;
  /** valid_end_date in that release. */
  validEndDate: Scalars['Date']['output'];
  /** valid_start_date in that release. */
  validStartDate: Scalars['Date']['output'];
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

/** How many lines carry a flag. */
export type FlagCount = {
  __typename?: 'FlagCount';
  /** Lines carrying the flag. */
  count: Scalars['Int']['output'];
  flag: ClaimFlag;
};

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

/** A concept whose place in a concept set's expansion changed between two releases, and why. */
export type ImpactedConcept = {
  __typename?: 'ImpactedConcept';
  /** The change that explains it best: CONCEPT_REMOVED, then CONCEPT_DEPRECATED, STANDARD_CHANGED, DOMAIN_CHANGED, ANCESTRY_CHANGED, relationship rows, CONCEPT_ADDED. */
  change: ReleaseChangeKind;
  /** The concept (as the graph holds it now). */
  concept: Concept;
  /** The reason in words, naming the releases, values and concepts involved. */
  reason: Scalars['String']['output'];
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
 * A code's lineage: the steps reached from it, and the same graph as Mermaid and Graphviz DOT
 * text. Conditional or less than certain steps are drawn dashed.
 */
export type Lineage = {
  __typename?: 'Lineage';
  /** The code the walk started from. */
  code: CodeRef;
  /** The lineage as a Graphviz DOT digraph. */
  dot: Scalars['String']['output'];
  /** The lineage as a Mermaid flowchart (left to right), ready to paste into a Mermaid renderer. */
  mermaid: Scalars['String']['output'];
  /**
   * Every step reached, oldest first (then by generation, source code and target code). A step is
   * one (from, to) pair of one change event, listed once, at the generation it was first reached.
   */
  steps: Array<LineageStep>;
};

/** Which way `lineage` walks the change events from the code it starts at. */
export type LineageDirection =
  /** Both walks, in one answer. */
  | 'BOTH'
  /** Codes this code came from (77418 before G6015), generation by generation. */
  | 'PREDECESSORS'
  /** Codes that took this code's place (77407 or 77412 after G6015), generation by generation. */
  | 'SUCCESSORS';

/** One code leading to another in one change event. */
export type LineageStep = {
  __typename?: 'LineageStep';
  /** Who made the change: 'AMA CPT' or 'CMS'. */
  authority: Maybe<Scalars['String']['output']>;
  /** The id of the change event in the knowledge pack. */
  changeId: Scalars['ID']['output'];
  /**
   * When the target applies: null (always), the id of a 2026 delivery level or criterion (e.g.
   * level-3, active-motion-management) or short text (e.g. "simple IMRT delivery").
   */
  condition: Maybe<Scalars['String']['output']>;
  /** high (stated by the sources), medium (inferred) or low (commonly cited, not verified). */
  confidence: Maybe<Scalars['String']['output']>;
  /** PREDECESSORS or SUCCESSORS: which walk reached this step. */
  direction: LineageDirection;
  /** The day the change took effect. */
  effectiveDate: Scalars['Date']['output'];
  /** The earlier code. */
  from: CodeRef;
  /** How many generations from the starting code (1 = a direct predecessor or successor). */
  generation: Scalars['Int']['output'];
  kind: ChangeKind;
  /** Why the confidence is below high, or a caveat. */
  note: Maybe<Scalars['String']['output']>;
  /** Where the target applies (PHYSICIAN_OFFICE for MPFS, HOSPITAL_OUTPATIENT for HOPPS); null when not site specific. */
  siteOfService: Maybe<SiteOfService>;
  /** Sources of the change event. */
  sources: Array<Source>;
  /** The later code (the same code for a REVISED step: a new meaning). */
  to: CodeRef;
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

/** What a mapping was made with. */
export type MappingProvenance = {
  __typename?: 'MappingProvenance';
  /** The knowledge pack in the graph: a hash of its files and of the code that writes them, e.g. 'sha256:0123456789ab'. */
  knowledgePackVersion: Maybe<Scalars['String']['output']>;
  /** The service version (package.json). */
  serviceVersion: Scalars['String']['output'];
  /** vocabulary_version of the loaded release (VOCABULARY's 'None' row, e.g. 'v5.0 31-AUG-23'); null when only the knowledge pack is loaded. */
  vocabularyRelease: Maybe<Scalars['String']['output']>;
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

/**
 * Who pays the claim. From 2015 to 2025 the delivery G-codes (G6001-G6017) were Medicare's coding
 * for physician offices; other payers took the CPT codes (77385/77386, 77402-77416, 77387) at every
 * site. Unknown (not given), an answer never calls a CPT code invalid for lack of a G-code and says
 * in its warnings which payer's coding it assumes.
 */
export type Payer =
  /** Medicare (the physician fee schedule in offices, HOPPS in hospitals). */
  | 'MEDICARE'
  /** Any other payer: commercial plans, Medicaid, ... */
  | 'OTHER';

/**
 * One OMOP CDM row for a claim line. The fields are named after PROCEDURE_OCCURRENCE's columns (in
 * camelCase) whatever the table: `cdmTable` says which table the row belongs to, and `columns`
 * gives it in that table's own column names (DEVICE_EXPOSURE's device_concept_id,
 * device_exposure_start_date, ...), ready to load.
 */
export type ProcedureOccurrenceRow = {
  __typename?: 'ProcedureOccurrenceRow';
  /** The table the row goes to, by the domain of its concept. */
  cdmTable: CdmTable;
  /** The row in its table's columns, CDM v5.4 names and order. */
  columns: Array<CdmColumn>;
  /** The domain that chose the table: the standard concept's, else the source concept's; null when no concept carries the code. */
  domainId: Maybe<Scalars['String']['output']>;
  /** The concept of the modifier about the procedure (a component modifier, 26 or TC, first; else the first given); 0 when none or unknown. */
  modifierConceptId: Scalars['ID']['output'];
  /** Every modifier of the line as given, comma-separated (the one about the procedure is modifierConceptId); null when none. */
  modifierSourceValue: Maybe<Scalars['String']['output']>;
  personId: Maybe<Scalars['String']['output']>;
  /** The standard concept reached by 'Maps to' (following replacements) on the date of service; 0 when nothing maps. */
  procedureConceptId: Scalars['ID']['output'];
  procedureDate: Scalars['Date']['output'];
  /** The line's dateOfServiceEnd: the span the code covers (77427: the last of its five fractions); null when the line gives none. */
  procedureEndDate: Maybe<Scalars['Date']['output']>;
  /** The source code's own concept; 0 when no concept carries it. */
  procedureSourceConceptId: Scalars['ID']['output'];
  /** The code exactly as given on the claim line, modifiers included. */
  procedureSourceValue: Scalars['String']['output'];
  /** The Type Concept of the row's provenance: the line's procedureTypeConceptId, else the loaded vocabulary's 'Claim', else 0. */
  procedureTypeConceptId: Scalars['ID']['output'];
  providerId: Maybe<Scalars['String']['output']>;
  /** Units; 0 or missing becomes 1. OBSERVATION and MEASUREMENT have no quantity column: it is left out of their columns. */
  quantity: Scalars['Int']['output'];
  visitOccurrenceId: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** What this service is and which database it answers from. */
  about: About;
  /**
   * The change events effective between `from` and `to` (both inclusive), oldest first (then by
   * event id), optionally only those naming a code of the given vocabularies. A Relay connection:
   * `first` defaults to 20 and may be at most 1,000 (more is refused with PAGE_SIZE_LIMIT_EXCEEDED);
   * `from` after `to` is BAD_USER_INPUT.
   */
  codeChanges: CodeChangeConnection;
  /**
   * What a code meant on a date of service and whether it was in force then. Codes are reused
   * (77412 meant an energy-based complex delivery before 2015, a single-energy complex delivery in
   * 2015-2025 and complexity level 3 from 2026), so the answer always depends on the date.
   *
   * With `siteOfService` and `payer`, `valid` also says whether the code was the one in force for
   * that claim: from 2015 to 2025 Medicare physician offices (MPFS) reported delivery with HCPCS
   * G-codes and hospital outpatient departments (HOPPS) with the new CPT codes, while other payers
   * took the CPT codes at every site; `equivalentsAtSite` then names the codes used instead. With no
   * payer, a CPT code in an office is valid (other payers' coding) and a G-code is valid in offices
   * (Medicare's), each with a warning naming the payer assumed. From 2026 the delivery codes are
   * site-neutral.
   *
   * An unknown code is data, not an error: `known` false, `valid` false, no meaning.
   */
  codeOnDate: CodeOnDate;
  /**
   * `codeOnDate` for many codes on one date, in the order given (at most 1,000 codes; more is
   * refused with LIST_SIZE_LIMIT_EXCEEDED). Each distinct code is read once.
   */
  codesOnDate: Array<CodeOnDate>;
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
   * The generations of codes before and after a code, walked over the curated change events: each
   * step names its date, kind, the condition under which the target applies (a 2026 delivery level
   * or criterion, or short text), the site of service where it applies, the authority, sources and
   * confidence. Example: 77418 became G6015 in physician offices and 77385/77386 in hospitals in
   * 2015, and those became 77407 or 77412 in 2026 by the delivery-level criteria.
   *
   * `maxGenerations` (default 5) caps how many generations each walk takes; above 10 the request is
   * refused with TRAVERSAL_DEPTH_LIMIT_EXCEEDED, below 1 with BAD_USER_INPUT. A code no change
   * event names (or that does not exist) answers an empty lineage, not an error: check
   * `code.concept` to tell an unknown code from a code with no history.
   */
  lineage: Lineage;
  /**
   * Maps claim lines to OMOP CDM rows (PROCEDURE_OCCURRENCE, or the table of the concept's domain) and flags the pitfalls (weekly management,
   * add-ons, once-per-course planning, components, codes not valid on their date, deprecated
   * codes, one-to-many maps). Each distinct (code, date, site) is resolved once. Bad lines are
   * reported line by line (REJECTED or UNMAPPED with messages) and never drop the others.
   * At most 10,000 lines per request (LIST_SIZE_LIMIT_EXCEEDED).
   */
  mapClaimLines: ClaimMappingResult;
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
  /**
   * Every loaded relationship id, by relationshipId: the ids `paths`, `neighbourhood` and
   * `Concept.relationships` accept. Empty until a vocabulary folder is loaded.
   */
  relationshipTypes: Array<RelationshipType>;
  /**
   * The changes from release `from` to release `to` (every release after `from` up to `to`), in a
   * stable order, paginated with the true totalCount. `from` must be loaded before `to`.
   */
  releaseChanges: ReleaseChangeConnection;
  /**
   * What going from release `from` to release `to` does to a concept set (the items of
   * expandConceptSet, expanded in both releases) and to source codes (their standard targets and
   * CDM tables in both). Same limits as expandConceptSet; at most 1,000 source codes.
   */
  releaseImpact: ReleaseImpact;
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
  /** Every release this database has loaded, oldest first. */
  vocabularyReleases: Array<VocabularyRelease>;
};


export type QueryCodeChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  vocabularyIds?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryCodeOnDateArgs = {
  code: CodeInput;
  date: Scalars['Date']['input'];
  payer?: InputMaybe<Payer>;
  siteOfService?: InputMaybe<SiteOfService>;
};


export type QueryCodesOnDateArgs = {
  codes: Array<CodeInput>;
  date: Scalars['Date']['input'];
  payer?: InputMaybe<Payer>;
  siteOfService?: InputMaybe<SiteOfService>;
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


export type QueryCriteriaForCodeArgs = {
  code: CodeInput;
};


export type QueryDeliveryLevelsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryExpandConceptSetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  items: Array<ConceptSetItemInput>;
};


export type QueryLineageArgs = {
  code: CodeInput;
  direction?: InputMaybe<LineageDirection>;
  maxGenerations?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMapClaimLinesArgs = {
  lines: Array<ClaimLineInput>;
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


export type QueryRecommendDeliveryCodeArgs = {
  treatment: TreatmentInput;
};


export type QueryReleaseChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReleaseChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


export type QueryReleaseImpactArgs = {
  conceptSet?: InputMaybe<Array<ConceptSetItemInput>>;
  from: Scalars['ID']['input'];
  sourceCodes?: InputMaybe<Array<CodeInput>>;
  to: Scalars['ID']['input'];
};


export type QuerySearchConceptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConceptFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
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

/** One change a release made, to one concept's record or to one of its rows. */
export type ReleaseChange = {
  __typename?: 'ReleaseChange';
  /** The value after (in this release), as text; null when empty. */
  after: Maybe<Scalars['String']['output']>;
  /** The value before (in the earlier release), as text; null when empty. */
  before: Maybe<Scalars['String']['output']>;
  /** The concept as the graph holds it now (a removed concept keeps its last record), or null when the graph has no such node. */
  concept: Maybe<Concept>;
  /** The concept changed (for a relationship row, its canonical start; for ancestry, the descendant). */
  conceptId: Scalars['ID']['output'];
  /** The changed column in camelCase (conceptName, domainId, invalidReason, ...), or null for an added or removed concept or row. */
  field: Maybe<Scalars['String']['output']>;
  /** The release before the change. */
  fromRelease: Scalars['ID']['output'];
  /** What changed. */
  kind: ReleaseChangeKind;
  /** The other end of a relationship row, or the ancestor of an ancestry change. */
  otherConceptId: Maybe<Scalars['ID']['output']>;
  /** The relationship_id of a relationship row change ('Maps to', 'Concept replaced by', ...). */
  relationshipId: Maybe<Scalars['String']['output']>;
  /** The release that made the change. */
  toRelease: Scalars['ID']['output'];
};

/** A page of changes, ordered by release, kind ('Maps to' and replacement rows first among relationship rows), concept and row. */
export type ReleaseChangeConnection = {
  __typename?: 'ReleaseChangeConnection';
  /** The changes of this page. */
  edges: Array<ReleaseChangeEdge>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** How many changes match the filter (every page). */
  totalCount: Scalars['Int']['output'];
};

/** One change in a page of changes. */
export type ReleaseChangeEdge = {
  __typename?: 'ReleaseChangeEdge';
  /** Where the page may continue (pass as `after`). */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: ReleaseChange;
};

/** Which changes to list; every list given narrows the answer (an empty filter lists them all). */
export type ReleaseChangeFilter = {
  /** Only changes of these concepts (as conceptId; a row change is listed under its start concept). */
  conceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The domain of the changed concept now (a DOMAIN_CHANGED change matches its before and after domains too). */
  domainIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ReleaseChangeKind>>;
  /** The vocabulary of the changed concept (conceptId), as the graph holds it now. */
  vocabularyIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What a release changed about a concept or one of its rows. */
export type ReleaseChangeKind =
  /**
   * A CONCEPT_ANCESTOR row changed: the concept gained (after = the ancestor's id) or lost
   * (before = the ancestor's id) the ancestor otherConceptId.
   */
  | 'ANCESTRY_CHANGED'
  /** The concept is in this release and was not in the one before (a placeholder in it counts as absent). */
  | 'CONCEPT_ADDED'
  /** concept_class_id changed. */
  | 'CONCEPT_CLASS_CHANGED'
  /** invalid_reason went from empty to 'D' or 'U' (or from 'D' to 'U'): before/after hold it. */
  | 'CONCEPT_DEPRECATED'
  /**
   * The concept was in the release before and is absent from this one. Absence is not deprecation:
   * a sample or a download of fewer vocabularies leaves concepts out. The node stays in the graph
   * (without its rows of this release) so the history can describe it.
   */
  | 'CONCEPT_REMOVED'
  /** invalid_reason went from 'D' or 'U' to empty. */
  | 'CONCEPT_REVIVED'
  /** domain_id changed: rows of the concept go to another CDM table. */
  | 'DOMAIN_CHANGED'
  /** concept_name changed (wording or case). */
  | 'NAME_CHANGED'
  /**
   * A CONCEPT_RELATIONSHIP row is new, or an invalid row became valid (field 'invalidReason').
   * Rows are named by their canonical id and direction: a 'Mapped from' row is the 'Maps to' row
   * read backwards, so conceptId is the 'Maps to' source and otherConceptId its target.
   */
  | 'RELATIONSHIP_ADDED'
  /** A CONCEPT_RELATIONSHIP row is gone, or a valid row became invalid (field 'invalidReason'). */
  | 'RELATIONSHIP_REMOVED'
  /** standard_concept changed ('S', 'C' or empty). */
  | 'STANDARD_CHANGED'
  /** valid_start_date or valid_end_date changed (`field` says which). */
  | 'VALIDITY_CHANGED';

/** What going from one release to another does to a concept set and to source codes. */
export type ReleaseImpact = {
  __typename?: 'ReleaseImpact';
  /** Concepts in both expansions whose record changed in a way an analysis notices (deprecated, standard flag, domain). */
  changed: Array<ImpactedConcept>;
  /** Concepts in the expansion in `to` that were not in `from`. */
  entered: Array<ImpactedConcept>;
  /** The earlier release. */
  from: VocabularyRelease;
  /** Concepts in the expansion in `from` that are not in `to`. */
  left: Array<ImpactedConcept>;
  /** One entry per source code asked, in the order given. */
  sourceCodes: Array<SourceCodeImpact>;
  /** The later release. */
  to: VocabularyRelease;
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

/** What two releases mean for one source code of an ETL: its standard targets then and now, and the CDM table its rows go to. */
export type SourceCodeImpact = {
  __typename?: 'SourceCodeImpact';
  /** The standard targets in the later release; when it is the current one, the full 'Maps to' resolution (replacement chains followed). */
  after: Array<Concept>;
  /** The standard targets in the earlier release (valid 'Maps to' rows, one hop; the concept itself when it was standard). */
  before: Array<Concept>;
  /** True when the targets or the table differ. */
  changed: Scalars['Boolean']['output'];
  /** The source code asked, with its concept. */
  code: CodeRef;
  /** STANDARD when the later release has standard targets; NO_STANDARD_TARGET when it has none (the code lost its mapping or is absent); CYCLE or DEPRECATED_STANDARD from the resolution when the later release is current. */
  status: MappingStatus;
  /** The same in the later release. */
  tableAfter: Maybe<Scalars['String']['output']>;
  /** The CDM table of the first target's domain in the earlier release (claims routing: Procedure -> PROCEDURE_OCCURRENCE, ...), null without a target. */
  tableBefore: Maybe<Scalars['String']['output']>;
};

/**
 * One SOURCE_TO_CONCEPT_MAP row (CDM v5.4): a distinct source code of the request and a concept it
 * mapped to (0 when nothing maps). Validity is the source code's; when a code reached different
 * targets on different dates of service in the request, the first and last date each was used for.
 */
export type SourceToConceptMapRow = {
  __typename?: 'SourceToConceptMapRow';
  invalidReason: Maybe<Scalars['String']['output']>;
  sourceCode: Scalars['String']['output'];
  /** The source concept's name as loaded (the pack's own label for a CPT code unless a licensed release supplied the official one). */
  sourceCodeDescription: Maybe<Scalars['String']['output']>;
  /** The source code's own concept; 0 when no concept carries it. */
  sourceConceptId: Scalars['ID']['output'];
  sourceVocabularyId: Scalars['String']['output'];
  targetConceptId: Scalars['ID']['output'];
  /** The target's vocabulary; 'None' when unmapped. */
  targetVocabularyId: Scalars['String']['output'];
  validEndDate: Scalars['Date']['output'];
  validStartDate: Scalars['Date']['output'];
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

/** A code that takes another code's place, and when it applies. */
export type Successor = {
  __typename?: 'Successor';
  /** The change event that made this code a successor (the last one when replacements were followed). */
  changeId: Scalars['ID']['output'];
  code: CodeRef;
  /** A level or criterion id, or short text; null when the replacement is unconditional. */
  condition: Maybe<Scalars['String']['output']>;
  /** The criteria the condition stands for (a level id stands for all criteria of that level). */
  criteria: Array<Criterion>;
  /** The day the replacement took effect. */
  effectiveDate: Scalars['Date']['output'];
  /** Where the successor applies; null when not site specific. */
  siteOfService: Maybe<SiteOfService>;
};

/** How many rows go to a CDM table. */
export type TableCount = {
  __typename?: 'TableCount';
  rows: Scalars['Int']['output'];
  table: CdmTable;
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
  /**
   * Isocenters treated in one session (one day). Isocenters of a boost on other days do not count
   * here. Not given, it is unknown: from 2026 a 3D or IMRT plan is Level 2 only with one isocenter
   * (craniospinal or several separate targets treated together make it Level 3), so the answer asks
   * for it (NEEDS_MORE_INFORMATION) unless another fact already decides the level.
   */
  isocentersPerSession?: InputMaybe<Scalars['Int']['input']>;
  /** Photon and electron fields are used for the same volume (a Level 3 criterion). Default false. */
  mixedPhotonElectronSameVolume?: InputMaybe<Scalars['Boolean']['input']>;
  /** Motion management used during the fraction. Default none. */
  motionManagement?: InputMaybe<Array<MotionManagement>>;
  /** A dose constraint on a normal tissue must be met (a DVH is assessed): the plan is then 3D. Default false. */
  normalTissueConstraint?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Who pays: before 2026 Medicare physician offices took the G-codes and other payers the CPT codes.
   * Not given, a physician-office answer follows Medicare's coding and says so in its warnings.
   */
  payer?: InputMaybe<Payer>;
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

/**
 * A vocabulary release this database has loaded (one ATHENA download or CSV export). The release is
 * named by the `vocabulary_version` of VOCABULARY's `None` row (e.g. 'v5.0 18-JAN-19'). The graph
 * holds the current release in full; of every earlier one it keeps only what later releases changed
 * (docs/graph-model.md, 'Vocabulary releases').
 */
export type VocabularyRelease = {
  __typename?: 'VocabularyRelease';
  /** How many changes this release made to the one before it (0 for the baseline). */
  changeCount: Scalars['Int']['output'];
  /** Concept rows the release brought (CONCEPT and CONCEPT_CPT4). */
  concepts: Scalars['Int']['output'];
  /** True for the release the graph holds now (exactly one once any release is loaded). */
  current: Scalars['Boolean']['output'];
  /** When the load of this release finished. */
  loadedAt: Scalars['DateTime']['output'];
  /** The release loaded before this one, or null for the first (the baseline, with no change set). */
  previousReleaseId: Maybe<Scalars['ID']['output']>;
  /** CONCEPT_RELATIONSHIP rows the release brought. */
  relationships: Scalars['Int']['output'];
  /** The release's name: the `None` row's vocabulary_version, or 'vocabularies-<hash>' when the folder has no such row. */
  releaseId: Scalars['ID']['output'];
  /** Each vocabulary of the release with its own version, as VOCABULARY listed them, by vocabularyId. */
  vocabularies: Array<Vocabulary>;
  /** The `None` row's vocabulary_version (the same text as releaseId when the row exists). */
  vocabularyVersion: Scalars['String']['output'];
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
export type ResolversTypes = {
  About: ResolverTypeWrapper<AboutRecord>;
  BillingComponents: ResolverTypeWrapper<ComponentsRecord>;
  BillingProfile: ResolverTypeWrapper<BillingProfileRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CdmColumn: ResolverTypeWrapper<CdmColumn>;
  CdmTable: CdmTable;
  ChangeKind: ChangeKind;
  ClaimFlag: ClaimFlag;
  ClaimLineInput: ClaimLineInput;
  ClaimLineResult: ResolverTypeWrapper<ClaimLineOutcome>;
  ClaimMappingResult: ResolverTypeWrapper<ClaimBatchResult>;
  ClaimMappingSummary: ResolverTypeWrapper<ClaimMappingSummary>;
  CodeChange: ResolverTypeWrapper<ChangeEventRecord>;
  CodeChangeConnection: ResolverTypeWrapper<Omit<CodeChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CodeChangeEdge']> }>;
  CodeChangeEdge: ResolverTypeWrapper<Omit<CodeChangeEdge, 'node'> & { node: ResolversTypes['CodeChange'] }>;
  CodeCriteria: ResolverTypeWrapper<CodeCriteriaRecord>;
  CodeCriterion: ResolverTypeWrapper<Omit<CodeCriterion, 'criterion'> & { criterion: ResolversTypes['Criterion'] }>;
  CodeInput: CodeInput;
  CodeOnDate: ResolverTypeWrapper<CodeOnDateRecord>;
  CodeRef: ResolverTypeWrapper<CodeKey>;
  CodeRole: CodeRole;
  ComponentChange: ResolverTypeWrapper<ComponentChangeRecord>;
  Concept: ResolverTypeWrapper<ConceptRecord>;
  ConceptAncestryConnection: ResolverTypeWrapper<Omit<ConceptAncestryConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptAncestryEdge']> }>;
  ConceptAncestryEdge: ResolverTypeWrapper<AncestryEdgeRecord>;
  ConceptClass: ResolverTypeWrapper<ConceptClassRecord>;
  ConceptConnection: ResolverTypeWrapper<Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptEdge']> }>;
  ConceptEdge: ResolverTypeWrapper<Omit<ConceptEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  ConceptFilter: ConceptFilter;
  ConceptInRelease: ResolverTypeWrapper<ConceptInReleaseRecord>;
  ConceptNameSource: ConceptNameSource;
  ConceptPath: ResolverTypeWrapper<ConceptPathRecord>;
  ConceptPathStep: ResolverTypeWrapper<ConceptPathStepRecord>;
  ConceptRelationship: ResolverTypeWrapper<ConceptRelationshipRecord>;
  ConceptRelationshipConnection: ResolverTypeWrapper<Omit<ConceptRelationshipConnection, 'edges'> & { edges: Array<ResolversTypes['ConceptRelationshipEdge']> }>;
  ConceptRelationshipEdge: ResolverTypeWrapper<Omit<ConceptRelationshipEdge, 'node'> & { node: ResolversTypes['ConceptRelationship'] }>;
  ConceptSetItemInput: ConceptSetItemInput;
  Criterion: ResolverTypeWrapper<CriterionRecord>;
  CriterionRequirement: CriterionRequirement;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionStep: ResolverTypeWrapper<DecisionStepResult>;
  DeliveryLevel: ResolverTypeWrapper<DeliveryLevelRecord>;
  DeliveryRecommendation: ResolverTypeWrapper<Recommendation>;
  DeliveryRouting: ResolverTypeWrapper<Routing>;
  DeliveryTechnique: DeliveryTechnique;
  DeliveryTier: DeliveryTier;
  Domain: ResolverTypeWrapper<DomainRecord>;
  EnergyBand: EnergyBand;
  Exclusion: ResolverTypeWrapper<ExclusionRecord>;
  FieldShaping: FieldShaping;
  FlagCount: ResolverTypeWrapper<FlagCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImageGuidance: ImageGuidance;
  ImpactedConcept: ResolverTypeWrapper<ImpactedConceptRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgePackSummary: ResolverTypeWrapper<KnowledgePackSummary>;
  LineStatus: LineStatus;
  Lineage: ResolverTypeWrapper<LineageRecord>;
  LineageDirection: LineageDirection;
  LineageStep: ResolverTypeWrapper<LineageStepRecord>;
  MappingHop: ResolverTypeWrapper<MappingHopRecord>;
  MappingProvenance: ResolverTypeWrapper<MappingProvenance>;
  MappingResolution: ResolverTypeWrapper<MappingResolutionRecord>;
  MappingStatus: MappingStatus;
  MotionManagement: MotionManagement;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payer: Payer;
  ProcedureOccurrenceRow: ResolverTypeWrapper<OccurrenceRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationStatus: RecommendationStatus;
  RecommendedCode: ResolverTypeWrapper<RecommendedCodeResult>;
  RelationshipType: ResolverTypeWrapper<RelationshipTypeRecord>;
  ReleaseChange: ResolverTypeWrapper<ReleaseChangeRecord>;
  ReleaseChangeConnection: ResolverTypeWrapper<Omit<ReleaseChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ReleaseChangeEdge']> }>;
  ReleaseChangeEdge: ResolverTypeWrapper<Omit<ReleaseChangeEdge, 'node'> & { node: ResolversTypes['ReleaseChange'] }>;
  ReleaseChangeFilter: ReleaseChangeFilter;
  ReleaseChangeKind: ReleaseChangeKind;
  ReleaseImpact: ResolverTypeWrapper<ReleaseImpactRecord>;
  SiteOfService: SiteOfService;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceCodeImpact: ResolverTypeWrapper<SourceCodeImpactRecord>;
  SourceToConceptMapRow: ResolverTypeWrapper<SourceToConceptMapRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  SubgraphEdge: ResolverTypeWrapper<SubgraphEdgeRecord>;
  Successor: ResolverTypeWrapper<SuccessorRecord>;
  TableCount: ResolverTypeWrapper<TableCount>;
  Technique: ResolverTypeWrapper<TechniqueRecord>;
  TreatmentInput: TreatmentInput;
  Vocabulary: ResolverTypeWrapper<VocabularyRecord>;
  VocabularyRelease: ResolverTypeWrapper<ReleaseRecord>;
  WorkedExample: ResolverTypeWrapper<WorkedExampleRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: AboutRecord;
  BillingComponents: ComponentsRecord;
  BillingProfile: BillingProfileRecord;
  Boolean: Scalars['Boolean']['output'];
  CdmColumn: CdmColumn;
  ClaimLineInput: ClaimLineInput;
  ClaimLineResult: ClaimLineOutcome;
  ClaimMappingResult: ClaimBatchResult;
  ClaimMappingSummary: ClaimMappingSummary;
  CodeChange: ChangeEventRecord;
  CodeChangeConnection: Omit<CodeChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CodeChangeEdge']> };
  CodeChangeEdge: Omit<CodeChangeEdge, 'node'> & { node: ResolversParentTypes['CodeChange'] };
  CodeCriteria: CodeCriteriaRecord;
  CodeCriterion: Omit<CodeCriterion, 'criterion'> & { criterion: ResolversParentTypes['Criterion'] };
  CodeInput: CodeInput;
  CodeOnDate: CodeOnDateRecord;
  CodeRef: CodeKey;
  ComponentChange: ComponentChangeRecord;
  Concept: ConceptRecord;
  ConceptAncestryConnection: Omit<ConceptAncestryConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptAncestryEdge']> };
  ConceptAncestryEdge: AncestryEdgeRecord;
  ConceptClass: ConceptClassRecord;
  ConceptConnection: Omit<ConceptConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptEdge']> };
  ConceptEdge: Omit<ConceptEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  ConceptFilter: ConceptFilter;
  ConceptInRelease: ConceptInReleaseRecord;
  ConceptPath: ConceptPathRecord;
  ConceptPathStep: ConceptPathStepRecord;
  ConceptRelationship: ConceptRelationshipRecord;
  ConceptRelationshipConnection: Omit<ConceptRelationshipConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConceptRelationshipEdge']> };
  ConceptRelationshipEdge: Omit<ConceptRelationshipEdge, 'node'> & { node: ResolversParentTypes['ConceptRelationship'] };
  ConceptSetItemInput: ConceptSetItemInput;
  Criterion: CriterionRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecisionStep: DecisionStepResult;
  DeliveryLevel: DeliveryLevelRecord;
  DeliveryRecommendation: Recommendation;
  DeliveryRouting: Routing;
  Domain: DomainRecord;
  Exclusion: ExclusionRecord;
  FlagCount: FlagCount;
  ID: Scalars['ID']['output'];
  ImpactedConcept: ImpactedConceptRecord;
  Int: Scalars['Int']['output'];
  KnowledgePackSummary: KnowledgePackSummary;
  Lineage: LineageRecord;
  LineageStep: LineageStepRecord;
  MappingHop: MappingHopRecord;
  MappingProvenance: MappingProvenance;
  MappingResolution: MappingResolutionRecord;
  PageInfo: PageInfo;
  ProcedureOccurrenceRow: OccurrenceRow;
  Query: Record<PropertyKey, never>;
  RecommendedCode: RecommendedCodeResult;
  RelationshipType: RelationshipTypeRecord;
  ReleaseChange: ReleaseChangeRecord;
  ReleaseChangeConnection: Omit<ReleaseChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReleaseChangeEdge']> };
  ReleaseChangeEdge: Omit<ReleaseChangeEdge, 'node'> & { node: ResolversParentTypes['ReleaseChange'] };
  ReleaseChangeFilter: ReleaseChangeFilter;
  ReleaseImpact: ReleaseImpactRecord;
  Source: SourceRecord;
  SourceCodeImpact: SourceCodeImpactRecord;
  SourceToConceptMapRow: SourceToConceptMapRow;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  SubgraphEdge: SubgraphEdgeRecord;
  Successor: SuccessorRecord;
  TableCount: TableCount;
  Technique: TechniqueRecord;
  TreatmentInput: TreatmentInput;
  Vocabulary: VocabularyRecord;
  VocabularyRelease: ReleaseRecord;
  WorkedExample: WorkedExampleRecord;
};

export type CostDirectiveArgs = {
  weight: Scalars['Int']['input'];
};

export type CostDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  knowledgePack?: Resolver<ResolversTypes['KnowledgePackSummary'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BillingComponentsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BillingComponents'] = ResolversParentTypes['BillingComponents']> = {
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  global?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  technical?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type BillingProfileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BillingProfile'] = ResolversParentTypes['BillingProfile']> = {
  addOn?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addOnKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  componentChanges?: Resolver<Array<ResolversTypes['ComponentChange']>, ParentType, ContextType>;
  components?: Resolver<ResolversTypes['BillingComponents'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pitfalls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  primaryCodes?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type CdmColumnResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CdmColumn'] = ResolversParentTypes['CdmColumn']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimLineResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimLineResult'] = ResolversParentTypes['ClaimLineResult']> = {
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['ClaimFlag']>, ParentType, ContextType>;
  lineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ProcedureOccurrenceRow']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LineStatus'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Successor']>, ParentType, ContextType>;
};

export type ClaimMappingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimMappingResult'] = ResolversParentTypes['ClaimMappingResult']> = {
  lines?: Resolver<Array<ResolversTypes['ClaimLineResult']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['MappingProvenance'], ParentType, ContextType>;
  sourceToConceptMap?: Resolver<Array<ResolversTypes['SourceToConceptMapRow']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ClaimMappingSummary'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimMappingSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimMappingSummary'] = ResolversParentTypes['ClaimMappingSummary']> = {
  flags?: Resolver<Array<ResolversTypes['FlagCount']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['TableCount']>, ParentType, ContextType>;
  unmapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeChange'] = ResolversParentTypes['CodeChange']> = {
  authority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
};

export type CodeChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeChangeConnection'] = ResolversParentTypes['CodeChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CodeChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeChangeEdge'] = ResolversParentTypes['CodeChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CodeChange'], ParentType, ContextType>;
};

export type CodeCriteriaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeCriteria'] = ResolversParentTypes['CodeCriteria']> = {
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CodeCriterion']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['DeliveryLevel']>, ParentType, ContextType>;
};

export type CodeCriterionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeCriterion'] = ResolversParentTypes['CodeCriterion']> = {
  criterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['CriterionRequirement'], ParentType, ContextType>;
};

export type CodeOnDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeOnDate'] = ResolversParentTypes['CodeOnDate']> = {
  billingProfile?: Resolver<Maybe<ResolversTypes['BillingProfile']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  equivalentsAtSite?: Resolver<Array<ResolversTypes['Successor']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meaning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payer?: Resolver<Maybe<ResolversTypes['Payer']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Successor']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CodeRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeRef'] = ResolversParentTypes['CodeRef']> = {
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType>;
  conceptCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComponentChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComponentChange'] = ResolversParentTypes['ComponentChange']> = {
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  component?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  into?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statusIndicator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = {
  ancestors?: Resolver<ResolversTypes['ConceptAncestryConnection'], ParentType, ContextType, Partial<ConceptAncestorsArgs>>;
  children?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, Partial<ConceptChildrenArgs>>;
  conceptClassId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conceptName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['ConceptAncestryConnection'], ParentType, ContextType, Partial<ConceptDescendantsArgs>>;
  domainId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inRelease?: Resolver<Maybe<ResolversTypes['ConceptInRelease']>, ParentType, ContextType, RequireFields<ConceptInReleaseArgs, 'releaseId'>>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isDescendantOf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<ConceptIsDescendantOfArgs, 'conceptId'>>;
  mapsTo?: Resolver<ResolversTypes['MappingResolution'], ParentType, ContextType, Partial<ConceptMapsToArgs>>;
  nameSource?: Resolver<ResolversTypes['ConceptNameSource'], ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['ConceptRelationshipConnection'], ParentType, ContextType, Partial<ConceptRelationshipsArgs>>;
  releaseChanges?: Resolver<Array<ResolversTypes['ReleaseChange']>, ParentType, ContextType>;
  standardConcept?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<ConceptValidOnArgs>>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConceptAncestryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptAncestryConnection'] = ResolversParentTypes['ConceptAncestryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConceptAncestryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConceptAncestryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptAncestryEdge'] = ResolversParentTypes['ConceptAncestryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLevelsOfSeparation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLevelsOfSeparation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
};

export type ConceptClassResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptClass'] = ResolversParentTypes['ConceptClass']> = {
  conceptClassConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conceptClassId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptClassName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConceptConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptConnection'] = ResolversParentTypes['ConceptConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConceptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConceptEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptEdge'] = ResolversParentTypes['ConceptEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
};

export type ConceptInReleaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptInRelease'] = ResolversParentTypes['ConceptInRelease']> = {
  conceptClassId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conceptName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domainId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mapsTo?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  releaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  standardConcept?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ConceptPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptPath'] = ResolversParentTypes['ConceptPath']> = {
  concepts?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ConceptPathStep']>, ParentType, ContextType>;
};

export type ConceptPathStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptPathStep'] = ResolversParentTypes['ConceptPathStep']> = {
  from?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ConceptRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptRelationship'] = ResolversParentTypes['ConceptRelationship']> = {
  concept?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ConceptRelationshipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptRelationshipConnection'] = ResolversParentTypes['ConceptRelationshipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConceptRelationshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConceptRelationshipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptRelationshipEdge'] = ResolversParentTypes['ConceptRelationshipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConceptRelationship'], ParentType, ContextType>;
};

export type CriterionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = {
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['WorkedExample']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['Technique']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionStep'] = ResolversParentTypes['DecisionStep']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterion?: Resolver<Maybe<ResolversTypes['Criterion']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeliveryLevelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryLevel'] = ResolversParentTypes['DeliveryLevel']> = {
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
};

export type DeliveryRecommendationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryRecommendation'] = ResolversParentTypes['DeliveryRecommendation']> = {
  codes?: Resolver<Array<ResolversTypes['RecommendedCode']>, ParentType, ContextType>;
  criteriaMet?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  decisionPath?: Resolver<Array<ResolversTypes['DecisionStep']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  missingFacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  routing?: Resolver<Maybe<ResolversTypes['DeliveryRouting']>, ParentType, ContextType>;
  ruleSet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeliveryRoutingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryRouting'] = ResolversParentTypes['DeliveryRouting']> = {
  billed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  choice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modalityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type DomainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = {
  domainConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  domainId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domainName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExclusionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Exclusion'] = ResolversParentTypes['Exclusion']> = {
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  doesNotSatisfy?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  exclusionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['Technique']>, ParentType, ContextType>;
};

export type FlagCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FlagCount'] = ResolversParentTypes['FlagCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['ClaimFlag'], ParentType, ContextType>;
};

export type ImpactedConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImpactedConcept'] = ResolversParentTypes['ImpactedConcept']> = {
  change?: Resolver<ResolversTypes['ReleaseChangeKind'], ParentType, ContextType>;
  concept?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KnowledgePackSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KnowledgePackSummary'] = ResolversParentTypes['KnowledgePackSummary']> = {
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
};

export type LineageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Lineage'] = ResolversParentTypes['Lineage']> = {
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  dot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mermaid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LineageStep']>, ParentType, ContextType>;
};

export type LineageStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LineageStep'] = ResolversParentTypes['LineageStep']> = {
  authority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LineageDirection'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  generation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  siteOfService?: Resolver<Maybe<ResolversTypes['SiteOfService']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
};

export type MappingHopResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MappingHop'] = ResolversParentTypes['MappingHop']> = {
  from?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MappingProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MappingProvenance'] = ResolversParentTypes['MappingProvenance']> = {
  knowledgePackVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyRelease?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MappingResolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MappingResolution'] = ResolversParentTypes['MappingResolution']> = {
  hops?: Resolver<Array<ResolversTypes['MappingHop']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MappingStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProcedureOccurrenceRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProcedureOccurrenceRow'] = ResolversParentTypes['ProcedureOccurrenceRow']> = {
  cdmTable?: Resolver<ResolversTypes['CdmTable'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['CdmColumn']>, ParentType, ContextType>;
  domainId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifierConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modifierSourceValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  procedureConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  procedureDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  procedureEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  procedureSourceConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  procedureSourceValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedureTypeConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitOccurrenceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  codeChanges?: Resolver<ResolversTypes['CodeChangeConnection'], ParentType, ContextType, RequireFields<QueryCodeChangesArgs, 'from' | 'to'>>;
  codeOnDate?: Resolver<ResolversTypes['CodeOnDate'], ParentType, ContextType, RequireFields<QueryCodeOnDateArgs, 'code' | 'date'>>;
  codesOnDate?: Resolver<Array<ResolversTypes['CodeOnDate']>, ParentType, ContextType, RequireFields<QueryCodesOnDateArgs, 'codes' | 'date'>>;
  commonAncestors?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, RequireFields<QueryCommonAncestorsArgs, 'conceptIds'>>;
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType, Partial<QueryConceptArgs>>;
  conceptClasses?: Resolver<Array<ResolversTypes['ConceptClass']>, ParentType, ContextType>;
  concepts?: Resolver<Array<Maybe<ResolversTypes['Concept']>>, ParentType, ContextType, RequireFields<QueryConceptsArgs, 'conceptIds'>>;
  criteriaForCode?: Resolver<ResolversTypes['CodeCriteria'], ParentType, ContextType, RequireFields<QueryCriteriaForCodeArgs, 'code'>>;
  deliveryLevels?: Resolver<Array<ResolversTypes['DeliveryLevel']>, ParentType, ContextType, Partial<QueryDeliveryLevelsArgs>>;
  domains?: Resolver<Array<ResolversTypes['Domain']>, ParentType, ContextType>;
  expandConceptSet?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, RequireFields<QueryExpandConceptSetArgs, 'items'>>;
  lineage?: Resolver<ResolversTypes['Lineage'], ParentType, ContextType, RequireFields<QueryLineageArgs, 'code' | 'direction'>>;
  mapClaimLines?: Resolver<ResolversTypes['ClaimMappingResult'], ParentType, ContextType, RequireFields<QueryMapClaimLinesArgs, 'lines'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'conceptId'>>;
  paths?: Resolver<Array<ResolversTypes['ConceptPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromConceptId' | 'toConceptId'>>;
  recommendDeliveryCode?: Resolver<ResolversTypes['DeliveryRecommendation'], ParentType, ContextType, RequireFields<QueryRecommendDeliveryCodeArgs, 'treatment'>>;
  relationshipTypes?: Resolver<Array<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
  releaseChanges?: Resolver<ResolversTypes['ReleaseChangeConnection'], ParentType, ContextType, RequireFields<QueryReleaseChangesArgs, 'from' | 'to'>>;
  releaseImpact?: Resolver<ResolversTypes['ReleaseImpact'], ParentType, ContextType, RequireFields<QueryReleaseImpactArgs, 'from' | 'to'>>;
  searchConcepts?: Resolver<ResolversTypes['ConceptConnection'], ParentType, ContextType, RequireFields<QuerySearchConceptsArgs, 'query'>>;
  vocabularies?: Resolver<Array<ResolversTypes['Vocabulary']>, ParentType, ContextType>;
  vocabularyReleases?: Resolver<Array<ResolversTypes['VocabularyRelease']>, ParentType, ContextType>;
};

export type RecommendedCodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecommendedCode'] = ResolversParentTypes['RecommendedCode']> = {
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CodeRole'], ParentType, ContextType>;
};

export type RelationshipTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipType'] = ResolversParentTypes['RelationshipType']> = {
  definesAncestry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHierarchical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationshipConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationshipName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverseRelationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReleaseChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseChange'] = ResolversParentTypes['ReleaseChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType>;
  conceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromRelease?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReleaseChangeKind'], ParentType, ContextType>;
  otherConceptId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  relationshipId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toRelease?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReleaseChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseChangeConnection'] = ResolversParentTypes['ReleaseChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReleaseChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReleaseChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseChangeEdge'] = ResolversParentTypes['ReleaseChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReleaseChange'], ParentType, ContextType>;
};

export type ReleaseImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseImpact'] = ResolversParentTypes['ReleaseImpact']> = {
  changed?: Resolver<Array<ResolversTypes['ImpactedConcept']>, ParentType, ContextType>;
  entered?: Resolver<Array<ResolversTypes['ImpactedConcept']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['VocabularyRelease'], ParentType, ContextType>;
  left?: Resolver<Array<ResolversTypes['ImpactedConcept']>, ParentType, ContextType>;
  sourceCodes?: Resolver<Array<ResolversTypes['SourceCodeImpact']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['VocabularyRelease'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SourceCodeImpactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceCodeImpact'] = ResolversParentTypes['SourceCodeImpact']> = {
  after?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  before?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MappingStatus'], ParentType, ContextType>;
  tableAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tableBefore?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceToConceptMapRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceToConceptMapRow'] = ResolversParentTypes['SourceToConceptMapRow']> = {
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceCodeDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceVocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetVocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  dot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SubgraphEdge']>, ParentType, ContextType>;
  mermaid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubgraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubgraphEdge'] = ResolversParentTypes['SubgraphEdge']> = {
  fromConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invalidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SuccessorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Successor'] = ResolversParentTypes['Successor']> = {
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['CodeRef'], ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siteOfService?: Resolver<Maybe<ResolversTypes['SiteOfService']>, ParentType, ContextType>;
};

export type TableCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TableCount'] = ResolversParentTypes['TableCount']> = {
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['CdmTable'], ParentType, ContextType>;
};

export type TechniqueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Technique'] = ResolversParentTypes['Technique']> = {
  confidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfies?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  techniqueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VocabularyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = {
  vocabularyConceptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vocabularyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vocabularyReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vocabularyVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VocabularyReleaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VocabularyRelease'] = ResolversParentTypes['VocabularyRelease']> = {
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concepts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousReleaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vocabularies?: Resolver<Array<ResolversTypes['Vocabulary']>, ParentType, ContextType>;
  vocabularyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkedExampleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkedExample'] = ResolversParentTypes['WorkedExample']> = {
  exampleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expectedCodes?: Resolver<Array<ResolversTypes['CodeRef']>, ParentType, ContextType>;
  expectedCriterion?: Resolver<Maybe<ResolversTypes['Criterion']>, ParentType, ContextType>;
  expectedLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  About?: AboutResolvers<ContextType>;
  BillingComponents?: BillingComponentsResolvers<ContextType>;
  BillingProfile?: BillingProfileResolvers<ContextType>;
  CdmColumn?: CdmColumnResolvers<ContextType>;
  ClaimLineResult?: ClaimLineResultResolvers<ContextType>;
  ClaimMappingResult?: ClaimMappingResultResolvers<ContextType>;
  ClaimMappingSummary?: ClaimMappingSummaryResolvers<ContextType>;
  CodeChange?: CodeChangeResolvers<ContextType>;
  CodeChangeConnection?: CodeChangeConnectionResolvers<ContextType>;
  CodeChangeEdge?: CodeChangeEdgeResolvers<ContextType>;
  CodeCriteria?: CodeCriteriaResolvers<ContextType>;
  CodeCriterion?: CodeCriterionResolvers<ContextType>;
  CodeOnDate?: CodeOnDateResolvers<ContextType>;
  CodeRef?: CodeRefResolvers<ContextType>;
  ComponentChange?: ComponentChangeResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptAncestryConnection?: ConceptAncestryConnectionResolvers<ContextType>;
  ConceptAncestryEdge?: ConceptAncestryEdgeResolvers<ContextType>;
  ConceptClass?: ConceptClassResolvers<ContextType>;
  ConceptConnection?: ConceptConnectionResolvers<ContextType>;
  ConceptEdge?: ConceptEdgeResolvers<ContextType>;
  ConceptInRelease?: ConceptInReleaseResolvers<ContextType>;
  ConceptPath?: ConceptPathResolvers<ContextType>;
  ConceptPathStep?: ConceptPathStepResolvers<ContextType>;
  ConceptRelationship?: ConceptRelationshipResolvers<ContextType>;
  ConceptRelationshipConnection?: ConceptRelationshipConnectionResolvers<ContextType>;
  ConceptRelationshipEdge?: ConceptRelationshipEdgeResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecisionStep?: DecisionStepResolvers<ContextType>;
  DeliveryLevel?: DeliveryLevelResolvers<ContextType>;
  DeliveryRecommendation?: DeliveryRecommendationResolvers<ContextType>;
  DeliveryRouting?: DeliveryRoutingResolvers<ContextType>;
  Domain?: DomainResolvers<ContextType>;
  Exclusion?: ExclusionResolvers<ContextType>;
  FlagCount?: FlagCountResolvers<ContextType>;
  ImpactedConcept?: ImpactedConceptResolvers<ContextType>;
  KnowledgePackSummary?: KnowledgePackSummaryResolvers<ContextType>;
  Lineage?: LineageResolvers<ContextType>;
  LineageStep?: LineageStepResolvers<ContextType>;
  MappingHop?: MappingHopResolvers<ContextType>;
  MappingProvenance?: MappingProvenanceResolvers<ContextType>;
  MappingResolution?: MappingResolutionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcedureOccurrenceRow?: ProcedureOccurrenceRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendedCode?: RecommendedCodeResolvers<ContextType>;
  RelationshipType?: RelationshipTypeResolvers<ContextType>;
  ReleaseChange?: ReleaseChangeResolvers<ContextType>;
  ReleaseChangeConnection?: ReleaseChangeConnectionResolvers<ContextType>;
  ReleaseChangeEdge?: ReleaseChangeEdgeResolvers<ContextType>;
  ReleaseImpact?: ReleaseImpactResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceCodeImpact?: SourceCodeImpactResolvers<ContextType>;
  SourceToConceptMapRow?: SourceToConceptMapRowResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SubgraphEdge?: SubgraphEdgeResolvers<ContextType>;
  Successor?: SuccessorResolvers<ContextType>;
  TableCount?: TableCountResolvers<ContextType>;
  Technique?: TechniqueResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
  VocabularyRelease?: VocabularyReleaseResolvers<ContextType>;
  WorkedExample?: WorkedExampleResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  cost?: CostDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
