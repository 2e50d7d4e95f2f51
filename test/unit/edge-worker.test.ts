import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVocabularyFolder } from '../../src/ingest/athena/files.js';
import { convertVocabularyFolder, type ConvertOptions } from '../../src/ingest/bulk/convert.js';
import { seedConceptRows } from '../../src/ingest/seed/seed-writer.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';

const RELEASE = 'v5.0 01-JAN-26';

/** Appends tab-separated rows to a file of the folder. */
function append(folder: string, file: string, rows: (string | number)[][]): void {
  const path = join(folder, file);
  writeFileSync(path, readFileSync(path, 'utf8') + rows.map((row) => `${row.join('\t')}\n`).join(''));
}

/** A generated folder with what the two threads must order alike: absent concepts and bad rows in both edge files. */
function folderWithEdgeCases(work: string): string {
  const folder = join(work, 'folder');
  generateVocabulary({ folder, concepts: 600, relationships: 3_000, seed: 3, release: RELEASE });
  const [first] = readFileSync(join(folder, 'CONCEPT.csv'), 'utf8').split('\n')[1]!.split('\t');
  const known = Number(first);
  append(folder, 'CONCEPT_RELATIONSHIP.csv', [
    [known, 990000001, 'Maps to', '20200101', '20991231', ''],
    [990000002, known, 'Maps to', '20200101', '20991231', ''],
    [known, known + 1, 'Maps to', '2020-02-30', '20991231', ''],
    [known, 990000001, 'Maps to', '20200101', '20991231', ''],
  ]);
  // CONCEPT_ANCESTOR stays grouped by descendant: its extra groups come last, one of them with a bad row.
  append(folder, 'CONCEPT_ANCESTOR.csv', [
    [990000003, 990000004, 0, 0],
    [990000001, 990000004, 1, 1],
    [known, 990000005, 2, 1],
  ]);
  return folder;
}

/**
 * Converts a generated folder, changed by `alter`, with the worker on; its CONCEPT_RELATIONSHIP
 * is removed once the folder is checked, so the worker fails on it.
 */
