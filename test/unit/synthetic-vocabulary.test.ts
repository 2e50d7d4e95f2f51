import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVocabularyFolder } from '../../src/ingest/athena/files.js';
import { diffVocabularyFolders } from '../../src/ingest/releases/diff.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';
import { writeNextRelease } from '../../src/ingest/synthetic/next-release.js';

const folders: string[] = [];
function generate(seed: number) {
  const folder = mkdtempSync(join(tmpdir(), 'pcg-synth-'));
  folders.push(folder);
  return generateVocabulary({ folder, concepts: 3_000, relationships: 15_000, seed });
}
const digest = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map(
      (file) =>
        `${file}:${createHash('sha256')
          .update(readFileSync(join(folder, file)))
          .digest('hex')}`,
    )
    .join('\n');
const rows = (folder: string, file: string) =>
  readFileSync(join(folder, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('synthetic vocabulary generator', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    const a = generate(7);
    const b = generate(7);
    const c = generate(8);
    expect(digest(a.folder)).toBe(digest(b.folder));
    expect(digest(a.folder)).not.toBe(digest(c.folder));
  });

  it("writes the relationship catalogue with OMOP's own ids, names and reverses (the public catalogue in the Eunomia sample)", () => {
    const real = new Map(
      readFileSync(join(import.meta.dirname, '../fixtures/eunomia-gibleed-vocabulary/RELATIONSHIP.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','))
        .map(([id, name, , , reverse, conceptId]) => [id!, { name, reverse, conceptId }]),
    );
    const written = rows(generate(3).folder, 'RELATIONSHIP.csv');
    expect(written.length).toBeGreaterThan(0);
    for (const [id, name, , , reverse, conceptId] of written) expect({ id, name, reverse, conceptId }).toEqual({ id, ...real.get(id!) });
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

  it('writes CONCEPT_ANCESTOR as the closure of Is a over standard concepts, with self rows and min/max levels', () => {
    const { folder, ancestors } = generate(1);
    const rowsOf = rows(folder, 'CONCEPT_ANCESTOR.csv');
    expect(rowsOf).toHaveLength(ancestors);
    const standard = new Set(
      rows(folder, 'CONCEPT.csv')
        .filter((c) => c[5] === 'S')
        .map((c) => c[0]!),
    );
    const levels = new Map(rowsOf.map(([a, d, min, max]) => [`${a}>${d}`, [Number(min), Number(max)]]));
    expect(levels.size).toBe(rowsOf.length);
    // Self rows at level 0 for every standard concept, and only standard concepts in the table.
    for (const id of standard) expect(levels.get(`${id}>${id}`)).toEqual([0, 0]);
    expect(rowsOf.every(([a, d]) => standard.has(a!) && standard.has(d!))).toBe(true);
    // The closure, recomputed from the Is a rows by a breadth-first walk (min) and the longest path (max).
    const parents = new Map<string, string[]>();
    for (const [a, b, id] of rows(folder, 'CONCEPT_RELATIONSHIP.csv')) if (id === 'Is a') parents.set(a!, [...(parents.get(a!) ?? []), b!]);
    const longest = new Map<string, Map<string, number>>();
    const up = (id: string): Map<string, number> => {
      const known = longest.get(id);
      if (known) return known;
      const result = new Map<string, number>([[id, 0]]);
      for (const p of parents.get(id) ?? []) for (const [a, n] of up(p)) result.set(a, Math.max(result.get(a) ?? 0, n + 1));
      longest.set(id, result);
      return result;
    };
    let checked = 0;
    for (const id of [...standard].slice(0, 300)) {
      const shortest = new Map<string, number>([[id, 0]]);
      for (let frontier = [id], level = 1; frontier.length; level++) {
        frontier = frontier.flatMap((c) => (parents.get(c) ?? []).filter((p) => !shortest.has(p)));
        frontier = [...new Set(frontier)];
        frontier.forEach((p) => shortest.set(p, level));
      }
      const max = up(id);
      for (const [a, min] of shortest) {
        expect(levels.get(`${a}>${id}`)).toEqual([min, max.get(a)]);
        checked += 1;
      }
      expect(rowsOf.filter(([, d]) => d === id)).toHaveLength(shortest.size);
    }
    expect(checked).toBeGreaterThan(300);
    expect(rowsOf.some(([, , min, max]) => Number(max) > Number(min))).toBe(true);
  });

  it('writes synonyms of existing concepts, some concepts with two', () => {
    const { folder, synonyms } = generate(1);
    const synonymRows = rows(folder, 'CONCEPT_SYNONYM.csv');
    expect(synonymRows).toHaveLength(synonyms);
    const ids = new Set(rows(folder, 'CONCEPT.csv').map((c) => c[0]!));
    expect(synonymRows.every(([id, name, language]) => ids.has(id!) && name !== '' && language === '4180186')).toBe(true);
    const perConcept = new Map<string, number>();
    for (const [id] of synonymRows) perConcept.set(id!, (perConcept.get(id!) ?? 0) + 1);
    expect(perConcept.size).toBeGreaterThan(ids.size / 4);
    expect(Math.max(...perConcept.values())).toBe(2);
  });
});

describe('the next release of a generated vocabulary', () => {
  it('is named by its None row and makes the changes it reports, as the diff finds them, the same bytes every time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pcg-synth-'));
    folders.push(folder);
    generateVocabulary({ folder, concepts: 8_000, relationships: 30_000, seed: 3, release: 'v5.0 01-JAN-26' });
    const next = async () => {
      const to = mkdtempSync(join(tmpdir(), 'pcg-synth-next-'));
      folders.push(to);
      return writeNextRelease({ from: folder, folder: to, release: 'v5.0 01-JUL-26', seed: 3 });
    };
    const report = await next();
    expect(digest((await next()).folder)).toBe(digest(report.folder));
    const counts: Record<string, number> = {};
    const diff = await diffVocabularyFolders(folder, report.folder, (change) => void (counts[change.kind] = (counts[change.kind] ?? 0) + 1), {
      workDir: mkdtempSync(join(tmpdir(), 'pcg-diff-')),
    });
    expect([diff.old.release.releaseId, diff.new.release.releaseId]).toEqual(['v5.0 01-JAN-26', 'v5.0 01-JUL-26']);
    for (const kind of ['deprecated', 'renamed', 'movedDomain', 'removed', 'droppedMaps', 'added'] as const) expect(report[kind], kind).toBeGreaterThan(0);
    expect(counts).toMatchObject({
      CONCEPT_DEPRECATED: report.deprecated,
      NAME_CHANGED: report.renamed,
      DOMAIN_CHANGED: report.movedDomain,
      CONCEPT_REMOVED: report.removed,
      CONCEPT_ADDED: report.added,
    });
    // Each deprecated concept is replaced (both directions of the pair are added), and each new one mapped.
    const replaced = rows(report.folder, 'CONCEPT_RELATIONSHIP.csv').filter((row) => row[2] === 'Concept replaced by' && row[3] === '20260701');
    expect(replaced.length).toBeGreaterThan(0);
    expect(replaced.length).toBeLessThanOrEqual(report.deprecated);
  });
});
