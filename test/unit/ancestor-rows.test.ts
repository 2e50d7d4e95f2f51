import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVocabularyFolder, type VocabularyFile } from '../../src/ingest/athena/files.js';
import { emptyFileReport } from '../../src/ingest/athena/load.js';
import { parseAncestor } from '../../src/ingest/athena/rows.js';
import { convertVocabularyFolder } from '../../src/ingest/bulk/convert.js';
import { AsciiLineFile } from '../../src/ingest/bulk/import-csv.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';
import { readAncestorRows, readParsedRows } from '../../src/ingest/bulk/tab-records.js';

const HEADER = ['ancestor_concept_id', 'descendant_concept_id', 'min_levels_of_separation', 'max_levels_of_separation'];

function ancestorFile(text: string, header = HEADER): VocabularyFile {
  const path = join(mkdtempSync(join(tmpdir(), 'pcg-ancestor-rows-')), 'CONCEPT_ANCESTOR.csv');
  writeFileSync(path, text);
  return { name: 'CONCEPT_ANCESTOR', path, bytes: statSync(path).size, delimiter: '\t', quoted: false, header };
}

interface Read {
  rows: number[][];
  rejects: [number, string, string[]][];
  report: ReturnType<typeof emptyFileReport>;
  completed: boolean;
}

/** Both readers over one file: the loader's (parseAncestor on every record) and the conversion's. */
async function readBoth(file: VocabularyFile, stopAt = Number.POSITIVE_INFINITY): Promise<{ loader: Read; conversion: Read }> {
  const run = async (reader: 'loader' | 'conversion'): Promise<Read> => {
    const read: Read = { rows: [], rejects: [], report: emptyFileReport(file), completed: false };
    const use = (descendant: number, ancestor: number, min: number, max: number, line: number) => {
      read.rows.push([line, descendant, ancestor, min, max]);
      return read.rows.length < stopAt;
    };
    const reject = (line: number, reason: string, values: string[]) => void read.rejects.push([line, reason, values]);
    read.completed =
      reader === 'loader'
        ? await readParsedRows(
            file,
            read.report,
            parseAncestor,
            (r, line) => use(r.descendantConceptId, r.ancestorConceptId, r.minLevels, r.maxLevels, line),
            reject,
          )
        : await readAncestorRows(file, read.report, use, reject);
    return read;
  };
  return { loader: await run('loader'), conversion: await run('conversion') };
}

describe('CONCEPT_ANCESTOR read in place (readAncestorRows)', () => {
  it('gives the rows, line numbers, counts and rejects the loader gives, on every kind of line', async () => {
    const lines = [
      '\uFEFF' + HEADER.join('\t'),
      '100\t200\t1\t1',
      '007\t0200\t0\t0000000003',
      '',
      '100\t201\t1\t2\r',
      ' 100\t202\t1\t1',
      '100\t203 \t1\t1',
      '-100\t204\t1\t1',
      '+100\t205\t1\t1',
      '100\t206\t2\t1',
      '100\t207\t1',
      '100\t208\t1\t1\t9',
      '2147483647\t209\t1\t1',
      '2147483648\t210\t1\t1',
      '12345678901\t211\t1\t1',
      '100\t212\t\t1',
      '1a\t213\t1\t1',
      '100\t214\t-1\t1',
      '100\t215\t9999999999\t9999999999',
      '\t\t\t',
      '100\t216\t1\t1',
    ];
    const { loader, conversion } = await readBoth(ancestorFile(lines.join('\n')));
    expect(conversion).toEqual(loader);
    // The file holds what the loader accepts and refuses, so the comparison covers both.
    expect(loader.rows.map((row) => row[0])).toEqual([2, 3, 5, 6, 7, 8, 13, 19, 21]);
    expect(loader.rows[1]).toEqual([3, 200, 7, 0, 3]);
    expect(loader.rejects.map(([line]) => line)).toEqual([9, 10, 11, 12, 14, 15, 16, 17, 18, 20]);
    expect(loader.report).toMatchObject({ rowsRead: 19, rowsWritten: 9, rejected: 10 });
  });

  it('reads the columns by their names in any order, and a last line without a newline', async () => {
    const header = ['min_levels_of_separation', 'descendant_concept_id', 'extra', 'max_levels_of_separation', 'ancestor_concept_id'];
    const { loader, conversion } = await readBoth(ancestorFile(`${header.join('\t')}\n1\t5\tx\t2\t9\n0\t5\t\t0\t5`, header));
    expect(conversion).toEqual(loader);
    expect(conversion.rows).toEqual([
      [2, 5, 9, 1, 2],
      [3, 5, 5, 0, 0],
    ]);
  });

  it('agrees across the reads of a file over 1 MB (read in several chunks), and stops where the caller gives up', async () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    const odd = ['\t', ' ', '-', 'x', '99999999999', '\r'];
    const lines = [HEADER.join('\t')];
    for (let i = 0; i < 120_000; i++) {
      const fields = [random(10) === 0 ? 2_147_483_600 + random(100) : random(100_000), random(100_000), random(4), random(6)].map(String);
      const at = random(4);
      if (random(50) === 0) fields[at] = `${fields[at]}${odd[random(odd.length)]}`;
      lines.push(fields.join('\t'));
    }
    const file = ancestorFile(lines.join('\r\n') + '\r\n');
    expect(file.bytes).toBeGreaterThan(1.5 * 1024 * 1024);
    const whole = await readBoth(file);
    expect(whole.conversion).toEqual(whole.loader);
    expect(whole.loader.rejects.length).toBeGreaterThan(1_000);
    const stopped = await readBoth(file, 100_000);
    expect(stopped.conversion).toEqual(stopped.loader);
    expect(stopped.loader.completed).toBe(false);
    expect(stopped.loader.rows).toHaveLength(100_000);
  });

  it('rejects with the reason of an aborted signal at the next read, tab and quoted files alike, both readers', async () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => [i + 1, i + 2, 1, 1]);
    const tab = ancestorFile([HEADER.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
    const quoted: VocabularyFile = {
      ...ancestorFile([HEADER.join(','), ...rows.map((r) => r.map((v) => `"${v}"`).join(','))].join('\n') + '\n'),
      delimiter: ',',
      quoted: true,
    };
    const reason = new Error('the worker failed');
    const cases = [
      ['tab, in place', tab, 'conversion'],
      ['tab, parsed', tab, 'loader'],
      ['quoted, parsed', quoted, 'loader'],
    ] as const;
    for (const [name, file, reader] of cases) {
      const stop = new AbortController();
      let seen = 0;
      const use = () => {
        if (++seen === 1_000) stop.abort(reason);
      };
      const read =
        reader === 'conversion'
          ? readAncestorRows(file, emptyFileReport(file), use, () => {}, undefined, stop.signal)
          : readParsedRows(file, emptyFileReport(file), parseAncestor, use, () => {}, undefined, stop.signal);
      const error: unknown = await read.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(Error);
      // A stream aborted by its signal gives an AbortError whose cause is the reason; a reader checking the signal gives the reason.
      expect((error as Error).cause ?? error, name).toBe(reason);
      expect(seen, name).toBeGreaterThanOrEqual(1_000);
      expect(seen, name).toBeLessThan(rows.length);
    }
  });
});

