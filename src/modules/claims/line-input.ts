import { isIsoDate } from '../../dates.js';
import { parseClaimCode, type ParsedClaimCode, type ParsedModifier } from './claim-code.js';
import { claimCodeKeyString, type ClaimCodeKey } from './claim-code-source.js';
import { emptyOutcome, FIRST_SERVICE_DATE, LAST_SERVICE_DATE, type ClaimLine, type ClaimLineOutcome } from './claim-line.js';

/** A line that passed the input checks, with what the cross-line rules need. */
export interface PreparedLine {
  line: ClaimLine;
  key: ClaimCodeKey;
  /** claimCodeKeyString(key), computed once. */
  keyId: string;
  modifiers: ParsedModifier[];
  quantity: number;
  /** The line's procedureTypeConceptId as a number; null when not given. */
  typeConceptId: number | null;
  endDate: string | null;
}

export type Prepared = { ok: true; prepared: PreparedLine } | { ok: false; outcome: ClaimLineOutcome };

/**
 * Reads and checks the input of lines: code and modifiers, dates, units and Type Concept. Claim
 * files repeat a few hundred codes and a few thousand dates, so a reader remembers what they
 * parse to (bounded); one reader serves one batch or one stream.
 */
export class LineReader {
  private readonly parsedCodes = new Map<string, ParsedClaimCode>();
  private readonly checkedDates = new Map<string, boolean>();

  /** Checks the input of a line: its code and modifiers, date and units. */
  prepare(line: ClaimLine): Prepared {
    const problems: string[] = [...(line.inputProblems ?? [])];
    if (problems.length && line.code === '') {
      // A line that could not be read at all: its reading problems say everything.
      return { ok: false, outcome: { ...emptyOutcome(line, 'REJECTED'), flags: ['MALFORMED_INPUT'], messages: problems } };
    }
    const parsed = this.parse(line.code, line.modifiers);
    if (!parsed.ok) problems.push(...parsed.problems);
    if (!this.isIsoDate(line.dateOfService)) problems.push(`date of service '${line.dateOfService}' is not a calendar date YYYY-MM-DD`);
    else if (line.dateOfService < FIRST_SERVICE_DATE || line.dateOfService > LAST_SERVICE_DATE) {
      problems.push(`date of service ${line.dateOfService} is out of range (${FIRST_SERVICE_DATE} to ${LAST_SERVICE_DATE})`);
    }
    if (line.units !== null && (!Number.isInteger(line.units) || line.units < 0)) problems.push(`units ${line.units} is not a whole number of 0 or more`);
    const typeText = line.procedureTypeConceptId ?? null;
    if (typeText !== null && !CONCEPT_ID.test(typeText)) problems.push(`procedureTypeConceptId '${typeText}' is not a concept id (a whole number above 0)`);
    const endDate = line.dateOfServiceEnd ?? null;
    if (endDate !== null) {
      if (!this.isIsoDate(endDate)) problems.push(`date of service end '${endDate}' is not a calendar date YYYY-MM-DD`);
      else if (endDate < line.dateOfService || endDate > LAST_SERVICE_DATE)
        problems.push(`date of service end ${endDate} is before the date of service ${line.dateOfService} or after ${LAST_SERVICE_DATE}`);
    }
    if (!parsed.ok || problems.length) {
      return { ok: false, outcome: { ...emptyOutcome(line, 'REJECTED'), flags: ['MALFORMED_INPUT'], messages: problems } };
    }
    const key: ClaimCodeKey = {
      vocabularyId: parsed.vocabularyId,
      conceptCode: parsed.conceptCode,
      date: line.dateOfService,
      siteOfService: line.siteOfService,
      payer: line.payer,
    };
    return {
      ok: true,
      prepared: {
        line,
        key,
        keyId: claimCodeKeyString(key),
        modifiers: parsed.modifiers,
        quantity: line.units === null || line.units === 0 ? 1 : line.units,
        typeConceptId: typeText === null ? null : Number(typeText),
        endDate,
      },
    };
  }

  private parse(code: string, modifiers: readonly string[]): ParsedClaimCode {
    const id = modifiers.length ? `${code}\u0000${modifiers.join('\u0000')}` : code;
    let parsed = this.parsedCodes.get(id);
    if (!parsed) {
      if (this.parsedCodes.size >= MEMO_SIZE) this.parsedCodes.clear();
      parsed = parseClaimCode(code, modifiers);
      this.parsedCodes.set(id, parsed);
    }
    return parsed;
  }

  private isIsoDate(date: string): boolean {
    let ok = this.checkedDates.get(date);
    if (ok === undefined) {
      if (this.checkedDates.size >= MEMO_SIZE) this.checkedDates.clear();
      ok = isIsoDate(date);
      this.checkedDates.set(date, ok);
    }
    return ok;
  }
}

const CONCEPT_ID = /^[1-9]\d{0,18}$/;
const MEMO_SIZE = 20_000;
