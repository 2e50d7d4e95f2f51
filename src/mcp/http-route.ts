import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Router } from 'express';
import type { RunOperation } from './executor.js';
import { createMcpServer } from './mcp-server.js';

/** JSON-RPC's code for a request the server does not take (the SDK answers the same way). */
const METHOD_NOT_ALLOWED = -32000;

/**
 * Streamable HTTP at /mcp, stateless: every POST is answered on its own (a server and transport
 * per request, as the SDK's stateless example does), with plain JSON rather than an event
 * stream, since no tool sends progress or notifications. Nothing is kept between requests, so
 * any instance behind a load balancer answers any request. Mount after the token check and a
 * JSON body parser.
 */
export function mcpRoute(run: RunOperation): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const server = createMcpServer(run, () => ({ requestId: req.id, log: req.log }));
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  // GET would open a stream for server-initiated messages, DELETE end a session: a stateless
  // server has neither.
  router.all('/', (_req, res) => {
    res
      .status(405)
      .set('allow', 'POST')
      .json({
        jsonrpc: '2.0',
        error: { code: METHOD_NOT_ALLOWED, message: 'Method not allowed: this MCP endpoint is stateless; send JSON-RPC requests with POST.' },
        id: null,
      });
  });
  return router;
}