describe('AsciiLineFile', () => {
  it('writes the bytes the lines would be as strings, numbers as `${n}` spells them, across its buffer', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pcg-ascii-lines-')), 'out.csv');
    const out = new AsciiLineFile(path, 'a,b');
    const numbers = [0, -0, 1, 9, 10, 99, 100, 1_000_000_000, 2_147_483_647, -2_147_483_647, 9_999_999_999];
    let seed = 3;
    for (let i = 0; i < 200_000; i++) numbers.push((seed = (seed * 48_271) % 2_147_483_647) % 10 ** (1 + (i % 10)));
    const end = Buffer.from(',"v5 ü"\n');
    const expected = ['a,b'];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      out.number(numbers[i]!);
      out.bytes(Buffer.from(','));
      out.number(numbers[i + 1]!);
      out.bytes(end);
      expected.push(`${numbers[i]},${numbers[i + 1]},"v5 ü"`);
    }
    out.close();
    const written = readFileSync(path, 'utf8');
    expect(written.length).toBeGreaterThan(1 << 20);
    expect(written).toBe(expected.join('\n') + '\n');
  });
});

describe('the conversion of CONCEPT_ANCESTOR', () => {
  it('writes the same lines grouped by descendant (in bytes) as through the buckets (as strings), release mark included', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pcg-ancestor-paths-'));
    const grouped = join(work, 'grouped');
    generateVocabulary({ folder: grouped, concepts: 500, relationships: 2_000, seed: 2, release: 'v5.0 01-JAN-26' });
    // A row given twice in its group, the second with other levels: one edge, the last row's levels (MERGE, then SET).
    const [header, ...rows] = readFileSync(join(grouped, 'CONCEPT_ANCESTOR.csv'), 'utf8').trimEnd().split('\n');
    const [ancestor, descendant, min, max] = rows[1]!.split('\t').map(Number) as [number, number, number, number];
    rows.splice(2, 0, [ancestor, descendant, min + 1, max + 3].join('\t'));
    writeFileSync(join(grouped, 'CONCEPT_ANCESTOR.csv'), [header, ...rows].join('\n') + '\n');
    // The same rows ordered by ancestor: no longer grouped by descendant, so the buckets merge them.
    const scattered = join(work, 'scattered');
    cpSync(grouped, scattered, { recursive: true });
    rows.sort((a, b) => Number(a.split('\t')[0]) - Number(b.split('\t')[0]));
    writeFileSync(join(scattered, 'CONCEPT_ANCESTOR.csv'), [header, ...rows].join('\n') + '\n');
    const convert = async (folder: string) => {
      const phases: string[] = [];
      const out = join(work, `${folder.endsWith('grouped') ? 'grouped' : 'scattered'}-out`);
      const files = checkVocabularyFolder(folder).files;
      const report = await convertVocabularyFolder(files, out, {
        rejectsFile: join(out, 'rejects.tsv'),
        onPhase: (m) => phases.push(m),
        release: 'v5.0 01-JAN-26',
      });
      const lines = readFileSync(join(out, 'CONCEPT_ANCESTOR.csv'), 'utf8').trimEnd().split('\n');
      return { phases, ancestors: report.counts.ancestors, header: lines[0], lines: lines.slice(1).sort() };
    };
    const [inBytes, inBuckets] = [await convert(grouped), await convert(scattered)];
    expect(inBytes.phases.join('\n')).not.toMatch(/not grouped/);
    expect(inBuckets.phases.join('\n')).toMatch(/CONCEPT_ANCESTOR is not grouped by descendant/);
    expect(inBytes.ancestors).toBe(rows.length - 1);
    expect(inBytes.lines).toHaveLength(rows.length - 1);
    expect(inBytes.lines).toContain(`${descendant},${ancestor},${min + 1},${max + 3},"v5.0 01-JAN-26"`);
    expect(inBytes.lines[0]).toMatch(/^\d+,\d+,\d+,\d+,"v5\.0 01-JAN-26"$/);
    expect(inBytes).toEqual({ ...inBuckets, phases: inBytes.phases });
  });
});
