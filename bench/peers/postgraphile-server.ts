import './promise-with-resolvers.js';
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

/**
 * PostGraphile 5 over the OMOP vocabulary tables, as a user would serve them: the amber preset
 * (its recommended defaults), the connection-filter plugin (filters such as
 * `minLevelsOfSeparation: { greaterThanOrEqualTo: 1 }`), grafserv's Node adaptor, no GraphiQL,
 * no schema watching. Run by `npm run bench:peers` in a process of its own:
 *
 * DATABASE_URL=postgres://... PORT=N tsx bench/peers/postgraphile-server.ts
 *
 * GET /ready answers 200 once the schema is built, which is what the benchmark waits for.
 */
const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !port) throw new Error('DATABASE_URL and PORT are required');

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};
const instance = postgraphile(preset);
await instance.getSchema();
// createHandler rather than addTo: the handler falls through to /ready (addTo also wires
// websockets, which nothing here uses).
const handler = instance.createServ(grafserv).createHandler();
const server = createServer((req, res) =>
  handler(req, res, () => {
    res.writeHead(req.url === '/ready' ? 200 : 404).end();
  }),
);
server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => void Promise.resolve(instance.release()).then(() => process.exit(0)));
  // Idle keep-alive connections of the load generator would otherwise hold the close open.
  server.closeAllConnections();
});
