import type { AuthToken } from 'neo4j-driver';

/**
 * The 'none' auth token, for a Neo4j with auth disabled (the embedded one): the driver implements
 * it but its public typings do not export `auth.none()`. Apart from driver.ts so that choosing and
 * starting a database does not load the driver (the service spawns the JVM first).
 */
export const NO_AUTH = { scheme: 'none' } as AuthToken;

/** Basic credentials, as neo4j.auth.basic gives them; the driver is loaded only when needed. */
export async function basicAuth(user: string, password: string): Promise<AuthToken> {
  const { default: neo4j } = await import('neo4j-driver');
  return neo4j.auth.basic(user, password);
}
