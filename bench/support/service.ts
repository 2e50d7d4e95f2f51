import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../src/db/embedded/launcher.js';

export interface ServiceProcess {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Polls `url` until it answers 2xx, or fails after `timeoutMs` or when `child` exits. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer (${child.exitCode === null ? 'timed out' : `the process exited with ${child.exitCode}`}; see its log above)`);
}

/** Stops a child with SIGTERM (as a process manager does) and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * A Node server script in its own process under tsx, told its port in PORT. Resolves once
 * GET /ready answers 2xx; a server that exits or does not answer in time is stopped and fails.
 */
export async function startServer(script: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/ready`, child, 300_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, process: child, stop: () => stopChild(child) };
}

/**
 * This service in its own process, as `npm start` runs it, on the given Neo4j; it creates the
 * schema and loads the knowledge pack as it starts. Resolves once /ready answers.
 */
export function startService(neo4jUri: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServiceProcess> {
  return startServer('src/main.ts', { NEO4J_URI: neo4jUri, NEO4J_PROVIDER: 'uri', LOG_LEVEL: 'warn', ...env }, nodeArgs);
}
