import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';

/**
 * The 'none' auth token, for a database with auth disabled (the embedded one). The driver
 * implements it but its public typings do not export `auth.none()`.
 */
export const NO_AUTH = { scheme: 'none' } as AuthToken;

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

/** Waits until the database answers, retrying while it starts (a container or a cluster). */
export async function waitForDatabase(driver: Driver, database: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database, routing: neo4j.routing.READ });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
