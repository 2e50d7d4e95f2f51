import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVocabularyFolder } from '../../src/ingest/athena/files.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';

const folders: string[] = [];
function generate(seed: number) {
  const folder = mkdtempSync(join(tmpdir(), 'pcg-synth-'));
  folders.push(folder);
  return generateVocabulary({ folder, concepts: 3_000, relationships: 15_000, seed });
}
const digest = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((file) => `${file}:${createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')}`)
    .join('\n');
const rows = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));

afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('synthetic vocabulary generator', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    const a = generate(7);
    const b = generate(7);
    const c = generate(8);
    expect(digest(a.folder)).toBe(digest(b.folder));
    expect(digest(a.folder)).not.toBe(digest(c.folder));
  });

  it('writes exactly the requested sizes in a folder the loader accepts', () => {
    const report = generate(1);
    expect(report).toMatchObject({ concepts: 3_000, relationships: 15_000 });
    expect(rows(report.folder, 'CONCEPT.csv')).toHaveLength(3_000);
    expect(rows(report.folder, 'CONCEPT_RELATIONSHIP.csv')).toHaveLength(15_000);
    expect(checkVocabularyFolder(report.folder).problems).toEqual([]);
  });

  it('has one-to-many maps, replacement chains of several hops, deprecated-but-standard concepts and a deep hierarchy', () => {
    const { folder } = generate(1);
    const concepts = rows(folder, 'CONCEPT.csv');
    const relationships = rows(folder, 'CONCEPT_RELATIONSHIP.csv');
    const mapsPerSource = new Map<string, number>();
    const replacedBy = new Map<string, string>();
    const parent = new Map<string, string>();
    for (const [a, b, id] of relationships) {
      if (id === 'Maps to') mapsPerSource.set(a!, (mapsPerSource.get(a!) ?? 0) + 1);
      if (id === 'Concept replaced by') replacedBy.set(a!, b!);
      if (id === 'Is a' && !parent.has(a!)) parent.set(a!, b!);
    }
    expect(Math.max(...mapsPerSource.values())).toBeGreaterThan(1);
    const chainLength = (id: string) => {
      let hops = 0;
      for (let at = id; replacedBy.has(at); at = replacedBy.get(at)!) hops += 1;
      return hops;
    };
    expect(Math.max(...[...replacedBy.keys()].map(chainLength))).toBeGreaterThanOrEqual(3);
    expect(concepts.some((c) => c[5] === 'S' && c[1]!.endsWith('(Deprecated)') && c[8] === '20241231')).toBe(true);
    const depth = (id: string) => {
      let levels = 0;
      for (let at = id; parent.has(at); at = parent.get(at)!) levels += 1;
      return levels;
    };
    expect(Math.max(...[...parent.keys()].map(depth))).toBeGreaterThanOrEqual(6);
  });
});
