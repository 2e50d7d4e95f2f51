import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { packRelationshipCatalogue } from '../../src/ingest/athena/catalogue.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { copyFolder, EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

/**
 * Public OMOP samples often ship RELATIONSHIP as a header-only file. The relationship catalogue
 * is public reference data shipped with the knowledge pack: a load uses the folder's rows, else
 * the graph's, else the pack's, and never keeps none of a file's rows while looking successful.
 */
const { graph } = useTestDatabase();
const work = tempFolder('catalogue');
const rejectsFile = () => join(work, `rejects-${Math.random().toString(36).slice(2)}.tsv`);
const count = async (cypher: string) => (await graph.read<{ n: number }>(cypher))[0]!.n;

/** Eunomia without its 65,690 ancestor rows (not what these tests are about), loaded in a second. */
function eunomia(prefix: string): string {
  const folder = copyFolder(EUNOMIA, prefix);
  unlinkSync(join(folder, 'CONCEPT_ANCESTOR.csv'));
  return folder;
}
const full = eunomia('full-relationship');

/** Eunomia with a header-only RELATIONSHIP.csv. */
function headerOnlyCatalogue(): string {
  const folder = eunomia('header-only-relationship');
  const path = join(folder, 'RELATIONSHIP.csv');
  writeFileSync(path, `${readFileSync(path, 'utf8').split('\n')[0]}\n`);
  return folder;
}

/** The stored plan of every relationship id, for comparing what two loads wrote. */
const storedPlans = () =>
  graph.read(
    'MATCH (r:RelationshipType) RETURN r.relationshipId AS id, r.neo4jType AS type, r.storedAsRelationshipId AS canonical, r.storedReversed AS reversed, r.definesAncestry AS ancestry ORDER BY id',
  );

beforeEach(() => resetDatabase(graph));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the relationship catalogue when a folder has none', () => {
  it('is shipped with the knowledge pack: the full public catalogue of 480 ids', () => {
    const rows = packRelationshipCatalogue();
    expect(rows).toHaveLength(480);
    // OMOP marks 'Subsumes' (ancestor to descendant) as the one that defines ancestry.
    expect(rows.find((r) => r.relationshipId === 'Subsumes')).toMatchObject({ reverseRelationshipId: 'Is a', isHierarchical: true, definesAncestry: true });
  });

  it('is loaded with the knowledge pack, with the plan a vocabulary load writes', async () => {
    await loadVocabularyFolder(graph, full, { rejectsFile: rejectsFile() });
    const fromVocabulary = await storedPlans();
    await resetDatabase(graph);
    await loadSeed(graph, silentLog);
    expect(await count('MATCH (r:RelationshipType) RETURN count(r) AS n')).toBe(480);
    expect(await storedPlans()).toEqual(fromVocabulary);
  });

  it('keeps every relationship of a header-only RELATIONSHIP folder on an empty graph, from the pack, and warns', async () => {
    const folder = headerOnlyCatalogue();
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
    const relationships = report.files.find((f) => f.file === 'CONCEPT_RELATIONSHIP')!;
    expect(relationships).toMatchObject({ rowsRead: 8, rowsWritten: 8, rejected: 0 });
    expect(report.relationshipCatalogue).toEqual({ fromFolder: 0, fromGraph: 0, fromPack: 480 });
    expect(report.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^RELATIONSHIP has no rows/), expect.stringMatching(/^CONCEPT_CLASS has no rows/)]),
    );
    expect(report.filesKeptNone).toEqual([]);
    expect(await count('MATCH (:Concept {conceptId: 35208414})-[r:MAPS_TO]->(:Concept {conceptId: 192671}) RETURN count(r) AS n')).toBe(1);
    expect(await count('MATCH (:Concept)-[r]->(:Concept) WHERE type(r) <> "HAS_ANCESTOR" RETURN count(r) AS n')).toBe(4);
  });

  it('uses the catalogue already in the graph when loaded after a folder that had it', async () => {
    await loadVocabularyFolder(graph, full, { rejectsFile: rejectsFile() });
    const before = await storedPlans();
    const report = await loadVocabularyFolder(graph, headerOnlyCatalogue(), { rejectsFile: rejectsFile() });
    expect(report.relationshipCatalogue).toEqual({ fromFolder: 0, fromGraph: 480, fromPack: 0 });
    expect(report.rejected).toBe(0);
    expect(await storedPlans()).toEqual(before);
  });

  it('completes a partial catalogue from the pack', async () => {
    const folder = eunomia('partial-relationship');
    const path = join(folder, 'RELATIONSHIP.csv');
    const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
    writeFileSync(path, [header, ...rows.filter((row) => row.startsWith('Maps to,') || row.startsWith('Mapped from,'))].join('\n') + '\n');
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
    expect(report.relationshipCatalogue).toEqual({ fromFolder: 2, fromGraph: 0, fromPack: 478 });
    expect(report.files.find((f) => f.file === 'CONCEPT_RELATIONSHIP')).toMatchObject({ rowsWritten: 8, rejected: 0 });
  });

  it('reports a file that kept none of its rows', async () => {
    const folder = eunomia('unknown-relationships');
    const path = join(folder, 'CONCEPT_RELATIONSHIP.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/,(Maps to|Mapped from|Is a|Subsumes),/g, ',Not a relationship,'));
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
    expect(report.files.find((f) => f.file === 'CONCEPT_RELATIONSHIP')).toMatchObject({ rowsRead: 8, rowsWritten: 0, rejected: 8 });
    expect(report.filesKeptNone).toEqual(['CONCEPT_RELATIONSHIP']);
  });
});
