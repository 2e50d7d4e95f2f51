import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startEmbedded, stopEmbedded } from '../src/db/embedded/launcher.js';
import { claimLineInputs, MAP_CLAIM_LINES, writeClaimsCsv } from './claim-lines.js';

/**
 * Claim lines to OMOP rows, both ways a user runs it, on a fresh embedded Neo4j holding the
 * knowledge pack:
 * 1. 10,000 lines in one GraphQL request over HTTP to the service started as `npm start` does
 *    (a warm-up request, then the median of five);
 * 2. the map:claims command on a generated CSV file (default 1,000,000 lines), its own
 *    lines/s and its memory sampled through the run.
 * npm run bench:claims -- [--lines N] [--requests N]
 */
const { values } = parseArgs({ options: { lines: { type: 'string', default: '1000000' }, requests: { type: 'string', default: '5' } } });
const fileLines = Number(values.lines);
const requestCount = Number(values.requests);
const ANCHORS = {
  batch: 'target <= 400 ms (anchor: OMOPHub maps 100 codes per call at 2 calls/s: 50 s for 10,000)',
  command: 'target >= 100,000 lines/s, memory flat',
};

function rssOf(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

const home = mkdtempSync(join(tmpdir(), 'pcg-bench-claims-'));
const db = await startEmbedded({ home, port: 0, heap: '2g', pageCache: '1g' });
const port = await freePort();
// The answer cache off: the same 10,000 lines are sent several times, and the work is what is measured.
const env = { ...process.env, NEO4J_URI: db.uri, NEO4J_PROVIDER: 'uri', LOG_LEVEL: 'warn', ANSWER_CACHE_MB: '0' };
const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
try {
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const ready = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}; service (answer cache off), Neo4j 5.26 embedded and client on the same machine`,
  );

  // 1. One GraphQL request of 10,000 lines.
  const body = JSON.stringify({ query: MAP_CLAIM_LINES, variables: { lines: claimLineInputs(10_000) } });
  const post = async (): Promise<{ ms: number; summary: unknown; bytes: number }> => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    const ms = performance.now() - started;
    const json = JSON.parse(text) as { data?: { mapClaimLines: { summary: unknown } }; errors?: unknown };
    if (!json.data) throw new Error(`request failed: ${JSON.stringify(json.errors)}`);
    return { ms, summary: json.data.mapClaimLines.summary, bytes: text.length };
  };
  const first = await post();
  const times: number[] = [];
  let last = first;
  for (let i = 0; i < requestCount; i++) times.push((last = await post()).ms);
  times.sort((a, b) => a - b);
  console.log(`summary of one request: ${JSON.stringify(last.summary)}`);
  console.log(
    `mapClaimLines, 10,000 lines in one request over HTTP (${(body.length / 1024 / 1024).toFixed(1)} MB in, ${(last.bytes / 1024 / 1024).toFixed(1)} MB out): ` +
      `first ${first.ms.toFixed(0)} ms, then median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms over ${requestCount}  [${ANCHORS.batch}]`,
  );

  // 2. The command on a generated file.
  const dir = join('.bench', 'claims');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `claims-${fileLines}.csv`);
  let exists = false;
  try {
    exists = statSync(input).size > 0;
  } catch {
    exists = false;
  }
  if (!exists) await writeClaimsCsv(input, fileLines);
  const out = join(home, 'procedure-occurrence.csv');
  const started = performance.now();
  const command = spawn(process.execPath, ['--import', 'tsx', 'src/commands/map-claims.ts', input, '--out', out, '--rejects', join(home, 'rejects.tsv')], {
    env: { ...env, SEED_ON_START: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  command.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  command.stderr.resume();
  const samples: number[] = [];
  const sampler = setInterval(() => {
    const rss = rssOf(command.pid!);
    if (rss !== undefined) samples.push(rss);
  }, 250);
  const [code] = (await once(command, 'exit')) as [number];
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`map:claims exited with ${code}: ${stdout}`);
  console.log(stdout.trim());
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const peak = (values: number[]) => (values.length ? Math.max(...values) / 1024 / 1024 : 0);
  const mb = (values: number[]) => peak(values).toFixed(0);
  const [second, lastTenth] = [samples.slice(tenth, 2 * tenth), samples.slice(-tenth)];
  // Flat as the target reads it: the last tenth's peak within 10% of the second tenth's.
  const flat = peak(lastTenth) <= 1.1 * peak(second);
  const rate = /\(([\d,]+) lines\/s\)/.exec(stdout)?.[1] ?? '?';
  console.log(
    `map:claims, ${fileLines.toLocaleString('en-US')} lines (${(statSync(input).size / 1024 / 1024).toFixed(0)} MB CSV): ${rate} lines/s while mapping, ${wall.toFixed(1)} s wall with start-up; ` +
      `RSS peak ${mb(samples)} MB, first tenth ${mb(samples.slice(0, tenth))} MB, second tenth ${mb(second)} MB, last tenth ${mb(lastTenth)} MB (${flat ? 'flat' : 'not flat'}: last within 10% of second)  [${ANCHORS.command}]`,
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
} finally {
  service.kill('SIGTERM');
  await new Promise((r) => service.once('exit', r));
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
}
