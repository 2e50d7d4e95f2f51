import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCommand } from '../helpers/commands.js';
import { copyFolder, EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

/**
 * `npm run import:vocabulary` as a user runs it, where no database is needed: usage, the folder
 * check, and --prepare-only (the importer's files and the neo4j-admin command for a server).
 * The import itself is tested against the Bolt loader in test/integration/bulk-import.test.ts.
 */
const work = tempFolder('import-cli');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runCli(...args: string[]) {
  return spawnCommand('import-vocabulary', args, { NEO4J_EMBEDDED_HOME: join(work, 'never-used') });
}

describe('npm run import:vocabulary', () => {
  it('explains its usage and exits 2 without a folder, with an unknown option, or with --prepare-only and --force', () => {
    for (const args of [[], [EUNOMIA, '--bogus'], [EUNOMIA, '--prepare-only', join(work, 'x'), '--force']]) {
      const { code, stderr } = runCli(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage: npm run import:vocabulary/);
    }
    expect(existsSync(join(work, 'never-used'))).toBe(false);
  });

  it('exits 1 and writes nothing when the folder does not pass the check', () => {
    const { code, stderr } = runCli(work, '--rejects', join(work, 'rejects.tsv'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot be loaded; nothing was written/);
    expect(stderr).toMatch(/CONCEPT: required file missing/);
    expect(existsSync(join(work, 'never-used'))).toBe(false);
    expect(existsSync(join(work, 'rejects.tsv'))).toBe(false);
  });

  it('with --prepare-only writes the importer input and prints the neo4j-admin command; --strict exits 1 on a rejected row', () => {
    const folder = copyFolder(EUNOMIA, 'import-cli-corrupt');
    try {
      appendFileSync(join(folder, 'CONCEPT.csv'), '9000002,Bad date,Drug,RxNorm,Clinical Drug,S,X1,2020-02-30,2099-12-31,\n');
      const out = join(work, 'prepared');
      const rejects = join(work, 'prepared-rejects.tsv');
      const { code, stdout, stderr } = runCli(folder, '--prepare-only', out, '--strict', '--rejects', rejects);
      expect(code).toBe(1);
      expect(stdout).toMatch(/prepared .*: 67,857 rows/);
      expect(stdout).toMatch(/CONCEPT_ANCESTOR\s+65690 read\s+0 rejected\s+65104 rows refer to 39324 concept ids absent from CONCEPT/);
      expect(stdout).toContain(`1 rows rejected: see ${rejects}`);
      expect(stdout).toMatch(/neo4j-admin \\\n\s+database \\\n\s+import \\\n\s+full \\\n\s+neo4j/);
      expect(stdout).toContain(`--nodes=${join(out, 'Concept.csv')}`);
      expect(stdout).toContain(`--relationships=HAS_ANCESTOR=${join(out, 'CONCEPT_ANCESTOR.csv')}`);
      expect(stderr).toMatch(/CONCEPT: 445 rows in [\d.]+ s, 1 rejected/);
      expect(readFileSync(rejects, 'utf8')).toContain("CONCEPT\t446\tvalid_start_date '2020-02-30' is not a date");
      expect(readdirSync(out).sort()).toEqual([
        'CONCEPT_ANCESTOR.csv',
        'CONCEPT_RELATIONSHIP.csv',
        'Concept.csv',
        'ConceptClass.csv',
        'Domain.csv',
        'RelationshipType.csv',
        'Unresolved.csv',
        'Vocabulary.csv',
      ]);
      // 65,690 ancestor rows give as many edges; 444 concepts plus the knowledge pack's.
      expect(readFileSync(join(out, 'CONCEPT_ANCESTOR.csv'), 'utf8').trim().split('\n')).toHaveLength(65_691);
      expect(existsSync(join(work, 'never-used'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
