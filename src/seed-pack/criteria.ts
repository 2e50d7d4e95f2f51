/**
 * Schema of criteria/criteria.json: the 2026 delivery levels, their criteria, techniques,
 * exclusions, add-on rules and worked examples; the modalities outside the levels and the code
 * each keeps; and the delivery coding in force before 2026 by site of service.
 */
import { z } from 'zod';
import { CodeRefSchema, CodeSchema, ConfidenceSchema, IdSchema, IsoDateSchema, NoteSchema, SourceListSchema, VocabularyIdSchema } from './common.js';

export const CRITERION_ROLES = ['level-criterion', 'supporting'] as const;
export const TREATMENT_TYPES = ['external-beam', 'srs', 'sbrt', 'proton', 'brachytherapy', 'superficial', 'intraoperative'] as const;
export const MODALITIES = ['photon', 'electron', 'mixed'] as const;
export const PLANNING_TYPES = ['2d', '3d', 'imrt', 'vmat', 'electron'] as const;
export const FIELD_SHAPING = ['blocks', 'wedges', 'field-in-field', 'mlc'] as const;
export const IMAGE_GUIDANCE = ['none', 'kv-planar', 'mv-portal', 'cbct', '4d-cbct', 'ct', 'ultrasound', 'stereoscopic-xray', 'surface-imaging'] as const;
export const DELIVERY_TIERS = ['simple', 'intermediate', 'complex'] as const;
export const ENERGY_BANDS = ['up-to-5-mev', '6-10-mev', '11-19-mev', '20-mev-plus'] as const;
export const PRIOR_SETTINGS = ['MPFS', 'HOPPS'] as const;
export const CODE_ROLES = ['primary', 'add-on'] as const;
export const BILLED_UNITS = ['per_fraction', 'per_session', 'per_course'] as const;

/**
 * The structured facts of one treatment fraction from which the rules engine decides. What each
 * fact means is said once, in criteria.json `facts` (and seed/README.md).
 */
export const TreatmentFactsSchema = z.strictObject({
  treatmentType: z.enum(TREATMENT_TYPES),
  modality: z.enum(MODALITIES),
  planning: z.enum(PLANNING_TYPES),
  isocentersPerSession: z.number().int().min(1).nullable(),
  isocentersPerCourse: z.number().int().min(1).nullable(),
  mixedFieldsSameVolume: z.boolean(),
  totalSkinElectron: z.boolean(),
  abuttingElectronFields: z.boolean(),
  dvhConstraintAssessed: z.boolean(),
  fieldShaping: z.array(z.enum(FIELD_SHAPING)),
  imageGuidance: z.enum(IMAGE_GUIDANCE),
  imageGuidanceReviewed: z.boolean().nullable(),
  deliveryTier: z.enum(DELIVERY_TIERS).nullable(),
  energyBand: z.enum(ENERGY_BANDS).nullable(),
  /** Technique ids of criteria.json `techniques`. */
  techniques: z.array(IdSchema),
});
export type TreatmentFacts = z.infer<typeof TreatmentFactsSchema>;
export const FACT_KEYS = Object.keys(TreatmentFactsSchema.shape) as (keyof TreatmentFacts)[];

export const FactKeySchema = z.enum(FACT_KEYS as [keyof TreatmentFacts, ...(keyof TreatmentFacts)[]]);
/**
 * A condition on one fact. `includesAny` holds when a list fact (fieldShaping, techniques) holds
 * any of the listed values; `in` when a single-valued fact is one of them.
 */
export const ConditionSchema = z.strictObject({
  fact: FactKeySchema,
  op: z.enum(['eq', 'in', 'includesAny', 'gte', 'lte']),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()).min(1)]),
});
export type Condition = z.infer<typeof ConditionSchema>;
/** A reference to another criterion: holds when that criterion is satisfied. */
export const CriterionRefSchema = z.strictObject({ criterion: IdSchema });
/** A predicate over TreatmentFacts: a condition, a criterion reference, or all/any/not of predicates. */
export type When = Condition | { criterion: string } | { all: When[] } | { any: When[] } | { not: When };
export const WhenSchema: z.ZodType<When> = z.lazy(() =>
  z.union([
    ConditionSchema,
    CriterionRefSchema,
    z.strictObject({ all: z.array(WhenSchema).min(1) }),
    z.strictObject({ any: z.array(WhenSchema).min(1) }),
    z.strictObject({ not: WhenSchema }),
  ]),
);

export const FactDefinitionSchema = z.strictObject({ id: FactKeySchema, meaning: z.string().min(1), sources: SourceListSchema });

