import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { PRINTED_SCHEMA, printedSchema } from '../../src/commands/print-schema.js';

describe('generated types', () => {
  it("match the modules' SDL: the resolver types, the enums alone and the printed schema (run `npm run codegen` after a schema change)", async () => {
    expect(readFileSync(PRINTED_SCHEMA, 'utf8'), 'schema/schema.graphql').toBe(printedSchema());
    const outputs = await generate({ ...config, silent: true, cwd: process.cwd() }, false);
    expect((outputs as { filename: string }[]).map((output) => output.filename.replace(/^.*\/src\//, 'src/')).sort()).toEqual([
      'src/generated/enums.ts',
      'src/generated/graphql.ts',
    ]);
    for (const output of outputs as { filename: string; content: string }[])
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
  }, 60_000);
});
