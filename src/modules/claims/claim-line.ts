/**
 * A claim line and what becomes of it: the input shape (from GraphQL or a file), the OMOP row it
 * gives, its outcome (status, rows, flags, messages), and the order flags are reported in. The
 * claim rules read and write these plain records:
 *
 * 1. line-input.ts reads and checks a line's input (LineReader);
 * 2. line-rules.ts maps one line with what the graph says about its code (LineMapper);
 * 3. cross-line-rules.ts applies the rules across lines (an add-on's primary in its encounter,
 *    once-per-course codes within a course);
 * 4. claim-summary.ts counts a run.
 * claim-mapper.ts runs the four over a batch or a stream.
 */
import type { CdmTable, ClaimFlag, LineStatus, Payer, SiteOfService } from '../../generated/enums.js';
import type { ClaimSuccessor } from './claim-code-source.js';

export interface ClaimLine {
  lineNumber: number;
  lineId: string | null;
  personId: string | null;
  encounterId: string | null;
  courseId: string | null;
  code: string;
  modifiers: readonly string[];
  dateOfService: string;
  units: number | null;
  siteOfService: SiteOfService | null;
  /** Who paid; null when unknown. */
  payer: Payer | null;
  /** The Type Concept of the data's provenance (an integer concept id as text); absent or null: the loaded vocabulary's 'Claim'. */
  procedureTypeConceptId?: string | null;
  /** Passed through to the rows. */
  visitOccurrenceId?: string | null;
  providerId?: string | null;
  /** The last day the line covers (a claim line's through date), when it spans several days. */
  dateOfServiceEnd?: string | null;
  /** Problems found while reading the line from a file (a bad cell, a wrong column count). */
  inputProblems?: readonly string[];
}

export interface OccurrenceRow {
  /** The CDM table the row belongs to, by the domain of its concept (cdm-rows.ts). */
  cdmTable: CdmTable;
  /** The domain that chose the table: the standard concept's, else the source concept's; null when no concept carries the code. */
  domainId: string | null;
  procedureConceptId: number;
  procedureSourceValue: string;
  procedureSourceConceptId: number;
  modifierConceptId: number;
  modifierSourceValue: string | null;
  quantity: number;
  procedureDate: string;
  /** The line's dateOfServiceEnd; null when the line gives none. */
  procedureEndDate: string | null;
  /** The Type Concept of the row's provenance; 0 when none is given and the vocabulary has no 'Claim' Type Concept. */
  procedureTypeConceptId: number;
  personId: string | null;
  visitOccurrenceId: string | null;
  providerId: string | null;
}

export interface ClaimLineOutcome {
  lineNumber: number;
  lineId: string | null;
  status: LineStatus;
  rows: OccurrenceRow[];
  flags: ClaimFlag[];
  messages: string[];
  /** The code's family id in the knowledge pack, null when none. */
  family: string | null;
  successors: ClaimSuccessor[];
}

/** The order flags are reported in (the contract's enum order). */
export const FLAG_ORDER: readonly ClaimFlag[] = [
  'WEEKLY_MANAGEMENT',
  'ADD_ON',
  'ADD_ON_WITHOUT_PRIMARY',
  'ONCE_PER_COURSE',
  'REPEATED_PLANNING',
  'PROFESSIONAL_COMPONENT',
  'TECHNICAL_COMPONENT',
  'BUNDLED_COMPONENT',
  'NOT_VALID_ON_DATE',
  'USE_REPLACED',
  'DEPRECATED_SOURCE',
  'ONE_TO_MANY',
  'UNKNOWN_CODE',
  'MALFORMED_INPUT',
];

/** Dates of service the rules accept; outside them a line is rejected as a date out of range. */
export const FIRST_SERVICE_DATE = '1900-01-01';
export const LAST_SERVICE_DATE = '2099-12-31';

/** A line refused for what its input says (a problem found once the graph was read, e.g. a Type Concept of the wrong domain). */
export function rejectedOutcome(line: ClaimLine, problems: readonly string[]): ClaimLineOutcome {
  return { ...emptyOutcome(line, 'REJECTED'), flags: ['MALFORMED_INPUT'], messages: [...problems] };
}

export function emptyOutcome(line: ClaimLine, status: LineStatus): ClaimLineOutcome {
  return { lineNumber: line.lineNumber, lineId: line.lineId, status, rows: [], flags: [], messages: [], family: null, successors: [] };
}

export function sortFlags(flags: Iterable<ClaimFlag>): ClaimFlag[] {
  const set = new Set(flags);
  return FLAG_ORDER.filter((flag) => set.has(flag));
}

export function addFlag(outcome: ClaimLineOutcome, flag: ClaimFlag, message: string): void {
  outcome.flags = sortFlags([...outcome.flags, flag]);
  outcome.messages = [...outcome.messages, message];
}
