import { spawnSync } from 'node:child_process';
import { testNeo4j } from './database.js';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's commands (src/commands/NAME.ts) as `npm run` runs it, in its own
 * process, against this file's test database unless `env` says otherwise (NEO4J_URI, or a
 * NEO4J_EMBEDDED_HOME for a command that needs none), and waits for it.
 */
export function runCommand(name: string, args: readonly string[], env: Record<string, string> = {}, timeoutMs = 240_000): CommandResult {
  const database = env.NEO4J_URI !== undefined || env.NEO4J_EMBEDDED_HOME !== undefined ? {} : { NEO4J_URI: testNeo4j().uri, NEO4J_PROVIDER: 'uri' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/commands/${name}.ts`, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...database, ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
