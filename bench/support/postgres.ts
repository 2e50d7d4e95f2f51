import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/db/embedded/launcher.js';

/** Where Debian's postgresql-15 package puts the server binaries. */
export const POSTGRES_15_BIN = '/usr/lib/postgresql/15/bin';

/** The OMOP vocabulary tables, as ATHENA names its files (TABLE.csv). */
export const OMOP_VOCABULARY_TABLES = [
  'VOCABULARY',
  'DOMAIN',
  'CONCEPT_CLASS',
  'RELATIONSHIP',
  'CONCEPT',
  'CONCEPT_SYNONYM',
  'CONCEPT_RELATIONSHIP',
  'CONCEPT_ANCESTOR',
] as const;

/** OMOP CDM v5.4 vocabulary tables (PostgreSQL DDL of the CDM). */
export const OMOP_TABLES_SQL = `
CREATE TABLE concept (concept_id integer NOT NULL, concept_name varchar(255) NOT NULL, domain_id varchar(20) NOT NULL,
  vocabulary_id varchar(20) NOT NULL, concept_class_id varchar(20) NOT NULL, standard_concept varchar(1) NULL,
  concept_code varchar(50) NOT NULL, valid_start_date date NOT NULL, valid_end_date date NOT NULL, invalid_reason varchar(1) NULL);
CREATE TABLE vocabulary (vocabulary_id varchar(20) NOT NULL, vocabulary_name varchar(255) NOT NULL, vocabulary_reference varchar(255) NULL,
  vocabulary_version varchar(255) NULL, vocabulary_concept_id integer NOT NULL);
CREATE TABLE domain (domain_id varchar(20) NOT NULL, domain_name varchar(255) NOT NULL, domain_concept_id integer NOT NULL);
CREATE TABLE concept_class (concept_class_id varchar(20) NOT NULL, concept_class_name varchar(255) NOT NULL, concept_class_concept_id integer NOT NULL);
CREATE TABLE concept_relationship (concept_id_1 integer NOT NULL, concept_id_2 integer NOT NULL, relationship_id varchar(20) NOT NULL,
  valid_start_date date NOT NULL, valid_end_date date NOT NULL, invalid_reason varchar(1) NULL);
CREATE TABLE relationship (relationship_id varchar(20) NOT NULL, relationship_name varchar(255) NOT NULL, is_hierarchical varchar(1) NOT NULL,
  defines_ancestry varchar(1) NOT NULL, reverse_relationship_id varchar(20) NOT NULL, relationship_concept_id integer NOT NULL);
CREATE TABLE concept_synonym (concept_id integer NOT NULL, concept_synonym_name varchar(1000) NOT NULL, language_concept_id integer NOT NULL);
CREATE TABLE concept_ancestor (ancestor_concept_id integer NOT NULL, descendant_concept_id integer NOT NULL,
  min_levels_of_separation integer NOT NULL, max_levels_of_separation integer NOT NULL);
`;

