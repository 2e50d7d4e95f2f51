import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';

/** The 'none' auth token (auth.ts), for a database with auth disabled (the embedded one). */
export { NO_AUTH } from './auth.js';

/**
 * One driver per process. Integers come back as JS numbers: OMOP ids are 32-bit.
 * `retryMs` bounds how long managed transactions retry transient errors: short for the
 * service (a client's request should fail fast while the database is down), longer for
 * loaders (a deadlock between two write batches is retried, not fatal).
 */
export function createDriver(uri: string, auth: AuthToken, { retryMs = 3_000 }: { retryMs?: number } = {}): Driver {
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: retryMs,
    userAgent: 'procedure-code-graph',
  });
}

/** Start-up could not reach the database: one line saying what was tried and what to check. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** Errors no wait cures: wrong credentials, no such database. */
const PERMANENT = /^Neo\.ClientError\.(Security|Database\.DatabaseNotFound)/;

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

export interface WaitOptions {
  /** Give up after this long (NEO4J_CONNECT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Told every few seconds while waiting. */
  onWait?: (elapsedMs: number, reason: string) => void;
  /** The URI tried, for the message. */
  uri?: string;
}

/**
 * Waits until the database answers, retrying while it starts (a container or a cluster), and
 * gives up after `timeoutMs` with a DatabaseUnreachableError naming what was tried.
 */
export async function waitForDatabase(driver: Driver, database: string, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 30_000, onWait = () => {}, uri = 'the configured URI' } = options;
  const started = Date.now();
  let lastNotice = started;
  for (;;) {
    // An auto-commit query: unlike a managed transaction it is tried once, so the wait is ours.
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (PERMANENT.test(code)) {
        throw new DatabaseUnreachableError(
          `Neo4j at ${uri} refused database '${database}': ${reasonOf(error)} (check NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE)`,
        );
      }
      const elapsed = Date.now() - started;
      if (elapsed >= timeoutMs) {
        throw new DatabaseUnreachableError(
          `could not reach Neo4j at ${uri} (database '${database}') within ${Math.round(timeoutMs / 1000)} s: ${reasonOf(error)}; ` +
            'check that Neo4j runs there and that the port is its Bolt port (7687 by default), and NEO4J_URI; NEO4J_CONNECT_TIMEOUT_MS sets how long to wait',
        );
      }
      if (Date.now() - lastNotice >= 5_000) {
        lastNotice = Date.now();
        onWait(elapsed, reasonOf(error));
      }
      await new Promise((r) => setTimeout(r, Math.min(500, Math.max(timeoutMs - elapsed, 0))));
    } finally {
      await session.close().catch(() => {});
    }
  }
}
