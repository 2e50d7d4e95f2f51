import type { ConceptFields } from '../../graph/release-changes.js';
import type { ReleaseChangeRecord } from './release-records.js';

/**
 * A concept as it was in an earlier release, rebuilt from its record now and the changes the
 * later releases made (each holds the value before it). Pure: the repository fetched both.
 */
export interface ConceptNow extends ConceptFields {
  /** True when the concept is in the current release (its rows carry the current release id). */
  inCurrent: boolean;
  /** Its valid 'Maps to' targets now. */
  mapsTo: number[];
}

export interface ConceptThen extends ConceptFields {
  mapsTo: number[];
}

/** `changes`: this concept's changes by releases after the one asked, in any order; `seqOf` orders releases. */
export function conceptAsOf(now: ConceptNow, changes: readonly ReleaseChangeRecord[], seqOf: (releaseId: string) => number): ConceptThen | null {
  const undo = [...changes].sort((a, b) => seqOf(b.toRelease) - seqOf(a.toRelease));
  let exists = now.inCurrent;
  const state: ConceptThen = {
    conceptName: now.conceptName,
    domainId: now.domainId,
    conceptClassId: now.conceptClassId,
    standardConcept: now.standardConcept,
    invalidReason: now.invalidReason,
    validStartDate: now.validStartDate,
    validEndDate: now.validEndDate,
    mapsTo: [...now.mapsTo],
  };
  const targets = new Set(now.mapsTo);
  for (const change of undo) {
    switch (change.kind) {
      case 'CONCEPT_ADDED':
        exists = false;
        break;
      case 'CONCEPT_REMOVED':
        exists = true;
        break;
      case 'RELATIONSHIP_ADDED':
      case 'RELATIONSHIP_REMOVED': {
        if (change.relationshipId !== 'Maps to' || change.otherConceptId === null) break;
        // Valid before the change: a removed row that was valid, or a row that then became invalid.
        const validBefore = change.kind === 'RELATIONSHIP_REMOVED' ? change.before === null : false;
        if (validBefore) targets.add(change.otherConceptId);
        else targets.delete(change.otherConceptId);
        break;
      }
      case 'ANCESTRY_CHANGED':
        break;
      default:
        if (change.field && change.field in state) (state as unknown as Record<string, unknown>)[change.field] = change.before;
    }
  }
  if (!exists) return null;
  state.mapsTo = [...targets].sort((a, b) => a - b);
  return state;
}

/** The descendants of an item in an earlier release: those now, with later ancestry changes undone. */
export function descendantsAsOf(now: readonly number[], ancestryChanges: readonly ReleaseChangeRecord[], seqOf: (releaseId: string) => number): number[] {
  const set = new Set(now);
  for (const change of [...ancestryChanges].sort((a, b) => seqOf(b.toRelease) - seqOf(a.toRelease))) {
    if (change.after !== null) set.delete(change.conceptId);
    else set.add(change.conceptId);
  }
  return [...set];
}

/** Sources mapping to a target in an earlier release: those now, with later 'Maps to' changes undone. */
export function mappedAsOf(now: readonly number[], mapChanges: readonly ReleaseChangeRecord[], seqOf: (releaseId: string) => number): number[] {
  const set = new Set(now);
  for (const change of [...mapChanges].sort((a, b) => seqOf(b.toRelease) - seqOf(a.toRelease))) {
    const validBefore = change.kind === 'RELATIONSHIP_REMOVED' ? change.before === null : false;
    if (validBefore) set.add(change.conceptId);
    else set.delete(change.conceptId);
  }
  return [...set];
}
