import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ChunkedFile } from './import-csv.js';

/**
 * Bucket files: rows too many to hold go to files by a numeric key (a concept id), and each
 * bucket, a bounded slice, is read back whole and merged in memory. The bulk conversion merges
 * concepts and edges this way, and the release diff compares two releases bucket by bucket.
 */
export const MAX_BUCKETS = 1_000;

/** Line-per-bucket files; a bucket is read back whole, so its size bounds the merge's memory. */
export class Buckets {
  private readonly files: ChunkedFile[];
  constructor(
    dir: string,
    prefix: string,
    readonly count: number,
  ) {
    mkdirSync(dir, { recursive: true });
    this.files = Array.from({ length: count }, (_, i) => new ChunkedFile(join(dir, `${prefix}-${i}.tmp`)));
  }
  add(id: number, line: string): void {
    this.files[((id % this.count) + this.count) % this.count]!.line(line);
  }
  get size(): number {
    return this.files.reduce((sum, f) => sum + f.lines, 0);
  }
  /** Closes every bucket: its files, in bucket order, for drainBuckets (in this thread or another). */
  close(): string[] {
    for (const file of this.files) file.close();
    return this.files.map((file) => file.path);
  }
  /** Closes every bucket and yields each one's lines in the order they were added, then deletes it. */
  drain(): Generator<string[]> {
    return drainBuckets(this.close());
  }
}

/** The lines of each closed bucket file in turn, in the order they were added; each file deleted once read. */
export function* drainBuckets(paths: readonly string[]): Generator<string[]> {
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    rmSync(path);
    yield text === '' ? [] : text.slice(0, -1).split('\n');
  }
}

/** Buckets for `bytes` of input at about `perBucket` bytes each (1 to MAX_BUCKETS). */
export const bucketCount = (bytes: number, perBucket: number) => Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(bytes / perBucket)));

/**
 * The key of an edge line: its first `fields` fields (never quoted), by default start, end and
 * type; an edge file of one type (its type given on the importer's command line) keys on start and end.
 */
export function edgeKey(line: string, fields = 3): string {
  let commas = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 44 && ++commas === fields) return line.slice(0, i);
  }
  return line;
}
