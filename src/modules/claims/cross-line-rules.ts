/** The rules across claim lines: an add-on needs a primary code in its encounter; a once-per-course code is not repeated within a course. */
import { addFlag, type ClaimLine } from './claim-line.js';
import type { LineFacts } from './line-rules.js';

/** The encounter a line belongs to: its encounterId, else the person and the date of service. */
export function encounterKey(line: ClaimLine): string {
  return line.encounterId !== null ? `e:${line.encounterId}` : `p:${line.personId ?? ''}|${line.dateOfService}`;
}

/** Add-ons of one encounter without any of their primary codes in the same encounter. */
export function checkEncounter(lines: readonly LineFacts[]): void {
  for (const facts of lines) {
    if (!facts.addOnPrimaries) continue;
    const { vocabularyId } = facts.prepared.key;
    const primaries = new Set(facts.addOnPrimaries);
    const hasPrimary = lines.some(
      (other) => other !== facts && other.prepared.key.vocabularyId === vocabularyId && primaries.has(other.prepared.key.conceptCode),
    );
    if (!hasPrimary) {
      const where =
        facts.prepared.line.encounterId !== null
          ? `encounter ${facts.prepared.line.encounterId}`
          : `the person's lines on ${facts.prepared.line.dateOfService}`;
      addFlag(facts.outcome, 'ADD_ON_WITHOUT_PRIMARY', `no primary code (${facts.addOnPrimaries.join(', ')}) is reported in ${where}`);
    }
  }
}

/**
 * Once-per-course codes seen in a course: the second report of the same code and component in
 * one course is REPEATED_PLANNING. Lines without a courseId are not checked. Feed lines in date
 * order within a course. `forgetOtherCourses` keeps only the current course (a sorted stream).
 */
export class CourseTracker {
  private readonly seen = new Map<string, Map<string, { lineNumber: number; date: string }>>();

  constructor(private readonly forgetOtherCourses = false) {}

  see(facts: LineFacts): void {
    const courseId = facts.prepared.line.courseId;
    if (!facts.perCourse || courseId === null) return;
    if (this.forgetOtherCourses && !this.seen.has(courseId)) this.seen.clear();
    let course = this.seen.get(courseId);
    if (!course) this.seen.set(courseId, (course = new Map<string, { lineNumber: number; date: string }>()));
    const { key } = facts.prepared;
    const id = `${key.vocabularyId}|${key.conceptCode}|${facts.component ?? 'global'}`;
    const first = course.get(id);
    if (first) {
      addFlag(
        facts.outcome,
        'REPEATED_PLANNING',
        `${key.conceptCode} was already reported in course ${courseId} on line ${first.lineNumber} (${first.date}); it is billed once per course`,
      );
    } else course.set(id, { lineNumber: facts.prepared.line.lineNumber, date: key.date });
  }
}
