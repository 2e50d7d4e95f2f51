import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

/**
 * One layer of the request path alone, answering the lookup query's shape with a constant, for
 * bench/decompose.ts: `node` (node:http reads the body, parses it, answers), `express`
 * (express.json and a route), `apollo` (Apollo Server 5 through the Express integration, a
 * constant resolver, no plugins). Prints `listening <port>` when ready.
 */
const layer = process.argv[2];
const CONCEPT = {
  conceptId: '2211867',
  conceptName: 'Radiation treatment delivery, complexity level 3',
  domainId: 'Procedure',
  vocabularyId: 'CPT4',
  conceptClassId: 'CPT4',
  standardConcept: 'S',
  conceptCode: '77412',
  validStartDate: '2010-01-01',
  validEndDate: '2099-12-31',
  invalidReason: null,
};
const ANSWER = JSON.stringify({ data: { concept: CONCEPT } });

async function app(): Promise<(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> {
  if (layer === 'node') {
    return (req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        JSON.parse(body);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(ANSWER);
      });
    };
  }
  const server = express();
  if (layer === 'express') {
    server.post('/graphql', express.json(), (_req, res) => {
      res.json({ data: { concept: CONCEPT } });
    });
    return server;
  }
  if (layer === 'apollo') {
    const apollo = new ApolloServer({
      typeDefs: `type Concept { conceptId: ID! conceptName: String! domainId: String! vocabularyId: String! conceptClassId: String! standardConcept: String conceptCode: String! validStartDate: String! validEndDate: String! invalidReason: String }
                 type Query { concept(conceptId: ID, vocabularyId: String, conceptCode: String): Concept }`,
      resolvers: { Query: { concept: () => CONCEPT } },
    });
    await apollo.start();
    server.use('/graphql', express.json(), expressMiddleware(apollo));
    return server;
  }
  throw new Error(`unknown layer ${layer}: node, express or apollo`);
}

const http = createServer(await app());
http.keepAliveTimeout = 60_000;
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => http.close(() => process.exit(0)));
