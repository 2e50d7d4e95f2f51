/**
 * Schemas of concepts/*.csv: the public concept export, the project's CPT4 labels, local concepts.
 */
import { z } from 'zod';
import {
  CodeSchema,
  ConfidenceSchema,
  CsvOptionalTextSchema,
  CsvSourceListSchema,
  CsvStandardConceptSchema,
  LOCAL_CONCEPT_ID_MIN,
  NAME_SOURCES,
  VocabularyIdSchema,
} from './common.js';

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
  n_sources: z.string().regex(/^\d+$/).transform(Number),
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

export type OmopConceptRow = z.infer<typeof OmopConceptRowSchema>;
export type Cpt4LabelRow = z.infer<typeof Cpt4LabelRowSchema>;
export type LocalConceptRow = z.infer<typeof LocalConceptRowSchema>;
