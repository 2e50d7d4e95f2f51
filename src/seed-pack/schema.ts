/**
 * Schemas of the curated seed pack (seed/) and the cross-file checks that a schema alone
 * cannot express (unknown source ids, dangling criterion ids, duplicate ids, missing labels).
 *
 * Each file is validated by its own schema in read-pack.ts; `checkPack` then looks at the
 * parsed pack as a whole and returns a list of problems (empty when the pack is sound).
 */
import { z } from 'zod';
import { isIsoDate } from '../dates.js';

// ---------------------------------------------------------------------------------------------
// Closed vocabularies
// ---------------------------------------------------------------------------------------------

export const SOURCE_KINDS = ['paper', 'society', 'regulation', 'vocabulary', 'blog', 'dataset', 'project'] as const;
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const VOCABULARY_IDS = ['CPT4', 'HCPCS'] as const;
export const CHANGE_KINDS = ['added', 'revised', 'deleted', 'replaced', 'bundled'] as const;
export const AUTHORITIES = ['AMA CPT', 'CMS'] as const;
export const SETTINGS = ['MPFS', 'HOPPS', 'all'] as const;
export const COMPONENTS = ['professional', 'technical', 'global'] as const;
export const FREQUENCIES = [
  'per_visit',
  'per_course',
  'per_simulation',
  'per_fraction',
  'per_5_fractions',
  'per_session',
  'weekly',
  'per_procedure',
] as const;
export const MODIFIER_KINDS = ['component', 'laterality', 'distinct_service'] as const;
export const NAME_SOURCES = ['PUBLIC_DESCRIPTOR', 'PROJECT_LABEL'] as const;
export const PAYMENT_BASES = ['in_effect', 'ruc_survey', 'estimate'] as const;
export const COMPONENT_CHANGES = ['bundled', 'removed', 'added'] as const;
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

/** First concept_id of OMOP's local range (concept_id above 2,000,000,000). */
export const LOCAL_CONCEPT_ID_MIN = 2_000_000_001;

// ---------------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------------

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, 'not a real calendar day');

/** Kebab-case id of a curated item (criterion, level, family, event...). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(ID_PATTERN, 'expected a kebab-case id');
export const SourceIdSchema = z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'expected an upper-case source id');
export const SourceListSchema = z.array(SourceIdSchema).min(1, 'at least one source is required');
export const ConfidenceSchema = z.enum(CONFIDENCE_LEVELS);
export const VocabularyIdSchema = z.enum(VOCABULARY_IDS);
export const CodeSchema = z.string().regex(/^[0-9A-Z]{2,7}$/, 'expected a procedure code or modifier');
export const ComponentSchema = z.enum(COMPONENTS);
export const FrequencySchema = z.enum(FREQUENCIES);
const NoteSchema = z.string().min(1).optional();

/** A semicolon-separated list of source ids in a CSV cell. */
const CsvSourceListSchema = z
  .string()
  .transform((value) => value.split(';').map((part) => part.trim()))
  .pipe(SourceListSchema);
/** An optional CSV cell: the empty string becomes null. */
const CsvOptionalTextSchema = z.string().transform((value) => (value === '' ? null : value));
const CsvStandardConceptSchema = z
  .enum(['S', 'C', ''])
  .transform((value) => (value === '' ? null : value));

// ---------------------------------------------------------------------------------------------
// sources.json
// ---------------------------------------------------------------------------------------------

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  citation: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
});
export const SourcesFileSchema = z.array(SourceSchema).min(1);

// ---------------------------------------------------------------------------------------------
// concepts/*.csv
// ---------------------------------------------------------------------------------------------

/** A row of the public concept export (omop-radiation-oncology-concepts.csv). */
export const OmopConceptRowSchema = z.strictObject({
  concept_id: z
    .string()
    .regex(/^[1-9]\d*$/, 'expected a positive integer')
    .transform(Number),
  concept_code: CodeSchema,
  vocabulary_id: VocabularyIdSchema,
  concept_class_id: z.enum(['CPT4', 'CPT4 Hierarchy', 'CPT4 Modifier', 'HCPCS', 'HCPCS Modifier']),
  domain_id: z.string().min(1),
  standard_concept: CsvStandardConceptSchema,
  invalid_reason_as_exported: z.enum(['V', 'D', 'U']),
  concept_name_public_hcpcs_only: z.string(),
  cpt4_name_present_in_source: z.string(),
  n_sources: z
    .string()
    .regex(/^\d+$/)
    .transform(Number),
  sources: z.string().min(1),
});

