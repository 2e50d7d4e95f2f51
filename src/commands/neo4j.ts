import { runCommand, usageError } from './command-line.js';
import { loadConfig } from '../config.js';
import { EmbeddedNeo4jError, embeddedStatus, startEmbedded, stopEmbedded } from '../db/embedded/launcher.js';

/**
 * npm run neo4j -- start | stop | status
 * Controls the embedded Neo4j of NEO4J_EMBEDDED_HOME (default .neo4j/service) on
 * NEO4J_EMBEDDED_PORT. `start` returns once Bolt accepts transactions; the database keeps
 * running after this command ends, until `stop`.
 */
const USAGE = 'usage: npm run neo4j -- start | stop | status';

async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (args.length !== 1 || !['start', 'stop', 'status'].includes(command!)) {
    usageError(args.length > 1 ? `one command, got '${args.join(' ')}'` : command ? `unknown command '${command}'` : undefined, USAGE);
  }
  const { embedded } = loadConfig().database;
  switch (command) {
    case 'start': {
      const db = await startEmbedded(embedded, { onProgress: (message) => console.log(message) });
      console.log(db.started ? `running: ${db.uri} (pid ${db.pid}), log ${db.logFile}` : `already running: ${db.uri} (pid ${db.pid})`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopEmbedded(embedded.home);
      console.log(stopped ? 'stopped' : 'not running');
      return 0;
    }
    case 'status': {
      const status = embeddedStatus(embedded.home);
      console.log(status.running ? `running: ${status.uri} (pid ${status.pid})` : 'not running');
      return status.running ? 0 : 3;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

runCommand(() => main(process.argv.slice(2)), [EmbeddedNeo4jError]);
