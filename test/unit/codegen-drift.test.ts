import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

describe('generated resolver types', () => {
  it('match the SDL in schema/ (run `npm run codegen` after a schema change)', async () => {
    const outputs = await generate({ ...config, silent: true, cwd: process.cwd() }, false);
    expect(outputs).toHaveLength(1);
    const generated = outputs[0]!;
    expect(generated.filename).toMatch(/src\/generated\/graphql\.ts$/);
    expect(readFileSync('src/generated/graphql.ts', 'utf8')).toBe(generated.content);
  }, 60_000);
});
