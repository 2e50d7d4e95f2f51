import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take a minute or more (they build and start databases or environments of their
 * own), started before any other of their tier, longest first. Vitest's own order runs the
 * end-to-end project before the integration one and, on a fresh clone with no timings cached,
 * larger files first: the bulk import test started last and ran alone on one worker for its last
 * minutes while the other had nothing left to do; the Python client's did the same at the end.
 */
const LONGEST = [
  'test/integration/bulk-import.test.ts',
  'test/e2e/python-client.test.ts',
  'test/e2e/database-faults.test.ts',
  'test/e2e/process-lifecycle.test.ts',
  'test/integration/vocabulary-loader.test.ts',
  'test/e2e/database-outage.test.ts',
];

/**
 * Vitest's order (tiers by groupOrder; within a tier, the timings of the last run when it has
 * them, else larger files first), with the integration and end-to-end files of one tier as one
 * queue (they run together: vitest.config.ts) and the LONGEST files at its head.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(root, spec.moduleId)}`;
    const rank = (spec: TestSpecification) => {
      const at = LONGEST.indexOf(relative(root, spec.moduleId));
      return at === -1 ? LONGEST.length : at;
    };
    const cache = this.ctx.cache;
    const longerFirst = (a: TestSpecification, b: TestSpecification) => {
      const [timeA, timeB] = [cache.getFileTestResults(key(a))?.duration, cache.getFileTestResults(key(b))?.duration];
      if (timeA !== undefined && timeB !== undefined) return timeB - timeA;
      return (cache.getFileStats(key(b))?.size ?? 0) - (cache.getFileStats(key(a))?.size ?? 0);
    };
    return [...files].sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b) || longerFirst(a, b));
  }
}
