import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/db/schema-setup.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';

const { graph } = useTestDatabase();

beforeAll(() => resetDatabase(graph));

describe('ensureSchema', () => {
  it('creates the concept constraint and indexes, and running it again changes nothing', async () => {
    const names = async () => (await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) => r.name);
    const before = await names();
    expect(before).toEqual(expect.arrayContaining(['concept_id_unique', 'concept_vocabulary_code', 'concept_text']));
    await ensureSchema(graph);
    expect(await names()).toEqual(before);
  });

  it('creates only what is missing, in one go, and nothing when everything is there', async () => {
    expect(await ensureSchema(graph)).toEqual({ created: 0 });
    await graph.write('DROP INDEX concept_code');
    await graph.write('DROP CONSTRAINT source_id_unique');
    expect(await ensureSchema(graph)).toEqual({ created: 2 });
    const names = (await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['concept_code', 'source_id_unique']));
    expect(await ensureSchema(graph)).toEqual({ created: 0 });
  });

  it('enforces one node per conceptId', async () => {
    await graph.write("CREATE (:Concept {conceptId: 42, conceptCode: 'X'})");
    await expect(graph.write("CREATE (:Concept {conceptId: 42, conceptCode: 'Y'})")).rejects.toThrow(/already exists/);
  });
});
