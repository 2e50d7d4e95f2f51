import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { parseCommandLine, wholeNumber } from '../src/commands/command-line.js';
import { NO_AUTH } from '../src/db/driver.js';
import { freePort } from '../src/db/embedded/launcher.js';
import { stopChild } from './support/service.js';

/**
 * How long `npm start` takes, phase by phase, as a user starts it: the service's own process
 * (node --import tsx src/main.ts) on its embedded default, in a new database folder (a first
 * start: schema and knowledge pack written), then again on the same folder (a restart: the pack
 * unchanged). Phases come from the service's log lines, the first answer from polling
 * POST /graphql from the moment the process is spawned. The anchor is Bolt `RETURN 1` on the same
 * database in the same run, so a busy machine shows in the anchor too.
 *
 * The launcher is built only when its inputs changed (src/db/embedded/launcher.ts): a fresh clone
 * on a machine that built it before reuses the cached build. --rebuild-launcher clears that cache
 * first, to measure a machine that never built it (Maven's own cache stays warm).
 *
 * --compare-class-sharing runs each restart twice, with the class-data-sharing archive and
 * without it (NEO4J_EMBEDDED_CLASS_SHARING=false), in alternating order, so the two are compared in
 * one run on the same machine.
 *
 * npm run bench:startup -- [--restarts N] [--rebuild-launcher] [--compare-class-sharing]
 */
const USAGE = 'usage: npm run bench:startup -- [--restarts N] [--rebuild-launcher] [--compare-class-sharing]';
const { values } = parseCommandLine(
  {
    options: {
      restarts: { type: 'string', default: '2' },
      'rebuild-launcher': { type: 'boolean', default: false },
      'compare-class-sharing': { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const restarts = wholeNumber('--restarts', values.restarts, 1, USAGE);
const TARGETS = { first: 20_000, restart: 8_000, pack: 3_000 };

interface LogLine {
  time: number;
  msg: string;
  ms?: number;
  uri?: string;
}

interface Run {
  /** ms from spawn to each phase's end, by name. */
  phases: Map<string, number>;
  firstAnswer: number;
  serving: number;
  packMs: number | null;
  launcherBuilt: boolean;
  boltUri: string | null;
}

/** The log messages that end each phase, in order (the service's own wording). */
const MILESTONES: { phase: string; test: (line: LogLine) => boolean }[] = [
  { phase: 'node and modules loaded', test: (l) => l.msg.startsWith('starting embedded Neo4j') || l.msg.startsWith('building the embedded Neo4j launcher') },
  { phase: 'embedded Neo4j started', test: (l) => l.msg.startsWith('embedded Neo4j ready') },
  { phase: 'schema in place', test: (l) => l.msg.startsWith('schema in place') },
  { phase: 'knowledge pack', test: (l) => l.msg.startsWith('knowledge pack') },
  { phase: 'HTTP listening', test: (l) => l.msg.startsWith('listening') },
  { phase: 'query plans warmed', test: (l) => l.msg.startsWith('serving GraphQL') },
];

async function firstAnswer(port: number, child: ChildProcess, spawned: number): Promise<number> {
  const body = JSON.stringify({ query: '{ concept(vocabularyId: "CPT4", conceptCode: "77412") { conceptId } }' });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before answering`);
    const ok = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      .then(async (r) => r.ok && ((await r.json()) as { data?: unknown }).data !== undefined)
      .catch(() => false);
    if (ok) return performance.now() - spawned;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function start(home: string, env: Record<string, string> = {}): Promise<{ run: Run; child: ChildProcess }> {
  const port = await freePort();
  const spawned = performance.now();
  const wall = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), NEO4J_PROVIDER: 'embedded', NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const run: Run = { phases: new Map(), firstAnswer: 0, serving: 0, packMs: null, launcherBuilt: false, boltUri: null };
  const serving = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} during start-up`)));
    createInterface({ input: child.stdout }).on('line', (text) => {
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        return;
      }
      const at = line.time - wall;
      if (line.msg.startsWith('building the embedded Neo4j launcher')) run.launcherBuilt = true;
      if (line.msg.startsWith('embedded Neo4j ready')) run.boltUri = /bolt:\/\/\S+/.exec(line.msg)?.[0] ?? null;
      if (line.msg.startsWith('knowledge pack')) run.packMs = line.ms ?? null;
      for (const milestone of MILESTONES) if (!run.phases.has(milestone.phase) && milestone.test(line)) run.phases.set(milestone.phase, at);
      if (line.msg.startsWith('serving GraphQL')) {
        run.serving = at;
        resolve();
      }
    });
  });
  run.firstAnswer = await firstAnswer(port, child, spawned);
  await serving;
  return { run, child };
}

