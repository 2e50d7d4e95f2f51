import type { ConceptRecord } from '../../graph/concept.js';
import type { CodeKey } from '../../graph/code.js';
import type { ChangeRow, ReleaseChangeKind } from '../../graph/release-changes.js';

/** A loaded release as the repository hands it to resolvers. */
export interface ReleaseRecord {
  releaseId: string;
  vocabularyVersion: string;
  loadedAt: string;
  current: boolean;
  concepts: number;
  relationships: number;
  /** Each vocabulary's own version in this release, by vocabularyId. */
  versions: { vocabularyId: string; vocabularyVersion: string | null }[];
  previousReleaseId: string | null;
  changeCount: number;
  /** Load order: 1 for the first release this database loaded. */
  seq: number;
}

/** One stored change, with the releases it lies between. */
export interface ReleaseChangeRecord extends ChangeRow {
  fromRelease: string;
  toRelease: string;
}

export interface ConceptInReleaseRecord {
  releaseId: string;
  conceptName: string;
  domainId: string;
  conceptClassId: string;
  standardConcept: string | null;
  invalidReason: string | null;
  validStartDate: string;
  validEndDate: string;
  mapsToIds: number[];
}

export interface ImpactedConceptRecord {
  conceptId: number;
  change: ReleaseChangeKind;
  reason: string;
}

export interface SourceCodeImpactRecord {
  code: CodeKey;
  before: ConceptRecord[];
  after: ConceptRecord[];
  status: 'STANDARD' | 'DEPRECATED_STANDARD' | 'NO_STANDARD_TARGET' | 'CYCLE';
  tableBefore: string | null;
  tableAfter: string | null;
  changed: boolean;
}

export interface ReleaseImpactRecord {
  from: ReleaseRecord;
  to: ReleaseRecord;
  entered: ImpactedConceptRecord[];
  left: ImpactedConceptRecord[];
  changed: ImpactedConceptRecord[];
  sourceCodes: SourceCodeImpactRecord[];
}
