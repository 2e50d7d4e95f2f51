import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { resetDatabase, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { loadSmallVocabulary } from '../helpers/small-vocabulary.js';
import { eunomiaWithFewerAncestors, tempFolder } from '../helpers/vocabulary-folders.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);

const CATALOGUE = `{
  vocabularies { vocabularyId vocabularyName vocabularyReference vocabularyVersion vocabularyConceptId }
  domains { domainId domainName domainConceptId }
  conceptClasses { conceptClassId conceptClassName conceptClassConceptId }
  relationshipTypes { relationshipId relationshipName isHierarchical definesAncestry reverseRelationshipId relationshipConceptId }
}`;
type Catalogue = {
  vocabularies: { vocabularyId: string }[];
  domains: { domainId: string }[];
  conceptClasses: { conceptClassId: string }[];
  relationshipTypes: { relationshipId: string }[];
};

describe('catalogue lists before any load', () => {
  beforeAll(() => resetDatabase(graph));

  it('are empty', async () => {
    const result = await query(CATALOGUE);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ vocabularies: [], domains: [], conceptClasses: [], relationshipTypes: [] });
  });
});

describe('catalogue lists after a vocabulary load', () => {
  // The catalogue tables do not depend on the ancestry: the sample with fewer ancestor rows.
  beforeAll(async () => {
    await resetDatabase(graph);
    const folder = eunomiaWithFewerAncestors('catalogue');
    await loadVocabularyFolder(graph, folder, { rejectsFile: join(tempFolder('rejects'), 'rejects.tsv') });
    rmSync(folder, { recursive: true, force: true });
  });

  it('list the Eunomia catalogue tables, ordered by id, with the OMOP columns', async () => {
    const result = await query(CATALOGUE);
    expect(result.errors).toBeUndefined();
    const data = result.data as Catalogue;
    expect(data.vocabularies).toHaveLength(125);
    expect(data.domains).toHaveLength(45);
    expect(data.conceptClasses).toEqual([]); // Eunomia's CONCEPT_CLASS file holds only its header
    expect(data.relationshipTypes).toHaveLength(480);
    for (const list of [
      data.vocabularies.map((v) => v.vocabularyId),
      data.domains.map((d) => d.domainId),
      data.relationshipTypes.map((r) => r.relationshipId),
    ]) {
      expect(list).toEqual([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    expect(data.vocabularies.find((v) => v.vocabularyId === 'SNOMED')).toEqual({
      vocabularyId: 'SNOMED',
      vocabularyName: 'Systematic Nomenclature of Medicine - Clinical Terms (IHTSDO)',
      vocabularyReference: 'http://www.nlm.nih.gov/research/umls/licensedcontent/umlsknowledgesources.html',
      vocabularyVersion: 'Snomed Release 20180731',
      vocabularyConceptId: '44819097',
    });
    expect(data.domains.find((d) => d.domainId === 'Procedure')).toEqual({ domainId: 'Procedure', domainName: 'Procedure', domainConceptId: '10' });
    const byId = new Map(data.relationshipTypes.map((r) => [r.relationshipId, r]));
    expect(byId.get('Maps to')).toEqual({
      relationshipId: 'Maps to',
      relationshipName: 'Non-standard to Standard map (OMOP)',
      isHierarchical: false,
      definesAncestry: false,
      reverseRelationshipId: 'Mapped from',
      relationshipConceptId: '44818977',
    });
    expect(byId.get('Subsumes')).toMatchObject({ isHierarchical: true, definesAncestry: true, reverseRelationshipId: 'Is a' });
  });

  it('lists concept classes when CONCEPT_CLASS has rows', async () => {
    await loadSmallVocabulary(graph, {
      concepts: [],
      conceptClasses: [
        ['Procedure', 'Procedure', 0],
        ['Clinical Finding', 'Clinical Finding', 0],
      ],
    });
    const result = await query('{ conceptClasses { conceptClassId conceptClassName conceptClassConceptId } }');
    expect(result.data).toEqual({
      conceptClasses: [
        { conceptClassId: 'Clinical Finding', conceptClassName: 'Clinical Finding', conceptClassConceptId: '0' },
        { conceptClassId: 'Procedure', conceptClassName: 'Procedure', conceptClassConceptId: '0' },
      ],
    });
  });
});
