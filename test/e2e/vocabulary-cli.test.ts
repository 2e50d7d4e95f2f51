import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { spawnCommand } from '../helpers/commands.js';
import { copyFolder, EUNOMIA, eunomiaWithFewerAncestors, tempFolder } from '../helpers/vocabulary-folders.js';

/** The vocabulary loader as a user runs it: `npm run load:vocabulary -- <folder> [--strict]`. */
const { graph } = useTestDatabase();
let corrupt: string;
let smallCorrupt: string;
const work = tempFolder('cli');

function runCli(...args: string[]) {
  return spawnCommand('load-vocabulary', args);
}

beforeAll(async () => {
  await resetDatabase(graph);
  corrupt = copyFolder(EUNOMIA, 'cli-corrupt');
  // The same bad row in the sample with fewer ancestor rows, where the whole table adds nothing.
  smallCorrupt = eunomiaWithFewerAncestors('cli-corrupt-small');
  for (const folder of [corrupt, smallCorrupt])
    appendFileSync(join(folder, 'CONCEPT.csv'), '9000002,Bad date,Drug,RxNorm,Clinical Drug,S,X1,2020-02-30,2099-12-31,\n');
});

afterAll(() => {
  for (const folder of [corrupt, smallCorrupt]) rmSync(folder, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('npm run load:vocabulary', () => {
  it('loads the good rows, writes the rejects file, prints a summary and exits 0', () => {
    const rejects = join(work, 'rejects.tsv');
    const { code, stdout, stderr } = runCli(corrupt, '--rejects', rejects);
    expect(code).toBe(0);
    expect(stdout).toMatch(/loaded .*: 67,857 rows in [\d.]+ s/);
    expect(stdout).toMatch(/CONCEPT_ANCESTOR\s+65690 read\s+0 rejected\s+65104 rows refer to 39324 concept ids absent from CONCEPT/);
    expect(stdout).toContain(`1 rows rejected: see ${rejects}`);
    expect(stderr).toMatch(/CONCEPT: 445 rows in [\d.]+ s, 1 rejected/);
    expect(readFileSync(rejects, 'utf8')).toContain("CONCEPT\t446\tvalid_start_date '2020-02-30' is not a date");
  });

  it('exits 1 with --strict when a row was rejected', () => {
    expect(runCli(smallCorrupt, '--strict', '--rejects', join(work, 'strict.tsv')).code).toBe(1);
  });

  it('exits 1 and says nothing was written when the folder does not pass the check', () => {
    const { code, stderr } = runCli(work);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot be loaded; nothing was written/);
    expect(stderr).toMatch(/CONCEPT: required file missing/);
  });

  it('explains its usage when called without a folder', () => {
    const { code, stderr } = runCli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run load:vocabulary/);
  });
});