/** The CDM v5.4 primary keys and indexes (with their CLUSTERs) of the vocabulary tables. */
export const OMOP_INDEXES_SQL = `
ALTER TABLE concept ADD CONSTRAINT xpk_concept PRIMARY KEY (concept_id);
ALTER TABLE vocabulary ADD CONSTRAINT xpk_vocabulary PRIMARY KEY (vocabulary_id);
ALTER TABLE domain ADD CONSTRAINT xpk_domain PRIMARY KEY (domain_id);
ALTER TABLE concept_class ADD CONSTRAINT xpk_concept_class PRIMARY KEY (concept_class_id);
ALTER TABLE relationship ADD CONSTRAINT xpk_relationship PRIMARY KEY (relationship_id);
CREATE INDEX idx_concept_concept_id ON concept (concept_id ASC);
CLUSTER concept USING idx_concept_concept_id;
CREATE INDEX idx_concept_code ON concept (concept_code ASC);
CREATE INDEX idx_concept_vocabluary_id ON concept (vocabulary_id ASC);
CREATE INDEX idx_concept_domain_id ON concept (domain_id ASC);
CREATE INDEX idx_concept_class_id ON concept (concept_class_id ASC);
CREATE INDEX idx_vocabulary_vocabulary_id ON vocabulary (vocabulary_id ASC);
CLUSTER vocabulary USING idx_vocabulary_vocabulary_id;
CREATE INDEX idx_domain_domain_id ON domain (domain_id ASC);
CLUSTER domain USING idx_domain_domain_id;
CREATE INDEX idx_concept_class_class_id ON concept_class (concept_class_id ASC);
CLUSTER concept_class USING idx_concept_class_class_id;
CREATE INDEX idx_concept_relationship_id_1 ON concept_relationship (concept_id_1 ASC);
CLUSTER concept_relationship USING idx_concept_relationship_id_1;
CREATE INDEX idx_concept_relationship_id_2 ON concept_relationship (concept_id_2 ASC);
CREATE INDEX idx_concept_relationship_id_3 ON concept_relationship (relationship_id ASC);
CREATE INDEX idx_relationship_rel_id ON relationship (relationship_id ASC);
CLUSTER relationship USING idx_relationship_rel_id;
CREATE INDEX idx_concept_synonym_id ON concept_synonym (concept_id ASC);
CLUSTER concept_synonym USING idx_concept_synonym_id;
CREATE INDEX idx_concept_ancestor_id_1 ON concept_ancestor (ancestor_concept_id ASC);
CLUSTER concept_ancestor USING idx_concept_ancestor_id_1;
CREATE INDEX idx_concept_ancestor_id_2 ON concept_ancestor (descendant_concept_id ASC);
`;

/** psql \copy of every vocabulary file of an ATHENA folder into its table. */
export function copyVocabularySql(folder: string): string {
  // ATHENA's files are tab-delimited without quoting: the usual COPY options for them.
  return OMOP_VOCABULARY_TABLES.map(
    (table) => `\\copy ${table.toLowerCase()} FROM '${join(folder, `${table}.csv`)}' WITH (FORMAT csv, DELIMITER E'\\t', HEADER, QUOTE E'\\b')`,
  ).join('\n');
}

/** Settings a bulk OMOP load is usually given: room for index builds and checkpoints. */
export const BULK_LOAD_SETTINGS: Record<string, string> = {
  shared_buffers: '2GB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
};

export interface PostgresServer {
  /** TCP on 127.0.0.1, as a client on the machine connects (the service reaches Neo4j the same way). */
  connectionString: string;
  port: number;
  /** Runs SQL (psql meta-commands such as \copy included) and resolves when it is done; rejects with psql's message. */
  psql(sql: string): Promise<void>;
  /** The server's processes (postmaster and backends), to add up their memory. */
  serverPids(): number[];
  stop(): Promise<void>;
}

/**
 * Installs Debian's postgresql-15 when its binaries are absent from `bin` (the benchmarks run as
 * root on a Debian machine, so apt-get works as it is), and says so. The package creates and
 * may start its default cluster; a cluster that this install created is stopped again, since the
 * benchmarks run their own server in a temporary folder.
 */
export function ensurePostgres(bin: string, log: (line: string) => void): void {
  if (existsSync(join(bin, 'postgres'))) return;
  if (userInfo().uid !== 0) throw new Error(`no PostgreSQL 15 at ${bin}: install it (apt-get install postgresql-15) or give its bin folder`);
  log(`no PostgreSQL 15 at ${bin}: installing Debian's postgresql-15 with apt-get`);
  const hadCluster = existsSync('/etc/postgresql/15/main');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', 'postgresql-15'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  // A stale package list is the usual reason an install fails: refresh it once and try again.
  if (!install() && !(spawnSync('apt-get', ['update'], { stdio: 'inherit' }).status === 0 && install())) {
    throw new Error('apt-get install postgresql-15 failed (see its output above)');
  }
  if (!hadCluster && existsSync('/etc/postgresql/15/main')) spawnSync('pg_ctlcluster', ['15', 'main', 'stop'], { stdio: 'ignore' });
  if (!existsSync(join(bin, 'postgres'))) throw new Error(`postgresql-15 is installed but ${bin} holds no postgres binary`);
}

