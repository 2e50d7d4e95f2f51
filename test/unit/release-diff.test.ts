import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareConcept, compareRelationship, type ConceptFields } from '../../src/graph/release-changes.js';
import { diffVocabularyFolders, type DiffChange } from '../../src/ingest/releases/diff.js';
import { releaseDateOf } from '../../src/ingest/releases/release-identity.js';
import { NEXT, writeNextRelease } from '../helpers/next-release.js';
import { EUNOMIA, writeAthenaFormat } from '../helpers/vocabulary-folders.js';

const concept: ConceptFields = {
  conceptName: 'A',
  domainId: 'Measurement',
  conceptClassId: 'Lab Test',
  standardConcept: 'S',
  invalidReason: null,
  validStartDate: '1970-01-01',
  validEndDate: '2099-12-31',
};

describe('compareConcept', () => {
  it('says added and removed, never deprecated, for a concept absent on one side', () => {
    expect(compareConcept(1, null, concept).map((c) => c.kind)).toEqual(['CONCEPT_ADDED']);
    expect(compareConcept(1, concept, null).map((c) => c.kind)).toEqual(['CONCEPT_REMOVED']);
  });
  it('gives one change per column with both values', () => {
    const after = { ...concept, invalidReason: 'U', standardConcept: null, domainId: 'Observation', validEndDate: '2019-06-30' };
    expect(compareConcept(1, concept, after).map((c) => [c.kind, c.field, c.before, c.after])).toEqual([
      ['CONCEPT_DEPRECATED', 'invalidReason', null, 'U'],
      ['STANDARD_CHANGED', 'standardConcept', 'S', null],
      ['DOMAIN_CHANGED', 'domainId', 'Measurement', 'Observation'],
      ['VALIDITY_CHANGED', 'validEndDate', '2099-12-31', '2019-06-30'],
    ]);
    expect(compareConcept(1, { ...concept, invalidReason: 'D' }, concept).map((c) => c.kind)).toEqual(['CONCEPT_REVIVED']);
  });
  it('does not call an empty CPT4 name a rename', () => {
    expect(compareConcept(1, concept, { ...concept, conceptName: '' })).toEqual([]);
  });
});

describe('compareRelationship', () => {
  const valid = { validStartDate: '1970-01-01', validEndDate: '2099-12-31', invalidReason: null };
  it('reports rows added, removed, and validity flips, not date-only changes', () => {
    expect(compareRelationship(1, 'Maps to', 2, null, valid)[0]!.kind).toBe('RELATIONSHIP_ADDED');
    expect(compareRelationship(1, 'Maps to', 2, valid, null)[0]!.kind).toBe('RELATIONSHIP_REMOVED');
    expect(compareRelationship(1, 'Maps to', 2, valid, { ...valid, invalidReason: 'D' })[0]).toMatchObject({
      kind: 'RELATIONSHIP_REMOVED',
      field: 'invalidReason',
    });
    expect(compareRelationship(1, 'Maps to', 2, valid, { ...valid, validEndDate: '2020-01-01' })).toEqual([]);
  });
});

describe('releaseDateOf', () => {
  it('reads the date OMOP release names carry', () => {
    expect(releaseDateOf('v5.0 18-JAN-19')).toBe('2019-01-18');
    expect(releaseDateOf('v5.0 27-FEB-2024')).toBe('2024-02-27');
    expect(releaseDateOf('seed 1')).toBeNull();
  });
});

describe('diffVocabularyFolders', () => {
  const work = () => mkdtempSync(join(tmpdir(), 'pcg-diff-'));
  async function diff(a: string, b: string, vocabularies?: string[], bucketBytes?: number) {
    const changes: DiffChange[] = [];
    const report = await diffVocabularyFolders(a, b, (c) => changes.push(c), { workDir: work(), vocabularies, bucketBytes });
    return { changes, report };
  }

  it('finds no change between a CSV export and the ATHENA download of the same release', async () => {
    const { changes, report } = await diff(EUNOMIA, writeAthenaFormat(EUNOMIA));
    expect(changes).toEqual([]);
    expect(report.old.format).not.toBe(report.new.format);
  });

  it('finds the changes the loader finds, in small buckets as in one', async () => {
    const b = writeNextRelease(EUNOMIA);
    const one = await diff(EUNOMIA, b);
    const many = await diff(EUNOMIA, b, undefined, 1 / 1_000_000);
    expect(many.report.buckets).toBeGreaterThan(1);
    const key = (c: DiffChange) => JSON.stringify(c);
    expect(many.changes.map(key).sort()).toEqual(one.changes.map(key).sort());
    const kinds = new Set(one.changes.map((c) => c.kind));
    for (const kind of [
      'CONCEPT_ADDED',
      'CONCEPT_REMOVED',
      'CONCEPT_DEPRECATED',
      'STANDARD_CHANGED',
      'DOMAIN_CHANGED',
      'NAME_CHANGED',
      'CONCEPT_CLASS_CHANGED',
      'RELATIONSHIP_ADDED',
      'RELATIONSHIP_REMOVED',
      'ANCESTRY_CHANGED',
    ]) {
      expect(kinds.has(kind as DiffChange['kind'])).toBe(true);
    }
    // The 'Mapped from' row and its 'Maps to' are one row: one removal, named 'Maps to'.
    expect(one.changes.filter((c) => c.kind === 'RELATIONSHIP_REMOVED')).toEqual([
      expect.objectContaining({
        conceptId: NEXT.unmappedSource,
        relationshipId: 'Maps to',
        otherConceptId: NEXT.unmappedTarget,
        vocabularyId: 'NDC',
        conceptCode: '00781178901',
      }),
    ]);
    expect(one.report.counts.CONCEPT_ADDED).toBe(1);
  });

  it('keeps only the vocabularies asked', async () => {
    const { changes } = await diff(EUNOMIA, writeNextRelease(EUNOMIA), ['LOINC']);
    expect(new Set(changes.map((c) => c.vocabularyId))).toEqual(new Set(['LOINC']));
    expect(changes.some((c) => c.kind === 'DOMAIN_CHANGED' && c.conceptId === NEXT.movedDomain)).toBe(true);
  });

  it('refuses a missing folder, naming it', async () => {
    await expect(diff(EUNOMIA, join(work(), 'absent'))).rejects.toThrow(/absent is not a folder/);
  });
});
