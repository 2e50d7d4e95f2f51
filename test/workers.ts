/**
 * How many test files run at once, each on its own database (test/global-setup.ts starts one per
 * worker; a file holds one through a lock file, test/helpers/database.ts): 2 by default (two
 * cores; much of a test's time is spent waiting on a JVM or a child process), TEST_WORKERS to
 * choose, and 1 when NEO4J_URI names the one database to use.
 */
export function testWorkers(env: NodeJS.ProcessEnv = process.env): number {
  if (env.NEO4J_URI) return 1;
  const asked = Number(env.TEST_WORKERS ?? '2');
  return Number.isInteger(asked) && asked >= 1 ? asked : 2;
}
