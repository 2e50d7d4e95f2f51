import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/db/schema-setup.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';

const { graph } = useTestDatabase();

beforeAll(() => resetDatabase(graph));

describe('ensureSchema', () => {
  it('creates the concept constraint and indexes, and running it again changes nothing', async () => {
    const names = async () =>
      (await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) => r.name);
    const before = await names();
    expect(before).toEqual(expect.arrayContaining(['concept_id_unique', 'concept_vocabulary_code', 'concept_text']));
    await ensureSchema(graph);
    expect(await names()).toEqual(before);
  });

  it('enforces one node per conceptId', async () => {
    await graph.write("CREATE (:Concept {conceptId: 42, conceptCode: 'X'})");
    await expect(graph.write("CREATE (:Concept {conceptId: 42, conceptCode: 'Y'})")).rejects.toThrow(/already exists/);
  });
});
