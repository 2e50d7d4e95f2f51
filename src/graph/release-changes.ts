/**
 * What one release changed about a concept and its rows, as pure functions: the rules both the
 * loader (new rows against the graph's current state) and `diff:vocabulary` (two folders, no
 * database) apply, so the two always report the same changes for the same releases.
 */

export const RELEASE_CHANGE_KINDS = [
  'CONCEPT_ADDED',
  'CONCEPT_REMOVED',
  'CONCEPT_DEPRECATED',
  'CONCEPT_REVIVED',
  'STANDARD_CHANGED',
  'DOMAIN_CHANGED',
  'CONCEPT_CLASS_CHANGED',
  'NAME_CHANGED',
  'VALIDITY_CHANGED',
  'RELATIONSHIP_ADDED',
  'RELATIONSHIP_REMOVED',
  'ANCESTRY_CHANGED',
] as const;
export type ReleaseChangeKind = (typeof RELEASE_CHANGE_KINDS)[number];

/** One change, as stored in the graph and written by the diff command. */
export interface ChangeRow {
  kind: ReleaseChangeKind;
  conceptId: number;
  field: string | null;
  before: string | null;
  after: string | null;
  relationshipId: string | null;
  otherConceptId: number | null;
}

/** The columns of a concept a release can change (dates as YYYY-MM-DD). */
export interface ConceptFields {
  conceptName: string;
  domainId: string;
  conceptClassId: string;
  standardConcept: string | null;
  invalidReason: string | null;
  validStartDate: string | null;
  validEndDate: string | null;
}

const change = (kind: ReleaseChangeKind, conceptId: number, extra: Partial<ChangeRow> = {}): ChangeRow => ({
  kind,
  conceptId,
  field: null,
  before: null,
  after: null,
  relationshipId: null,
  otherConceptId: null,
  ...extra,
});

const FIELD_KINDS: readonly (readonly [keyof ConceptFields, ReleaseChangeKind])[] = [
  ['standardConcept', 'STANDARD_CHANGED'],
  ['domainId', 'DOMAIN_CHANGED'],
  ['conceptClassId', 'CONCEPT_CLASS_CHANGED'],
  ['conceptName', 'NAME_CHANGED'],
  ['validStartDate', 'VALIDITY_CHANGED'],
  ['validEndDate', 'VALIDITY_CHANGED'],
];

/**
 * The changes from `before` (null: the concept was absent, or only a placeholder) to `after`
 * (null: absent from the new release). Every changed column is one change holding both values,
 * so a concept as it was can be rebuilt from its record now and the changes since.
 * An empty new name (CPT4 rows before the licensed reconstitution) is not a rename.
 */
export function compareConcept(conceptId: number, before: ConceptFields | null, after: ConceptFields | null): ChangeRow[] {
  if (before === null && after === null) return [];
  if (before === null) return [change('CONCEPT_ADDED', conceptId, { after: after!.conceptName || null })];
  if (after === null) return [change('CONCEPT_REMOVED', conceptId, { before: before.conceptName })];
  const changes: ChangeRow[] = [];
  const was = before.invalidReason ?? null;
  const now = after.invalidReason ?? null;
  if (was !== now) {
    changes.push(change(now === null ? 'CONCEPT_REVIVED' : 'CONCEPT_DEPRECATED', conceptId, { field: 'invalidReason', before: was, after: now }));
  }
  for (const [field, kind] of FIELD_KINDS) {
    const old = before[field] ?? null;
    const next = after[field] ?? null;
    if (field === 'conceptName' && next === '') continue;
    if (old !== next) changes.push(change(kind, conceptId, { field, before: old, after: next }));
  }
  return changes;
}

/** A CONCEPT_RELATIONSHIP row in its stored (canonical) direction. */
export interface RelationshipFields {
  validStartDate: string | null;
  validEndDate: string | null;
  invalidReason: string | null;
}

/**
 * The change of one relationship row (start, canonical id, end): added, removed, or its validity
 * flipped (a valid row that became invalid counts as removed, and back). Date-only changes of a
 * row are not reported: no answer here depends on them.
 */
export function compareRelationship(
  start: number,
  relationshipId: string,
  end: number,
  before: RelationshipFields | null,
  after: RelationshipFields | null,
): ChangeRow[] {
  const row = { relationshipId, otherConceptId: end };
  if (before === null && after === null) return [];
  if (before === null) return [change('RELATIONSHIP_ADDED', start, { ...row, after: after!.invalidReason })];
  if (after === null) return [change('RELATIONSHIP_REMOVED', start, { ...row, before: before.invalidReason })];
  const was = before.invalidReason ?? null;
  const now = after.invalidReason ?? null;
  if ((was === null) === (now === null)) return [];
  return [change(now === null ? 'RELATIONSHIP_ADDED' : 'RELATIONSHIP_REMOVED', start, { ...row, field: 'invalidReason', before: was, after: now })];
}

/** A descendant that gained (present now) or lost (present before) an ancestor. */
export function ancestryChange(descendant: number, ancestor: number, gained: boolean): ChangeRow {
  const id = String(ancestor);
  return change('ANCESTRY_CHANGED', descendant, { field: 'ancestor', otherConceptId: ancestor, before: gained ? null : id, after: gained ? id : null });
}

/** 'Maps to' first, then the replacement relationships, then the rest: the rows an ETL feels first. */
export const RELATIONSHIP_RANK: Readonly<Record<string, number>> = {
  'Maps to': 0,
  'Concept replaced by': 1,
  'Concept same_as to': 2,
  'Concept poss_eq to': 3,
  'Concept was_a to': 4,
  'Concept alt_to to': 5,
  'Maps to value': 6,
};
export const relationshipRank = (relationshipId: string | null): number => (relationshipId === null ? 0 : (RELATIONSHIP_RANK[relationshipId] ?? 9));
export const kindRank = (kind: ReleaseChangeKind): number => RELEASE_CHANGE_KINDS.indexOf(kind);

/** The order changes are listed in: kind, relationship rank, concept, other concept, field. */
export function compareChanges(a: ChangeRow, b: ChangeRow): number {
  return (
    kindRank(a.kind) - kindRank(b.kind) ||
    relationshipRank(a.relationshipId) - relationshipRank(b.relationshipId) ||
    a.conceptId - b.conceptId ||
    (a.relationshipId ?? '').localeCompare(b.relationshipId ?? '') ||
    (a.otherConceptId ?? 0) - (b.otherConceptId ?? 0) ||
    (a.field ?? '').localeCompare(b.field ?? '')
  );
}
