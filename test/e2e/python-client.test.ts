import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../src/server.js';
import { useTestDatabase } from '../helpers/database.js';
import { loadPackAndEunomia, startService } from '../helpers/pack-service.js';

/**
 * The Python client and the example notebook, as a researcher uses them: a project-local virtual
 * environment from the pinned requirements (made once, again when they change), the client
 * installed from its folder with pip, and its pytest suite (the notebook run top to bottom with
 * nbclient among it) against the service on the test database holding the knowledge pack and the
 * Eunomia sample.
 */
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CLIENT = join(ROOT, 'clients/python');
const VENV = join(CLIENT, '.venv');
const PYTHON = join(VENV, 'bin/python');
const { graph } = useTestDatabase();
let service: Service;
let url: string;
let setupSeconds = 0;

/** The environment, made when missing or when the requirements (or the Python) changed. */
/** The client's test environment, made once and kept while its requirements and Python stay the same. */
async function ensureVenv(): Promise<void> {
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (python.status !== 0)
    throw new Error('Python 3 is needed for the Python client tests and was not found as python3: install it (Debian: apt-get install python3 python3-venv)');
  const stamp = createHash('sha256')
    .update(readFileSync(join(CLIENT, 'requirements-test.txt')))
    .update(python.stdout)
    .digest('hex');
  const stampFile = join(VENV, '.requirements-sha256');
  if (existsSync(PYTHON) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  const step = async (command: string, args: string[]) => {
    await run(command, args, { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`${command} ${args.join(' ')} failed:\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')}`);
    });
  };
  await step('python3', ['-m', 'venv', '--clear', VENV]);
  await step(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', join(CLIENT, 'requirements-test.txt')]);
  writeFileSync(stampFile, stamp);
}

async function installClient(): Promise<void> {
  const began = Date.now();
  await ensureVenv();
  // Installed from its folder as the README says, every run (the package is small).
  await run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--force-reinstall', CLIENT], {
    encoding: 'utf8',
    timeout: 300_000,
  }).catch((error: { stderr?: string }) => {
    throw new Error(`pip install ./clients/python failed:\n${error.stderr ?? ''}`);
  });
  setupSeconds = (Date.now() - began) / 1000;
  console.log(`python client environment ready in ${setupSeconds.toFixed(1)} s`);
}

beforeAll(async () => {
  // The environment (mostly pip's downloads) is made while the graph loads (mostly the database's work).
  await Promise.all([installClient(), loadPackAndEunomia(graph)]);
  ({ service, base: url } = await startService(graph));
}, 900_000);

afterAll(async () => {
  await service?.stop();
});

describe('the Python client and the notebook', () => {
  it("passes the client's pytest suite, the notebook included, against the running service", async () => {
    // Asynchronous: the service answering pytest runs in this process.
    const result = await run(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', join(CLIENT, 'tests')], {
      cwd: ROOT,
      env: { ...process.env, PROCEDURE_CODE_GRAPH_URL: url },
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string; code?: number }) => ({
      stdout: error.stdout ?? '',
      stderr: `${error.stderr ?? ''}\nexit ${error.code}`,
      failed: true,
    }));
    expect('failed' in result, `${result.stdout}\n${result.stderr}`).toBe(false);
    expect(result.stdout).toMatch(/\b(\d+) passed\b/);
    expect(result.stdout).not.toMatch(/\b(failed|skipped|error)\b/);
  });
});
