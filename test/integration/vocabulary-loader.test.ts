import { appendFileSync, copyFileSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeConcepts } from '../../src/ingest/concept-writer.js';
import { FolderCheckError, loadVocabularyFolder, type LoadReport } from '../../src/ingest/athena/load.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { fingerprint, resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { copyFolder, EUNOMIA, eunomiaWithFewerAncestors, tempFolder, writeAthenaFormat } from '../helpers/vocabulary-folders.js';

const { graph } = useTestDatabase();
const rejectsFile = () => join(tempFolder('rejects'), 'rejects.tsv');

beforeEach(() => resetDatabase(graph));

const count = async (cypher: string) => (await graph.read<{ n: number }>(cypher))[0]!.n;

function file(report: LoadReport, name: string) {
  return report.files.find((f) => f.file === name)!;
}

describe('loading the Eunomia GiBleed vocabulary (CSV export)', () => {
  it('gives 444 concepts, 65,690 ancestor pairs and 480 relationship types, and reports the 39,324 absent ancestor ids', async () => {
    const report = await loadVocabularyFolder(graph, EUNOMIA, { rejectsFile: rejectsFile() });
    expect(report.rejected).toBe(0);
    expect(report.rejectsFile).toBeNull();
    expect(await count('MATCH (c:Concept) WHERE NOT c:Unresolved RETURN count(c) AS n')).toBe(444);
    expect(await count('MATCH ()-[r:HAS_ANCESTOR]->() RETURN count(r) AS n')).toBe(65_690);
    expect(await count('MATCH (r:RelationshipType) RETURN count(r) AS n')).toBe(480);
    expect(file(report, 'CONCEPT_ANCESTOR')).toMatchObject({ rowsRead: 65_690, missingConceptIds: 39_324, rowsWithMissingConcepts: 65_104 });
    expect(await count('MATCH (c:Unresolved) RETURN count(c) AS n')).toBe(39_324);
    // The 8 rows are 3 'Maps to'/'Mapped from' pairs and one 'Is a'/'Subsumes' pair: each pair
    // is stored once, in its canonical direction, and read both ways.
    expect(
      await count('MATCH (:Concept {conceptId: 35208414})-[r:MAPS_TO {relationshipId: "Maps to"}]->(:Concept {conceptId: 192671}) RETURN count(r) AS n'),
    ).toBe(1);
    expect(await count('MATCH ()-[r:MAPS_TO]->() RETURN count(r) AS n')).toBe(3);
    expect(await count('MATCH (:Concept {conceptId: 35208414})-[r:IS_A]->(:Concept {conceptId: 1569708}) RETURN count(r) AS n')).toBe(1);
    expect(await count('MATCH (:Concept)-[r]->(:Concept) WHERE type(r) <> "HAS_ANCESTOR" RETURN count(r) AS n')).toBe(4);
    expect(await count("MATCH (c:Concept {conceptId: 1322184}) WHERE 'clopidogrel' IN c.synonyms RETURN count(c) AS n")).toBe(1);
  });

  it('changes nothing when loaded a second time', async () => {
    const sample = eunomiaWithFewerAncestors('twice');
    await loadVocabularyFolder(graph, sample, { rejectsFile: rejectsFile() });
    const first = await fingerprint(graph);
    await loadVocabularyFolder(graph, sample, { rejectsFile: rejectsFile() });
    expect(await fingerprint(graph)).toBe(first);
  });

  it('gives the same graph from the real ATHENA format (tabs, lower-case headers, YYYYMMDD, no quoting)', async () => {
    const sample = eunomiaWithFewerAncestors('csv-export');
    await loadVocabularyFolder(graph, sample, { rejectsFile: rejectsFile() });
    // The content is compared: the release record of each load carries its own time.
    const fromCsv = await fingerprint(graph, { releaseRecords: false });
    await resetDatabase(graph);
    const athena = writeAthenaFormat(sample);
    try {
      expect(readFileSync(join(athena, 'CONCEPT.csv'), 'utf8').split('\n')[0]).toContain('concept_id\tconcept_name');
      const report = await loadVocabularyFolder(graph, athena, { rejectsFile: rejectsFile() });
      expect(report.rejected).toBe(0);
      expect(await fingerprint(graph, { releaseRecords: false })).toBe(fromCsv);
    } finally {
      rmSync(athena, { recursive: true, force: true });
    }
  });
});

