import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { errorCodeOf } from '../api/graphql-errors.js';
import { readSeedPack } from '../seed-pack/read-pack.js';
import type { Caller, RunOperation } from './executor.js';
import { CATALOGUE, DELIVERY_LEVELS, KNOWLEDGE_PACK } from './operations.js';

/** The URIs of the read-only resources. */
export const RESOURCE_URIS = {
  vocabularies: 'procedure-code-graph://catalogue/vocabularies',
  sources: 'procedure-code-graph://knowledge-pack/sources',
  deliveryLevels: 'procedure-code-graph://criteria/delivery-levels',
} as const;

/** The answer of a resource's operation, or an Error with its code (the SDK tells it to the client). */
export async function answerOf(run: RunOperation, caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { data, errors } = await run({ query, variables }, caller);
  if (errors?.length || !data) throw new Error(`${errorCodeOf(errors?.[0])}: ${errors?.[0]?.message ?? 'no answer'}`);
  return data;
}

const json = (uri: string, value: unknown) => ({ contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] });

let packSources: { id: string; citation: string; kind: string }[] | undefined;

export function registerResources(server: McpServer, run: RunOperation, callerFor: () => Caller): void {
  server.registerResource(
    'vocabulary-catalogue',
    RESOURCE_URIS.vocabularies,
    {
      title: 'Vocabulary catalogue',
      description:
        'The loaded OMOP vocabularies (with their release versions), domains, concept classes and relationship ids: the values the tools accept as filters.',
      mimeType: 'application/json',
    },
    async (uri) => json(uri.href, await answerOf(run, callerFor(), CATALOGUE)),
  );
  server.registerResource(
    'knowledge-pack-sources',
    RESOURCE_URIS.sources,
    {
      title: 'Knowledge pack sources',
      description:
        "Every source the curated knowledge pack cites (papers, society guidance, regulations) by the id the tools' answers use (sources { sourceId }), with what the pack put in the graph.",
      mimeType: 'application/json',
    },
    async (uri) => {
      const { about } = (await answerOf(run, callerFor(), KNOWLEDGE_PACK)) as { about: Record<string, unknown> };
      // The API answers sources only beside the facts that cite them; the whole list is the pack's
      // own file, the one the service seeds the graph from (read once: it changes with a release).
      packSources ??= readSeedPack().sources.map(({ id, citation, kind }) => ({ id, citation, kind }));
      return json(uri.href, { about, sources: packSources });
    },
  );
  server.registerResource(
    'delivery-levels',
    RESOURCE_URIS.deliveryLevels,
    {
      title: '2026 delivery levels and their criteria',
      description:
        'The 2026 radiation treatment delivery levels (77402, 77407, 77412): the criteria each requires, any-of and excluding criteria, the techniques that satisfy them, exclusions and worked examples, with sources.',
      mimeType: 'application/json',
    },
    async (uri) => json(uri.href, await answerOf(run, callerFor(), DELIVERY_LEVELS)),
  );
}
