import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmbeddedNeo4jConfig } from '../../config.js';
import { classDataSharingFlags, dropRefusedArchive } from './class-data-sharing.js';

/**
 * Controls the embedded Neo4j launcher (neo4j-embedded/, a Maven project): builds it when
 * needed, starts it as a detached JVM, waits until its default database accepts
 * transactions, stops it with SIGTERM (a clean shutdown) and tells whether it runs.
 * One launcher per home folder; its pid file and log live in that folder.
 */

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LAUNCHER_DIR = join(PROJECT_ROOT, 'neo4j-embedded');
const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target', 'neo4j-embedded.jar');
const LAUNCHER_SOURCES = [
  join(LAUNCHER_DIR, 'pom.xml'),
  join(LAUNCHER_DIR, 'src/main/java/org/procedurecodegraph/neo4j/EmbeddedNeo4j.java'),
  join(LAUNCHER_DIR, 'src/main/java/org/procedurecodegraph/neo4j/BulkImport.java'),
];
const HOST = '127.0.0.1';
const READY_LINE = /^READY bolt:\/\/\S+/m;

export interface EmbeddedStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  /** The process that started it and stops it when it stops; none for `npm run neo4j -- start`. */
  ownerPid?: number;
}

interface PidFile {
  pid: number;
  port: number;
  startedAt: string;
  ownerPid?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  home: string;
  pid: number;
  /** True when this call started the process, false when it found it running. */
  started: boolean;
  /**
   * True when it was found running with its owner gone (a service killed with SIGKILL leaves its
   * JVM behind): this process took it over and stops it as if it had started it.
   */
  adopted: boolean;
  /** The process that stops it, when another one does. */
  ownerPid?: number;
  logFile: string;
}

