import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY_FILES, type VocabularyFileName } from '../athena/files.js';

/**
 * A deterministic generator of ATHENA-format vocabulary folders of any size (tab-delimited,
 * lower-case headers, YYYYMMDD dates, no quoting), to measure the loader and the API beyond
 * the small real samples. The same options always give the same bytes.
 *
 * Shape: 70% standard concepts in a deep poly-hierarchy ('Is a'/'Subsumes', branching 3, a
 * second parent for one in three), 2% of them deprecated but still standard (OMOP's CPT4
 * "zombies"); 30% non-standard source concepts with one to three 'Maps to' targets (one-to-many
 * maps); about one source concept in eight is upgraded ('U'), in 'Concept replaced by' chains
 * of one or more hops (2.5 on average) that end at a valid source code with its maps. Relationship rows come in both directions, as in ATHENA; the rest of the
 * requested relationship count is filled with 'Has finding site'/'Finding site of' pairs.
 * CONCEPT_ANCESTOR holds the closure of the 'Is a' hierarchy over the standard concepts with
 * min/max levels of separation, self rows at level 0 included, as ATHENA ships it; about half
 * the standard concepts have one or two CONCEPT_SYNONYM rows.
 */
export interface GenerateOptions {
  folder: string;
  concepts: number;
  /** CONCEPT_RELATIONSHIP rows wanted; at least what the structure needs (about 3.4 per concept). */
  relationships: number;
  seed: number;
  /** A release name for VOCABULARY's 'None' row (e.g. 'v5.0 01-JAN-26'), as a real release has; none by default. */
  release?: string;
}

export interface GenerateReport {
  folder: string;
  concepts: number;
  relationships: number;
  ancestors: number;
  synonyms: number;
}

const FIRST_ID = 100_000_000;
/** OMOP's English language concept, the language of every generated synonym. */
const ENGLISH = 4180186;
const BRANCHING = 3;

