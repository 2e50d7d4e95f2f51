import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded/launcher.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { spawnCommand } from '../helpers/commands.js';
import { copyFolder, EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

/** Every command answers a bad command line with its usage and exit code 2, never a stack. */
const { graph } = useTestDatabase();
const work = tempFolder('cli-edges');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnCommand(script, args, env, 120_000);
}

/** Eunomia without its ancestor rows (fast), with RELATIONSHIP.csv cut to its header. */
function headerOnlyRelationship(): string {
  const folder = copyFolder(EUNOMIA, 'cli-header-only');
  unlinkSync(join(folder, 'CONCEPT_ANCESTOR.csv'));
  const path = join(folder, 'RELATIONSHIP.csv');
  writeFileSync(path, `${readFileSync(path, 'utf8').split('\n')[0]}\n`);
  return folder;
}

beforeAll(() => resetDatabase(graph));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bad command lines', () => {
  it.each([
    ['load-vocabulary', ['--bogus', 'folder'], /^Unknown option '--bogus'/, /usage: npm run load:vocabulary/],
    ['load-vocabulary', ['folder', '--batch-size', 'ten'], /--batch-size must be a whole number of at least 1, got 'ten'/, /usage: npm run load:vocabulary/],
    ['load-vocabulary', ['folder', '--rejects'], /Option '--rejects <value>' argument missing/, /usage: npm run load:vocabulary/],
    [
      'generate-vocabulary',
      ['--out', 'x', '--concepts', 'lots'],
      /--concepts must be a whole number of at least 0, got 'lots'/,
      /usage: npm run generate:vocabulary/,
    ],
    ['generate-vocabulary', ['--outdir', 'x'], /Unknown option '--outdir'/, /usage: npm run generate:vocabulary/],
    ['neo4j', ['restart'], /unknown command 'restart'/, /usage: npm run neo4j/],
    ['neo4j', ['start', '--port', '1'], /one command/, /usage: npm run neo4j/],
  ])('%s %j: says what is wrong, shows the usage, exits 2', (script, args, problem, usage) => {
    const { code, stderr } = run(script, args);
    expect(code).toBe(2);
    expect(stderr).toMatch(problem);
    expect(stderr).toMatch(usage);
    expect(stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it('checks the folder before it starts or reaches a database', async () => {
    const began = Date.now();
    const { code, stderr } = run('load-vocabulary', [work], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, NEO4J_CONNECT_TIMEOUT_MS: '60000' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot be loaded; nothing was written/);
    expect(Date.now() - began).toBeLessThan(30_000);
  });

  it('exits 2 on a configuration problem, naming the value', () => {
    const { code, stderr } = run('load-vocabulary', [EUNOMIA], { NEO4J_URI: 'http://nope' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/NEO4J_URI: .*\(given: 'http:\/\/nope'\)/);
  });
});

describe('npm run load:vocabulary on a public sample with a header-only RELATIONSHIP', () => {
  it('keeps every relationship, warns loudly and exits 0', () => {
    const { code, stdout, stderr } = run('load-vocabulary', [headerOnlyRelationship(), '--rejects', join(work, 'a.tsv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/CONCEPT_RELATIONSHIP\s+8 read\s+0 rejected/);
    expect(stdout).toMatch(/relationship catalogue: 0 ids from this folder, \d+ from the graph, \d+ from the knowledge pack/);
    expect(stderr).toMatch(/^WARNING: RELATIONSHIP has no rows/m);
    expect(stderr).toMatch(/^WARNING: CONCEPT_CLASS has no rows/m);
  });

  it('exits 1 when a file kept none of its rows', () => {
    const folder = headerOnlyRelationship();
    const path = join(folder, 'CONCEPT_RELATIONSHIP.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/,(Maps to|Mapped from|Is a|Subsumes),/g, ',Unknown relationship,'));
    const { code, stderr } = run('load-vocabulary', [folder, '--rejects', join(work, 'b.tsv')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^FAILED: CONCEPT_RELATIONSHIP kept none of its 8 rows \(8 rejected: see .*b\.tsv\)/m);
  });
});
