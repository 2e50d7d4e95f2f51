import { createReadStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { draw, TsvWriter } from './generate.js';

/**
 * The next release of a generated vocabulary folder (generate.ts), by deterministic edits of the
 * kinds two real OMOP releases differ by, to measure a tracked load and the diff at any size:
 * - about 0.5% of the valid standard concepts deprecated ('U', no longer standard, valid until the
 *   day before the release) and replaced by their first parent through 'Concept replaced by' rows,
 *   their ancestor rows gone;
 * - about 1% of the concepts renamed, 0.5% moved from Procedure to Observation;
 * - about 0.2% of the source concepts absent, with their relationship and synonym rows;
 * - about 1% of the 'Maps to' pairs dropped;
 * - new source concepts (0.5% of the count), after the last id, each mapped to a standard concept.
 * VOCABULARY's 'None' row names the new release. The same folder and options give the same bytes.
 */
export interface NextReleaseOptions {
  /** A folder generate.ts wrote (tab-delimited, lower-case headers). */
  from: string;
  folder: string;
  /** The new release's name, e.g. 'v5.0 01-JUL-26' (VOCABULARY's 'None' row). */
  release: string;
  seed: number;
}

export interface NextReleaseReport {
  folder: string;
  release: string;
  deprecated: number;
  renamed: number;
  movedDomain: number;
  removed: number;
  droppedMaps: number;
  added: number;
}

/** The release date a name like 'v5.0 01-JUL-26' gives, and the day before it (a deprecated concept's last valid day), as YYYYMMDD. */
function releaseDays(release: string): { day: string; dayBefore: string } {
  const named = /(\d{1,2})-([A-Za-z]{3})-(\d{2,4})\b/.exec(release);
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  if (!named || !months.includes(named[2]!.toUpperCase()))
    throw new Error(`the release name must carry a date as DD-MON-YY (e.g. 'v5.0 01-JUL-26'), got '${release}'`);
  const year = named[3]!.length === 2 ? 2000 + Number(named[3]) : Number(named[3]);
  const on = (offset: number) =>
    new Date(Date.UTC(year, months.indexOf(named[2]!.toUpperCase()), Number(named[1]) + offset)).toISOString().slice(0, 10).replaceAll('-', '');
  return { day: on(0), dayBefore: on(-1) };
}

async function* lines(path: string): AsyncGenerator<string[]> {
  const reader = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of reader) if (line !== '') yield line.split('\t');
}

/** Copies `file`, each data row through `edit` (null drops it); the header is kept. */
async function rewrite(
  options: NextReleaseOptions,
  file: string,
  edit: (row: string[]) => string[] | null,
  extra: (writer: TsvWriter) => void = () => {},
): Promise<void> {
  let writer: TsvWriter | undefined;
  for await (const row of lines(join(options.from, file))) {
    if (!writer) {
      writer = new TsvWriter(join(options.folder, file), row);
      continue;
    }
    const edited = edit(row);
    if (edited) writer.row(edited);
  }
  if (!writer) throw new Error(`${join(options.from, file)} is empty`);
  extra(writer);
  writer.close();
}

