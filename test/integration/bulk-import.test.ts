import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, NO_AUTH } from '../../src/db/driver.js';
import { startEmbedded, stopEmbedded } from '../../src/db/embedded/launcher.js';
import { Graph } from '../../src/db/graph.js';
import { FolderCheckError, loadVocabularyFolder, type FileReport } from '../../src/ingest/athena/load.js';
import { BulkImportError, importVocabularyFolder, type BulkImportReport } from '../../src/ingest/bulk/bulk-import.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';
import { fingerprint, resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { copyFolder, EUNOMIA, eunomiaWithFewerAncestors, tempFolder, writeAthenaFormat } from '../helpers/vocabulary-folders.js';

/**
 * The bulk import against the Bolt loader: the same folder through both must give the same
 * graph. The Bolt side is the way a user fills a database without the bulk import: the service
 * starts (schema and knowledge pack), then `npm run load:vocabulary`.
 */
const { graph } = useTestDatabase();
/** Each test builds databases both ways and starts Neo4j on them: minutes on a busy two-core machine. */
const LONG = 600_000;
const work = tempFolder('bulk');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const embedded = (home: string) => ({ home, port: 0, heap: '768m', pageCache: '256m' });
let homes = 0;
const newHome = () => join(work, `home-${++homes}`, 'service');

async function boltRoute(folder: string, rejectsFile: string) {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog, { force: true });
  const report = await loadVocabularyFolder(graph, folder, { rejectsFile });
  // The release records included: the bulk import records the release as a first load does.
  return { report, print: await fingerprint(graph) };
}

/** Starts the embedded Neo4j on a built home and runs `use` against it. */
async function withDatabase<T>(home: string, use: (graph: Graph) => Promise<T>): Promise<T> {
  const db = await startEmbedded(embedded(home));
  const driver = createDriver(db.uri, NO_AUTH);
  try {
    return await use(new Graph(driver, 'neo4j'));
  } finally {
    await driver.close();
    await stopEmbedded(home);
  }
}

const count = async (g: Graph, cypher: string) => (await g.read<{ n: number }>(cypher))[0]!.n;
const dataRows = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8').trim().split('\n').length - 1;
const summary = (files: readonly FileReport[]) =>
  files.map(({ file, rowsRead, rowsWritten, rejected, rowsWithMissingConcepts, missingConceptIds }) => ({
    file,
    rowsRead,
    rowsWritten,
    rejected,
    rowsWithMissingConcepts,
    missingConceptIds,
  }));

/** Imports `folder` into a new home (or `home`), then starts Neo4j on it once: its fingerprint, and `inspect` on the same database. */
async function bulkRoute(
  folder: string,
  rejectsFile: string,
  options: { home?: string; force?: boolean; bucketBytes?: number; worker?: boolean; inspect?: (graph: Graph, report: BulkImportReport) => Promise<void> } = {},
): Promise<{ report: BulkImportReport; print: string }> {
  const home = options.home ?? newHome();
  const report = await importVocabularyFolder(folder, {
    embedded: embedded(home),
    rejectsFile,
    force: options.force,
    bucketBytes: options.bucketBytes,
    worker: options.worker,
  });
  const print = await withDatabase(home, async (g) => {
    await options.inspect?.(g, report);
    return fingerprint(g);
  });
  return { report, print };
}