describe('bad input', () => {
  it('loads every good row and rejects each bad one with its file, line and reason', async () => {
    const folder = eunomiaWithFewerAncestors('corrupt');
    const rejects = rejectsFile();
    try {
      // CONCEPT.csv has 445 lines (header + 444); these become lines 446-449.
      appendFileSync(
        join(folder, 'CONCEPT.csv'),
        [
          '9000001,Too few columns,Drug,RxNorm',
          '9000002,Bad date,Drug,RxNorm,Clinical Drug,S,X1,2020-02-30,2099-12-31,',
          'abc,Not a number,Drug,RxNorm,Clinical Drug,S,X2,2020-01-01,2099-12-31,',
          '9000004,Good extra row,Drug,RxNorm,Clinical Drug,S,X4,2020-01-01,2099-12-31,',
        ].join('\n') + '\n',
      );
      appendFileSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'), '9000004,1118088,Is a friend of,2020-01-01,2099-12-31,\n');
      appendFileSync(join(folder, 'CONCEPT_SYNONYM.csv'), '9000009,a synonym of nothing,4180186\n9000004,an extra name,4180186\n');
      const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejects });
      expect(file(report, 'CONCEPT_SYNONYM')).toMatchObject({ rowsRead: 1_066, rowsWritten: 1_065, rowsWithMissingConcepts: 1, missingConceptIds: 1 });
      expect(await count("MATCH (c:Concept {conceptId: 9000004}) WHERE 'an extra name' IN c.synonyms RETURN count(c) AS n")).toBe(1);
      expect(report.rejected).toBe(4);
      expect(await count('MATCH (c:Concept) WHERE NOT c:Unresolved RETURN count(c) AS n')).toBe(445);
      expect(await count('MATCH (c:Concept {conceptId: 9000004}) RETURN count(c) AS n')).toBe(1);
      const lines = readFileSync(rejects, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t').slice(0, 3));
      expect(lines).toEqual([
        ['CONCEPT', '446', 'expected 10 columns, found 4'],
        ['CONCEPT', '447', "valid_start_date '2020-02-30' is not a date (YYYYMMDD or YYYY-MM-DD)"],
        ['CONCEPT', '448', "concept_id 'abc' is not a concept id"],
        ['CONCEPT_RELATIONSHIP', '10', "relationship_id 'Is a friend of' is not in RELATIONSHIP"],
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a folder with a missing file, an unknown column or a wrong delimiter, and writes nothing', async () => {
    const folder = copyFolder(EUNOMIA, 'broken');
    try {
      unlinkSync(join(folder, 'VOCABULARY.csv'));
      const domain = readFileSync(join(folder, 'DOMAIN.csv'), 'utf8');
      writeFileSync(join(folder, 'DOMAIN.csv'), domain.replaceAll(',', ';'));
      const synonyms = readFileSync(join(folder, 'CONCEPT_SYNONYM.csv'), 'utf8');
      writeFileSync(join(folder, 'CONCEPT_SYNONYM.csv'), synonyms.replace('LANGUAGE_CONCEPT_ID', 'LANGUAGE'));
      const error = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FolderCheckError);
      const problems = (error as FolderCheckError).problems.join('\n');
      expect(problems).toMatch(/VOCABULARY: required file missing/);
      expect(problems).toMatch(/DOMAIN\.csv: the header has one column/);
      expect(problems).toMatch(/CONCEPT_SYNONYM\.csv: unknown columns language .*\n.*missing columns language_concept_id/);
      expect(await count('MATCH (n) WHERE NOT n:RelationshipType RETURN count(n) AS n')).toBe(0);
      expect(await count('MATCH (n:RelationshipType) RETURN count(n) AS n')).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a generated vocabulary', () => {
  // Three loads of a generated vocabulary with its ancestors: minutes on a busy machine.
  it('loads every concept and each relationship pair once; an interrupted load run again gives the same graph', { timeout: 300_000 }, async () => {
    const folder = tempFolder('generated');
    const partial = tempFolder('generated-partial');
    try {
      generateVocabulary({ folder, concepts: 2_000, relationships: 8_000, seed: 3 });
      const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile(), batchSize: 1_000 });
      expect(report.rejected).toBe(0);
      expect(await count('MATCH (c:Concept) WHERE NOT c:Unresolved RETURN count(c) AS n')).toBe(2_000);
      const relationshipRows = readFileSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'), 'utf8').trim().split('\n').slice(1);
      const canonical = new Set(
        relationshipRows.map((line) => {
          const [a, b, id] = line.split('\t');
          const canonicalOf: Record<string, string> = {
            'Mapped from': 'Maps to',
            Subsumes: 'Is a',
            'Concept replaces': 'Concept replaced by',
            'Has finding site': 'Finding site of',
          };
          const type = canonicalOf[id!];
          return type ? `${type}:${b}>${a}` : `${id}:${a}>${b}`;
        }),
      );
      expect(await count("MATCH (:Concept)-[r]->(:Concept) WHERE type(r) <> 'HAS_ANCESTOR' RETURN count(r) AS n")).toBe(canonical.size);
      // The generator writes CONCEPT_ANCESTOR: each of its rows is one HAS_ANCESTOR edge, and nothing is derived.
      const ancestorRows = readFileSync(join(folder, 'CONCEPT_ANCESTOR.csv'), 'utf8').trim().split('\n').length - 1;
      expect(ancestorRows).toBeGreaterThan(2_000);
      expect(await count('MATCH ()-[r:HAS_ANCESTOR]->() RETURN count(r) AS n')).toBe(ancestorRows);
      expect(report.derivedAncestry).toBeNull();
      const complete = await fingerprint(graph, { releaseRecords: false });

      // An interrupted load: concepts and half the relationships, then the whole folder again.
      await resetDatabase(graph);
      for (const file of readdirSync(folder)) copyFileSync(join(folder, file), join(partial, file));
      writeFileSync(
        join(partial, 'CONCEPT_RELATIONSHIP.csv'),
        readFileSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'), 'utf8').split('\n').slice(0, 4_001).join('\n') + '\n',
      );
      await loadVocabularyFolder(graph, partial, { rejectsFile: rejectsFile(), batchSize: 1_000 });
      await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile(), batchSize: 1_000 });
      expect(await fingerprint(graph, { releaseRecords: false })).toBe(complete);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(partial, { recursive: true, force: true });
    }
  });
});