/** A row of cpt4-labels.csv: the project's own short label of a CPT4 concept. */
export const Cpt4LabelRowSchema = z.strictObject({
  concept_code: CodeSchema,
  label: z.string().min(1).max(100, 'labels are short: at most 100 characters'),
  confidence: ConfidenceSchema,
  sources: CsvSourceListSchema,
  note: CsvOptionalTextSchema,
});

/** A row of local-concepts.csv: a curated concept with no public OMOP concept_id. */
export const LocalConceptRowSchema = z
  .strictObject({
    concept_id: z
      .string()
      .regex(/^\d+$/, 'expected an integer')
      .transform(Number)
      .pipe(z.number().int().min(LOCAL_CONCEPT_ID_MIN, 'local concept ids are above 2,000,000,000')),
    concept_code: CodeSchema,
    vocabulary_id: VocabularyIdSchema,
    concept_class_id: z.enum(['CPT4', 'CPT4 Modifier', 'HCPCS', 'HCPCS Modifier']),
    domain_id: z.enum(['Procedure', 'Observation', 'Device']),
    standard_concept: CsvStandardConceptSchema,
    concept_name: z.string().min(1),
    name_source: z.enum(NAME_SOURCES),
    sources: CsvSourceListSchema,
    note: CsvOptionalTextSchema,
  })
  .superRefine((row, ctx) => {
    const expectedVocabulary = row.concept_class_id.startsWith('CPT4') ? 'CPT4' : 'HCPCS';
    if (row.vocabulary_id !== expectedVocabulary) {
      ctx.addIssue({
        code: 'custom',
        path: ['vocabulary_id'],
        message: `class '${row.concept_class_id}' belongs to vocabulary ${expectedVocabulary}`,
      });
    }
    if (row.vocabulary_id === 'CPT4' && row.name_source !== 'PROJECT_LABEL') {
      ctx.addIssue({
        code: 'custom',
        path: ['name_source'],
        message: 'CPT names are AMA copyright: a CPT4 local concept carries a PROJECT_LABEL name',
      });
    }
  });

// ---------------------------------------------------------------------------------------------
// Code references
// ---------------------------------------------------------------------------------------------

export const CodeRefSchema = z.strictObject({
  vocabularyId: VocabularyIdSchema,
  conceptCode: CodeSchema,
});

const codeRefExtras = {
  /** The date whose meaning of the code is meant (reused codes: see code-versions.json). */
  meaningAsOf: IsoDateSchema.optional(),
  /** Only this component of the code is meant. */
  component: ComponentSchema.optional(),
  /** Only this use of the code is meant (e.g. "use for radiation-therapy localization only"). */
  qualifier: z.string().min(1).optional(),
};

export const EventSourceRefSchema = z.strictObject({ ...CodeRefSchema.shape, ...codeRefExtras });

export const EventTargetRefSchema = z.strictObject({
  ...CodeRefSchema.shape,
  ...codeRefExtras,
  /**
   * null (unconditional), a kebab-case id of a level or criterion in criteria.json, or a short
   * free-text condition (any string that is not kebab-case, e.g. "simple IMRT delivery").
   */
  condition: z.string().min(1).nullable(),
  setting: z.enum(SETTINGS).nullable(),
});

// ---------------------------------------------------------------------------------------------
// history/change-events.json and history/code-versions.json
// ---------------------------------------------------------------------------------------------

export const ChangeEventSchema = z
  .strictObject({
    id: IdSchema,
    effectiveDate: IsoDateSchema,
    kind: z.enum(CHANGE_KINDS),
    authority: z.enum(AUTHORITIES),
    summary: z.string().min(1),
    from: z.array(EventSourceRefSchema),
    to: z.array(EventTargetRefSchema),
    sources: SourceListSchema,
    confidence: ConfidenceSchema,
    note: NoteSchema,
  })
  .superRefine((event, ctx) => {
    const needsFrom = event.kind !== 'added';
    const needsTo = event.kind !== 'deleted';
    if (needsFrom && event.from.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `a '${event.kind}' event names the codes it changes` });
    }
    if (!needsFrom && event.from.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: "an 'added' event has no 'from' codes" });
    }
    if (needsTo && event.to.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `a '${event.kind}' event names its target codes` });
    }
    if (!needsTo && event.to.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: "a 'deleted' event has no 'to' codes (use a 'replaced' event)" });
    }
  });