describe('the bulk import builds the graph the Bolt loader builds', () => {
  it(
    'for the Eunomia GiBleed vocabulary, with the same per-file report and the knowledge pack on top, replacing the database of a home whole',
    async () => {
      // Its ancestry between the concepts it defines and 2,000 rows more (with absent ids): the
      // whole 65,690 rows would add a minute and no path (bench:import measures the volume).
      const folder = eunomiaWithFewerAncestors('bulk-eunomia');
      const home = newHome();
      try {
        // A home the service has used: a database with something in it. The import refuses it
        // while it runs, and without --force.
        const db = await startEmbedded(embedded(home));
        try {
          const driver = createDriver(db.uri, NO_AUTH);
          await new Graph(driver, 'neo4j').write("CREATE (:Marker {note: 'the old database'})");
          await driver.close();
          const running = await importVocabularyFolder(folder, { embedded: embedded(home), force: true, rejectsFile: join(work, 'running.tsv') }).catch(
            (e: unknown) => e,
          );
          expect(running).toBeInstanceOf(BulkImportError);
          expect((running as Error).message).toMatch(/is running \(pid \d+\); stop it first/);
        } finally {
          await stopEmbedded(db.home);
        }
        const refused = await importVocabularyFolder(folder, { embedded: embedded(home), rejectsFile: join(work, 'refused.tsv') }).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(BulkImportError);
        expect((refused as Error).message).toMatch(/already holds a database; .*--force/);
        expect(readdirSync(dirname(home))).toEqual(['service']);

        const bolt = await boltRoute(folder, join(work, 'bolt-rejects.tsv'));
        const bulk = await bulkRoute(folder, join(work, 'bulk-rejects.tsv'), {
          home,
          force: true,
          inspect: async (g, report) => {
            // Nothing of the old database is left.
            expect(await count(g, 'MATCH (m:Marker) RETURN count(m) AS n')).toBe(0);
            // The release is recorded as the database's baseline, and marked on the rows it brought.
            expect(await g.read('MATCH (r:VocabularyRelease) RETURN r.releaseId AS id, r.current AS current, r.status AS status, r.seq AS seq')).toEqual([
              { id: 'v5.0 18-JAN-19', current: true, status: 'complete', seq: 1 },
            ]);
            expect(await count(g, "MATCH (c:Concept {release: 'v5.0 18-JAN-19'}) RETURN count(c) AS n")).toBeGreaterThan(400);
            expect(await count(g, 'MATCH ()-[r:HAS_ANCESTOR]->() WHERE r.release IS NULL RETURN count(r) AS n')).toBe(0);
            // Integers and dates keep their types; the schema and the pack are there; every absent id has its placeholder.
            const [types] = await g.read<{ id: string; start: string; min: string; synonyms: string }>(
              `MATCH (c:Concept {conceptId: 1322184})-[r:HAS_ANCESTOR]->() RETURN valueType(c.conceptId) AS id, valueType(c.validStartDate) AS start,
             valueType(r.minLevels) AS min, valueType(c.synonyms) AS synonyms LIMIT 1`,
            );
            expect(types).toEqual({ id: 'INTEGER NOT NULL', start: 'DATE NOT NULL', min: 'INTEGER NOT NULL', synonyms: 'LIST<STRING NOT NULL> NOT NULL' });
            expect(await count(g, 'MATCH (c:Unresolved) RETURN count(c) AS n')).toBe(report.conversion.counts.placeholders);
            expect(report.conversion.counts.placeholders).toBeGreaterThan(0);
            const indexes = (await g.read<{ name: string }>('SHOW INDEXES YIELD name, state WHERE state = "ONLINE" RETURN name')).map((r) => r.name);
            expect(indexes).toEqual(expect.arrayContaining(['concept_id_unique', 'concept_vocabulary_code', 'concept_code', 'concept_text']));
            expect(await count(g, 'MATCH (n:CodeChange) RETURN count(n) AS n')).toBeGreaterThan(0);
            expect(await count(g, 'CALL db.index.fulltext.queryNodes("concept_text", "clopidogrel") YIELD node RETURN count(node) AS n')).toBeGreaterThan(0);
          },
        });
        expect(bulk.report.replaced).toBe(true);
        expect(bulk.print).toBe(bolt.print);
        expect(summary(bulk.report.conversion.files)).toEqual(summary(bolt.report.files));
        expect(bulk.report.conversion.counts).toMatchObject({ ancestors: dataRows(folder, 'CONCEPT_ANCESTOR.csv'), relationships: 4 });
        // Nothing is left beside the home: the build folder was renamed into place, the old one removed.
        expect(readdirSync(dirname(home))).toEqual(['service']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    LONG,
  );

  it(
    'for the real ATHENA format with bad rows, licensed CPT4 names, a local concept of the pack that takes its real id, and a header-only RELATIONSHIP',
    async () => {
      const folder = eunomiaWithFewerAncestors('bulk-pack');
      // RELATIONSHIP as public samples often ship it, header-only: the pack's public catalogue keeps the relationship rows.
      writeFileSync(join(folder, 'RELATIONSHIP.csv'), readFileSync(join(folder, 'RELATIONSHIP.csv'), 'utf8').split('\n')[0] + '\n');
      const athena = (() => {
        // The G6002 row and the two CPT4 rows the loader's reconciliation tests use. G6002 has no
        // public concept id (DOMAIN.md §6): 2099999902 is a test id standing in for a release's.
        appendFileSync(join(folder, 'CONCEPT.csv'), '2099999902,Stereoscopic x-ray guidance,Procedure,HCPCS,HCPCS,S,G6002,2015-01-01,2025-12-31,D\n');
        return writeAthenaFormat(folder);
      })();
      try {
        const header =
          'concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason';
        writeFileSync(
          join(athena, 'CONCEPT_CPT4.csv'),
          `${header}\n2211863\tName from the licensed release\tProcedure\tCPT4\tCPT4\tS\t77407\t20150101\t20991231\t\n` +
            '2211867\t\tProcedure\tCPT4\tCPT4\tS\t77412\t20150101\t20991231\t\n',
        );
        appendFileSync(
          join(athena, 'CONCEPT.csv'),
          [
            '9000001\tToo few columns\tDrug\tRxNorm',
            '9000002\tBad date\tDrug\tRxNorm\tClinical Drug\tS\tX1\t20200230\t20991231\t',
            'abc\tNot a number\tDrug\tRxNorm\tClinical Drug\tS\tX2\t20200101\t20991231\t',
            '9000004\tGood extra row\tDrug\tRxNorm\tClinical Drug\tS\tX4\t20200101\t20991231\t',
            // The same concept twice: one node, the later row wins.
            '9000004\tGood extra row renamed\tDrug\tRxNorm\tClinical Drug\tS\tX4\t20200101\t20991231\t',
          ].join('\n') + '\n',
        );
        appendFileSync(
          join(athena, 'CONCEPT_RELATIONSHIP.csv'),
          '9000004\t1118088\tIs a friend of\t20200101\t20991231\t\n9000004\t9000005\tMaps to\t20200101\t20991231\t\n',
        );
        appendFileSync(join(athena, 'CONCEPT_SYNONYM.csv'), '9000009\ta synonym of nothing\t4180186\n9000004\tan extra name\t4180186\n');
        const bolt = await boltRoute(athena, join(work, 'bolt-pack.tsv'));
        const bulk = await bulkRoute(athena, join(work, 'bulk-pack.tsv'), {
          inspect: async (g) => {
            const rows = await g.read<{ id: number; local: boolean; name: string; changes: number }>(
              "MATCH (c:Concept {vocabularyId: 'HCPCS', conceptCode: 'G6002'}) RETURN c.conceptId AS id, c.isLocal AS local, c.conceptName AS name, COUNT { (c)-[:CHANGED_IN]->() } AS changes",
            );
            expect(rows).toEqual([{ id: 2099999902, local: false, name: 'Stereoscopic x-ray guidance', changes: expect.any(Number) }]);
            expect(rows[0]!.changes).toBeGreaterThan(0);
            const names = await g.read<{ source: string }>(
              'MATCH (c:Concept) WHERE c.conceptId IN [2211863, 2211867] RETURN c.nameSource AS source ORDER BY c.conceptId',
            );
            expect(names.map((r) => r.source)).toEqual(['VOCABULARY', 'PROJECT_LABEL']);
            expect(await count(g, "MATCH (c:Concept {conceptId: 9000004, conceptName: 'Good extra row renamed'}) RETURN count(c) AS n")).toBe(1);
          },
        });
        expect(bolt.report.reconciledLocalConcepts).toBe(1);
        expect(bulk.report.reconciledLocalConcepts).toBe(1);
        expect(bulk.print).toBe(bolt.print);
        expect(summary(bulk.report.conversion.files)).toEqual(summary(bolt.report.files));
        expect(bulk.report.conversion.rejected).toBe(4);
        // The sample's 4 edges and the 'Maps to' row to the absent 9000005 (its placeholder): none lost for want of a catalogue row.
        expect(bulk.report.conversion.counts.relationships).toBe(5);
        expect(readFileSync(join(work, 'bulk-pack.tsv'), 'utf8')).toBe(readFileSync(join(work, 'bolt-pack.tsv'), 'utf8'));
      } finally {
        rmSync(folder, { recursive: true, force: true });
        rmSync(athena, { recursive: true, force: true });
      }
    },
    LONG,
  );

  it(
    "for a generated vocabulary with ancestors and synonyms, merged in many small buckets, the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread",
    async () => {
      const folder = tempFolder('bulk-generated');
      try {
        generateVocabulary({ folder, concepts: 2_000, relationships: 8_000, seed: 5 });
        const bolt = await boltRoute(folder, join(work, 'bolt-generated.tsv'));
        // Buckets of about 16 KB of input: the merge across many buckets is what is exercised; and
        // the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread, as for large folders.
        const bulk = await bulkRoute(folder, join(work, 'bulk-generated.tsv'), { bucketBytes: 1 / 1024, worker: true });
        expect(bulk.report.conversion.relationshipsInWorker).toBe(true);
        expect(bulk.print).toBe(bolt.print);
        expect(bulk.report.conversion.counts.relationships).toBe(4_000);
        expect(summary(bulk.report.conversion.files)).toEqual(summary(bolt.report.files));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    LONG,
  );
});

describe('bad input behaves as in the Bolt loader', () => {
  it('refuses a folder that fails the check and writes nothing, not even the database home', async () => {
    const folder = copyFolder(EUNOMIA, 'bulk-broken');
    const home = newHome();
    try {
      unlinkSync(join(folder, 'VOCABULARY.csv'));
      writeFileSync(join(folder, 'DOMAIN.csv'), readFileSync(join(folder, 'DOMAIN.csv'), 'utf8').replaceAll(',', ';'));
      const error = await importVocabularyFolder(folder, { embedded: embedded(home), rejectsFile: join(work, 'broken.tsv') }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FolderCheckError);
      expect((error as FolderCheckError).problems.join('\n')).toMatch(/VOCABULARY: required file missing[\s\S]*DOMAIN\.csv: the header has one column/);
      expect(existsSync(dirname(home))).toBe(false);
      expect(existsSync(join(work, 'broken.tsv'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the database home', () => {
  it(
    'keeps the old database when the import fails',
    async () => {
      const home = newHome();
      mkdirSync(join(home, 'data', 'databases', 'neo4j'), { recursive: true });
      writeFileSync(join(home, 'data', 'databases', 'neo4j', 'marker'), 'the old store');
      const folder = copyFolder(EUNOMIA, 'bulk-failing');
      try {
        // A heap far too small makes the importer fail after the conversion.
        const error = await importVocabularyFolder(folder, {
          embedded: { ...embedded(home), heap: '8m' },
          force: true,
          rejectsFile: join(work, 'failing.tsv'),
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BulkImportError);
        expect(readFileSync(join(home, 'data', 'databases', 'neo4j', 'marker'), 'utf8')).toBe('the old store');
        expect(readdirSync(dirname(home))).toEqual(['service']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    LONG,
  );
});