describe('reconciling with curated concepts', () => {
  it('takes CPT4 names from a licensed CONCEPT_CPT4 file, and keeps the project labels where the file has none', async () => {
    await loadSeed(graph, silentLog, { force: true });
    const folder = tempFolder('cpt4');
    try {
      for (const name of ['VOCABULARY.csv', 'DOMAIN.csv', 'CONCEPT_CLASS.csv', 'RELATIONSHIP.csv']) copyFileSync(join(EUNOMIA, name), join(folder, name));
      const header =
        'concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason';
      writeFileSync(join(folder, 'CONCEPT.csv'), `${header}\n`);
      writeFileSync(
        join(folder, 'CONCEPT_CPT4.csv'),
        `${header}\n2211863\tName from the licensed release\tProcedure\tCPT4\tCPT4\tS\t77407\t20150101\t20991231\t\n` +
          '2211867\t\tProcedure\tCPT4\tCPT4\tS\t77412\t20150101\t20991231\t\n',
      );
      writeFileSync(
        join(folder, 'CONCEPT_RELATIONSHIP.csv'),
        'concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date\tinvalid_reason\n',
      );
      const label = readSeedPack().cpt4Labels.find((l) => l.concept_code === '77412')!.label;
      const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
      expect(file(report, 'CONCEPT_CPT4')).toMatchObject({ rowsRead: 2, rejected: 0 });
      const rows = await graph.read<{ code: string; name: string; source: string; start: string }>(
        'MATCH (c:Concept) WHERE c.conceptId IN [2211863, 2211867] RETURN c.conceptCode AS code, c.conceptName AS name, c.nameSource AS source, toString(c.validStartDate) AS start ORDER BY code',
      );
      expect(rows).toEqual([
        { code: '77407', name: 'Name from the licensed release', source: 'VOCABULARY', start: '2015-01-01' },
        { code: '77412', name: label, source: 'PROJECT_LABEL', start: '2015-01-01' },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives a local concept its real id and official name, keeping its edges, with no duplicate', async () => {
    await writeConcepts(graph, [
      {
        conceptId: 2_000_000_001,
        conceptCode: 'G6002',
        vocabularyId: 'HCPCS',
        conceptClassId: 'HCPCS',
        domainId: 'Procedure',
        standardConcept: 'S',
        invalidReason: null,
        validStartDate: null,
        validEndDate: null,
        conceptName: 'Curated name',
        nameSource: 'PUBLIC_DESCRIPTOR',
        isLocal: true,
      },
    ]);
    await graph.write("MATCH (c:Concept {conceptId: 2000000001}) CREATE (c)-[:CHANGED_IN]->(:CodeChange {changeId: 'x'})");
    const folder = eunomiaWithFewerAncestors('reconcile');
    try {
      // a stand-in for the released id: obviously not a real OMOP id, and not the local one
      appendFileSync(join(folder, 'CONCEPT.csv'), '2099999902,Stereoscopic x-ray guidance,Procedure,HCPCS,HCPCS,S,G6002,2015-01-01,2025-12-31,D\n');
      const report = await loadVocabularyFolder(graph, folder, { rejectsFile: rejectsFile() });
      expect(report.reconciledLocalConcepts).toBe(1);
      const rows = await graph.read<{ id: number; name: string; local: boolean; edges: number }>(
        "MATCH (c:Concept {vocabularyId: 'HCPCS', conceptCode: 'G6002'}) RETURN c.conceptId AS id, c.conceptName AS name, c.isLocal AS local, COUNT { (c)-[:CHANGED_IN]->() } AS edges",
      );
      expect(rows).toEqual([{ id: 2099999902, name: 'Stereoscopic x-ray guidance', local: false, edges: 1 }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
