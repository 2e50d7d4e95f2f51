/**
 * How many test files run at once, each on its own database: 1 by default (two workers were 27%
 * faster but a full run showed files sharing a database; the lock files of test/helpers/database.ts
 * are the fix, not yet proven on a full run), TEST_WORKERS to choose, and 1 with NEO4J_URI. Was: 2 (two
 * cores; much of a test's time is spent waiting on a JVM or a child process), TEST_WORKERS to
 * choose, and 1 when NEO4J_URI names the one database to use.
 */
export function testWorkers(env: NodeJS.ProcessEnv = process.env): number {
  if (env.NEO4J_URI) return 1;
  const asked = Number(env.TEST_WORKERS ?? '1');
  return Number.isInteger(asked) && asked >= 1 ? asked : 1;
}
