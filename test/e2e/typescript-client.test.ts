import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../clients/typescript/codegen.js';
import type { Service } from '../../src/server.js';
import { useTestDatabase } from '../helpers/database.js';
import { loadPackAndEunomia, startService } from '../helpers/pack-service.js';

/**
 * The typed TypeScript client: its generated document nodes match the service's schema and its
 * operations, and its example program (the notebook's workflow) answers against the service.
 */
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const { graph } = useTestDatabase();
let service: Service;
let url: string;

beforeAll(async () => {
  await loadPackAndEunomia(graph);
  ({ service, base: url } = await startService(graph));
});

afterAll(async () => {
  await service?.stop();
});

describe('the TypeScript client', () => {
  it('has generated types that match the schema and its operations (run `npm run codegen` when this fails)', async () => {
    const outputs = (await generate({ ...config, silent: true, cwd: ROOT }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename.replace(`${ROOT}/`, '')).sort()).toEqual([
      'clients/typescript/src/generated/gql.ts',
      'clients/typescript/src/generated/graphql.ts',
      'clients/typescript/src/generated/index.ts',
    ]);
    // The command-line run writes a lint header the programmatic run leaves out.
    const body = (text: string) => text.replace(/^\/\* eslint-disable \*\/\n/, '');
    for (const output of outputs) expect(body(readFileSync(output.filename, 'utf8')), output.filename).toBe(body(output.content));
  }, 60_000);

  it("runs the notebook's workflow against the service and prints each answer", async () => {
    // Asynchronous: the service it asks runs in this process.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'clients/typescript/src/workflow.ts'], {
      cwd: ROOT,
      env: { ...process.env, PROCEDURE_CODE_GRAPH_URL: url },
      timeout: 120_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual([
      '77301: 2211840 Procedure standard=S',
      '77386 relationships: 0',
      'G6015 lineage: 77418->G6015 2015-01-01, G6015->77407 2026-01-01 if level-2, G6015->77412 2026-01-01 if level-3',
      expect.stringMatching(/^77412 on 2014-06-01: valid: Complex-tier external-beam delivery in the pre-2015 energy band/),
      expect.stringMatching(/^77412 on 2020-06-01: valid: Complex-tier external-beam delivery at any single energy/),
      expect.stringMatching(/^77412 on 2026-02-01: valid: External-beam delivery, complexity level 3/),
      'concept set: 2 concepts',
      'recommendation: RECOMMENDED level 3: 77412 PRIMARY, 77387 ADD_ON; 6 steps',
      'claim lines: 3 mapped, 0 unmapped, 1 rejected; flags ADD_ON=1 PROFESSIONAL_COMPONENT=1 NOT_VALID_ON_DATE=1 DEPRECATED_SOURCE=1 MALFORMED_INPUT=1',
    ]);
  });
});
