/**
 * Schemas of history/*.json: code change events and code versions.
 */
import { z } from 'zod';
import {
  AUTHORITIES,
  SETTINGS,
  CHANGE_KINDS,
  CodeSchema,
  ConfidenceSchema,
  EventSourceRefSchema,
  EventTargetRefSchema,
  IdSchema,
  IsoDateSchema,
  NoteSchema,
  SourceListSchema,
  VocabularyIdSchema,
} from './common.js';

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
    /**
     * The Medicare payment system under which this meaning is in force, when only one is (2015-2025:
     * the G-codes under MPFS, the new CPT delivery codes under HOPPS); absent when not setting specific.
     */
    setting: z.enum(SETTINGS).optional(),
    sources: SourceListSchema,
    confidence: ConfidenceSchema,
    note: NoteSchema,
  })
  .refine((version) => version.validTo === null || version.validTo >= version.validFrom, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  });
export const CodeVersionsFileSchema = z.array(CodeVersionSchema);

export type ChangeEvent = z.infer<typeof ChangeEventSchema>;
export type CodeVersion = z.infer<typeof CodeVersionSchema>;
