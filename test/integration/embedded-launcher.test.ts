import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedStatus, freePort, startEmbedded, stopEmbedded } from '../../src/db/embedded/launcher.js';

const home = mkdtempSync(join(tmpdir(), 'pcg-launcher-test-'));
const config = { home, port: 0, heap: '512m', pageCache: '128m' };

afterAll(async () => {
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
});

describe('embedded Neo4j launcher', () => {
  it('starts, tells that it runs, reuses the running one, and stops cleanly', async () => {
    expect(embeddedStatus(home).running).toBe(false);
    const db = await startEmbedded(config);
    expect(db.started).toBe(true);
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(embeddedStatus(home)).toMatchObject({ running: true, pid: db.pid, port: db.port });

    const again = await startEmbedded({ ...config, port: db.port });
    expect(again).toMatchObject({ started: false, pid: db.pid });

    expect(await stopEmbedded(home)).toBe(true);
    expect(embeddedStatus(home).running).toBe(false);
    expect(await stopEmbedded(home)).toBe(false);
  });

  it('refuses a port another program holds, with a clear message', async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await expect(startEmbedded({ ...config, port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
      expect(embeddedStatus(home).running).toBe(false);
    } finally {
      blocker.close();
    }
  });
});
