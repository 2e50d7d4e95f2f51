import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVocabularyFolder, type ProgressSink } from '../../src/ingest/athena/load.js';
import { ReleaseOrderError } from '../../src/ingest/athena/release-tracking.js';
import { fingerprint, resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { NEXT, writeNextRelease, writeOlderRelease, writeThirdRelease } from '../helpers/next-release.js';
import { eunomiaWithFewerAncestors, tempFolder } from '../helpers/vocabulary-folders.js';

/**
 * Release A: the Eunomia sample with the ancestor rows between its own concepts (and 2,000 more),
 * not all 65,690: every release is compared row by row as it loads, and the ancestry these tests
 * check is between concepts the sample defines.
 */
const EUNOMIA = eunomiaWithFewerAncestors('release-a');

const { graph } = useTestDatabase();
const query = graphqlClient(graph);
const A = 'v5.0 18-JAN-19';
const B: string = NEXT.release;
const C: string = NEXT.third;
const options = () => ({ rejectsFile: join(tempFolder('rejects'), 'rejects.tsv') });

async function ok(source: string, variables: Record<string, unknown> = {}) {
  const result = await query(source, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const CHANGES = `
  query ($from: ID!, $to: ID!, $filter: ReleaseChangeFilter, $first: Int) {
    releaseChanges(from: $from, to: $to, filter: $filter, first: $first) {
      totalCount
      edges { node { kind conceptId field before after relationshipId otherConceptId fromRelease toRelease concept { conceptId conceptName } } }
    }
  }
`;
type Change = {
  kind: string;
  conceptId: string;
  field: string | null;
  before: string | null;
  after: string | null;
  relationshipId: string | null;
  otherConceptId: string | null;
};
async function changes(filter: Record<string, unknown> = {}, from = A, to = B): Promise<Change[]> {
  const data = await ok(CHANGES, { from, to, filter, first: 1000 });
  return data.releaseChanges.edges.map((e: { node: Change }) => e.node);
}
const releaseChangeCount = async () => (await graph.read<{ n: number }>('MATCH (x:ReleaseChange) RETURN count(x) AS n'))[0]!.n;

let fingerprintA = '';

beforeAll(async () => {
  await resetDatabase(graph);
  const report = await loadVocabularyFolder(graph, EUNOMIA, options());
  expect(report.release).toMatchObject({ releaseId: A, mode: 'baseline', changes: 0 });
  fingerprintA = await fingerprint(graph);
}, 900_000);

describe('a load that fails half-way', () => {
  it('leaves the previous release current and whole, and no change set', async () => {
    const b = writeNextRelease(EUNOMIA);
    // The ancestor file vanishes once the concepts and relationship rows of B are written.
    const progress: ProgressSink = {
      startFile: (file) => (file === 'CONCEPT_ANCESTOR' ? rmSync(join(b, 'CONCEPT_ANCESTOR.csv')) : undefined),
      update: () => {},
      finishFile: () => {},
    };
    await expect(loadVocabularyFolder(graph, b, { ...options(), progress })).rejects.toThrow();
    const data = await ok('{ vocabularyReleases { releaseId current } }');
    expect(data.vocabularyReleases).toEqual([{ releaseId: A, current: true }]);
    expect(await releaseChangeCount()).toBe(0);
    expect(await fingerprint(graph)).toBe(fingerprintA);
  }, 900_000);
});

describe('release B over release A', () => {
  let folderB = '';
  beforeAll(async () => {
    folderB = writeNextRelease(EUNOMIA);
    const report = await loadVocabularyFolder(graph, folderB, options());
    expect(report.release.mode).toBe('tracked');
    expect(report.release.previousReleaseId).toBe(A);
    expect(report.release.changes).toBeGreaterThan(0);
  }, 900_000);

  it('lists both releases, B current, with their versions and counts', async () => {
    const data = await ok(
      '{ vocabularyReleases { releaseId vocabularyVersion current concepts relationships loadedAt previousReleaseId changeCount vocabularies { vocabularyId vocabularyVersion } } }',
    );
    const [a, b] = data.vocabularyReleases;
    expect(a).toMatchObject({ releaseId: A, current: false, concepts: 444, relationships: 8, previousReleaseId: null, changeCount: 0 });
    expect(b).toMatchObject({ releaseId: B, vocabularyVersion: B, current: true, concepts: 444, relationships: 8, previousReleaseId: A });
    expect(b.changeCount).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(b.loadedAt))).toBe(false);
    expect(b.vocabularies).toContainEqual({ vocabularyId: 'None', vocabularyVersion: B });
    expect(b.vocabularies).toContainEqual({ vocabularyId: 'PCG Test', vocabularyVersion: 'B' });
    expect(a.vocabularies).not.toContainEqual(expect.objectContaining({ vocabularyId: 'PCG Test' }));
  });

  it('reports every concept change kind', async () => {
    const id = (n: number) => String(n);
    expect(await changes({ kinds: ['CONCEPT_ADDED'] })).toEqual([
      expect.objectContaining({ conceptId: id(NEXT.added), after: 'Acetaminophen 500 MG Oral Tablet (test release B)' }),
    ]);
    const removed = await changes({ kinds: ['CONCEPT_REMOVED'] });
    expect(removed).toEqual([expect.objectContaining({ conceptId: id(NEXT.removed), before: 'Honey bee IgE Ab [Units/volume] in Serum' })]);
    expect(await changes({ kinds: ['CONCEPT_DEPRECATED'] })).toEqual([
      expect.objectContaining({ conceptId: id(NEXT.deprecated), field: 'invalidReason', before: null, after: 'U' }),
    ]);
    expect(await changes({ kinds: ['STANDARD_CHANGED'] })).toEqual([expect.objectContaining({ conceptId: id(NEXT.deprecated), before: 'S', after: null })]);
    expect(await changes({ kinds: ['VALIDITY_CHANGED'] })).toEqual([
      expect.objectContaining({ conceptId: id(NEXT.deprecated), field: 'validEndDate', before: '2099-12-31', after: '2019-06-30' }),
    ]);
    expect(await changes({ kinds: ['DOMAIN_CHANGED'] })).toEqual([
      expect.objectContaining({ conceptId: id(NEXT.movedDomain), before: 'Measurement', after: 'Observation' }),
    ]);
    expect(await changes({ kinds: ['NAME_CHANGED'] })).toEqual([
      expect.objectContaining({ conceptId: id(NEXT.renamed), before: 'Gastrointestinal hemorrhage', after: 'Gastrointestinal haemorrhage' }),
    ]);
    expect(await changes({ kinds: ['CONCEPT_CLASS_CHANGED'] })).toEqual([
      expect.objectContaining({ conceptId: id(NEXT.reclassed), before: '3-char nonbill code', after: '3-char billing code' }),
    ]);
  });

  it('reports relationship rows by canonical id, Maps to first, and ancestry', async () => {
    expect(await changes({ kinds: ['RELATIONSHIP_REMOVED'] })).toEqual([
      expect.objectContaining({ conceptId: String(NEXT.unmappedSource), relationshipId: 'Maps to', otherConceptId: String(NEXT.unmappedTarget), field: null }),
    ]);
    expect(await changes({ kinds: ['RELATIONSHIP_ADDED'] })).toEqual([
      expect.objectContaining({ conceptId: String(NEXT.deprecated), relationshipId: 'Concept replaced by', otherConceptId: String(NEXT.replacement) }),
    ]);
    const ancestry = await changes({ kinds: ['ANCESTRY_CHANGED'], conceptIds: [String(NEXT.deprecated), String(NEXT.added)] });
    expect(ancestry).toContainEqual(
      expect.objectContaining({ conceptId: String(NEXT.added), otherConceptId: String(NEXT.acetaminophen), after: String(NEXT.acetaminophen), before: null }),
    );
    expect(ancestry).toContainEqual(
      expect.objectContaining({
        conceptId: String(NEXT.deprecated),
        otherConceptId: String(NEXT.acetaminophen),
        before: String(NEXT.acetaminophen),
        after: null,
      }),
    );
    // The whole list: concept kinds before relationship rows, 'Maps to' before other relationship ids.
    const all = await changes();
    const kinds = all.map((c) => c.kind);
    expect(kinds.indexOf('CONCEPT_ADDED')).toBe(0);
    expect(kinds.lastIndexOf('NAME_CHANGED')).toBeLessThan(kinds.indexOf('RELATIONSHIP_ADDED'));
  });

  it('filters by vocabulary and domain, and pages with the true total', async () => {
    const loinc = await changes({ vocabularyIds: ['LOINC'] });
    expect(
      loinc
        .map((c) => c.kind)
        .filter((k) => k !== 'ANCESTRY_CHANGED')
        .sort(),
    ).toEqual(['CONCEPT_REMOVED', 'DOMAIN_CHANGED']);
    expect(loinc.every((c) => c.conceptId === String(NEXT.removed) || c.conceptId === String(NEXT.movedDomain))).toBe(true);
    expect((await changes({ domainIds: ['Measurement'], kinds: ['DOMAIN_CHANGED'] })).map((c) => c.conceptId)).toEqual([String(NEXT.movedDomain)]);
    const page = await ok(CHANGES, { from: A, to: B, first: 2 });
    expect(page.releaseChanges.edges).toHaveLength(2);
    expect(page.releaseChanges.totalCount).toBe((await changes()).length);
  });

  it('keeps the current graph as B says: the dropped Maps to row is gone, the removed concept has no ancestors', async () => {
    const [maps] = await graph.read<{ n: number }>('MATCH (:Concept {conceptId: $s})-[r:MAPS_TO]->(:Concept {conceptId: $t}) RETURN count(r) AS n', {
      s: NEXT.unmappedSource,
      t: NEXT.unmappedTarget,
    });
    expect(maps!.n).toBe(0);
    const [lost] = await graph.read<{ n: number }>('MATCH (:Concept {conceptId: $d})-[r:HAS_ANCESTOR]->() RETURN count(r) AS n', { d: NEXT.removed });
    expect(lost!.n).toBe(0);
    // Placeholders stand for ids some row names: none is left that only A's removed rows named.
    const [orphans] = await graph.read<{ n: number }>('MATCH (c:Unresolved) WHERE NOT EXISTS { (c)--() } RETURN count(c) AS n');
    expect(orphans!.n).toBe(0);
    const [kept] = await graph.read<{ n: number }>('MATCH (c:Unresolved) RETURN count(c) AS n');
    expect(kept!.n).toBeGreaterThan(0);
    // The synonym B appended stays; the load's undo journal is gone with the load.
    const [renamed] = await graph.read<{ synonyms: string[] }>('MATCH (c:Concept {conceptId: $id}) RETURN c.synonyms AS synonyms', { id: NEXT.renamed });
    expect(renamed!.synonyms).toContain(NEXT.addedSynonym);
    const [journal] = await graph.read<{ n: number }>('MATCH (j:ReleaseUndo) RETURN count(j) AS n');
    expect(journal!.n).toBe(0);
  });

  it("holds B's ancestor rows as B gives them, levels included, each marked with B's id", async () => {
    const [, ...rows]: string[][] = parse(readFileSync(join(folderB, 'CONCEPT_ANCESTOR.csv'), 'utf8'));
    const expected = rows.map(([ancestor, descendant, min, max]) => `${ancestor}>${descendant} ${min}-${max} ${B}`).sort();
    const edges = await graph.read<{ ancestor: number; descendant: number; min: number; max: number; release: string }>(
      'MATCH (d:Concept)-[r:HAS_ANCESTOR]->(a:Concept) RETURN a.conceptId AS ancestor, d.conceptId AS descendant, r.minLevels AS min, r.maxLevels AS max, r.release AS release',
    );
    expect(edges.map((e) => `${e.ancestor}>${e.descendant} ${e.min}-${e.max} ${e.release}`).sort()).toEqual(expected);
  });

  it('answers a concept as it was in release A', async () => {
    const IN = `query ($id: ID!, $r: ID!) { concept(conceptId: $id) { conceptName inRelease(releaseId: $r) { releaseId conceptName domainId conceptClassId standardConcept invalidReason validStartDate validEndDate mapsTo { conceptId } } releaseChanges { kind toRelease } } }`;
    const renamed = await ok(IN, { id: String(NEXT.renamed), r: A });
    expect(renamed.concept.conceptName).toBe('Gastrointestinal haemorrhage');
    expect(renamed.concept.inRelease).toMatchObject({
      releaseId: A,
      conceptName: 'Gastrointestinal hemorrhage',
      mapsTo: [{ conceptId: String(NEXT.renamed) }],
    });
    expect(renamed.concept.releaseChanges).toEqual([{ kind: 'NAME_CHANGED', toRelease: B }]);
    const deprecated = await ok(IN, { id: String(NEXT.deprecated), r: A });
    expect(deprecated.concept.inRelease).toMatchObject({ standardConcept: 'S', invalidReason: null, validEndDate: '2099-12-31' });
    const deprecatedNow = await ok(IN, { id: String(NEXT.deprecated), r: B });
    expect(deprecatedNow.concept.inRelease).toMatchObject({ standardConcept: null, invalidReason: 'U', validEndDate: '2019-06-30' });
    const source = await ok(IN, { id: String(NEXT.unmappedSource), r: A });
    expect(source.concept.inRelease.mapsTo).toEqual([{ conceptId: String(NEXT.unmappedTarget) }]);
    expect((await ok(IN, { id: String(NEXT.unmappedSource), r: B })).concept.inRelease.mapsTo).toEqual([]);
    expect((await ok(IN, { id: String(NEXT.added), r: A })).concept.inRelease).toBeNull();
    expect((await ok(IN, { id: String(NEXT.removed), r: B })).concept.inRelease).toBeNull();
    expect((await ok(IN, { id: String(NEXT.removed), r: A })).concept.inRelease).toMatchObject({ domainId: 'Measurement' });
    const unknown = await query(IN, { id: String(NEXT.renamed), r: 'v9' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('says what B does to a concept set with descendants and to source codes', async () => {
    const IMPACT = `query ($from: ID!, $to: ID!, $set: [ConceptSetItemInput!], $codes: [CodeInput!]) {
      releaseImpact(from: $from, to: $to, conceptSet: $set, sourceCodes: $codes) {
        from { releaseId } to { releaseId }
        entered { concept { conceptId } change reason }
        left { concept { conceptId } change reason }
        sourceCodes { code { vocabularyId conceptCode } before { conceptId } after { conceptId } status tableBefore tableAfter changed }
      } }`;
    const data = await ok(IMPACT, {
      from: A,
      to: B,
      set: [{ conceptId: String(NEXT.acetaminophen), includeDescendants: true }],
      codes: [
        { vocabularyId: 'NDC', conceptCode: '00781178901' },
        { vocabularyId: 'LOINC', conceptCode: '2885-2' },
        { vocabularyId: 'NDC', conceptCode: '00025152531' },
        { vocabularyId: 'CPT4', conceptCode: '99999' },
      ],
    });
    const impact = data.releaseImpact;
    expect(impact.entered).toEqual([{ concept: { conceptId: String(NEXT.added) }, change: 'CONCEPT_ADDED', reason: `new in release '${B}'` }]);
    expect(impact.left).toEqual([
      {
        concept: { conceptId: String(NEXT.deprecated) },
        change: 'CONCEPT_DEPRECATED',
        reason: `deprecated in release '${B}' (invalid_reason 'U'), replaced by concept ${NEXT.replacement}`,
      },
    ]);
    const [ndc, loinc, celecoxib, absent] = impact.sourceCodes;
    expect(ndc).toMatchObject({
      before: [{ conceptId: String(NEXT.unmappedTarget) }],
      after: [],
      status: 'NO_STANDARD_TARGET',
      tableBefore: 'DRUG_EXPOSURE',
      tableAfter: null,
      changed: true,
    });
    expect(loinc).toMatchObject({
      before: [{ conceptId: String(NEXT.movedDomain) }],
      after: [{ conceptId: String(NEXT.movedDomain) }],
      status: 'STANDARD',
      tableBefore: 'MEASUREMENT',
      tableAfter: 'OBSERVATION',
      changed: true,
    });
    expect(celecoxib).toMatchObject({ before: [{ conceptId: '1118088' }], after: [{ conceptId: '1118088' }], status: 'STANDARD', changed: false });
    expect(absent).toMatchObject({ before: [], after: [], status: 'NO_STANDARD_TARGET', changed: false });
    const backwards = await query(IMPACT, { from: B, to: A });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the same release again as a no-op: no second release, no changes', async () => {
    const before = await releaseChangeCount();
    const report = await loadVocabularyFolder(graph, writeNextRelease(EUNOMIA), options());
    expect(report.release).toMatchObject({ releaseId: B, mode: 'reload', changes: 0 });
    expect((await ok('{ vocabularyReleases { releaseId } }')).vocabularyReleases).toHaveLength(2);
    expect(await releaseChangeCount()).toBe(before);
  }, 900_000);

  it('refuses an older release, and a release it replaced, writing nothing', async () => {
    const before = await fingerprint(graph);
    await expect(loadVocabularyFolder(graph, writeOlderRelease(EUNOMIA), options())).rejects.toThrow(ReleaseOrderError);
    await expect(loadVocabularyFolder(graph, EUNOMIA, options())).rejects.toThrow(/was loaded before and replaced/);
    expect(await fingerprint(graph)).toBe(before);
  }, 900_000);

  it('reports a revival in a third release, and answers across all three', async () => {
    const report = await loadVocabularyFolder(graph, writeThirdRelease(writeNextRelease(EUNOMIA)), options());
    expect(report.release.mode).toBe('tracked');
    expect(await changes({ kinds: ['CONCEPT_REVIVED'] }, B, C)).toEqual([
      expect.objectContaining({ conceptId: String(NEXT.deprecated), before: 'U', after: null }),
    ]);
    // From A to C: both releases' changes.
    const both = await changes({ conceptIds: [String(NEXT.deprecated)], kinds: ['CONCEPT_DEPRECATED', 'CONCEPT_REVIVED'] }, A, C);
    expect(both.map((c) => c.kind)).toEqual(['CONCEPT_DEPRECATED', 'CONCEPT_REVIVED']);
    const IN = `query ($id: ID!, $r: ID!) { concept(conceptId: $id) { inRelease(releaseId: $r) { invalidReason standardConcept } } }`;
    expect((await ok(IN, { id: String(NEXT.deprecated), r: A })).concept.inRelease).toEqual({ invalidReason: null, standardConcept: 'S' });
    expect((await ok(IN, { id: String(NEXT.deprecated), r: B })).concept.inRelease).toEqual({ invalidReason: 'U', standardConcept: null });
    expect((await ok(IN, { id: String(NEXT.deprecated), r: C })).concept.inRelease).toEqual({ invalidReason: null, standardConcept: 'S' });
  }, 900_000);
});