export const ChangeEventsFileSchema = z.array(ChangeEventSchema);

export const CodeVersionSchema = z
  .strictObject({
    vocabularyId: VocabularyIdSchema,
    conceptCode: CodeSchema,
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable(),
    meaning: z.string().min(1).max(300),
    sources: SourceListSchema,
    confidence: ConfidenceSchema,
    note: NoteSchema,
  })
  .refine((version) => version.validTo === null || version.validTo >= version.validFrom, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  });
export const CodeVersionsFileSchema = z.array(CodeVersionSchema);

// ---------------------------------------------------------------------------------------------
// billing/*.json
// ---------------------------------------------------------------------------------------------

export const CodeRangeSchema = z
  .strictObject({
    vocabularyId: VocabularyIdSchema,
    from: CodeSchema,
    to: CodeSchema,
  })
  .refine((range) => range.from.length === range.to.length && range.from <= range.to, {
    message: "a range's bounds have the same length and from <= to",
  });

export const FamilySchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    ranges: z.array(CodeRangeSchema),
    codes: z.array(CodeRefSchema),
    parent: IdSchema.nullable(),
    billed: FrequencySchema.nullable(),
    sources: SourceListSchema,
    note: NoteSchema,
  })
  .refine((family) => family.ranges.length + family.codes.length > 0, {
    message: 'a family has at least one range or code',
  });
export const FamiliesFileSchema = z.array(FamilySchema);

export const ComponentsSchema = z.strictObject({
  professional: z.boolean().nullable(),
  technical: z.boolean().nullable(),
  global: z.boolean().nullable(),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});

export const ComponentChangeSchema = z.strictObject({
  effectiveDate: IsoDateSchema,
  component: ComponentSchema,
  change: z.enum(COMPONENT_CHANGES),
  into: z.array(CodeSchema),
  statusIndicator: z.string().min(1).max(2).nullable(),
  sources: SourceListSchema,
  note: NoteSchema,
});

export const ProfileSchema = z.strictObject({
  vocabularyId: VocabularyIdSchema,
  conceptCode: CodeSchema,
  family: IdSchema,
  frequency: FrequencySchema,
  addOn: z.boolean().nullable(),
  primaryCodes: z.array(CodeSchema).optional(),
  components: ComponentsSchema,
  componentChanges: z.array(ComponentChangeSchema),
  pitfalls: z.array(z.string().min(1)),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});
export const ProfilesFileSchema = z.array(ProfileSchema);

export const ModifierSchema = z.strictObject({
  code: z.string().regex(/^[0-9A-Z]{2}$/, 'modifiers have two characters'),
  vocabularyId: VocabularyIdSchema,
  meaning: z.string().min(1),
  kind: z.enum(MODIFIER_KINDS),
  sources: SourceListSchema,
  confidence: ConfidenceSchema,
  note: NoteSchema,
});
export const ModifiersFileSchema = z.array(ModifierSchema);

export const PaymentSchema = z
  .strictObject({
    vocabularyId: VocabularyIdSchema,
    conceptCode: CodeSchema,
    year: z.number().int().min(1990).max(2100),
    setting: z.enum(SETTINGS),
    component: ComponentSchema.nullable(),
    basis: z.enum(PAYMENT_BASES),
    apc: z.string().regex(/^\d{4}$/).nullable(),
    amountUsd: z.number().nonnegative().nullable(),
    approximate: z.boolean(),
    statusIndicator: z.string().min(1).max(2).nullable(),
    totalRvu: z.number().nonnegative().nullable(),
    workRvu: z.number().nonnegative().nullable(),
    expectedShareOfFractions: z.string().min(1).nullable(),
    sources: SourceListSchema,
    confidence: ConfidenceSchema,
    note: NoteSchema,
  })
  .refine(
    (payment) =>
      [payment.apc, payment.amountUsd, payment.statusIndicator, payment.totalRvu, payment.workRvu, payment.expectedShareOfFractions].some(
        (value) => value !== null,
      ),
    { message: 'a payment entry states at least one value' },
  );
