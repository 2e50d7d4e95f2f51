import { limitExceeded, LimitCode } from '../../errors.js';
import type { MappingStatus } from '../../generated/enums.js';
import type { ConceptRecord } from '../../graph/concept.js';
import { isValidOn } from '../../graph/validity.js';

/**
 * 'Maps to' resolution over an in-memory view of the hops around a concept: no database here,
 * so the rules are unit-tested fast. The repository fetches the bounded neighbourhood; this
 * module decides what it means.
 *
 * Rules: a standard ('S') concept maps to itself with no hops. From any other concept the walk
 * follows its 'Maps to' rows valid on `asOf`; a concept with none follows its replacement rows
 * instead (OMOP's 'Maps to' is the curated answer; replacements are how a deprecated code
 * without one reaches its successor). The walk stops at standard concepts (they are the
 * targets), at concepts with nothing to follow (dead ends), and at a concept already on the
 * current path (a cycle).
 */

export const MAPS_TO = 'Maps to';
export const REPLACEMENT_RELATIONSHIP_IDS = [
  'Concept replaced by',
  'Concept same_as to',
  'Concept poss_eq to',
  'Concept was_a to',
  'Concept alt_to to',
] as const;
/** Every relationship id the walk may follow. */
export const MAPPING_RELATIONSHIP_IDS: readonly string[] = [MAPS_TO, ...REPLACEMENT_RELATIONSHIP_IDS];

/** Hops from the concept asked about; a longer chain is refused rather than cut short. */
export const MAX_MAPPING_HOPS = 10;

export type { MappingStatus };

export interface MappingHopRecord {
  from: ConceptRecord;
  to: ConceptRecord;
  relationshipId: string;
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}

export interface MappingResolutionRecord {
  status: MappingStatus;
  targets: ConceptRecord[];
  hops: MappingHopRecord[];
}

/** The neighbourhood as fetched: every candidate hop by the conceptId it starts from. */
export type HopsByConcept = ReadonlyMap<number, readonly MappingHopRecord[]>;

const isStandard = (concept: ConceptRecord) => concept.standardConcept === 'S';
const REPLACEMENTS = new Set<string>(REPLACEMENT_RELATIONSHIP_IDS);

function byRelationshipThenTarget(a: MappingHopRecord, b: MappingHopRecord): number {
  return a.relationshipId < b.relationshipId ? -1 : a.relationshipId > b.relationshipId ? 1 : a.to.conceptId - b.to.conceptId;
}

/** The hops the walk takes from one concept on `asOf`: its 'Maps to' rows, else its replacements. */
export function hopsToFollow(hops: readonly MappingHopRecord[] | undefined, asOf: string): MappingHopRecord[] {
  const valid = (hops ?? []).filter((hop) => isValidOn(hop, asOf));
  const maps = valid.filter((hop) => hop.relationshipId === MAPS_TO);
  return (maps.length ? maps : valid.filter((hop) => REPLACEMENTS.has(hop.relationshipId))).sort(byRelationshipThenTarget);
}

/**
 * Resolves `start` on `asOf` over `hops`. Hops are listed in walk order (depth first, each
 * concept's rows by relationshipId then target conceptId), each once. A path longer than
 * `maxHops` is TRAVERSAL_DEPTH_LIMIT_EXCEEDED.
 */
export function resolveMapping(start: ConceptRecord, hops: HopsByConcept, asOf: string, maxHops = MAX_MAPPING_HOPS): MappingResolutionRecord {
  if (isStandard(start)) {
    return { status: isValidOn(start, asOf) ? 'STANDARD' : 'DEPRECATED_STANDARD', targets: [start], hops: [] };
  }
  const followed: MappingHopRecord[] = [];
  const targets = new Map<number, ConceptRecord>();
  const expanded = new Set<number>();
  const onPath = new Set<number>();
  let cycle = false;

  const walk = (concept: ConceptRecord, depth: number): void => {
    if (isStandard(concept)) {
      targets.set(concept.conceptId, concept);
      return;
    }
    if (onPath.has(concept.conceptId)) {
      cycle = true;
      return;
    }
    if (expanded.has(concept.conceptId)) return; // reached again by another branch: already walked
    expanded.add(concept.conceptId);
    const next = hopsToFollow(hops.get(concept.conceptId), asOf);
    if (next.length && depth >= maxHops) {
      throw limitExceeded(
        LimitCode.TRAVERSAL_DEPTH_LIMIT_EXCEEDED,
        `the mapping chain of concept ${start.conceptId} is longer than ${maxHops} hops`,
        maxHops,
        depth + 1,
      );
    }
    onPath.add(concept.conceptId);
    for (const hop of next) {
      followed.push(hop);
      walk(hop.to, depth + 1);
    }
    onPath.delete(concept.conceptId);
  };
  walk(start, 0);

  const reached = [...targets.values()].sort((a, b) => a.conceptId - b.conceptId);
  const status: MappingStatus = cycle
    ? 'CYCLE'
    : reached.length === 0
      ? 'NO_STANDARD_TARGET'
      : reached.every((target) => isValidOn(target, asOf))
        ? 'STANDARD'
        : 'DEPRECATED_STANDARD';
  return { status, targets: reached, hops: followed };
}
