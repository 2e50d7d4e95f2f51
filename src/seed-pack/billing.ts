/**
 * Schemas of billing/*.json: families, billing profiles, modifiers, payments.
 */
import { z } from 'zod';
import {
  ADD_ON_KINDS,
  COMPONENT_CHANGES,
  CodeRefSchema,
  CodeSchema,
  ComponentSchema,
  ConfidenceSchema,
  FrequencySchema,
  IdSchema,
  IsoDateSchema,
  MODIFIER_KINDS,
  NoteSchema,
  PAYMENT_BASES,
  SETTINGS,
  SourceListSchema,
  VocabularyIdSchema,
} from './common.js';

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
  /** Where the change holds: MPFS (physician offices), HOPPS (hospital outpatient) or all (default). */
  setting: z.enum(SETTINGS).optional(),
  sources: SourceListSchema,
  note: NoteSchema,
});

export const ProfileSchema = z.strictObject({
  vocabularyId: VocabularyIdSchema,
  conceptCode: CodeSchema,
  family: IdSchema,
  frequency: FrequencySchema,
  addOn: z.boolean().nullable(),
  /**
   * Which kind of add-on: `formal` (a CPT add-on code, reported in addition to a primary code by
   * its own definition) or `functional` (it only ever accompanies a primary code in practice,
   * e.g. 77387, but is not a formal add-on code). Given exactly when `addOn` is true.
   */
  addOnKind: z.enum(ADD_ON_KINDS).optional(),
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
    apc: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
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

export type CodeRange = z.infer<typeof CodeRangeSchema>;
export type Family = z.infer<typeof FamilySchema>;
export type Components = z.infer<typeof ComponentsSchema>;
export type ComponentChange = z.infer<typeof ComponentChangeSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Modifier = z.infer<typeof ModifierSchema>;
export type Payment = z.infer<typeof PaymentSchema>;