export const PaymentsFileSchema = z.array(PaymentSchema);

// ---------------------------------------------------------------------------------------------
// criteria/criteria.json
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type Source = z.infer<typeof SourceSchema>;
export type OmopConceptRow = z.infer<typeof OmopConceptRowSchema>;
export type Cpt4LabelRow = z.infer<typeof Cpt4LabelRowSchema>;
export type LocalConceptRow = z.infer<typeof LocalConceptRowSchema>;
export type CodeRef = z.infer<typeof CodeRefSchema>;
export type EventSourceRef = z.infer<typeof EventSourceRefSchema>;
export type EventTargetRef = z.infer<typeof EventTargetRefSchema>;
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;
export type CodeVersion = z.infer<typeof CodeVersionSchema>;
export type CodeRange = z.infer<typeof CodeRangeSchema>;
export type Family = z.infer<typeof FamilySchema>;
export type Components = z.infer<typeof ComponentsSchema>;
export type ComponentChange = z.infer<typeof ComponentChangeSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Modifier = z.infer<typeof ModifierSchema>;
export type Payment = z.infer<typeof PaymentSchema>;
export type TreatmentFacts = z.infer<typeof TreatmentFactsSchema>;
export type FactKey = z.infer<typeof FactKeySchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type CriteriaFile = z.infer<typeof CriteriaFileSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
export type VocabularyId = z.infer<typeof VocabularyIdSchema>;

export interface SeedPack {
  sources: Source[];
  omopConcepts: OmopConceptRow[];
  cpt4Labels: Cpt4LabelRow[];
  localConcepts: LocalConceptRow[];
  changeEvents: ChangeEvent[];
  codeVersions: CodeVersion[];
  families: Family[];
  profiles: Profile[];
  modifiers: Modifier[];
  payments: Payment[];
  criteria: CriteriaFile;
}

/** The files of the pack, relative to the seed directory. */
export const SEED_FILES = {
  sources: 'sources.json',
  omopConcepts: 'concepts/omop-radiation-oncology-concepts.csv',
  cpt4Labels: 'concepts/cpt4-labels.csv',
  localConcepts: 'concepts/local-concepts.csv',
  changeEvents: 'history/change-events.json',
  codeVersions: 'history/code-versions.json',
  families: 'billing/families.json',
  profiles: 'billing/profiles.json',
  modifiers: 'billing/modifiers.json',
  payments: 'billing/payments.json',
  criteria: 'criteria/criteria.json',
} as const satisfies Record<keyof SeedPack, string>;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** The key by which concepts reconcile across loads: (vocabulary_id, concept_code). */
export function conceptKey(vocabularyId: string, conceptCode: string): string {
  return `${vocabularyId}|${conceptCode}`;
}

function rangeContains(range: CodeRange, vocabularyId: string, code: string): boolean {
  return range.vocabularyId === vocabularyId && code.length === range.from.length && range.from <= code && code <= range.to;
}

/** Does range `inner` lie inside range `outer`? */
function rangeWithin(inner: CodeRange, outer: CodeRange): boolean {
  return rangeContains(outer, inner.vocabularyId, inner.from) && rangeContains(outer, inner.vocabularyId, inner.to);
}

function rangesOverlap(a: CodeRange, b: CodeRange): boolean {
  return a.vocabularyId === b.vocabularyId && a.from.length === b.from.length && a.from <= b.to && b.from <= a.to;
}

function formatRange(range: CodeRange): string {
  return `${range.vocabularyId} ${range.from}-${range.to}`;
}

/**
 * The most specific family of a code: a family naming the code explicitly wins; otherwise the
 * family whose matching range lies inside every other matching range (the narrowest). Returns
 * null when no family matches, or when two matching families are not nested (ambiguous).
 */
