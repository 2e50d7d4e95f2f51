import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Every test file's temporary folders in one folder of its own, removed when the file ends: the
 * vocabulary copies, rejects files, diff work and screenshots a file writes (through
 * `os.tmpdir()`, which reads TMPDIR on every call, here and in the commands a test starts) are
 * not left behind, run after run. A setup file (vitest.config.ts): it runs in the file's worker
 * before the file is imported, and its afterAll, registered first, runs after the file's own.
 * The run's databases (test/global-setup.ts) live apart, in the main process's temporary folder.
 */
const outside = process.env.TMPDIR;
const folder = mkdtempSync(join(tmpdir(), 'pcg-test-file-'));
process.env.TMPDIR = folder;

afterAll(() => {
  if (outside === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outside;
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});
