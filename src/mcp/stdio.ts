import { randomUUID } from 'node:crypto';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { pino } from 'pino';
import type { Config } from '../config.js';
import { openCommandDatabase } from '../db/command-database.js';
import { loadSeed } from '../ingest/seed/load-seed.js';
import { createLogger } from '../logger.js';
import { createService, type Service } from '../server.js';
import { createMcpServer } from './mcp-server.js';

/** Standard error: over stdio, standard output carries the protocol's messages and nothing else. */
const STDERR = 2;

/**
 * The MCP server over stdio, for a desktop agent that starts it as a child process. The database
 * is chosen, started or reused, given its schema and the knowledge pack as `npm start` does
 * (config -> database -> schema and seed), and the tools answer through the same service
 * (ApolloServer, limits, answer cache) that `npm start` serves over HTTP, without listening.
 * Runs until standard input ends or a signal comes; resolves with the exit code.
 */
export async function serveStdio(config: Config): Promise<number> {
  // Asynchronous: a client that does not read our standard error must not stop the answers.
  const log = createLogger(config.logLevel, pino.destination({ dest: STDERR, sync: false }));
  let stopped: (reason: string) => void = () => {};
  const stop = new Promise<string>((resolve) => (stopped = resolve));
  process.once('SIGTERM', () => stopped('SIGTERM'));
  process.once('SIGINT', () => stopped('SIGINT'));
  process.stdin.once('end', () => stopped('standard input closed'));

  const started = Date.now();
  const database = await openCommandDatabase(config, log, { readTimeoutMs: config.database.queryTimeoutMs });
  let service: Service | undefined;
  try {
    if (config.seedOnStart) await loadSeed(database.graph, log);
    service = await createService({ graph: database.graph, log, limits: config.limits, http: config.http, answers: config.answers });
    const server = createMcpServer(service.operations, () => {
      const requestId = randomUUID();
      return { requestId, log: log.child({ requestId }) };
    });
    await server.connect(new StdioServerTransport());
    log.info({ ms: Date.now() - started }, 'serving MCP over stdio');
    log.info({ reason: await stop }, 'stopping');
    await server.close();
  } finally {
    await service?.stop();
    await database.close();
  }
  return 0;
}
