/**
 * npm run --silent mcp: the MCP server over stdio (docs/mcp.md). `--silent` keeps npm's own
 * banner off standard output, which carries nothing but protocol messages.
 */
import { runCommand } from './command-line.js';
import { loadConfig } from '../config.js';
import { DatabaseUnreachableError } from '../db/driver.js';
import { EmbeddedNeo4jError } from '../db/embedded/launcher.js';
import { serveStdio } from '../mcp/stdio.js';
import { SeedPackError } from '../seed-pack/read-pack.js';

runCommand(() => serveStdio(loadConfig()), [DatabaseUnreachableError, EmbeddedNeo4jError, SeedPackError]);
