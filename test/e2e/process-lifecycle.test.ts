import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, stopEmbedded } from '../../src/db/embedded/launcher.js';
import { tempFolder } from '../helpers/vocabulary-folders.js';
import { testNeo4j } from '../helpers/database.js';

/**
 * The service started as the README says (`npm start`), stopped the way process managers and
 * `docker stop` stop it, and started against databases and ports that are not there.
 */
const started: ChildProcess[] = [];
const homes: string[] = [];

afterAll(async () => {
  // A failed test may leave its tree running: every process under each command, then any
  // embedded Neo4j, which runs detached.
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    for (const pid of descendants(child.pid!)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    child.kill('SIGKILL');
  }
  for (const home of homes) {
    await stopEmbedded(home);
    rmSync(home, { recursive: true, force: true });
  }
});

/** Every process whose parent chain leads to `root` (read from /proc). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent) {
      if (ppid === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor: (text: string | RegExp, timeoutMs: number) => Promise<void>;
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  // No warm-up: these tests are about the process, and 'serving GraphQL' then follows 'listening' at once.
  const child = spawn(command, args, { env: { ...process.env, LOG_LEVEL: 'info', WARM_UP_BUDGET_MS: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (text: string | RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const check = () => {
        if (typeof text === 'string' ? output.includes(text) : text.test(output)) return resolve();
        if (child.exitCode !== null || Date.now() > deadline) return reject(new Error(`did not see ${text}:\n${output}`));
        setTimeout(check, 100);
      };
      check();
    });
  return { child, output: () => output, exit, waitFor };
}

const npmStart = (env: Record<string, string>) => run('npm', ['start', '--silent'], env);

describe('npm start stopped by a signal', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops the service on %s sent to the npm process, leaving no process behind',
    async (signal) => {
      const { uri } = testNeo4j();
      const service = npmStart({ NEO4J_URI: uri, NEO4J_PROVIDER: 'uri', PORT: String(await freePort()), SEED_ON_START: 'false' });
      await service.waitFor('serving GraphQL', 90_000);
      expect(service.output()).toContain('listening: no warm-up (WARM_UP_BUDGET_MS=0)');
      const tree = descendants(service.child.pid!);
      expect(tree.length).toBeGreaterThan(0);
      service.child.kill(signal);
      expect((await service.exit).code).toBe(0);
      await expect.poll(() => tree.filter(alive), { timeout: 15_000 }).toEqual([]);
      expect(service.output()).toContain('"msg":"stopped"');
    },
    120_000,
  );

  it('stops the embedded Neo4j it started, too', async () => {
    const home = tempFolder('lifecycle-neo4j');
    homes.push(home);
    const service = npmStart({
      NEO4J_PROVIDER: 'embedded',
      NEO4J_EMBEDDED_HOME: home,
      NEO4J_EMBEDDED_PORT: '0',
      NEO4J_EMBEDDED_HEAP: '512m',
      NEO4J_EMBEDDED_PAGECACHE: '64m',
      PORT: String(await freePort()),
      SEED_ON_START: 'false',
    });
    await service.waitFor('serving GraphQL', 180_000);
    const tree = descendants(service.child.pid!);
    const jvm = tree.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('neo4j-embedded.jar'));
    expect(jvm).toBeDefined();
    service.child.kill('SIGTERM');
    expect((await service.exit).code).toBe(0);
    await expect.poll(() => tree.filter(alive), { timeout: 60_000 }).toEqual([]);
  }, 300_000);
});

describe('the embedded Neo4j of a service that did not stop cleanly', () => {
  const embedded = (home: string, port = '0') => ({
    NEO4J_PROVIDER: 'embedded',
    NEO4J_EMBEDDED_HOME: home,
    NEO4J_EMBEDDED_PORT: port,
    NEO4J_EMBEDDED_HEAP: '512m',
    NEO4J_EMBEDDED_PAGECACHE: '64m',
    SEED_ON_START: 'false',
  });
  const service = async (env: Record<string, string>) => run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { ...env, PORT: String(await freePort()) });
  const jvmOf = (home: string) => (JSON.parse(readFileSync(`${home}/neo4j-embedded.pid`, 'utf8')) as { pid: number; port: number }).pid;

  it('stops at once on SIGTERM during start-up, stopping the JVM it was starting', async () => {
    const home = tempFolder('lifecycle-cancel');
    homes.push(home);
    const starting = await service(embedded(home));
    await starting.waitFor('starting embedded Neo4j', 180_000);
    const jvm = jvmOf(home);
    starting.child.kill('SIGTERM');
    expect((await starting.exit).code).toBe(0);
    expect(starting.output()).not.toContain('embedded Neo4j ready');
    expect(starting.output()).toContain('"msg":"stopped"');
    await expect.poll(() => alive(jvm), { timeout: 30_000 }).toBe(false);
  }, 300_000);

  it('says so when it adopts the JVM a killed service left running, stops it when it stops, and gives the right advice on another port', async () => {
    const home = tempFolder('lifecycle-adopt');
    homes.push(home);
    const first = await service(embedded(home));
    await first.waitFor('serving GraphQL', 180_000);
    const jvm = jvmOf(home);
    first.child.kill('SIGKILL');
    await first.exit;
    expect(alive(jvm)).toBe(true);

    const second = await service(embedded(home));
    await second.waitFor('serving GraphQL', 180_000);
    expect(second.output()).toMatch(
      new RegExp(`adopting the embedded Neo4j \\(pid ${jvm}\\) on bolt://127\\.0\\.0\\.1:\\d+ that process ${first.child.pid} started and left running`),
    );
    expect(jvmOf(home)).toBe(jvm);

    // A command pointed at the same home on another port is told how to use the running one.
    const { port } = JSON.parse(readFileSync(`${home}/neo4j-embedded.pid`, 'utf8')) as { port: number };
    const other = String(port === 65000 ? 65001 : 65000);
    const command = spawnSync(process.execPath, ['--import', 'tsx', 'src/commands/map-claims.ts', 'examples/claims.csv', '--out', `${home}/out.csv`], {
      env: { ...process.env, ...embedded(home, other) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(command.status).not.toBe(0);
    expect(`${command.stdout}${command.stderr}`).toContain(`use it with NEO4J_EMBEDDED_PORT=${port} (or 0), or give this process its own NEO4J_EMBEDDED_HOME`);
    expect(`${command.stdout}${command.stderr}`).not.toContain('stop it first');
    expect(alive(jvm)).toBe(true);

    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);
    await expect.poll(() => alive(jvm), { timeout: 60_000 }).toBe(false);
  }, 400_000);
});

describe('start-up against what is not there', () => {
  let blocker: Server | undefined;
  afterAll(() => blocker?.close());

  it('gives up on an unreachable NEO4J_URI after NEO4J_CONNECT_TIMEOUT_MS, logging while it waits, in one line', async () => {
    const closed = await freePort();
    const service = run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      NEO4J_URI: `bolt://127.0.0.1:${closed}`,
      NEO4J_PROVIDER: 'uri',
      NEO4J_CONNECT_TIMEOUT_MS: '6000',
      PORT: String(await freePort()),
    });
    const began = Date.now();
    const { code } = await service.exit;
    expect(code).toBe(1);
    expect(Date.now() - began).toBeLessThan(30_000);
    const lines = service.output().trim().split('\n');
    expect(lines.every((line) => line.startsWith('{'))).toBe(true);
    expect(service.output()).toContain('"msg":"waiting for Neo4j"');
    const last = JSON.parse(lines.at(-1)!) as { level: number; msg: string };
    expect(last.level).toBe(60);
    expect(last.msg).toMatch(new RegExp(`^could not reach Neo4j at bolt://127\\.0\\.0\\.1:${closed} .*within 6 s: .*check that Neo4j runs there`));
    expect(service.output()).not.toMatch(/\n\s+at /);
  });

  it('finds a port already in use before touching the database, in one line', async () => {
    blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker!.listen(port, '127.0.0.1', resolve));
    const service = run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      // A database that is not there: the port check must come first.
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      NEO4J_PROVIDER: 'uri',
      PORT: String(port),
    });
    const { code } = await service.exit;
    expect(code).toBe(1);
    const lines = service.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0]!) as { msg: string }).msg).toBe(
      `port ${port} on 127.0.0.1 is already in use by another program; stop it or choose another with PORT`,
    );
  });

  it('reports every configuration problem at once, with the values given and secrets masked, and exits 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NEO4J_URI: 'http://db:7474', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', PORT: 'eighty', API_TOKENS: 'short-secret' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ {2}- PORT: .*\(given: 'eighty'\)$/m);
    expect(result.stderr).toMatch(/^ {2}- NEO4J_URI: .*\(given: 'http:\/\/db:7474'\)$/m);
    expect(result.stderr).toMatch(/^ {2}- NEO4J_PASSWORD: NEO4J_USER and NEO4J_PASSWORD go together/m);
    expect(result.stderr).toMatch(/^ {2}- API_TOKENS: each token must be at least 16 characters/m);
    expect(result.stderr).not.toContain('short-secret');
  });
});