/** A stateless hash to [0, 1) of (seed, i, k): the same concept draws the same numbers in every pass. */
export function draw(seed: number, i: number, k: number): number {
  let h = (seed ^ Math.imul(i, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Tab-separated rows, written in blocks. */
export class TsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  rows = 0;
  constructor(path: string, header: readonly string[]) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, `${header.join('\t')}\n`);
  }
  row(values: (string | number)[]): void {
    this.buffer.push(values.join('\t'));
    this.rows += 1;
    if (this.buffer.length >= 50_000) this.flush();
  }
  private flush(): void {
    if (this.buffer.length) writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export function generateVocabulary(options: GenerateOptions): GenerateReport {
  const { folder, concepts, seed } = options;
  if (!Number.isInteger(concepts) || concepts < 10) throw new Error('concepts must be a whole number of at least 10');
  mkdirSync(folder, { recursive: true });
  const standard = Math.floor(concepts * 0.7);
  const id = (index: number) => FIRST_ID + index;
  const isZombie = (i: number) => draw(seed, i, 1) < 0.02;
  // Chains: a source code starts one with probability 0.05; each next code continues it with
  // probability 0.6, so chains run one hop or more (2.5 on average) before a valid code.
  const isUpgraded = (i: number): boolean => i >= standard && i + 1 < concepts && (draw(seed, i, 2) < 0.05 || (isUpgraded(i - 1) && draw(seed, i, 6) < 0.6));
  const mapCount = (i: number) => 1 + Math.floor(draw(seed, i, 3) * 3);
  const mapTarget = (i: number, n: number) => Math.floor(draw(seed, i, 10 + n) * standard);
  const secondParent = (i: number) => (i > BRANCHING && draw(seed, i, 4) < 1 / 3 ? Math.floor(draw(seed, i, 5) * (i - 1)) : -1);
  // An upgraded source code is replaced by the next one: i -> i+1 -> ... until a valid code.
  const replacement = (i: number) => i + 1;

  // Every file with the columns the loader reads (athena/files.ts), in its order.
  const writerOf = (name: VocabularyFileName) => new TsvWriter(join(folder, `${name}.csv`), VOCABULARY_FILES[name].columns);
  const simple = (name: VocabularyFileName, rows: (string | number)[][]) => {
    const writer = writerOf(name);
    rows.forEach((row) => writer.row(row));
    writer.close();
  };
  simple('VOCABULARY', [
    ['SYNTH', 'Synthetic standard vocabulary', 'generated', `seed ${seed}`, 0],
    ['SYNTHSRC', 'Synthetic source vocabulary', 'generated', `seed ${seed}`, 0],
    // The row and concept id a real release names itself with (the Eunomia sample's VOCABULARY).
    ...(options.release ? [['None', 'OMOP Standardized Vocabularies', 'OMOP generated', options.release, 44819096]] : []),
  ]);
  simple('DOMAIN', [['Procedure', 'Procedure', 10]]);
  simple('CONCEPT_CLASS', [
    ['Synthetic', 'Synthetic concept', 0],
    ['Synthetic Source', 'Synthetic source code', 0],
  ]);
  simple('RELATIONSHIP', [
    ['Is a', 'Is a', 1, 0, 'Subsumes', 44818821],
    ['Subsumes', 'Subsumes', 1, 1, 'Is a', 44818723],
    ['Maps to', 'Non-standard to Standard map (OMOP)', 0, 0, 'Mapped from', 44818977],
    ['Mapped from', 'Standard to Non-standard map (OMOP)', 0, 0, 'Maps to', 44818976],
    ['Concept replaced by', 'Concept replaced by', 0, 0, 'Concept replaces', 44818956],
    ['Concept replaces', 'Concept replaces', 0, 0, 'Concept replaced by', 44818957],
    ['Has finding site', 'Has finding site (SNOMED)', 0, 0, 'Finding site of', 44818762],
    ['Finding site of', 'Finding site of (SNOMED)', 0, 0, 'Has finding site', 44818860],
  ]);

  const conceptFile = writerOf('CONCEPT');
  for (let i = 0; i < concepts; i++) {
    if (i < standard) {
      const zombie = isZombie(i);
      conceptFile.row([
        id(i),
        `Synthetic procedure ${i}${zombie ? ' (Deprecated)' : ''}`,
        'Procedure',
        'SYNTH',
        'Synthetic',
        'S',
        `S${i}`,
        '19700101',
        zombie ? '20241231' : '20991231',
        '',
      ]);
    } else {
      const upgraded = isUpgraded(i);
      conceptFile.row([
        id(i),
        `Synthetic source code ${i}`,
        'Procedure',
        'SYNTHSRC',
        'Synthetic Source',
        '',
        `X${i}`,
        '20000101',
        upgraded ? '20191231' : '20991231',
        upgraded ? 'U' : '',
      ]);
    }
  }
  conceptFile.close();

  const relationships = writerOf('CONCEPT_RELATIONSHIP');
  const pair = (a: number, b: number, forward: string, reverse: string) => {
    relationships.row([id(a), id(b), forward, '19700101', '20991231', '']);
    relationships.row([id(b), id(a), reverse, '19700101', '20991231', '']);
  };
  for (let i = 1; i < standard; i++) {
    pair(i, Math.floor((i - 1) / BRANCHING), 'Is a', 'Subsumes');
    const second = secondParent(i);
    if (second >= 0 && second !== Math.floor((i - 1) / BRANCHING)) pair(i, second, 'Is a', 'Subsumes');
  }
  for (let i = standard; i < concepts; i++) {
    if (isUpgraded(i)) {
      pair(i, replacement(i), 'Concept replaced by', 'Concept replaces');
      continue;
    }
    const targets = new Set<number>();
    for (let n = 0; n < mapCount(i); n++) targets.add(mapTarget(i, n));
    for (const target of targets) pair(i, target, 'Maps to', 'Mapped from');
  }
  for (let k = 0; relationships.rows + 2 <= options.relationships; k++) {
    const a = Math.floor(draw(seed, k, 20) * standard);
    const b = Math.floor(draw(seed, k, 21) * standard);
    pair(a, b === a ? (a + 1) % standard : b, 'Has finding site', 'Finding site of');
  }
  relationships.close();

  const synonyms = writerOf('CONCEPT_SYNONYM');
  for (let i = 0; i < standard; i++) {
    const d = draw(seed, i, 7);
    if (d < 0.5) synonyms.row([id(i), `Synthetic procedure number ${i}`, ENGLISH]);
    if (d < 0.15) synonyms.row([id(i), `SP ${i}`, ENGLISH]);
  }
  synonyms.close();

  // The closure of 'Is a': a parent always has a smaller index than its child, so visiting a
  // concept's ancestors from the highest index down relaxes every path in topological order.
  const parentsOf = (i: number): number[] => {
    if (i === 0) return [];
    const first = Math.floor((i - 1) / BRANCHING);
    const second = secondParent(i);
    return second >= 0 && second !== first ? [first, second] : [first];
  };
  const ancestors = writerOf('CONCEPT_ANCESTOR');
  const minLevels = new Map<number, number>();
  const maxLevels = new Map<number, number>();
  for (let i = 0; i < standard; i++) {
    minLevels.clear();
    maxLevels.clear();
    const closure = [i];
    for (let k = 0; k < closure.length; k++) {
      for (const p of parentsOf(closure[k]!)) {
        if (!minLevels.has(p)) {
          minLevels.set(p, Infinity);
          closure.push(p);
        }
      }
    }
    minLevels.set(i, 0);
    maxLevels.set(i, 0);
    closure.sort((a, b) => b - a);
    for (const at of closure) {
      for (const p of parentsOf(at)) {
        minLevels.set(p, Math.min(minLevels.get(p)!, minLevels.get(at)! + 1));
        maxLevels.set(p, Math.max(maxLevels.get(p) ?? 0, maxLevels.get(at)! + 1));
      }
    }
    for (const at of closure.reverse()) ancestors.row([id(at), id(i), minLevels.get(at)!, maxLevels.get(at)!]);
  }
  ancestors.close();
  return { folder, concepts, relationships: relationships.rows, ancestors: ancestors.rows, synonyms: synonyms.rows };
}
