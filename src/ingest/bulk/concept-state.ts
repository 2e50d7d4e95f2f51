import type { ConceptRow } from '../concept-writer.js';

/**
 * A concept node as the Bolt route leaves it: the knowledge pack's concepts written first (at
 * start-up), then the vocabulary's rows upserted over them. `applyConceptRow` is the
 * UPSERT_CONCEPTS statement of src/ingest/concept-writer.ts in plain TypeScript, so the bulk
 * import builds the same node from the same rows; the unit test keeps the two in step.
 */
export interface ConceptState extends ConceptRow {
  /** The local id a curated concept had before the vocabulary gave it its real one. */
  localConceptId?: number;
  synonyms?: string[];
}

export function applyConceptRow(state: ConceptState | undefined, row: ConceptRow): ConceptState {
  const takeName = row.conceptName !== '' && (state === undefined || state.nameSource !== 'VOCABULARY' || row.nameSource === 'VOCABULARY');
  const next: ConceptState = {
    ...state,
    conceptId: row.conceptId,
    vocabularyId: row.vocabularyId,
    conceptCode: row.conceptCode,
    domainId: row.domainId,
    conceptClassId: row.conceptClassId,
    standardConcept: row.standardConcept,
    invalidReason: row.invalidReason,
    validStartDate: row.validStartDate ?? state?.validStartDate ?? null,
    validEndDate: row.validEndDate ?? state?.validEndDate ?? null,
    conceptName: takeName ? row.conceptName : (state?.conceptName ?? `${row.vocabularyId} ${row.conceptCode}`),
    nameSource: takeName ? row.nameSource : (state?.nameSource ?? 'PROJECT_LABEL'),
  };
  if (row.isLocal) next.isLocal = true;
  if (row.sources) next.sources = row.sources;
  if (row.release) next.release = row.release;
  return next;
}

/** Synonyms accumulate in file order without repeats, as the loader's ADD_SYNONYMS does. */
export function addSynonym(state: ConceptState, synonym: string): void {
  const synonyms = (state.synonyms ??= []);
  if (!synonyms.includes(synonym)) synonyms.push(synonym);
}
