import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCommand } from '../helpers/commands.js';
import { NEXT, writeNextRelease } from '../helpers/next-release.js';
import { EUNOMIA, tempFolder, writeAthenaFormat } from '../helpers/vocabulary-folders.js';

/**
 * `npm run diff:vocabulary` as an ETL team runs it in CI before an upgrade: two folders in, the
 * change list out, a summary on standard error; no database.
 */
const work = tempFolder('diff-cli');
const releaseB = writeNextRelease(EUNOMIA);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(releaseB, { recursive: true, force: true });
});

// No database: a home that is never started, so the command could not reach one if it tried.
const diff = (...args: string[]) => spawnCommand('diff-vocabulary', args, { NEO4J_EMBEDDED_HOME: join(work, 'never-used') });

describe('diff:vocabulary', () => {
  it('writes every change of the next release as CSV, with a summary on standard error', () => {
    const out = join(work, 'changes.csv');
    const { code, stdout, stderr } = diff(EUNOMIA, releaseB, '--out', out);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe('');
    const [header, ...lines] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('kind,concept_id,vocabulary_id,concept_code,field,before,after,relationship_id,other_concept_id');
    expect(lines).toEqual(
      expect.arrayContaining([
        `NAME_CHANGED,${NEXT.renamed},SNOMED,74474003,conceptName,Gastrointestinal hemorrhage,Gastrointestinal haemorrhage,,`,
        `DOMAIN_CHANGED,${NEXT.movedDomain},LOINC,2885-2,domainId,Measurement,Observation,,`,
        `CONCEPT_DEPRECATED,${NEXT.deprecated},RxNorm,313782,invalidReason,,U,,`,
        `RELATIONSHIP_ADDED,${NEXT.deprecated},RxNorm,313782,,,,Concept replaced by,${NEXT.replacement}`,
        `RELATIONSHIP_REMOVED,${NEXT.unmappedSource},NDC,00781178901,,,,Maps to,${NEXT.unmappedTarget}`,
      ]),
    );
    expect(lines.filter((line) => line.startsWith(`CONCEPT_REMOVED,${NEXT.removed},`))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith(`CONCEPT_ADDED,${NEXT.added},`))).toHaveLength(1);
    expect(stderr).toContain('v5.0 18-JAN-19');
    expect(stderr).toContain(NEXT.release);
    expect(stderr).toMatch(new RegExp(`${lines.length.toLocaleString('en-US')} changes`));
  });

  it('writes JSON Lines to standard output, only for the vocabularies asked', () => {
    const { code, stdout, stderr } = diff(EUNOMIA, releaseB, '--format', 'jsonl', '--vocabulary', 'LOINC');
    expect(code, stderr).toBe(0);
    const changes = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; conceptId: number; vocabularyId: string });
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((c) => c.vocabularyId))).toEqual(new Set(['LOINC']));
    expect(changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'DOMAIN_CHANGED', conceptId: NEXT.movedDomain })]));
  });

  it('finds no change between a CSV export and the ATHENA download of the same release', () => {
    const athena = writeAthenaFormat(EUNOMIA);
    try {
      const { code, stdout, stderr } = diff(EUNOMIA, athena);
      expect(code, stderr).toBe(0);
      expect(stdout.trim()).toBe('kind,concept_id,vocabulary_id,concept_code,field,before,after,relationship_id,other_concept_id');
      expect(stderr).toMatch(/\b0 changes/);
    } finally {
      rmSync(athena, { recursive: true, force: true });
    }
  });

  it('exits 1 for a folder it cannot read, writing no output file; 2 for a bad command line', () => {
    const out = join(work, 'never-written.csv');
    const missing = diff(EUNOMIA, join(work, 'no-such-folder'), '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    for (const args of [[EUNOMIA], [EUNOMIA, releaseB, '--format', 'xml'], [EUNOMIA, releaseB, '--bogus']]) {
      const bad = diff(...args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/usage: npm run diff:vocabulary/);
    }
  });
});
