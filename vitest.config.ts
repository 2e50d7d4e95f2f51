import { defineConfig } from 'vitest/config';

/**
 * Three tiers. One Neo4j for the whole run (test/global-setup.ts picks it the same way the
 * service does); files run one at a time and each starts from a state it sets up itself.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    // Generous: a full Eunomia load takes about 35 s alone and much longer on a busy machine.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