export function familyOf(families: readonly Family[], vocabularyId: string, conceptCode: string): Family | null {
  const explicit = families.filter((family) =>
    family.codes.some((code) => code.vocabularyId === vocabularyId && code.conceptCode === conceptCode),
  );
  if (explicit.length === 1) return explicit[0] ?? null;
  if (explicit.length > 1) return null;
  const matches: { family: Family; range: CodeRange }[] = [];
  for (const family of families) {
    for (const range of family.ranges) {
      if (rangeContains(range, vocabularyId, conceptCode)) matches.push({ family, range });
    }
  }
  const narrowest = matches.filter((candidate) => matches.every((other) => rangeWithin(candidate.range, other.range)));
  const ids = new Set(narrowest.map((candidate) => candidate.family.id));
  if (ids.size !== 1) return null;
  return narrowest[0]?.family ?? null;
}

/** Adds one day to a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Cross-file checks
// ---------------------------------------------------------------------------------------------

/**
 * Checks a parsed pack as a whole. Returns one message per problem, each naming the file and the
 * entry ("billing/profiles.json[3] (CPT4 77387): unknown source id 'FOO'"). Empty when sound.
 */
export function checkPack(pack: SeedPack): string[] {
  const problems: string[] = [];
  const report = (where: string, message: string): void => {
    problems.push(`${where}: ${message}`);
  };

  // --- sources --------------------------------------------------------------------------------
  const sourceIds = new Set<string>();
  pack.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) report(`${SEED_FILES.sources}[${index}]`, `duplicate id '${source.id}'`);
    sourceIds.add(source.id);
  });
  const checkSources = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!sourceIds.has(id)) report(where, `unknown source id '${id}'`);
    }
    if (new Set(ids).size !== ids.length) report(where, 'a source id is listed twice');
  };

  // --- concepts -------------------------------------------------------------------------------
  const knownConcepts = new Map<string, number>();
  const omopIds = new Set<number>();
  pack.omopConcepts.forEach((row, index) => {
    const where = `${SEED_FILES.omopConcepts} row ${index + 1}`;
    const key = conceptKey(row.vocabulary_id, row.concept_code);
    if (omopIds.has(row.concept_id)) report(where, `duplicate concept_id ${row.concept_id}`);
    if (knownConcepts.has(key)) report(where, `duplicate concept ${row.vocabulary_id} ${row.concept_code}`);
    omopIds.add(row.concept_id);
    knownConcepts.set(key, row.concept_id);
  });

  const cpt4Codes = new Set(pack.omopConcepts.filter((row) => row.vocabulary_id === 'CPT4').map((row) => row.concept_code));
  const labelled = new Set<string>();
  pack.cpt4Labels.forEach((row, index) => {
    const where = `${SEED_FILES.cpt4Labels} row ${index + 1} (${row.concept_code})`;
    if (labelled.has(row.concept_code)) report(where, `duplicate label for concept_code ${row.concept_code}`);
    labelled.add(row.concept_code);
    if (!cpt4Codes.has(row.concept_code)) report(where, 'label for a code that is not a CPT4 concept of the concepts file');
    checkSources(where, row.sources);
  });
  for (const code of cpt4Codes) {
    if (!labelled.has(code)) report(SEED_FILES.cpt4Labels, `no label for CPT4 concept ${code}`);
  }

  const localIds = new Set<number>();
  pack.localConcepts.forEach((row, index) => {
    const where = `${SEED_FILES.localConcepts} row ${index + 1} (${row.vocabulary_id} ${row.concept_code})`;
    const key = conceptKey(row.vocabulary_id, row.concept_code);
    if (row.concept_id < LOCAL_CONCEPT_ID_MIN) report(where, `concept_id ${row.concept_id} is outside the local range`);
    if (localIds.has(row.concept_id) || omopIds.has(row.concept_id)) report(where, `duplicate concept_id ${row.concept_id}`);
    if (knownConcepts.has(key)) {
      report(where, `duplicate concept ${row.vocabulary_id} ${row.concept_code} (a public or local concept already has this code)`);
    }
    localIds.add(row.concept_id);
    knownConcepts.set(key, row.concept_id);
    checkSources(where, row.sources);
  });
  const checkKnown = (where: string, vocabularyId: string, code: string): void => {
    if (!knownConcepts.has(conceptKey(vocabularyId, code))) {
      report(where, `unknown concept ${vocabularyId} ${code} (neither in the concepts file nor local)`);
    }
  };

  // --- criteria (collected first: change events refer to them) --------------------------------
  const criteriaFile = SEED_FILES.criteria;
  const { criteria } = pack;
  const criterionIds = new Set(criteria.criteria.map((criterion) => criterion.id));
  const levelIds = new Set(criteria.levels.map((level) => level.id));
  const techniqueIds = new Set(criteria.techniques.map((technique) => technique.id));
  const seenCriteriaIds = new Map<string, string>();
  const registerId = (where: string, id: string): void => {
    const previous = seenCriteriaIds.get(id);
    if (previous !== undefined) report(where, `duplicate id '${id}' (also ${previous})`);
    else seenCriteriaIds.set(id, where);
  };
  const checkCriterionIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!criterionIds.has(id)) report(where, `unknown criterion id '${id}'`);
    }
  };
  const checkLevelIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!levelIds.has(id)) report(where, `unknown level id '${id}'`);
    }
  };
  const checkTechniqueIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!techniqueIds.has(id)) report(where, `unknown technique id '${id}'`);
    }
  };

  checkSources(`${criteriaFile} scope`, criteria.scope.sources);
  criteria.scope.excludedModalities.forEach((modality, index) => {
    for (const code of modality.codes) {
      checkKnown(`${criteriaFile} scope.excludedModalities[${index}]`, code.vocabularyId, code.conceptCode);
    }
  });
  criteria.levels.forEach((level, index) => {
    const where = `${criteriaFile} levels[${index}] (${level.id})`;
    registerId(where, level.id);
    checkCriterionIds(where, [...level.requiresAll, ...level.requiresAny, ...level.excludedBy]);
    checkKnown(where, level.vocabularyId, level.conceptCode);
    checkSources(where, level.sources);
    if (level.requiresAll.length + level.requiresAny.length === 0) report(where, 'a level requires at least one criterion');
  });
  for (const levelId of levelIds) {
    const count = criteria.evaluationOrder.filter((id) => id === levelId).length;
    if (count !== 1) report(`${criteriaFile} evaluationOrder`, `level '${levelId}' must appear exactly once (found ${count})`);
  }
  checkLevelIds(`${criteriaFile} evaluationOrder`, criteria.evaluationOrder);

  criteria.criteria.forEach((criterion, index) => {
    const where = `${criteriaFile} criteria[${index}] (${criterion.id})`;
    registerId(where, criterion.id);
    checkSources(where, criterion.sources);
    for (const code of criterion.relatedCodes) checkKnown(where, code.vocabularyId, code.conceptCode);
    if (criterion.when !== null) checkWhen(where, criterion.when, report);
  });
  const satisfiesByTechnique = new Map<string, readonly string[]>();
  criteria.techniques.forEach((technique, index) => {
    const where = `${criteriaFile} techniques[${index}] (${technique.id})`;
    registerId(where, technique.id);
    checkCriterionIds(where, technique.satisfies);
    checkSources(where, technique.sources);
    satisfiesByTechnique.set(technique.id, technique.satisfies);
  });
  criteria.exclusions.forEach((exclusion, index) => {
    const where = `${criteriaFile} exclusions[${index}] (${exclusion.id})`;
    registerId(where, exclusion.id);
    checkCriterionIds(where, exclusion.doesNotSatisfy);
    checkLevelIds(where, exclusion.excludesLevels);
    checkTechniqueIds(where, exclusion.techniques);
    checkSources(where, exclusion.sources);
    for (const techniqueId of exclusion.techniques) {
      for (const criterionId of exclusion.doesNotSatisfy) {
        if (satisfiesByTechnique.get(techniqueId)?.includes(criterionId)) {
          report(where, `technique '${techniqueId}' is said to satisfy '${criterionId}', which this exclusion denies`);
        }
      }
    }
  });
  criteria.examples.forEach((example, index) => {
    const where = `${criteriaFile} examples[${index}] (${example.id})`;
    registerId(where, example.id);
    checkTechniqueIds(where, example.facts.techniques);
    if (example.expectedCriterion !== null) checkCriterionIds(where, [example.expectedCriterion]);
    if (example.expectedLevel !== null) checkLevelIds(where, [example.expectedLevel]);
    for (const code of example.expectedCodes) checkKnown(where, 'CPT4', code);
    checkSources(where, example.sources);
  });

  // --- change events ----------------------------------------------------------------------------
  const eventIds = new Set<string>();
  pack.changeEvents.forEach((event, index) => {
    const where = `${SEED_FILES.changeEvents}[${index}] (${event.id})`;
    if (eventIds.has(event.id)) report(where, `duplicate id '${event.id}'`);
    eventIds.add(event.id);
    checkSources(where, event.sources);
    event.to.forEach((target, targetIndex) => {
      const condition = target.condition;
      if (condition !== null && ID_PATTERN.test(condition) && !criterionIds.has(condition) && !levelIds.has(condition)) {
        report(`${where} to[${targetIndex}]`, `unknown criterion id '${condition}' in condition`);
      }
    });
  });

  // --- code versions --------------------------------------------------------------------------
  const versionsByCode = new Map<string, { version: CodeVersion; index: number }[]>();
  pack.codeVersions.forEach((version, index) => {
    const where = `${SEED_FILES.codeVersions}[${index}] (${version.vocabularyId} ${version.conceptCode})`;
    checkSources(where, version.sources);
    checkKnown(where, version.vocabularyId, version.conceptCode);
    const key = conceptKey(version.vocabularyId, version.conceptCode);
    const list = versionsByCode.get(key) ?? [];
    list.push({ version, index });
    versionsByCode.set(key, list);
  });
  for (const list of versionsByCode.values()) {
    const sorted = [...list].sort((a, b) => a.version.validFrom.localeCompare(b.version.validFrom));
    for (let i = 0; i < sorted.length - 1; i += 1) {
      const current = sorted[i];
      const next = sorted[i + 1];
      if (!current || !next) continue;
      const where = `${SEED_FILES.codeVersions}[${current.index}] (${current.version.vocabularyId} ${current.version.conceptCode})`;
      if (current.version.validTo === null) {
        report(where, `open-ended version is followed by a version from ${next.version.validFrom}`);
      } else if (current.version.validTo >= next.version.validFrom) {
        report(where, `overlaps the version from ${next.version.validFrom}`);
      } else if (nextDay(current.version.validTo) !== next.version.validFrom) {
        report(where, `gap: valid to ${current.version.validTo} but the next version starts ${next.version.validFrom}`);
      }
    }
  }

  // --- families -------------------------------------------------------------------------------
  const familyIds = new Map<string, Family>();
  pack.families.forEach((family, index) => {
    const where = `${SEED_FILES.families}[${index}] (${family.id})`;
    if (familyIds.has(family.id)) report(where, `duplicate id '${family.id}'`);
    familyIds.set(family.id, family);
    checkSources(where, family.sources);
  });
  pack.families.forEach((family, index) => {
    const where = `${SEED_FILES.families}[${index}] (${family.id})`;
    if (family.parent !== null) {
      const parent = familyIds.get(family.parent);
      if (!parent) report(where, `unknown parent family '${family.parent}'`);
      else {
        for (const range of family.ranges) {
          if (!parent.ranges.some((outer) => rangeWithin(range, outer))) {
            report(where, `range ${formatRange(range)} is not inside its parent '${parent.id}'`);
          }
        }
      }
    }
  });
  for (let i = 0; i < pack.families.length; i += 1) {
    for (let j = i + 1; j < pack.families.length; j += 1) {
      const a = pack.families[i];
      const b = pack.families[j];
      if (!a || !b) continue;
      for (const ra of a.ranges) {
        for (const rb of b.ranges) {
          if (!rangesOverlap(ra, rb)) continue;
          const nested = (rangeWithin(ra, rb) || rangeWithin(rb, ra)) && !(ra.from === rb.from && ra.to === rb.to);
          if (!nested) {
            report(
              SEED_FILES.families,
              `ranges ${formatRange(ra)} ('${a.id}') and ${formatRange(rb)} ('${b.id}') overlap without one containing the other`,
            );
          }
        }
      }
      for (const code of a.codes) {
        if (b.codes.some((other) => other.vocabularyId === code.vocabularyId && other.conceptCode === code.conceptCode)) {
          report(SEED_FILES.families, `code ${code.vocabularyId} ${code.conceptCode} is listed by '${a.id}' and '${b.id}'`);
        }
      }
    }
  }

  // --- profiles -------------------------------------------------------------------------------
  const profileKeys = new Set<string>();
  pack.profiles.forEach((profile, index) => {
    const where = `${SEED_FILES.profiles}[${index}] (${profile.vocabularyId} ${profile.conceptCode})`;
    const key = conceptKey(profile.vocabularyId, profile.conceptCode);
    if (profileKeys.has(key)) report(where, `duplicate profile for ${profile.vocabularyId} ${profile.conceptCode}`);
    profileKeys.add(key);
    checkKnown(where, profile.vocabularyId, profile.conceptCode);
    checkSources(where, profile.sources);
    checkSources(`${where} components`, profile.components.sources);
    if (!familyIds.has(profile.family)) report(where, `unknown family '${profile.family}'`);
    else {
      const resolved = familyOf(pack.families, profile.vocabularyId, profile.conceptCode);
      if (resolved?.id !== profile.family) {
        report(where, `family '${profile.family}' but the family ranges resolve the code to '${resolved?.id ?? 'none'}'`);
      }
    }
    for (const code of profile.primaryCodes ?? []) checkKnown(`${where} primaryCodes`, profile.vocabularyId, code);
    if (profile.primaryCodes && profile.primaryCodes.length > 0 && profile.addOn === false) {
      report(where, 'primaryCodes are given for a code that is not an add-on');
    }
    profile.componentChanges.forEach((change, changeIndex) => {
      const changeWhere = `${where} componentChanges[${changeIndex}]`;
      checkSources(changeWhere, change.sources);
      for (const code of change.into) checkKnown(changeWhere, profile.vocabularyId, code);
    });
  });

  // --- modifiers ------------------------------------------------------------------------------
  const modifierKeys = new Set<string>();
  pack.modifiers.forEach((modifier, index) => {
    const where = `${SEED_FILES.modifiers}[${index}] (${modifier.code})`;
    const key = conceptKey(modifier.vocabularyId, modifier.code);
    if (modifierKeys.has(key)) report(where, `duplicate modifier ${modifier.vocabularyId} ${modifier.code}`);
    modifierKeys.add(key);
    checkKnown(where, modifier.vocabularyId, modifier.code);
    checkSources(where, modifier.sources);
  });

  // --- payments -------------------------------------------------------------------------------
  const paymentKeys = new Set<string>();
  pack.payments.forEach((payment, index) => {
    const where = `${SEED_FILES.payments}[${index}] (${payment.vocabularyId} ${payment.conceptCode} ${payment.year})`;
    const key = [payment.vocabularyId, payment.conceptCode, payment.year, payment.setting, payment.component, payment.basis].join('|');
    if (paymentKeys.has(key)) report(where, 'duplicate payment entry (same code, year, setting, component and basis)');
    paymentKeys.add(key);
    checkKnown(where, payment.vocabularyId, payment.conceptCode);
    checkSources(where, payment.sources);
  });

  return problems;
}

/** Checks that every condition of a predicate names a value its fact can take. */
function checkWhen(where: string, when: When, report: (where: string, message: string) => void): void {
  if ('all' in when) {
    for (const part of when.all) checkWhen(where, part, report);
    return;
  }
  if ('any' in when) {
    for (const part of when.any) checkWhen(where, part, report);
    return;
  }
  if ('not' in when) {
    checkWhen(where, when.not, report);
    return;
  }
  const factSchema = TreatmentFactsSchema.shape[when.fact];
  const values = when.op === 'in' ? (Array.isArray(when.value) ? when.value : null) : [when.value];
  if (values === null) {
    report(where, `condition on '${when.fact}' with op 'in' needs a list of values`);
    return;
  }
  if ((when.op === 'gte' || when.op === 'lte') && typeof when.value !== 'number') {
    report(where, `condition on '${when.fact}' with op '${when.op}' needs a number`);
    return;
  }
  for (const value of values) {
    if (!factSchema.safeParse(value).success) {
      report(where, `condition value ${JSON.stringify(value)} is not a possible value of fact '${when.fact}'`);
    }
  }
}
