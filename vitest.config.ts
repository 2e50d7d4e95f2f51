import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/sequencer.js';
import { testWorkers } from './test/workers.js';

/**
 * Three tiers: the unit tier first (it needs no database and starts none), then the integration
 * and end-to-end tiers together, sharing the run's databases (test/global-setup.ts, one per
 * worker): run together, the longest file of one tier (the bulk import's) overlaps the other's
 * files instead of leaving a worker idle at the tiers' border. As many files run at once as there
 * are test databases (test/workers.ts: 2 unless TEST_WORKERS says otherwise, 1 with NEO4J_URI),
 * and every file starts from a state it sets up itself.
 */
const workers = testWorkers();
const DATABASES = 'test/global-setup.ts';

export default defineConfig({
  test: {
    // Generous: a full Eunomia load takes about 35 s alone and much longer on a busy machine.
    testTimeout: 180_000,
    // Each file's temporary folders in one, removed when the file ends (test/temporary-folders.ts).
    setupFiles: ['test/temporary-folders.ts'],
    hookTimeout: 240_000,
    // Per-file timings at the end of the run: where the suite's time goes.
    reporters: ['default', './test/slowest-files-reporter.ts'],
    // The files that take minutes start first (test/sequencer.ts).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], maxWorkers: workers, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], globalSetup: [DATABASES], maxWorkers: workers, sequence: { groupOrder: 1 } },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: [DATABASES], maxWorkers: workers, sequence: { groupOrder: 1 } } },
    ],
  },
});