export async function writeNextRelease(options: NextReleaseOptions): Promise<NextReleaseReport> {
  const { seed } = options;
  const { day: releaseDay, dayBefore: lastValid } = releaseDays(options.release);
  mkdirSync(options.folder, { recursive: true });
  const report: NextReleaseReport = {
    folder: options.folder,
    release: options.release,
    deprecated: 0,
    renamed: 0,
    movedDomain: 0,
    removed: 0,
    droppedMaps: 0,
    added: 0,
  };

  // Decided from the concept's id and its row in A, so every file's pass agrees.
  const roll = (id: number, k: number) => draw(seed, id, 100 + k);
  const deprecated = new Set<number>();
  const removed = new Set<number>();
  const standard: number[] = [];
  let lastId = 0;
  await rewrite(
    options,
    'CONCEPT.csv',
    (row) => {
      const id = Number(row[0]);
      lastId = Math.max(lastId, id);
      const isStandard = row[5] === 'S';
      const valid = row[9] === '' && row[8] === '20991231';
      if (isStandard) standard.push(id);
      if (!isStandard && valid && roll(id, 0) < 0.002) {
        removed.add(id);
        report.removed += 1;
        return null;
      }
      const next = [...row];
      if (isStandard && valid && id !== standard[0] && roll(id, 1) < 0.005) {
        deprecated.add(id);
        Object.assign(next, { 5: '', 8: lastValid, 9: 'U' });
        report.deprecated += 1;
      }
      if (roll(id, 2) < 0.01) {
        next[1] = `${row[1]} (revised)`;
        report.renamed += 1;
      }
      if (row[2] === 'Procedure' && roll(id, 3) < 0.005) {
        next[2] = 'Observation';
        report.movedDomain += 1;
      }
      return next;
    },
    (writer) => {
      const count = Math.max(1, Math.floor(standard.length * 0.005));
      for (let k = 1; k <= count; k++)
        writer.row([lastId + k, `Synthetic source code added ${k}`, 'Procedure', 'SYNTHSRC', 'Synthetic Source', '', `N${k}`, releaseDay, '20991231', '']);
      report.added = count;
    },
  );

  // A deprecated concept is replaced by its first parent ('Is a' rows come child first, first parent first).
  const replacedBy = new Map<number, number>();
  const gone = (id: number) => removed.has(id);
  const mapDropped = (a: number, b: number) => roll(Math.min(a, b) * 31 + Math.max(a, b), 4) < 0.01;
  await rewrite(
    options,
    'CONCEPT_RELATIONSHIP.csv',
    (row) => {
      const a = Number(row[0]);
      const b = Number(row[1]);
      if (gone(a) || gone(b)) return null;
      if (row[2] === 'Is a' && deprecated.has(a) && !replacedBy.has(a) && !deprecated.has(b)) replacedBy.set(a, b);
      if ((row[2] === 'Maps to' || row[2] === 'Mapped from') && mapDropped(a, b)) {
        if (row[2] === 'Maps to') report.droppedMaps += 1;
        return null;
      }
      return row;
    },
    (writer) => {
      const pair = (a: number, b: number, forward: string, reverse: string) => {
        writer.row([a, b, forward, releaseDay, '20991231', '']);
        writer.row([b, a, reverse, releaseDay, '20991231', '']);
      };
      for (const [from, to] of replacedBy) pair(from, to, 'Concept replaced by', 'Concept replaces');
      for (let k = 1; k <= report.added; k++) pair(lastId + k, standard[Math.floor(roll(lastId + k, 5) * standard.length)]!, 'Maps to', 'Mapped from');
    },
  );

  // A concept no longer standard leaves the hierarchy.
  await rewrite(options, 'CONCEPT_ANCESTOR.csv', (row) => (deprecated.has(Number(row[0])) || deprecated.has(Number(row[1])) ? null : row));
  await rewrite(options, 'CONCEPT_SYNONYM.csv', (row) => (gone(Number(row[0])) ? null : row));
  await rewrite(
    options,
    'VOCABULARY.csv',
    (row) => (row[0] === 'None' ? null : [row[0]!, row[1]!, row[2]!, `${row[3]} next`, row[4]!]),
    (writer) => writer.row(['None', 'OMOP Standardized Vocabularies', 'OMOP generated', options.release, 44819096]),
  );
  await rewrite(
    options,
    'DOMAIN.csv',
    (row) => (row[0] === 'Observation' ? null : row),
    (writer) => writer.row(['Observation', 'Observation', 27]),
  );
  await rewrite(options, 'CONCEPT_CLASS.csv', (row) => row);
  await rewrite(options, 'RELATIONSHIP.csv', (row) => row);
  return report;
}
