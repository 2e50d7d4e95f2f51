/**
 * Schema of criteria/criteria.json: the 2026 delivery levels, criteria, techniques, exclusions, examples.
 */
import { z } from 'zod';
import { CodeRefSchema, CodeSchema, ConfidenceSchema, IdSchema, IsoDateSchema, NoteSchema, SourceListSchema, VocabularyIdSchema } from './common.js';

export const CRITERION_ROLES = ['level-criterion', 'supporting'] as const;
export const TREATMENT_TYPES = ['external-beam', 'srs', 'sbrt', 'brachytherapy', 'superficial'] as const;
export const MODALITIES = ['photon', 'electron', 'mixed'] as const;
export const PLANNING_TYPES = ['2d', '3d', 'imrt', 'vmat', 'electron'] as const;
export const FACT_KEYS = [
  'treatmentType',
  'modality',
  'planning',
  'isocenters',
  'sameSession',
  'mixedFieldsSameVolume',
  'totalSkinElectron',
  'abuttingElectronFields',
  'dvhConstraintAssessed',
] as const;


/** The structured facts of one treatment fraction from which a rules engine decides the level. */
export const TreatmentFactsSchema = z.strictObject({
  treatmentType: z.enum(TREATMENT_TYPES),
  modality: z.enum(MODALITIES),
  planning: z.enum(PLANNING_TYPES),
  /** Isocenters of the plan that are treated on this day (1 for electrons set up without one). */
  isocenters: z.number().int().min(1),
  /** All isocenters are treated in the same session (false: e.g. a boost phase on another day). */
  sameSession: z.boolean(),
  mixedFieldsSameVolume: z.boolean(),
  totalSkinElectron: z.boolean(),
  abuttingElectronFields: z.boolean(),
  dvhConstraintAssessed: z.boolean(),
  /** Technique ids of criteria.json `techniques`. */
  techniques: z.array(IdSchema),
});

export const FactKeySchema = z.enum(FACT_KEYS);
export const ConditionSchema = z.strictObject({
  fact: FactKeySchema,
  op: z.enum(['eq', 'in', 'gte', 'lte']),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()).min(1)]),
});
export type Condition = z.infer<typeof ConditionSchema>;
/** A predicate over TreatmentFacts: a condition, or all/any/not of predicates. */
export type When = Condition | { all: When[] } | { any: When[] } | { not: When };
export const WhenSchema: z.ZodType<When> = z.lazy(() =>
  z.union([
    ConditionSchema,
    z.strictObject({ all: z.array(WhenSchema).min(1) }),
    z.strictObject({ any: z.array(WhenSchema).min(1) }),
    z.strictObject({ not: WhenSchema }),
  ]),
);

export const ScopeSchema = z.strictObject({
  statement: z.string().min(1),
  treatmentTypes: z.array(z.enum(TREATMENT_TYPES)).min(1),
  includedModalities: z.array(z.strictObject({ id: IdSchema, name: z.string().min(1) })).min(1),
  excludedModalities: z.array(
    z.strictObject({ id: IdSchema, name: z.string().min(1), codes: z.array(CodeRefSchema), note: NoteSchema }),
  ),
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
  scope: ScopeSchema,
  /** Level ids, tried in this order; the first level whose requirements hold wins. */
  evaluationOrder: z.array(IdSchema).min(1),
  levels: z.array(LevelSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
  techniques: z.array(TechniqueSchema),
  exclusions: z.array(ExclusionSchema),
  examples: z.array(ExampleSchema),
});


export type TreatmentFacts = z.infer<typeof TreatmentFactsSchema>;
export type FactKey = z.infer<typeof FactKeySchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type CriteriaFile = z.infer<typeof CriteriaFileSchema>;
