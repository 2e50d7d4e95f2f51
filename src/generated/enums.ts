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

export type CodeRole =
  /** A code reported beside the delivery code (77387 image guidance), never the primary event. */
  | 'ADD_ON'
  /** The delivery code of the fraction. */
  | 'PRIMARY';

/** The origin of a concept's name. */
export type ConceptNameSource =
  /** The project's own short label, used where the official descriptor is licensed (CPT4). */
  | 'PROJECT_LABEL'
  /** A public-domain descriptor (HCPCS, published by CMS). */
  | 'PUBLIC_DESCRIPTOR'
  /** Loaded from an OMOP vocabulary release (for CPT4, the user's licensed ATHENA download). */
  | 'VOCABULARY';

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

/** What became of a claim line. */
export type LineStatus =
  /** Rows with the standard concept(s) the code maps to on its date of service. */
  | 'MAPPED'
  /** No row: the input cannot be read (malformed code or modifier, date out of range, negative units). */
  | 'REJECTED'
  /** A row with procedureConceptId 0 (OMOP's convention): unknown code or modifier, or no standard target. */
  | 'UNMAPPED';

/** Which way `lineage` walks the change events from the code it starts at. */
export type LineageDirection =
  /** Both walks, in one answer. */
  | 'BOTH'
  /** Codes this code came from (77418 before G6015), generation by generation. */
  | 'PREDECESSORS'
  /** Codes that took this code's place (77407 or 77412 after G6015), generation by generation. */
  | 'SUCCESSORS';

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

export type RecommendationStatus =
  /** Facts are missing or contradict each other; `missingFacts` says what to add. No code is guessed. */
  | 'NEEDS_MORE_INFORMATION'
  /** The treatment is outside the delivery levels; `routing` names the family and codes that apply. */
  | 'OUT_OF_SCOPE'
  /** Codes are recommended; the decision path names the criterion or rule that decided them. */
  | 'RECOMMENDED';

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

/** Where a service was delivered, which decides the code set in force before 2026. */
export type SiteOfService =
  /** Hospital outpatient department, paid under the Outpatient Prospective Payment System (HOPPS). */
  | 'HOSPITAL_OUTPATIENT'
  /** Physician office / freestanding centre, paid under the Medicare Physician Fee Schedule (MPFS). */
  | 'PHYSICIAN_OFFICE';
