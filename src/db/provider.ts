import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AuthToken } from 'neo4j-driver';
import type { DatabaseConfig, Neo4jProvider } from '../config.js';
import type { Logger } from '../logger.js';
import { basicAuth, NO_AUTH } from './auth.js';
import { startEmbedded, stopEmbedded } from './embedded/launcher.js';

/**
 * Picks the Neo4j the process talks to, the same way for the service and the tests:
 * NEO4J_URI when given; else a testcontainers Neo4j when a Docker engine answers; else the
 * embedded launcher. NEO4J_PROVIDER forces one of them.
 */
export interface ProvidedDatabase {
  provider: Neo4jProvider;
  uri: string;
  auth: AuthToken;
  database: string;
  /** Stops what this call started (a container, an embedded JVM); a no-op otherwise. */
  release(): Promise<void>;
}

/**
 * A Docker engine to start a container in. testcontainers (a dev dependency, a large module tree)
 * is loaded only when a Docker socket or DOCKER_HOST is there to try, so the usual start without
 * Docker does not pay for it, and an install without dev dependencies falls back to embedded.
 */
async function dockerEngineAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock') && !existsSync(join(homedir(), '.docker', 'run', 'docker.sock'))) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function choose(config: DatabaseConfig): Promise<Neo4jProvider> {
  if (config.provider !== 'auto') return config.provider;
  if (config.uri !== undefined) return 'uri';
  return (await dockerEngineAnswers()) ? 'testcontainers' : 'embedded';
}

export interface ProvideOptions {
  /** Aborting stops a start-up in progress (the embedded JVM is stopped at once). */
  signal?: AbortSignal;
}

export async function provideDatabase(config: DatabaseConfig, log: Logger, options: ProvideOptions = {}): Promise<ProvidedDatabase> {
  const provider = await choose(config);
  switch (provider) {
    case 'uri': {
      const auth = config.user !== undefined && config.password !== undefined ? await basicAuth(config.user, config.password) : NO_AUTH;
      log.info({ provider, uri: config.uri, database: config.database }, 'using the Neo4j at NEO4J_URI');
      return { provider, uri: config.uri!, auth, database: config.database, release: async () => {} };
    }
    case 'testcontainers': {
      const { Neo4jContainer } = await import('@testcontainers/neo4j').catch((error: Error) => {
        throw new Error(
          `NEO4J_PROVIDER=testcontainers needs the testcontainers packages, dev dependencies of this project (install without --omit=dev): ${error.message}`,
        );
      });
      log.info({ provider, image: config.testcontainersImage }, 'starting a Neo4j container (Docker engine found)');
      // As the embedded one: no anonymous usage report sent home.
      const container = await new Neo4jContainer(config.testcontainersImage).withEnvironment({ NEO4J_dbms_usage__report_enabled: 'false' }).start();
      return {
        provider,
        uri: container.getBoltUri(),
        auth: await basicAuth(container.getUsername(), container.getPassword()),
        database: 'neo4j',
        release: async () => {
          await container.stop();
        },
      };
    }
    case 'embedded': {
      const db = await startEmbedded(config.embedded, {
        onProgress: (message) => log.info({ provider }, message),
        ownerPid: process.pid,
        signal: options.signal,
      });
      const fields = { provider, uri: db.uri, home: db.home, log: db.logFile, reused: !db.started, pid: db.pid };
      if (db.started) log.info(fields, 'using an embedded Neo4j started for this process; it stops when this process stops');
      else if (db.adopted)
        log.warn({ ...fields, adopted: true }, 'using an embedded Neo4j left running by a process that has ended; it stops when this process stops');
      else if (db.ownerPid !== undefined)
        log.info({ ...fields, ownerPid: db.ownerPid }, `using the embedded Neo4j of process ${db.ownerPid}, which stops it when it stops`);
      else log.info(fields, 'using the embedded Neo4j already running (started by npm run neo4j -- start; stop it with npm run neo4j -- stop)');
      return {
        provider,
        uri: db.uri,
        auth: NO_AUTH,
        database: 'neo4j',
        release: async () => {
          if (db.started || db.adopted) await stopEmbedded(db.home);
        },
      };
    }
  }
}