/** PostgreSQL refuses to run as root: as root, the server and its tools run as the postgres user. */
function serverCommand(args: string[]): [string, string[]] {
  return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)];
}

function runAsServer(args: string[]): void {
  const [command, rest] = serverCommand(args);
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
}

/** A folder the server user may write: made by this user, handed to postgres when running as root. */
function serverFolder(): { dir: string; socket: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pcg-bench-pg-'));
  const socket = join(dir, 'socket');
  mkdirSync(socket);
  if (userInfo().uid === 0) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chmodSync(dir, 0o755);
    chownSync(dir, uid, gid);
    chownSync(socket, uid, gid);
  }
  return { dir, socket };
}

/**
 * A PostgreSQL server of its own in a temporary folder (initdb, trust auth for the postgres
 * user, UTF-8, C locale), listening on a free port of 127.0.0.1 and on a socket in that folder.
 * Resolves once it accepts connections; stop() shuts it down fast and removes the folder.
 */
export async function startPostgres(bin: string, settings: Record<string, string>): Promise<PostgresServer> {
  const { dir, socket } = serverFolder();
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      runAsServer([join(bin, 'pg_ctl'), 'stop', '-D', data, '-m', 'fast']);
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runAsServer([join(bin, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    const flags = Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
    const [command, rest] = serverCommand([join(bin, 'postgres'), '-D', data, '-k', socket, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', ...flags]);
    // The server's log goes to a file: a pipe nobody reads would stall it once full.
    const log = openSync(logFile, 'w');
    server = spawn(command, rest, { stdio: ['ignore', 'ignore', log] });
    closeSync(log);
    const psqlArgs = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', socket, '-p', String(port), '-U', 'postgres', '-d', 'postgres'];
    await waitForPostgres(bin, psqlArgs, server, logFile);
    return {
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      psql: (sql) => runPsql(join(bin, 'psql'), psqlArgs, sql),
      serverPids: () => serverPids(data),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForPostgres(bin: string, psqlArgs: string[], server: ChildProcess, logFile: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (spawnSync(join(bin, 'psql'), [...psqlArgs, '-c', 'select 1'], { stdio: 'ignore' }).status === 0) return;
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`PostgreSQL did not start; its log:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
}

/** Asynchronous, so that callers (a memory sampler, a timer) keep running while psql works. */
function runPsql(psql: string, args: string[], sql: string): Promise<void> {
  return new Promise<void>((done, fail) => {
    const child = spawn(psql, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', fail);
    child.once('close', (code) => (code === 0 ? done() : fail(new Error(`psql failed: ${stderr}`))));
    child.stdin.end(sql);
  });
}

function serverPids(data: string): number[] {
  const list = (args: string[]) => spawnSync('pgrep', args, { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number);
  const postmasters = list(['-f', '--', `postgres -D ${data}`]);
  return [...new Set([...postmasters, ...postmasters.flatMap((pid) => list(['-P', String(pid)]))])];
}

/**
 * The vocabulary of an ATHENA folder into a fresh database, as the CDM loads it: the tables,
 * COPY, then the CDM's primary keys, indexes and CLUSTERs. Returns how long COPY and the
 * indexes took (the tables' DDL is not counted).
 */
export async function loadOmopVocabulary(
  pg: PostgresServer,
  folder: string,
  log: (line: string) => void,
): Promise<{ copySeconds: number; indexSeconds: number }> {
  await pg.psql(OMOP_TABLES_SQL);
  const started = Date.now();
  await pg.psql(copyVocabularySql(folder));
  const copied = Date.now();
  log(`COPY: ${((copied - started) / 1000).toFixed(1)} s`);
  await pg.psql(OMOP_INDEXES_SQL);
  return { copySeconds: (copied - started) / 1000, indexSeconds: (Date.now() - copied) / 1000 };
}
