import { int } from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { RELATIONSHIP_RANK, RELEASE_CHANGE_KINDS } from '../../graph/release-changes.js';
import type { ConceptNow } from './as-of-release.js';
import type { ReleaseChangeRecord, ReleaseRecord } from './release-records.js';

// Releases and their change records (written by src/ingest/athena/release-tracking.ts). The
// records sit apart from the concepts, indexed by (toRelease, kind), conceptId and
// otherConceptId; nothing here touches the current release's lookups.
const RELEASES = `
  MATCH (r:VocabularyRelease {status: 'complete'})
  RETURN r.releaseId AS releaseId, r.vocabularyVersion AS vocabularyVersion, toString(r.loadedAt) AS loadedAt,
         r.current AS current, coalesce(r.concepts, 0) AS concepts, coalesce(r.relationships, 0) AS relationships,
         coalesce(r.versions, []) AS versions, r.previousReleaseId AS previousReleaseId,
         coalesce(r.changeCount, 0) AS changeCount, r.seq AS seq
  ORDER BY seq
`;

const CHANGE_FIELDS = `
  x.kind AS kind, x.conceptId AS conceptId, x.field AS field, x.before AS before, x.after AS after,
  x.relationshipId AS relationshipId, x.otherConceptId AS otherConceptId, x.fromRelease AS fromRelease, x.toRelease AS toRelease
`;

// The filter's vocabulary and domain are the concept's now; a DOMAIN_CHANGED change also matches its before and after.
const MATCH_CHANGES = `
  UNWIND $releaseIds AS releaseId
  MATCH (x:ReleaseChange {toRelease: releaseId})
  WHERE ($kinds IS NULL OR x.kind IN $kinds) AND ($conceptIds IS NULL OR x.conceptId IN $conceptIds)
  OPTIONAL MATCH (c:Concept {conceptId: x.conceptId})
  WITH x, c, releaseId
  WHERE ($vocabularyIds IS NULL OR c.vocabularyId IN $vocabularyIds)
    AND ($domainIds IS NULL OR c.domainId IN $domainIds OR (x.kind = 'DOMAIN_CHANGED' AND (x.before IN $domainIds OR x.after IN $domainIds)))
`;

const CHANGES_PAGE = `
  ${MATCH_CHANGES}
  RETURN ${CHANGE_FIELDS}
  ORDER BY $seq[releaseId], $kindRank[x.kind], coalesce($relationshipRank[x.relationshipId], 9), x.conceptId,
           coalesce(x.relationshipId, ''), coalesce(x.otherConceptId, 0), coalesce(x.field, '')
  SKIP $offset LIMIT $limit
`;

const CHANGES_COUNT = `
  ${MATCH_CHANGES}
  RETURN count(x) AS total
`;

const CONCEPT_CHANGES = `
  UNWIND $conceptIds AS conceptId
  MATCH (x:ReleaseChange {conceptId: conceptId})
  RETURN ${CHANGE_FIELDS}
`;

/** Changes naming these concepts as the other end (a 'Maps to' target, an ancestor). */
const CHANGES_TO = `
  UNWIND $conceptIds AS conceptId
  MATCH (x:ReleaseChange {otherConceptId: conceptId})
  WHERE x.toRelease IN $releaseIds AND x.kind IN $kinds AND ($relationshipId IS NULL OR x.relationshipId = $relationshipId)
  RETURN ${CHANGE_FIELDS}
`;

const mapsToNow = (type: string) => `
  UNWIND $conceptIds AS conceptId
  MATCH (c:Concept {conceptId: conceptId}) USING INDEX c:Concept(conceptId)
  WHERE NOT c:Unresolved
  RETURN c.conceptId AS conceptId, c.release = $current AS inCurrent,
         c { .conceptName, .domainId, .conceptClassId, .standardConcept, .invalidReason,
             validStartDate: toString(c.validStartDate), validEndDate: toString(c.validEndDate) } AS fields,
         ${type === '' ? '[]' : `[(c)-[r:${type}]->(t:Concept) WHERE r.invalidReason IS NULL AND r.relationshipId = 'Maps to' | t.conceptId]`} AS mapsTo
`;

const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;

export interface ChangeQuery {
  releaseIds: string[];
  seq: Record<string, number>;
  kinds: string[] | null;
  conceptIds: number[] | null;
  vocabularyIds: string[] | null;
  domainIds: string[] | null;
}

export class ReleaseRepository {
  constructor(private readonly graph: Graph) {}

  async releases(): Promise<ReleaseRecord[]> {
    const rows = await this.graph.read<Omit<ReleaseRecord, 'versions'> & { versions: string[] }>(RELEASES);
    return rows.map((r) => ({
      ...r,
      versions: r.versions.map((entry) => {
        const [vocabularyId = '', version = ''] = entry.split('\t');
        return { vocabularyId, vocabularyVersion: version === '' ? null : version };
      }),
    }));
  }

  private params(q: ChangeQuery) {
    return {
      releaseIds: q.releaseIds,
      seq: q.seq,
      kinds: q.kinds,
      conceptIds: q.conceptIds,
      vocabularyIds: q.vocabularyIds,
      domainIds: q.domainIds,
      kindRank: Object.fromEntries(RELEASE_CHANGE_KINDS.map((k, i) => [k, i])),
      relationshipRank: RELATIONSHIP_RANK,
    };
  }

  async changes(q: ChangeQuery, offset: number, limit: number): Promise<{ page: ReleaseChangeRecord[]; total: number }> {
    const [page, [count]] = await Promise.all([
      this.graph.read<ReleaseChangeRecord>(CHANGES_PAGE, { ...this.params(q), offset: int(offset), limit: int(limit) }),
      this.graph.read<{ total: number }>(CHANGES_COUNT, this.params(q)),
    ]);
    return { page, total: count?.total ?? 0 };
  }

  conceptChanges(conceptIds: readonly number[]): Promise<ReleaseChangeRecord[]> {
    return this.graph.read<ReleaseChangeRecord>(CONCEPT_CHANGES, { conceptIds });
  }

  changesTo(
    conceptIds: readonly number[],
    releaseIds: readonly string[],
    kinds: readonly string[],
    relationshipId: string | null,
  ): Promise<ReleaseChangeRecord[]> {
    return this.graph.read<ReleaseChangeRecord>(CHANGES_TO, { conceptIds, releaseIds, kinds, relationshipId });
  }

  /** Concepts now with their valid 'Maps to' targets; `mapsToType` is the stored type of 'Maps to' (from the catalogue). */
  async conceptsNow(conceptIds: readonly number[], currentReleaseId: string | null, mapsToType: string | null): Promise<Map<number, ConceptNow>> {
    const type = mapsToType !== null && TYPE_NAME.test(mapsToType) ? mapsToType : '';
    const rows = await this.graph.read<{ conceptId: number; inCurrent: boolean | null; fields: ConceptNow; mapsTo: number[] }>(mapsToNow(type), {
      conceptIds,
      current: currentReleaseId,
    });
    return new Map(rows.map((r) => [r.conceptId, { ...r.fields, inCurrent: r.inCurrent === true, mapsTo: r.mapsTo }]));
  }
}
