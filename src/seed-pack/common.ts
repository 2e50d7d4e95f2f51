/**
 * Closed vocabularies, primitives and code references shared by the schemas of every seed folder.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates.js';

export const SOURCE_KINDS = ['paper', 'society', 'regulation', 'vocabulary', 'blog', 'dataset', 'project'] as const;
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const VOCABULARY_IDS = ['CPT4', 'HCPCS'] as const;
export const CHANGE_KINDS = ['added', 'revised', 'deleted', 'replaced', 'bundled'] as const;
export const AUTHORITIES = ['AMA CPT', 'CMS'] as const;
export const SETTINGS = ['MPFS', 'HOPPS', 'all'] as const;
export const COMPONENTS = ['professional', 'technical', 'global'] as const;
export const FREQUENCIES = ['per_visit', 'per_course', 'per_simulation', 'per_fraction', 'per_5_fractions', 'per_session', 'weekly', 'per_procedure'] as const;
export const MODIFIER_KINDS = ['component', 'laterality', 'distinct_service'] as const;
export const NAME_SOURCES = ['PUBLIC_DESCRIPTOR', 'PROJECT_LABEL'] as const;
export const PAYMENT_BASES = ['in_effect', 'ruc_survey', 'estimate'] as const;
export const COMPONENT_CHANGES = ['bundled', 'removed', 'added'] as const;
export const ADD_ON_KINDS = ['formal', 'functional'] as const;

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
export const NoteSchema = z.string().min(1).optional();

/** A semicolon-separated list of source ids in a CSV cell. */
export const CsvSourceListSchema = z
  .string()
  .transform((value) => value.split(';').map((part) => part.trim()))
  .pipe(SourceListSchema);
/** An optional CSV cell: the empty string becomes null. */
export const CsvOptionalTextSchema = z.string().transform((value) => (value === '' ? null : value));
export const CsvStandardConceptSchema = z.enum(['S', 'C', '']).transform((value) => (value === '' ? null : value));

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

export type CodeRef = z.infer<typeof CodeRefSchema>;
export type EventSourceRef = z.infer<typeof EventSourceRefSchema>;
export type EventTargetRef = z.infer<typeof EventTargetRefSchema>;

export type Confidence = z.infer<typeof ConfidenceSchema>;
export type VocabularyId = z.infer<typeof VocabularyIdSchema>;
