/**
 * Schema of sources.json: the citations every curated fact names.
 */
import { z } from 'zod';
import { SOURCE_KINDS, SourceIdSchema } from './common.js';

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  citation: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
});
export const SourcesFileSchema = z.array(SourceSchema).min(1);

export type Source = z.infer<typeof SourceSchema>;
