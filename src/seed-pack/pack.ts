/**
 * The pack as a whole: its parts and their files. Its cross-file checks are in pack-check.ts.
 */
import type { Source } from './sources.js';
import type { Cpt4LabelRow, LocalConceptRow, OmopConceptRow } from './concepts.js';
import type { ChangeEvent, CodeVersion } from './history.js';
import type { Family, Modifier, Payment, Profile } from './billing.js';
import type { CriteriaFile } from './criteria.js';
import { codeKey } from '../graph/code.js';

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

/** The key by which concepts reconcile across loads: (vocabulary_id, concept_code), as the graph keys codes. */
export function conceptKey(vocabularyId: string, conceptCode: string): string {
  return codeKey({ vocabularyId, conceptCode });
}
