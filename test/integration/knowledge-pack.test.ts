import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer } from '../../src/apollo.js';
import { createRepositories, createRequestContext } from '../../src/context.js';
import { Graph } from '../../src/db/graph.js';
import { readVocabularyStamp } from '../../src/db/vocabulary-generation.js';
import { CURATED_LABELS } from '../../src/ingest/seed/seed-writer.js';
import { loadSeed, seedPackHash } from '../../src/ingest/seed/load-seed.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { fingerprint, resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

const { graph } = useTestDatabase();
const pack = readSeedPack();

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
});

describe('the knowledge pack in the graph', () => {
  it('holds the 2026 conditional replacement of G6015 by 77407 (level 2) or 77412 (level 3)', async () => {
    const rows = await graph.read<{ to: string; condition: string; date: string }>(`
      MATCH (:Concept {vocabularyId: 'HCPCS', conceptCode: 'G6015'})-[:CHANGED_IN]->(e:CodeChange {kind: 'replaced'})-[t:CHANGED_TO]->(target:Concept)
      WHERE e.effectiveDate = date('2026-01-01')
      RETURN target.conceptCode AS to, t.condition AS condition, toString(e.effectiveDate) AS date ORDER BY to`);
    expect(rows).toEqual([
      { to: '77407', condition: 'level-2', date: '2026-01-01' },
      { to: '77412', condition: 'level-3', date: '2026-01-01' },
    ]);
  });

  it('knows what 77402 meant on a date: three versions, the 2026 one as level 1', async () => {
    const versions = await graph.read<{ from: string; to: string | null }>(`
      MATCH (:Concept {vocabularyId: 'CPT4', conceptCode: '77402'})-[:HAS_VERSION]->(v:CodeVersion)
      RETURN toString(v.validFrom) AS from, toString(v.validTo) AS to ORDER BY from`);
    expect(versions.map((v) => v.from)).toHaveLength(3);
    expect(versions.at(-1)).toEqual({ from: '2026-01-01', to: null });
    const [onDate] = await graph.read<{ meaning: string }>(`
      MATCH (:Concept {conceptCode: '77402', vocabularyId: 'CPT4'})-[:HAS_VERSION]->(v:CodeVersion)
      WHERE v.validFrom <= date('2020-06-01') AND (v.validTo IS NULL OR v.validTo >= date('2020-06-01'))
      RETURN v.meaning AS meaning`);
    expect(onDate?.meaning).toMatch(/simple/i);
  });

  it('links techniques and exclusions to criteria: DIBH satisfies motion management, IGRT alone does not', async () => {
    const [row] = await graph.read<{ dibh: number; igrt: number }>(`
      RETURN COUNT { (:Technique {techniqueId: 'dibh'})-[:SATISFIES]->(:Criterion {criterionId: 'active-motion-management'}) } AS dibh,
             COUNT { (:Exclusion {exclusionId: 'igrt-alone'})-[:DOES_NOT_SATISFY]->(:Criterion {criterionId: 'active-motion-management'}) } AS igrt`);
    expect(row).toEqual({ dibh: 1, igrt: 1 });
  });

  it('bundles the technical component of 77387 into 77402/77407/77412 from 2026', async () => {
    const rows = await graph.read<{ into: string }>(`
      MATCH (:Concept {conceptCode: '77387'})-[:HAS_BILLING_PROFILE]->(p:BillingProfile)-[:HAS_COMPONENT_CHANGE]->(c:ComponentChange {component: 'technical', change: 'bundled'})-[:INTO]->(d:Concept)
      WHERE c.effectiveDate = date('2026-01-01')
      RETURN d.conceptCode AS into ORDER BY into`);
    expect(rows.map((r) => r.into)).toEqual(['77402', '77407', '77412']);
  });

  it('gives every curated node and edge its sources', async () => {
    const labels = CURATED_LABELS.filter((label) => label !== 'Code');
    const [row] = await graph.read<{ nodes: number; edges: number; curatedEdges: number }>(
      `
      MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) AND (n.sources IS NULL OR size(n.sources) = 0) AND NOT n:Source
      WITH count(n) AS nodes
      MATCH (a)-[r]->(b) WHERE any(label IN labels(a) + labels(b) WHERE label IN $labels)
      RETURN nodes, count(CASE WHEN r.sources IS NULL OR size(r.sources) = 0 THEN 1 END) AS edges, count(r) AS curatedEdges`,
      { labels },
    );
    expect(row?.curatedEdges).toBeGreaterThan(300);
    expect(row).toMatchObject({ nodes: 0, edges: 0 });
  });

  it('keeps the codes it names without a concept as (:Code) nodes, never with invented ids', async () => {
    const codes = await graph.read<{ code: string; hasId: boolean }>(
      "MATCH (c:Code) RETURN c.vocabularyId + ' ' + c.conceptCode AS code, c.conceptId IS NOT NULL AS hasId ORDER BY code",
    );
    expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['CPT4 0073T', 'CPT4 0197T', 'CPT4 76950']));
    expect(codes.every((c) => !c.hasId)).toBe(true);
  });

  it('gives the same graph when loaded a second time', async () => {
    const first = await fingerprint(graph);
    expect((await loadSeed(graph, silentLog, { force: true })).loaded).toBe(true);
    expect(await fingerprint(graph)).toBe(first);
  });

  it('writes into a new database, in one write transaction, the graph the general path writes', async () => {
    const writes = { count: 0 };
    const counted = new Graph(graph.driver, graph.database, { observer: { transaction: (mode) => void (mode === 'WRITE' && writes.count++) } });
    // The general path: the graph holds a node, so the pack is upserted and the curated layer replaced.
    await resetDatabase(graph);
    await graph.write('CREATE (:Placeholder)');
    await loadSeed(counted, silentLog);
    const generalWrites = writes.count;
    await graph.write('MATCH (n:Placeholder) DELETE n');
    const general = await fingerprint(graph);
    // The short path: nothing in the graph.
    await resetDatabase(graph);
    writes.count = 0;
    const report = await loadSeed(counted, silentLog);
    expect(writes.count).toBe(1);
    expect(generalWrites).toBeGreaterThan(1);
    expect(await readVocabularyStamp(graph)).toEqual(expect.any(String));
    expect(await fingerprint(graph)).toBe(general);
    expect(report).toMatchObject({
      loaded: true,
      concepts: pack.omopConcepts.length + pack.localConcepts.length,
      unresolvedCodes: expect.arrayContaining(['CPT4 76950']),
    });
  });

  it('loads over what another process wrote into the new database after its check, making no second node', async () => {
    await resetDatabase(graph);
    await loadSeed(graph, silentLog);
    const alone = await fingerprint(graph);
    // A second service whose check ran while the database was still empty.
    let checked = false;
    const late = new Graph(graph.driver, graph.database);
    const read = late.read.bind(late);
    late.read = (async (cypher: string, parameters?: Record<string, unknown>) => {
      if (!checked && cypher.includes('AS empty')) {
        checked = true;
        return [{ hash: null, empty: true }];
      }
      return read(cypher, parameters);
    }) as Graph['read'];
    expect(await loadSeed(late, silentLog)).toMatchObject({ loaded: true });
    expect(checked).toBe(true);
    expect(await fingerprint(graph)).toBe(alone);
  });

  it('skips a load when the graph already holds this exact pack', async () => {
    const report = await loadSeed(graph, silentLog);
    expect(report.loaded).toBe(false);
    expect(report.hash).toBe(seedPackHash());
  });

  it('is summarised by about.knowledgePack', async () => {
    const apollo = createApolloServer();
    const response = await apollo.executeOperation(
      {
        query:
          '{ about { knowledgePack { sources concepts localConcepts codeChanges codeVersions billingProfiles deliveryLevels criteria workedExamples unresolvedCodes } } }',
      },
      { contextValue: createRequestContext(createRepositories(graph), 'test', silentLog) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(response.body.singleResult.data?.about).toEqual({
      knowledgePack: {
        sources: pack.sources.length,
        concepts: pack.omopConcepts.length + pack.localConcepts.length,
        localConcepts: pack.localConcepts.length,
        codeChanges: pack.changeEvents.length,
        codeVersions: pack.codeVersions.length,
        billingProfiles: pack.profiles.length,
        deliveryLevels: pack.criteria.levels.length,
        criteria: pack.criteria.criteria.length,
        workedExamples: pack.criteria.examples.length,
        unresolvedCodes: expect.arrayContaining(['CPT4 76950']),
      },
    });
  });
  it('after a vocabulary load gave a local concept its real id, a new seed load makes no second node', async () => {
    const folder = tempFolder('g6002');
    try {
      for (const file of ['VOCABULARY.csv', 'DOMAIN.csv', 'CONCEPT_CLASS.csv', 'RELATIONSHIP.csv']) copyFileSync(join(EUNOMIA, file), join(folder, file));
      // 2099999902 stands in for the id a vocabulary release would give G6002: obviously not a
      // real OMOP id, and far from the pack's own local ids (2000000001 upward).
      writeFileSync(
        join(folder, 'CONCEPT.csv'),
        'concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason\n' +
          '2099999902\tStereoscopic x-ray guidance\tProcedure\tHCPCS\tHCPCS\tS\tG6002\t20150101\t20251231\tD\n',
      );
      writeFileSync(
        join(folder, 'CONCEPT_RELATIONSHIP.csv'),
        'concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date\tinvalid_reason\n',
      );
      const report = await loadVocabularyFolder(graph, folder, { rejectsFile: join(folder, 'rejects.tsv') });
      expect(report.reconciledLocalConcepts).toBe(1);
      await loadSeed(graph, silentLog, { force: true });
      const rows = await graph.read<{ id: number; changes: number }>(
        "MATCH (c:Concept {vocabularyId: 'HCPCS', conceptCode: 'G6002'}) RETURN c.conceptId AS id, COUNT { (c)-[:CHANGED_IN]->() } AS changes",
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).toBe(2099999902);
      expect(rows[0]!.changes).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
