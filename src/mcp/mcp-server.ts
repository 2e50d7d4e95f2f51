import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCode } from '../errors.js';
import { SERVICE_NAME, SERVICE_VERSION } from '../service-identity.js';
import { compileTool, given, refusalOf, type CompiledTool } from './compile-tool.js';
import type { Caller, RunOperation } from './executor.js';
import { registerPrompt } from './prompt.js';
import { registerResources } from './resources.js';
import { TOOLS, type Refusal } from './tools.js';

const INSTRUCTIONS = `An offline knowledge graph of medical procedure codes (OMOP vocabulary concepts, CPT4 and HCPCS code history, the 2026 radiation oncology delivery criteria, claim lines to OMOP CDM rows). Every answer is dated: pass the date of service where a tool takes one, because codes are reused and replaced. Start with search_concepts or get_concept for a concept, code_on_date for what a billed code meant on a day, recommend_delivery_code for a treatment fraction, map_claim_lines for claims. Tool errors start with a code (NOT_FOUND, BAD_USER_INPUT, a *_LIMIT_EXCEEDED) and say what to change.`;

/** Compiled once per process: the schemas are derived from the GraphQL schema, not per request. */
let compiled: CompiledTool[] | undefined;
export function compiledTools(): CompiledTool[] {
  return (compiled ??= TOOLS.map(compileTool));
}

/** Thrown inside a tool call to answer with a refusal instead of data. */
class ToolRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

const refused = ({ code, message }: Refusal): CallToolResult => ({ isError: true, content: [{ type: 'text', text: `${code}: ${message}` }] });

function register(server: McpServer, tool: CompiledTool, run: RunOperation, callerFor: () => Caller): void {
  const { definition } = tool;
  server.registerTool(
    definition.name,
    {
      title: definition.title,
      description: definition.description,
      inputSchema: tool.inputSchema,
      outputSchema: tool.outputSchema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    async (args: Record<string, unknown>): Promise<CallToolResult> => {
      const caller = callerFor();
      const started = Date.now();
      const ask = async (query: string, variables: Record<string, unknown>) => {
        const { data, errors } = await run({ query, variables: given(variables) }, caller);
        if (errors?.length) throw new ToolRefusal(refusalOf(errors[0]!));
        if (!data) throw new ToolRefusal({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: `no answer (request id ${caller.requestId})` });
        return data;
      };
      let outcome = 'answered';
      try {
        const data = await ask(definition.operation, tool.variables(args));
        const refusal = definition.refusal?.(data, args);
        if (refusal) throw new ToolRefusal(refusal);
        const answer = definition.extra ? { ...data, ...(await definition.extra.add(data, args, ask)) } : data;
        return { content: [{ type: 'text', text: definition.text(answer, args) }], structuredContent: answer };
      } catch (error) {
        if (!(error instanceof ToolRefusal)) {
          outcome = ErrorCode.INTERNAL_SERVER_ERROR;
          caller.log.error({ err: error, tool: definition.name }, 'unexpected error in an MCP tool');
          return refused({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: `the tool failed unexpectedly (request id ${caller.requestId})` });
        }
        outcome = error.refusal.code;
        return refused(error.refusal);
      } finally {
        caller.log.debug({ tool: definition.name, outcome, ms: Date.now() - started }, 'MCP tool call');
      }
    },
  );
}

/**
 * The MCP server of the product: the tools, the resources and the prompt, each answering with
 * the product's own GraphQL operations through `run`. `callerFor` names each call (its request
 * id and logger): one per HTTP request, one per tool call over stdio.
 */
export function createMcpServer(run: RunOperation, callerFor: () => Caller): McpServer {
  const server = new McpServer({ name: SERVICE_NAME, title: 'Procedure code graph', version: SERVICE_VERSION }, { instructions: INSTRUCTIONS });
  for (const tool of compiledTools()) register(server, tool, run, callerFor);
  registerResources(server, run, callerFor);
  registerPrompt(server, run, callerFor);
  return server;
}