export interface LauncherOptions {
  /** Called with progress messages (building, starting, ready). */
  onProgress?: (message: string) => void;
  startTimeoutMs?: number;
  /**
   * The process that stops the database when it stops (recorded in the pid file), so that one it
   * leaves behind can be told apart and adopted; omitted, the database outlives its starter.
   */
  ownerPid?: number;
  /** Aborting stops a start-up in progress at once: the JVM is stopped and the call rejects. */
  signal?: AbortSignal;
}

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const paths = (home: string) => {
  const abs = resolve(home);
  return {
    home: abs,
    pidFile: join(abs, 'neo4j-embedded.pid'),
    logFile: join(abs, 'neo4j-embedded.log'),
    configFile: join(abs, 'neo4j.conf'),
  };
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPidFile(pidFile: string): PidFile | undefined {
  if (!existsSync(pidFile)) return undefined;
  try {
    return JSON.parse(readFileSync(pidFile, 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

export function embeddedStatus(home: string): EmbeddedStatus {
  const { pidFile } = paths(home);
  const recorded = readPidFile(pidFile);
  if (!recorded || !isAlive(recorded.pid)) return { running: false };
  return { running: true, pid: recorded.pid, port: recorded.port, uri: `bolt://${HOST}:${recorded.port}`, ownerPid: recorded.ownerPid };
}

/**
 * Built launchers, one folder per hash of the launcher's inputs (its pom and sources), so that a
 * new clone or a second checkout of the same sources on this machine starts without Maven, and a
 * checkout that only touched the files' dates (git does) never rebuilds.
 */
const LAUNCHER_CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'procedure-code-graph', 'neo4j-embedded');
/** What target/ was built from. */
const BUILT_FROM = join(LAUNCHER_DIR, 'target', 'inputs.sha256');

function launcherInputsHash(): string {
  const hash = createHash('sha256');
  for (const source of LAUNCHER_SOURCES) hash.update(relative(LAUNCHER_DIR, source)).update('\0').update(readFileSync(source)).update('\0');
  return hash.digest('hex').slice(0, 20);
}

function isBuilt(dir: string): boolean {
  return existsSync(join(dir, 'neo4j-embedded.jar')) && existsSync(join(dir, 'lib'));
}

/** Copies a build into the cache (through a temporary folder, so a half copy is never used); the cache is an optimisation: a failure is ignored. */
function cacheBuild(from: string, to: string): void {
  const temporary = `${to}.${process.pid}.tmp`;
  try {
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    cpSync(join(from, 'neo4j-embedded.jar'), join(temporary, 'neo4j-embedded.jar'));
    cpSync(join(from, 'lib'), join(temporary, 'lib'), { recursive: true });
    renameSync(temporary, to);
  } catch {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Forgets every built launcher (the cache and target/'s record of its inputs): the next start builds it with Maven. */
export function clearLauncherCache(): void {
  rmSync(LAUNCHER_CACHE, { recursive: true, force: true });
  rmSync(BUILT_FROM, { force: true });
}

function requireCommand(command: string, args: string[], hint: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new EmbeddedNeo4jError(`'${command}' is not available: ${hint}`);
  }
}

/**
 * The launcher's jar for the current sources: from the cache, else target/ when it was built from
 * them, else built with Maven (then cached).
 */
export function ensureLauncherBuilt(onProgress: (message: string) => void = () => {}): string {
  const inputs = launcherInputsHash();
  const cached = join(LAUNCHER_CACHE, inputs);
  if (isBuilt(cached)) return join(cached, 'neo4j-embedded.jar');
  const target = join(LAUNCHER_DIR, 'target');
  if (isBuilt(target) && existsSync(BUILT_FROM) && readFileSync(BUILT_FROM, 'utf8').trim() === inputs) {
    cacheBuild(target, cached);
    return isBuilt(cached) ? join(cached, 'neo4j-embedded.jar') : LAUNCHER_JAR;
  }
  requireCommand('java', ['-version'], 'the embedded Neo4j needs Java 17 or later (or set NEO4J_URI, or run with Docker)');
  requireCommand('mvn', ['-v'], 'the embedded Neo4j is built with Maven (or set NEO4J_URI, or run with Docker)');
  onProgress('building the embedded Neo4j launcher with Maven (first run downloads about 170 MB from Maven Central)');
  const build = spawnSync('mvn', ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new EmbeddedNeo4jError(`building the embedded Neo4j launcher failed:\n${output}`);
  }
  writeFileSync(BUILT_FROM, `${inputs}\n`);
  cacheBuild(target, cached);
  return isBuilt(cached) ? join(cached, 'neo4j-embedded.jar') : LAUNCHER_JAR;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not pick a free port'));
      });
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, HOST, () => server.close(() => resolveFree(true)));
  });
}

/** The last lines written to the log since byte `from` (this start's output only). */
function tail(file: string, from: number, lines = 25): string {
  if (!existsSync(file)) return '';
  const fd = openSync(file, 'r');
  try {
    const size = statSync(file).size;
    const buffer = Buffer.alloc(Math.max(size - from, 0));
    readSync(fd, buffer, 0, buffer.length, from);
    return buffer.toString('utf8').trim().split('\n').slice(-lines).join('\n');
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts the embedded Neo4j for this home folder, or returns the one already running there.
 * Resolves only once the default database accepts transactions over Bolt.
 */
export async function startEmbedded(config: EmbeddedNeo4jConfig, options: LauncherOptions = {}): Promise<EmbeddedNeo4j> {
  const progress = options.onProgress ?? (() => {});
  const p = paths(config.home);
  const running = embeddedStatus(config.home);
  if (running.running && running.pid !== undefined && running.port !== undefined) {
    const owner = running.ownerPid;
    const orphaned = owner !== undefined && owner !== process.pid && !isAlive(owner);
    if (config.port !== 0 && running.port !== config.port) {
      const user = owner !== undefined && !orphaned ? ` (started by process ${owner}, still running)` : '';
      throw new EmbeddedNeo4jError(
        `an embedded Neo4j already runs for ${p.home} on port ${running.port}${user}, not on NEO4J_EMBEDDED_PORT=${config.port}: ` +
          `use it with NEO4J_EMBEDDED_PORT=${running.port} (or 0), or give this process its own NEO4J_EMBEDDED_HOME`,
      );
    }
    const found = { uri: running.uri!, port: running.port, home: p.home, pid: running.pid, started: false, logFile: p.logFile };
    if (orphaned && options.ownerPid !== undefined) {
      writeFileSync(p.pidFile, JSON.stringify({ ...readPidFile(p.pidFile)!, ownerPid: options.ownerPid } satisfies PidFile));
      progress(
        `adopting the embedded Neo4j (pid ${running.pid}) on ${running.uri} that process ${owner} started and left running when it ended: it stops when this process stops`,
      );
      return { ...found, adopted: true };
    }
    return { ...found, adopted: false, ownerPid: orphaned ? undefined : owner };
  }

  const jar = ensureLauncherBuilt(progress);
  const port = config.port === 0 ? await freePort() : config.port;
  if (!(await portIsFree(port))) {
    throw new EmbeddedNeo4jError(`port ${port} on ${HOST} is already in use by another program; choose another with NEO4J_EMBEDDED_PORT`);
  }

  mkdirSync(p.home, { recursive: true });
  writeFileSync(
    p.configFile,
    [
      '# Written by the launcher at each start; edit NEO4J_EMBEDDED_* instead.',
      `server.memory.pagecache.size=${config.pageCache}`,
      // What routing (neo4j://) drivers are told to connect to: otherwise localhost:7687, which
      // may be another database.
      `server.default_advertised_address=${HOST}`,
      `server.bolt.advertised_address=${HOST}:${port}`,
      // Bulk loads write a lot of transaction log; keep only what recovery needs.
      'db.tx_log.rotation.retention_policy=2 files',
      // A self-hosted service sends nothing home: Neo4j's anonymous usage report is on by default.
      'dbms.usage_report.enabled=false',
      // Bolt otherwise waits 5 s twice at shutdown for idle worker threads.
      'internal.server.bolt.thread_pool_shutdown_wait_time=0s',
      'internal.server.bolt.connection_shutdown_wait_time=0s',
      '',
    ].join('\n'),
  );
  const logOffset = existsSync(p.logFile) ? statSync(p.logFile).size : 0;
  const log = openSync(p.logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      // Pre-touching the heap makes the RSS known from the start (a soak reads growth in it) but
      // costs every start: only when asked (EmbeddedNeo4jConfig.preTouch).
      ...(config.preTouch ? ['-XX:+AlwaysPreTouch'] : []),
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // Boots faster from the second start on: 6.5 s instead of 8.8 s here (class-data-sharing.ts).
      ...(config.classSharing === false ? [] : classDataSharingFlags(jar)),
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-jar',
      jar,
      '--home',
      p.home,
      '--host',
      HOST,
      '--port',
      String(port),
      '--config',
      p.configFile,
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new EmbeddedNeo4jError('could not start java');
  child.unref();
  writeFileSync(p.pidFile, JSON.stringify({ pid, port, startedAt: new Date().toISOString(), ownerPid: options.ownerPid } satisfies PidFile));
  progress(`starting embedded Neo4j (pid ${pid}) on bolt://${HOST}:${port}, home ${p.home}`);

  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (options.signal?.aborted) {
      await stopEmbedded(config.home, 10_000);
      throw new EmbeddedNeo4jError('the embedded Neo4j start-up was cancelled; the database was stopped');
    }
    if (exitCode !== null || !isAlive(pid)) {
      removePidFile(p.pidFile);
      throw new EmbeddedNeo4jError(`embedded Neo4j exited during start-up; its log (${p.logFile}) ends with:\n${tail(p.logFile, logOffset)}`);
    }
    const started = tail(p.logFile, logOffset, 200);
    if (READY_LINE.test(started)) {
      if (dropRefusedArchive(jar, started)) progress('the JVM could not use its class-data archive (was Java upgraded?): the next start writes a new one');
      progress(`embedded Neo4j ready on bolt://${HOST}:${port}`);
      return { uri: `bolt://${HOST}:${port}`, port, home: p.home, pid, started: true, adopted: false, logFile: p.logFile };
    }
    await sleep(50, undefined, { signal: options.signal }).catch(() => {});
  }
  await stopEmbedded(config.home);
  throw new EmbeddedNeo4jError(`embedded Neo4j did not become ready in time; its log (${p.logFile}) ends with:\n${tail(p.logFile, logOffset)}`);
}

function removePidFile(pidFile: string): void {
  try {
    unlinkSync(pidFile);
  } catch {
    // already gone
  }
}

/**
 * Stops the embedded Neo4j of this home folder with SIGTERM and waits for its clean shutdown
 * (SIGKILL after the timeout). Returns false when none was running.
 */
export async function stopEmbedded(home: string, timeoutMs = 60_000): Promise<boolean> {
  const p = paths(home);
  const status = embeddedStatus(home);
  if (!status.running || status.pid === undefined) {
    removePidFile(p.pidFile);
    return false;
  }
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(status.pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(status.pid)) process.kill(status.pid, 'SIGKILL');
  while (isAlive(status.pid)) await sleep(50);
  removePidFile(p.pidFile);
  return true;
}