/** A modality outside the 2026 levels and the delivery codes it keeps. */
export const ExcludedModalitySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  treatmentTypes: z.array(z.enum(TREATMENT_TYPES)).min(1),
  /** The billing family (billing/families.json) its codes belong to. */
  family: IdSchema.nullable(),
  codes: z.array(CodeRefSchema),
  /** What chooses among the codes, in the project's words. */
  choice: z.string().min(1),
  billed: z.enum(BILLED_UNITS).nullable(),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

export const ScopeSchema = z.strictObject({
  statement: z.string().min(1),
  treatmentTypes: z.array(z.enum(TREATMENT_TYPES)).min(1),
  includedModalities: z.array(z.strictObject({ id: IdSchema, name: z.string().min(1) })).min(1),
  excludedModalities: z.array(ExcludedModalitySchema),
  documentation: z.string().min(1),
  sources: SourceListSchema,
});

export const LevelSchema = z.strictObject({
  id: IdSchema,
  level: z.number().int().min(1).max(3),
  vocabularyId: VocabularyIdSchema,
  conceptCode: CodeSchema,
  effectiveFrom: IsoDateSchema,
  summary: z.string().min(1),
  requiresAll: z.array(IdSchema),
  requiresAny: z.array(IdSchema),
  excludedBy: z.array(IdSchema),
  sources: SourceListSchema,
});

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  role: z.enum(CRITERION_ROLES),
  definition: z.string().min(1),
  /** Facts that satisfy the criterion; null when only techniques (their `satisfies`) can. */
  when: WhenSchema.nullable(),
  relatedCodes: z.array(CodeRefSchema),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

export const TechniqueSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  satisfies: z.array(IdSchema),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

export const ExclusionSchema = z.strictObject({
  id: IdSchema,
  statement: z.string().min(1),
  doesNotSatisfy: z.array(IdSchema),
  excludesLevels: z.array(IdSchema),
  techniques: z.array(IdSchema),
  /** Facts under which the exclusion applies (besides the presence of one of its techniques). */
  when: WhenSchema.optional(),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

/** A code added beside the level's code when `when` holds (reviewed image guidance adds 77387). */
export const AddOnRuleSchema = z.strictObject({
  id: IdSchema,
  statement: z.string().min(1),
  vocabularyId: VocabularyIdSchema,
  conceptCode: CodeSchema,
  effectiveFrom: IsoDateSchema,
  component: z.enum(['professional', 'technical', 'global']),
  when: WhenSchema,
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

/**
 * The delivery coding in force before the 2026 levels, for one site of service and period: when
 * `when` holds, the choice whose `when` holds gives the code; `decidedBy` names the facts the
 * choice needs (missing ones make the answer ask for them).
 */
export const PriorCodingSchema = z.strictObject({
  id: IdSchema,
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema,
  setting: z.enum(PRIOR_SETTINGS),
  role: z.enum(CODE_ROLES),
  service: z.string().min(1),
  when: WhenSchema,
  decidedBy: z.array(FactKeySchema),
  choices: z.array(z.strictObject({ when: WhenSchema.nullable(), vocabularyId: VocabularyIdSchema, conceptCode: CodeSchema })).min(1),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

export const ExampleSchema = z.strictObject({
  id: IdSchema,
  scenario: z.string().min(1),
  facts: TreatmentFactsSchema,
  expectedCodes: z.array(CodeSchema).min(1),
  expectedLevel: IdSchema.nullable(),
  expectedCriterion: IdSchema.nullable(),
  sources: SourceListSchema,
  note: NoteSchema,
});

export const CriteriaFileSchema = z.strictObject({
  effectiveFrom: IsoDateSchema,
  /** What every treatment fact means, once. */
  facts: z.array(FactDefinitionSchema),
  scope: ScopeSchema,
  /** Level ids, tried in this order; the first level whose requirements hold wins. */
  evaluationOrder: z.array(IdSchema).min(1),
  levels: z.array(LevelSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
  techniques: z.array(TechniqueSchema),
  exclusions: z.array(ExclusionSchema),
  addOnRules: z.array(AddOnRuleSchema),
  priorCoding: z.array(PriorCodingSchema),
  examples: z.array(ExampleSchema),
});

export type FactKey = z.infer<typeof FactKeySchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export type ExcludedModality = z.infer<typeof ExcludedModalitySchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
export type AddOnRule = z.infer<typeof AddOnRuleSchema>;
export type PriorCoding = z.infer<typeof PriorCodingSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type CriteriaFile = z.infer<typeof CriteriaFileSchema>;

/** The criteria a predicate refers to (`{ criterion }` nodes). */
export function criterionRefs(when: When | null | undefined): string[] {
  if (!when) return [];
  if ('all' in when) return when.all.flatMap(criterionRefs);
  if ('any' in when) return when.any.flatMap(criterionRefs);
  if ('not' in when) return criterionRefs(when.not);
  if ('criterion' in when) return [when.criterion];
  return [];
}
