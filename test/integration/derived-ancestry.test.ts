import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';
import { ancestryKey, omopAncestry } from '../helpers/ancestry.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { copyFolder, EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);
const rejectsFile = () => join(tempFolder('rejects'), 'rejects.tsv');

beforeEach(() => resetDatabase(graph));

async function storedAncestry(): Promise<string[]> {
  const rows = await graph.read<{ a: number; d: number; min: number; max: number }>(
    'MATCH (d:Concept)-[h:HAS_ANCESTOR]->(a:Concept) RETURN a.conceptId AS a, d.conceptId AS d, h.minLevels AS min, h.maxLevels AS max',
  );
  return rows.map((r) => ancestryKey(r.a, r.d, r.min, r.max)).sort();
}

describe('ancestry derived at load when a folder has no CONCEPT_ANCESTOR rows', () => {
  it("equals what OMOP's rules give on a generated vocabulary (poly-hierarchy, deprecated standard concepts)", { timeout: 300_000 }, async () => {
    const folder = tempFolder('generated');
    generateVocabulary({ folder, concepts: 1_500, relationships: 6_000, seed: 5 });
    rmSync(join(folder, 'CONCEPT_ANCESTOR.csv')); // the generator writes one; this test is about its absence
    const expected = omopAncestry(folder);
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
    expect(report.derivedAncestry).toMatchObject({ rows: expected.size, selfRows: 1_050, relationshipIds: ['Subsumes'] });
    expect(await storedAncestry()).toEqual([...expected].sort());
    // Second parents make max levels differ from min levels somewhere: the test sees both.
    expect(
      [...expected].some((key) => {
        const [min, max] = key.split(':').slice(1);
        return min !== max;
      }),
    ).toBe(true);

    // Through the API: the root's descendants and a deep concept's ancestors, with their levels.
    const root = '100000000';
    const { data, errors } = await query(
      `{ concept(conceptId: ${root}) { descendants(first: 1000) { totalCount edges { node { conceptId } minLevelsOfSeparation maxLevelsOfSeparation } } } }`,
    );
    expect(errors).toBeUndefined();
    const descendants = (
      data!.concept as {
        descendants: { totalCount: number; edges: { node: { conceptId: string }; minLevelsOfSeparation: number; maxLevelsOfSeparation: number }[] };
      }
    ).descendants;
    const fromRoot = [...expected].filter((key) => key.startsWith(`${root}>`) && !key.startsWith(`${root}>${root}:`));
    expect(descendants.totalCount).toBe(fromRoot.length);
    // First page: the smallest minimum levels first, then conceptId.
    const level = (key: string) => Number(key.split(':')[1]);
    const descendantId = (key: string) => Number(key.split('>')[1]!.split(':')[0]);
    const ordered = fromRoot.sort((a, b) => level(a) - level(b) || descendantId(a) - descendantId(b));
    expect(descendants.edges.map((e) => ancestryKey(root, e.node.conceptId, e.minLevelsOfSeparation, e.maxLevelsOfSeparation))).toEqual(ordered.slice(0, 1000));
  });

  it.each([
    [
      'a header-only CONCEPT_ANCESTOR',
      (folder: string) =>
        writeFileSync(join(folder, 'CONCEPT_ANCESTOR.csv'), 'ANCESTOR_CONCEPT_ID,DESCENDANT_CONCEPT_ID,MIN_LEVELS_OF_SEPARATION,MAX_LEVELS_OF_SEPARATION\n'),
    ],
    ['no CONCEPT_ANCESTOR file', (folder: string) => rmSync(join(folder, 'CONCEPT_ANCESTOR.csv'))],
  ])('derives the Eunomia ancestry from its hierarchical rows with %s', { timeout: 300_000 }, async (_name, strip) => {
    const folder = copyFolder(EUNOMIA, 'eunomia-no-ancestor');
    strip(folder);
    const expected = omopAncestry(folder);
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
    expect(report.derivedAncestry?.rows).toBe(expected.size);
    expect(await storedAncestry()).toEqual([...expected].sort());
    // The only 'Subsumes' row links two non-standard ICD10CM codes: it adds no row between them.
    expect(expected.has(ancestryKey(1569708, 35208414, 1, 1))).toBe(false);
    const { data } = await query(
      '{ concept(conceptId: 192671) { self: ancestors(minLevels: 0) { totalCount edges { minLevelsOfSeparation maxLevelsOfSeparation } } } }',
    );
    expect(data).toEqual({ concept: { self: { totalCount: 1, edges: [{ minLevelsOfSeparation: 0, maxLevelsOfSeparation: 0 }] } } });
  });

  it('leaves the ancestry alone when the folder brings CONCEPT_ANCESTOR rows', async () => {
    const folder = tempFolder('generated-with-ancestor');
    generateVocabulary({ folder, concepts: 200, relationships: 800, seed: 7 });
    writeFileSync(
      join(folder, 'CONCEPT_ANCESTOR.csv'),
      'ancestor_concept_id\tdescendant_concept_id\tmin_levels_of_separation\tmax_levels_of_separation\n100000000\t100000001\t1\t1\n',
    );
    const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
    expect(report.derivedAncestry).toBeNull();
    expect(await storedAncestry()).toEqual([ancestryKey(100000000, 100000001, 1, 1)]);
  });
});