async function convertWithoutRelationships(seed: number, alter: (folder: string) => void, options: ConvertOptions = {}): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pcg-edge-worker-'));
  try {
    const folder = join(work, 'folder');
    generateVocabulary({ folder, concepts: 100, relationships: 300, seed });
    alter(folder);
    const files = checkVocabularyFolder(folder).files;
    rmSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'));
    await convertVocabularyFolder(files, join(work, 'out'), { rejectsFile: join(work, 'rejects.tsv'), worker: true, ...options });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function convert(folder: string, out: string, worker: boolean) {
  const phases: string[] = [];
  const report = await convertVocabularyFolder(checkVocabularyFolder(folder).files, out, {
    rejectsFile: join(out, 'rejects.tsv'),
    onPhase: (line) => phases.push(line),
    release: RELEASE,
    // The knowledge pack's concepts under the vocabulary's, as the import takes them: their states go to the worker.
    seedConcepts: seedConceptRows(readSeedPack()),
    worker,
  });
  const files = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
  const reports = report.files.map(({ seconds: _seconds, ...rest }) => rest);
  return {
    phases,
    files,
    reports,
    counts: report.counts,
    rejected: report.rejected,
    input: {
      ...report.input,
      nodeFiles: report.input.nodeFiles.map((f) => f.slice(out.length)),
      relationshipFiles: report.input.relationshipFiles.map((f) => f.replace(out, '')),
    },
  };
}

describe("the concepts' merge and CONCEPT_RELATIONSHIP in a worker thread beside CONCEPT_ANCESTOR", () => {
  it('gives what one thread gives: the files byte for byte, placeholders in the order first met, rejects in file order, the reports', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pcg-edge-worker-'));
    try {
      const folder = folderWithEdgeCases(work);
      const one = await convert(folder, join(work, 'one'), false);
      const beside = await convert(folder, join(work, 'beside'), true);
      expect(beside.phases).toContain('Concept.csv and CONCEPT_RELATIONSHIP: converting in a worker thread, beside CONCEPT_ANCESTOR');
      expect(one.phases.join('\n')).not.toMatch(/worker/);
      // What the comparison rests on: both edge files have absent concepts and rejected rows.
      const placeholders = one.files['Unresolved.csv']!.trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => Number(line.split(',')[0]));
      expect(placeholders).toEqual([990000001, 990000002, 990000004, 990000003]);
      const rejected = one.files['rejects.tsv']!.trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t').slice(0, 2).join(' '));
      expect(rejected).toEqual([expect.stringMatching(/^CONCEPT_RELATIONSHIP \d+$/), expect.stringMatching(/^CONCEPT_ANCESTOR \d+$/)]);
      expect(one.files['CONCEPT_RELATIONSHIP.csv']).toContain(`,990000001,MAPS_TO,"Maps to",2020-01-01,2099-12-31,,"${RELEASE}"`);
      expect(one.counts.placeholders).toBe(4);
      // CONCEPT_ANCESTOR's lines carry no type: the importer is told it once.
      expect(one.input.relationshipFiles).toEqual(['/CONCEPT_RELATIONSHIP.csv', 'HAS_ANCESTOR=/CONCEPT_ANCESTOR.csv']);
      expect(one.files['CONCEPT_ANCESTOR.csv']).toMatch(
        /^:START_ID\(Concept\),:END_ID\(Concept\),minLevels:long,maxLevels:long,release\n\d+,\d+,\d+,\d+,"v5\.0 01-JAN-26"\n/,
      );
      expect(one.files['Concept.csv']).toMatch(/\n2211859,Concept,2211859,.*,"77402",/);

      expect(Object.keys(beside.files).sort()).toEqual(Object.keys(one.files).sort());
      for (const name of Object.keys(one.files)) expect(beside.files[name], name).toBe(one.files[name]);
      expect({ ...beside, phases: [] }).toEqual({ ...one, phases: [] });
      // The worker's own phase lines come once CONCEPT_ANCESTOR's pass is done, where one thread prints them.
      expect(beside.phases.filter((line) => !line.includes('worker thread'))).toEqual(one.phases);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('fails the conversion when the worker fails, with its reason', async () => {
    await expect(convertWithoutRelationships(4, () => {})).rejects.toThrow(/ENOENT.*CONCEPT_RELATIONSHIP\.csv/);
  });

  it("stops CONCEPT_ANCESTOR's pass when the worker fails, rather than reading the whole file first", async () => {
    let rowsInFile = 0;
    // About 26 MB, grouped by descendant: 26 reads of 1 MB, each followed by a progress update.
    const bigAncestry = (folder: string) => {
      const ids = readFileSync(join(folder, 'CONCEPT.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split('\t')[0]!);
      const [header] = readFileSync(join(folder, 'CONCEPT_ANCESTOR.csv'), 'utf8').split('\n');
      const lines = [header!];
      for (const descendant of ids) for (let i = 0; i < 12_000; i++) lines.push(`${descendant}\t${ids[i % ids.length]}\t1\t1`);
      writeFileSync(join(folder, 'CONCEPT_ANCESTOR.csv'), `${lines.join('\n')}\n`);
      rowsInFile = lines.length - 1;
    };
    // Each update of CONCEPT_ANCESTOR's pass holds this thread for a second (the worker runs
    // meanwhile): read to its end, the file would take about 26 s.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let current = '';
    let rowsRead = 0;
    const finished: string[] = [];
    const progress = {
      startFile: (file: string) => void (current = file),
      update: (_bytes: number, rows: number) => {
        if (current !== 'CONCEPT_ANCESTOR') return;
        rowsRead = rows;
        Atomics.wait(pause, 0, 0, 1_000);
      },
      finishFile: (report: { file: string }) => void finished.push(report.file),
    };
    await expect(convertWithoutRelationships(5, bigAncestry, { progress })).rejects.toThrow(/ENOENT.*CONCEPT_RELATIONSHIP\.csv/);
    expect(finished).not.toContain('CONCEPT_ANCESTOR');
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThan(rowsInFile);
  }, 60_000);
});
