/**
 * Code families: a family holds the codes of a range (CPT4 77401-77425) or named one by one, and a
 * code belongs to its most specific family. The knowledge pack declares families, the seed writer
 * stores them on (:CodeFamily) as text (`ranges: ['CPT4 77401-77425']`, `codes: ['CPT4 77419']`),
 * and the claim rules read them back: one rule and one text form for all three.
 */
import type { CodeKey } from './code.js';

/** Codes of one vocabulary from `from` to `to`, both included; codes compare as text of one length. */
export interface CodeRange {
  vocabularyId: string;
  from: string;
  to: string;
}

/** What decides membership: the family's ranges and the codes it names. */
export interface FamilyMembership {
  id: string;
  ranges: readonly CodeRange[];
  codes: readonly CodeKey[];
}

export function rangeContains(range: CodeRange, vocabularyId: string, code: string): boolean {
  return range.vocabularyId === vocabularyId && code.length === range.from.length && range.from <= code && code <= range.to;
}

/** Does range `inner` lie inside range `outer`? */
export function rangeWithin(inner: CodeRange, outer: CodeRange): boolean {
  return rangeContains(outer, inner.vocabularyId, inner.from) && rangeContains(outer, inner.vocabularyId, inner.to);
}

/**
 * The most specific family of a code: a family naming the code explicitly wins; otherwise the
 * family whose matching range lies inside every other matching range (the narrowest). Returns
 * null when no family matches, or when two matching families are not nested (ambiguous).
 */
export function familyOf<F extends FamilyMembership>(families: readonly F[], vocabularyId: string, conceptCode: string): F | null {
  const explicit = families.filter((family) => family.codes.some((code) => code.vocabularyId === vocabularyId && code.conceptCode === conceptCode));
  if (explicit.length === 1) return explicit[0] ?? null;
  if (explicit.length > 1) return null;
  const matches: { family: F; range: CodeRange }[] = [];
  for (const family of families) {
    for (const range of family.ranges) {
      if (rangeContains(range, vocabularyId, conceptCode)) matches.push({ family, range });
    }
  }
  const narrowest = matches.filter((candidate) => matches.every((other) => rangeWithin(candidate.range, other.range)));
  const ids = new Set(narrowest.map((candidate) => candidate.family.id));
  if (ids.size !== 1) return null;
  return narrowest[0]?.family ?? null;
}

/** A range as people read it and as (:CodeFamily).ranges stores it: `CPT4 77401-77425`. */
export function codeRangeLabel(range: CodeRange): string {
  return `${range.vocabularyId} ${range.from}-${range.to}`;
}

/** The range of a `codeRangeLabel` (codes hold no space and no hyphen). */
export function parseCodeRange(label: string): CodeRange {
  const match = /^(\S+) ([^\s-]+)-([^\s-]+)$/.exec(label);
  if (!match) throw new Error(`not a code range: ${JSON.stringify(label)}`);
  return { vocabularyId: match[1] ?? '', from: match[2] ?? '', to: match[3] ?? '' };
}

/** The code of a `codeLabel` (code.ts: `CPT4 77419`), as (:CodeFamily).codes stores it. */
export function parseCodeLabel(label: string): CodeKey {
  const match = /^(\S+) (\S+)$/.exec(label);
  if (!match) throw new Error(`not a code: ${JSON.stringify(label)}`);
  return { vocabularyId: match[1] ?? '', conceptCode: match[2] ?? '' };
}