async function boltRoundTrip(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, NO_AUTH);
  try {
    const times: number[] = [];
    // 20 round trips to warm the connection, then 200 timed.
    for (let i = 0; i < 220; i++) {
      const session = driver.session();
      const t = performance.now();
      await session.run('RETURN 1');
      if (i >= 20) times.push(performance.now() - t);
      await session.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  } finally {
    await driver.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (values['rebuild-launcher']) {
  const { clearLauncherCache } = await import('../src/db/embedded/launcher.js');
  clearLauncherCache();
}

const home = mkdtempSync(join(tmpdir(), 'pcg-bench-startup-'));
const runs: { name: string; run: Run; bolt: number }[] = [];
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.versions.node}; load average at start ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}; ${new Date().toISOString().slice(0, 10)}`,
);
try {
  const compare = values['compare-class-sharing'];
  const plan: { name: string; env: Record<string, string> }[] = [{ name: 'first start (new database)', env: {} }];
  for (let i = 1; i <= restarts; i++) {
    if (!compare) {
      plan.push({ name: `restart ${i} (pack unchanged)`, env: {} });
      continue;
    }
    const on = { name: `restart ${i}, class sharing`, env: {} };
    const off = { name: `restart ${i}, no class sharing`, env: { NEO4J_EMBEDDED_CLASS_SHARING: 'false' } };
    plan.push(...(i % 2 === 1 ? [on, off] : [off, on]));
  }
  for (const { name, env } of plan) {
    const { run, child } = await start(home, env);
    // The anchor on the same database, while the service runs, as its queries would see it.
    const bolt = run.boltUri ? await boltRoundTrip(run.boltUri) : Number.NaN;
    await stopChild(child);
    runs.push({ name, run, bolt });
    console.log(`${name}: first answer ${seconds(run.firstAnswer)}, serving ${seconds(run.serving)}${run.launcherBuilt ? ' (launcher built)' : ''}`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

console.log('\nms from spawn to the end of each phase:');
const header = ['phase', ...runs.map((r) => r.name)];
const rows: string[][] = [];
for (const { phase } of MILESTONES) rows.push([phase, ...runs.map((r) => (r.run.phases.has(phase) ? String(Math.round(r.run.phases.get(phase)!)) : '-'))]);
rows.push(['first answer (POST /graphql)', ...runs.map((r) => String(Math.round(r.run.firstAnswer)))]);
rows.push(['knowledge pack written (its own ms)', ...runs.map((r) => (r.run.packMs === null ? '-' : String(r.run.packMs)))]);
rows.push(['Bolt RETURN 1, median of 200 (ms)', ...runs.map((r) => r.bolt.toFixed(2))]);
const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));

const first = runs[0]!.run;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
if (values['compare-class-sharing']) {
  const side = (sharing: boolean) => runs.slice(1).filter((r) => r.name.includes('no class sharing') !== sharing);
  for (const sharing of [true, false]) {
    const these = side(sharing);
    console.log(
      `${sharing ? 'with class sharing   ' : 'without class sharing'}: median first answer ${seconds(median(these.map((r) => r.run.firstAnswer)))}, ` +
        `median embedded Neo4j started ${seconds(median(these.map((r) => r.run.phases.get('embedded Neo4j started') ?? Number.NaN)))} (${these.length} restarts)`,
    );
  }
}
const restartAnswers = runs
  .slice(1)
  .filter((r) => !r.name.includes('no class sharing'))
  .map((r) => r.run.firstAnswer);
const slowestRestart = Math.max(...restartAnswers);
console.log(
  `\ntargets (2 cores): first answer of a fresh clone <= ${seconds(TARGETS.first)}; a restart <= ${seconds(TARGETS.restart)}; a pack load <= ${seconds(TARGETS.pack)}`,
);
console.log(
  `  first start ${seconds(first.firstAnswer)} ${first.firstAnswer <= TARGETS.first ? 'meets' : 'MISSES'} its target${first.launcherBuilt ? ' (it built the launcher)' : ' (launcher reused)'}`,
);
console.log(`  slowest restart ${seconds(slowestRestart)} ${slowestRestart <= TARGETS.restart ? 'meets' : 'MISSES'} its target`);
if (first.packMs !== null) console.log(`  pack load ${seconds(first.packMs)} ${first.packMs <= TARGETS.pack ? 'meets' : 'MISSES'} its target`);
console.log(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
