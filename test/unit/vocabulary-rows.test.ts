import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeVocabularyDate } from '../../src/dates.js';
import { checkVocabularyFolder } from '../../src/ingest/athena/files.js';
import { planRelationshipTypes, toNeo4jType } from '../../src/graph/relationship-types.js';
import { parseAncestor, parseConcept, parseConceptRelationship, type RelationshipCatalogueRow } from '../../src/ingest/athena/rows.js';

const concept = {
  concept_id: '2211867',
  concept_name: '',
  domain_id: 'Procedure',
  vocabulary_id: 'CPT4',
  concept_class_id: 'CPT4',
  standard_concept: 'S',
  concept_code: '77412',
  valid_start_date: '20150101',
  valid_end_date: '20991231',
  invalid_reason: '',
};

describe('vocabulary dates', () => {
  it('reads ATHENA YYYYMMDD and ISO dates, and refuses impossible days', () => {
    expect(normalizeVocabularyDate('20991231')).toBe('2099-12-31');
    expect(normalizeVocabularyDate('2099-12-31')).toBe('2099-12-31');
    expect(normalizeVocabularyDate('20250229')).toBeUndefined();
    expect(normalizeVocabularyDate('31/12/2099')).toBeUndefined();
  });
});

describe('parseConcept', () => {
  it('accepts a CPT4 row without a name (before the licensed reconstitution)', () => {
    expect(parseConcept(concept)).toEqual({
      row: expect.objectContaining({ conceptId: 2211867, conceptName: '', validStartDate: '2015-01-01', standardConcept: 'S', invalidReason: null }),
    });
  });

  it.each([
    [{ concept_id: '12a' }, "concept_id '12a' is not a concept id"],
    [{ concept_id: '-1' }, "concept_id '-1' must not be negative"],
    [{ valid_end_date: '' }, 'valid_end_date is empty'],
    [{ standard_concept: 'X' }, "standard_concept 'X' is not one of S, C"],
    [{ invalid_reason: 'R' }, "invalid_reason 'R' is not one of D, U"],
    [{ concept_code: ' ' }, 'concept_code is empty'],
  ])('rejects %j: %s', (change, reason) => {
    expect(parseConcept({ ...concept, ...change })).toEqual({ reject: reason });
  });

  it('keeps concept 0, OMOP\'s "No matching concept"', () => {
    expect(parseConcept({ ...concept, concept_id: '0' })).toHaveProperty('row.conceptId', 0);
  });
});

describe('relationship and ancestor rows', () => {
  it('refuses a relationship id the catalogue does not have', () => {
    const row = { concept_id_1: '1', concept_id_2: '2', relationship_id: 'Maps to', valid_start_date: '', valid_end_date: '', invalid_reason: '' };
    expect(parseConceptRelationship(row, new Set(['Maps to']))).toHaveProperty('row.relationshipId', 'Maps to');
    expect(parseConceptRelationship(row, new Set(['Is a']))).toEqual({ reject: "relationship_id 'Maps to' is not in RELATIONSHIP" });
  });

  it('refuses levels that are not a range', () => {
    const row = { ancestor_concept_id: '1', descendant_concept_id: '2', min_levels_of_separation: '3', max_levels_of_separation: '2' };
    expect(parseAncestor(row)).toEqual({ reject: 'levels 3..2 are not a valid range' });
  });
});

describe('relationship types', () => {
  const catalogue: RelationshipCatalogueRow[] = [
    ['Maps to', 'Mapped from'],
    ['Mapped from', 'Maps to'],
    ['Is a', 'Subsumes'],
    ['Subsumes', 'Is a'],
    ['Has finding site', 'Finding site of'],
    ['Finding site of', 'Has finding site'],
    ['Concept poss_eq to', 'Concept poss_eq from'],
    ['Concept poss_eq from', 'Concept poss_eq to'],
  ].map(([relationshipId, reverseRelationshipId]) => ({
    relationshipId: relationshipId!,
    reverseRelationshipId: reverseRelationshipId!,
    relationshipName: relationshipId!,
    isHierarchical: false,
    definesAncestry: false,
    relationshipConceptId: 1,
  }));
  const plan = planRelationshipTypes(catalogue);

  it('stores each pair once, in the direction that reads forward', () => {
    expect(plan.get('Maps to')).toEqual({ type: 'MAPS_TO', canonicalId: 'Maps to', reversed: false });
    expect(plan.get('Mapped from')).toEqual({ type: 'MAPS_TO', canonicalId: 'Maps to', reversed: true });
    expect(plan.get('Subsumes')).toEqual({ type: 'IS_A', canonicalId: 'Is a', reversed: true });
    expect(plan.get('Concept poss_eq from')).toMatchObject({ type: 'CONCEPT_POSS_EQ_TO', reversed: true });
  });

  it('orders other pairs alphabetically', () => {
    expect(plan.get('Has finding site')).toMatchObject({ type: 'FINDING_SITE_OF', reversed: true });
  });

  it('derives safe type names', () => {
    expect(toNeo4jType('Has Answer (PPI)')).toBe('HAS_ANSWER_PPI');
    expect(toNeo4jType('5-char billing code of')).toBe('R_5_CHAR_BILLING_CODE_OF');
  });
});

describe('checkVocabularyFolder', () => {
  it('accepts a tab-delimited ATHENA header in any case, and lists every problem of a bad folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pcg-check-'));
    writeFileSync(join(folder, 'CONCEPT.csv'), `${Object.keys(concept).join('\t')}\n`);
    writeFileSync(join(folder, 'concept_relationship.CSV'), 'CONCEPT_ID_1,CONCEPT_ID_2,RELATIONSHIP_ID,VALID_START_DATE,VALID_END_DATE,INVALID_REASON\n');
    writeFileSync(join(folder, 'DRUG_STRENGTH.csv'), 'drug_concept_id\n');
    const check = checkVocabularyFolder(folder);
    expect(check.files.map((f) => [f.name, f.delimiter])).toEqual([
      ['CONCEPT', '\t'],
      ['CONCEPT_RELATIONSHIP', ','],
    ]);
    expect(check.ignored).toEqual(['DRUG_STRENGTH.csv']);
    expect(check.problems).toEqual([
      expect.stringMatching(/^VOCABULARY: required file missing/),
      expect.stringMatching(/^DOMAIN: required file missing/),
      expect.stringMatching(/^CONCEPT_CLASS: required file missing/),
      expect.stringMatching(/^RELATIONSHIP: required file missing/),
    ]);
  });
});
