/**
 * npm run bench:peers: the comparison with @neo4j/graphql and PostGraphile (bench/peers/main.ts).
 * The peers are their own package (bench/peers/package.json, with its lockfile), so the service's
 * install carries none of them: this entry installs it with `npm ci` on first use, or again when
 * its lockfile changed, then runs the benchmark. PostGraphile 5 declares Node >= 22: npm prints
 * engine warnings for it on Node 20, where the benchmark runs it anyway (see
 * bench/peers/promise-with-resolvers.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PEERS = join(import.meta.dirname, 'peers');
const LOCK = join(PEERS, 'package-lock.json');
// npm ci writes its own copy of the lockfile here: equal contents mean the install is current.
const INSTALLED = join(PEERS, 'node_modules', '.package-lock.json');

function installed(): boolean {
  if (!existsSync(INSTALLED)) return false;
  const wanted = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, { version?: string }> };
  const have = JSON.parse(readFileSync(INSTALLED, 'utf8')) as { packages: Record<string, { version?: string }> };
  return Object.entries(wanted.packages).every(([path, entry]) => path === '' || have.packages[path]?.version === entry.version);
}

if (!installed()) {
  console.log('bench:peers: installing the peers (bench/peers: @neo4j/graphql, PostGraphile, pg; about 370 MB) with npm ci, once...');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error(`bench:peers: npm ci in ${PEERS} failed (exit ${npm.status ?? npm.signal})`);
    process.exit(1);
  }
}

// Through a computed URL: the service's type check (tsconfig.json) leaves the peers' code out,
// since a fresh clone has not installed their packages; `npx tsc -p bench/peers` checks it.
await import(pathToFileURL(join(PEERS, 'main.ts')).href);
