import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';

/**
 * The GraphQL over HTTP specification, audited by the graphql-http package's server audit
 * against the service over HTTP: every MUST passes, and docs/graphql-over-http.md states the
 * result of every SHOULD and MAY as the audit finds it today.
 */
const { graph } = useTestDatabase();
let service: Service;
let results: AuditResult[];

beforeAll(async () => {
  await resetDatabase(graph);
  service = await createService({ graph, log: silentLog });
  const url = `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}/graphql`;
  results = await auditServer({ url });
});

afterAll(async () => {
  await service?.stop();
});

const level = (result: AuditResult) => result.name.split(' ')[0] as 'MUST' | 'SHOULD' | 'MAY';
const outcome = (result: AuditResult) => (result.status === 'ok' ? 'ok' : result.status);

describe('the GraphQL over HTTP audit (graphql-http)', () => {
  it('passes every MUST', () => {
    const must = results.filter((result) => level(result) === 'MUST');
    expect(must.length).toBeGreaterThan(10);
    expect(must.filter((result) => result.status !== 'ok').map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual(
      [],
    );
  });

  it('is documented as it is: every SHOULD and MAY with its result in docs/graphql-over-http.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/graphql-over-http.md'), 'utf8');
    const documented = new Map(
      [...doc.matchAll(/^\| `([0-9A-Z]{4})` \| (MUST|SHOULD|MAY) \| (ok|warn|notice|error) \|/gm)].map((m) => [m[1]!, `${m[2]} ${m[3]}`]),
    );
    const actual = new Map(results.filter((r) => level(r) !== 'MUST').map((r) => [r.id, `${level(r)} ${outcome(r)}`]));
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(actual));
    const counts = (l: string) => `${results.filter((r) => level(r) === l && r.status === 'ok').length}/${results.filter((r) => level(r) === l).length}`;
    expect(doc).toContain(`MUST ${counts('MUST')}, SHOULD ${counts('SHOULD')}, MAY ${counts('MAY')}`);
  });
});
