import { execFile, spawnSync } from 'node:child_process';
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
export function spawnCommand(name: string, args: readonly string[], env: Record<string, string> = {}, timeoutMs = 240_000): CommandResult {
  const result = spawnSync(process.execPath, commandLine(name, args), { env: commandEnv(env), encoding: 'utf8', timeout: timeoutMs });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same, without blocking this process while the command runs: for a test that serves HTTP
 * from its own process meanwhile (a blocked event loop lets keep-alive sockets expire under the
 * client's feet).
 */
export function spawnCommandInBackground(name: string, args: readonly string[], env: Record<string, string> = {}, timeoutMs = 240_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      commandLine(name, args),
      { env: commandEnv(env), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const commandLine = (name: string, args: readonly string[]) => ['--import', 'tsx', `src/commands/${name}.ts`, ...args];

function commandEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const database = env.NEO4J_URI !== undefined || env.NEO4J_EMBEDDED_HOME !== undefined ? {} : { NEO4J_URI: testNeo4j().uri, NEO4J_PROVIDER: 'uri' };
  return { ...process.env, LOG_LEVEL: 'warn', ...database, ...env };
}
