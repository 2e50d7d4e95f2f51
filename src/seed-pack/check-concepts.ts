import { LOCAL_CONCEPT_ID_MIN } from './common.js';
import { conceptKey, SEED_FILES, type SeedPack } from './pack.js';
import type { PackCheck } from './pack-check.js';

/** sources.json and concepts/: unique ids, labels for every CPT4 code, local ids in the local range. Fills the ids the other checks name. */
export function checkSourcesAndConcepts(pack: SeedPack, check: PackCheck): void {
  // sources
  pack.sources.forEach((source, index) => {
    if (check.sourceIds.has(source.id)) check.report(`${SEED_FILES.sources}[${index}]`, `duplicate id '${source.id}'`);
    check.sourceIds.add(source.id);
  });

  // concepts
  const knownConcepts = check.knownConcepts;
  const omopIds = new Set<number>();
  pack.omopConcepts.forEach((row, index) => {
    const where = `${SEED_FILES.omopConcepts} row ${index + 1}`;
    const key = conceptKey(row.vocabulary_id, row.concept_code);
    if (omopIds.has(row.concept_id)) check.report(where, `duplicate concept_id ${row.concept_id}`);
    if (knownConcepts.has(key)) check.report(where, `duplicate concept ${row.vocabulary_id} ${row.concept_code}`);
    omopIds.add(row.concept_id);
    knownConcepts.set(key, row.concept_id);
  });

  const cpt4Codes = new Set(pack.omopConcepts.filter((row) => row.vocabulary_id === 'CPT4').map((row) => row.concept_code));
  const labelled = new Set<string>();
  pack.cpt4Labels.forEach((row, index) => {
    const where = `${SEED_FILES.cpt4Labels} row ${index + 1} (${row.concept_code})`;
    if (labelled.has(row.concept_code)) check.report(where, `duplicate label for concept_code ${row.concept_code}`);
    labelled.add(row.concept_code);
    if (!cpt4Codes.has(row.concept_code)) check.report(where, 'label for a code that is not a CPT4 concept of the concepts file');
    if (row.label.includes(';')) check.report(where, "a label never has the descriptor's 'stem; qualifier' form");
    check.descriptorPhrases(where, [row.label, row.note]);
    check.uncertainty(where, row.confidence, row.note);
    check.sources(where, row.sources);
  });
  for (const code of cpt4Codes) {
    if (!labelled.has(code)) check.report(SEED_FILES.cpt4Labels, `no label for CPT4 concept ${code}`);
  }

  const localIds = new Set<number>();
  pack.localConcepts.forEach((row, index) => {
    const where = `${SEED_FILES.localConcepts} row ${index + 1} (${row.vocabulary_id} ${row.concept_code})`;
    const key = conceptKey(row.vocabulary_id, row.concept_code);
    if (row.concept_id < LOCAL_CONCEPT_ID_MIN) check.report(where, `concept_id ${row.concept_id} is outside the local range`);
    if (localIds.has(row.concept_id) || omopIds.has(row.concept_id)) check.report(where, `duplicate concept_id ${row.concept_id}`);
    if (knownConcepts.has(key)) {
      check.report(where, `duplicate concept ${row.vocabulary_id} ${row.concept_code} (a public or local concept already has this code)`);
    }
    localIds.add(row.concept_id);
    knownConcepts.set(key, row.concept_id);
    check.sources(where, row.sources);
  });
}
