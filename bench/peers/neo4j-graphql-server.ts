import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { NO_AUTH } from '../../src/db/driver.js';

/**
 * The official Neo4j GraphQL library (@neo4j/graphql) over the same graph as this service, as a
 * user would serve it: type definitions for the concepts, the hierarchy, 'Maps to' and the
 * existing full-text index, served by Apollo Server 5 on Express 5 (the stack the service itself
 * uses), read-only. Run by `npm run bench:peers` in a process of its own:
 *
 * NEO4J_URI=bolt://... PORT=N tsx bench/peers/neo4j-graphql-server.ts
 *
 * GET /ready answers 200 once the schema is built, which is what the benchmark waits for.
 */
const typeDefs = /* GraphQL */ `
  type Concept
    @node(labels: ["Concept"])
    @fulltext(indexes: [{ indexName: "concept_text", queryName: "conceptsByText", fields: ["conceptName", "conceptCode"] }])
    @mutation(operations: [])
    @subscription(events: []) {
    conceptId: Int!
    conceptName: String!
    domainId: String!
    vocabularyId: String!
    conceptClassId: String!
    standardConcept: String
    conceptCode: String!
    validStartDate: Date
    validEndDate: Date
    invalidReason: String
    "(descendant)-[:HAS_ANCESTOR]->(ancestor): the closure of CONCEPT_ANCESTOR."
    descendants: [Concept!]! @relationship(type: "HAS_ANCESTOR", direction: IN, properties: "Ancestry")
    mapsTo: [Concept!]! @relationship(type: "MAPS_TO", direction: OUT)
  }

  type Ancestry @relationshipProperties {
    minLevels: Int!
    maxLevels: Int!
  }
`;
// The @fulltext fields only document the index: it exists already (over the names, codes and
// synonyms) and is queried by name. The library checks that they are String fields.

const uri = process.env.NEO4J_URI;
const port = Number(process.env.PORT);
if (!uri || !port) throw new Error('NEO4J_URI and PORT are required');

const driver = neo4j.driver(uri, NO_AUTH);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
app.get('/ready', (_req, res) => void res.send('ok'));
const server = app.listen(port, '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(
    () =>
      void apollo
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
  // Idle keep-alive connections of the load generator would otherwise hold the close open.
  server.closeAllConnections();
});
