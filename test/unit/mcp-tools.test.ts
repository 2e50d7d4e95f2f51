import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/api/answer-cache.js';
import { productSchema } from '../../src/mcp/graphql-zod.js';
import { compiledTools } from '../../src/mcp/mcp-server.js';
import * as operations from '../../src/mcp/operations.js';

/** The MCP tools' schemas come from the GraphQL schema and each tool's operation: no database needed. */
describe('MCP tool schemas', () => {
  it('every operation the tools, resources and prompt run is valid against the schema', () => {
    for (const [name, text] of Object.entries(operations)) {
      expect(
        validate(productSchema(), parse(text)).map((error) => error.message),
        name,
      ).toEqual([]);
    }
  });

  it("a tool's arguments are its operation's variables, with the SDL's enums, descriptions and required fields", () => {
    const tools = new Map(compiledTools().map((tool) => [tool.definition.name, tool]));
    const recommend = tools.get('recommend_delivery_code')!;
    // The treatment's fields are the tool's own arguments.
    expect(
      recommend.inputSchema.safeParse({ dateOfService: '2026-02-01', siteOfService: 'PHYSICIAN_OFFICE', technique: 'VMAT', motionManagement: ['DIBH'] })
        .success,
    ).toBe(true);
    const wrong = recommend.inputSchema.safeParse({ dateOfService: '2026-02-01', siteOfService: 'PHYSICIAN_OFFICE', technique: 'LASER' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['technique']);
    expect(recommend.variables({ dateOfService: '2026-02-01', siteOfService: 'PHYSICIAN_OFFICE', technique: 'VMAT' })).toEqual({
      treatment: { dateOfService: '2026-02-01', siteOfService: 'PHYSICIAN_OFFICE', technique: 'VMAT' },
    });
    const fields = recommend.inputSchema.shape as Record<string, { description?: string }>;
    expect(fields.imageGuidanceReviewedByPhysician!.description).toMatch(/decides 77387/);
    expect(fields.imageGuidance!.description).toMatch(/FOUR_D_CBCT \(4D cone-beam CT/);

    const search = tools.get('search_concepts')!;
    expect(search.variables({ query: 'x', first: 5 })).toEqual({ query: 'x', first: 5 });
    expect(search.variables({ query: 'x', vocabularyIds: ['CPT4'], validOn: '2026-01-01' })).toEqual({
      query: 'x',
      filter: { vocabularyIds: ['CPT4'], validOn: '2026-01-01' },
    });
    expect(search.inputSchema.safeParse({ query: 'x', vocabulary: 'CPT4' }).success).toBe(false);

    const getConcept = tools.get('get_concept')!;
    expect(getConcept.inputSchema.parse({ conceptId: 2211867 })).toEqual({ conceptId: '2211867' });
    expect(getConcept.inputSchema.safeParse({ conceptId: 1, date: '2026-02-30' }).success).toBe(false);
  });

  it("a tool's output schema is its operation's answer, with the extra fields it adds", () => {
    const explore = compiledTools().find((tool) => tool.definition.name === 'explore_concept')!;
    const keys = Object.keys(explore.outputSchema.shape);
    expect(keys).toEqual(['concept', 'relationshipCounts']);
    expect(explore.outputSchema.safeParse({ concept: null, relationshipCounts: { total: 0, counted: 0, complete: true, byRelationshipId: [] } }).success).toBe(
      true,
    );
    expect(
      explore.outputSchema.safeParse({ concept: { conceptId: '1' }, relationshipCounts: { total: 0, counted: 0, complete: true, byRelationshipId: [] } })
        .success,
    ).toBe(false);
  });
});

describe('AnswerCache.operation', () => {
  it('keeps successful in-process answers for the same generation, never errors, and drops them on a new generation', async () => {
    let generation = 1;
    const cache = new AnswerCache({ maxBytes: 1_000_000, generation: () => generation });
    let computed = 0;
    const ok = async () => ({ data: { n: ++computed } });
    const operation = { query: '{ about { name } }', variables: {} };
    expect(await cache.operation(operation, ok)).toEqual({ data: { n: 1 } });
    expect(await cache.operation(operation, ok)).toEqual({ data: { n: 1 } });
    expect(await cache.operation({ ...operation, variables: { a: 1 } }, ok)).toEqual({ data: { n: 2 } });
    const failing = async () => ({ data: null, errors: [{ message: 'no' }] });
    await cache.operation({ query: '{ x }', variables: {} }, failing);
    expect(await cache.operation({ query: '{ x }', variables: {} }, ok)).toEqual({ data: { n: 3 } });
    generation = 2;
    cache.clear();
    expect(await cache.operation(operation, ok)).toEqual({ data: { n: 4 } });
    expect(cache.stats).toMatchObject({ hits: 1 });
  });
});
