/**
 * The claim-line rules: from a claim line and what the graph says about its code (a
 * ClaimCodeResolution) to OMOP PROCEDURE_OCCURRENCE rows, flags and messages. Pure: the billing
 * facts come from the knowledge pack (BillingRules), the graph facts from the resolution.
 *
 * A line goes through three steps: prepareLine (read and check the input), mapLine (one line
 * with its resolution), then the rules across lines: checkEncounter (add-ons need a primary in
 * the same encounter) and CourseTracker (once-per-course codes repeated within a course).
 */
import { isIsoDate } from '../../dates.js';
import type { CdmTable, ClaimFlag, LineStatus, Payer, SiteOfService } from '../../generated/enums.js';
import { CDM_TABLES, cdmTableOf } from './cdm-rows.js';
import type { BillingRules, Component } from './billing-rules.js';
import { parseClaimCode, type ParsedClaimCode, type ParsedModifier } from './claim-code.js';
import { claimCodeKeyString, type ClaimCodeKey, type ClaimCodeResolution, type ClaimSuccessor, type ModifierConcept } from './claim-code-source.js';

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

/** Checks the input of a line: its code and modifiers, date and units. */
export function prepareLine(line: ClaimLine): Prepared {
  const problems: string[] = [...(line.inputProblems ?? [])];
  if (problems.length && line.code === '') {
    // A line that could not be read at all: its reading problems say everything.
    return { ok: false, outcome: { ...emptyOutcome(line, 'REJECTED'), flags: ['MALFORMED_INPUT'], messages: problems } };
  }
  const parsed = parseMemo(line.code, line.modifiers);
  if (!parsed.ok) problems.push(...parsed.problems);
  if (!isoDateMemo(line.dateOfService)) problems.push(`date of service '${line.dateOfService}' is not a calendar date YYYY-MM-DD`);
  else if (line.dateOfService < FIRST_SERVICE_DATE || line.dateOfService > LAST_SERVICE_DATE) {
    problems.push(`date of service ${line.dateOfService} is out of range (${FIRST_SERVICE_DATE} to ${LAST_SERVICE_DATE})`);
  }
  if (line.units !== null && (!Number.isInteger(line.units) || line.units < 0)) problems.push(`units ${line.units} is not a whole number of 0 or more`);
  const typeText = line.procedureTypeConceptId ?? null;
  if (typeText !== null && !CONCEPT_ID.test(typeText)) problems.push(`procedureTypeConceptId '${typeText}' is not a concept id (a whole number above 0)`);
  const endDate = line.dateOfServiceEnd ?? null;
  if (endDate !== null) {
    if (!isoDateMemo(endDate)) problems.push(`date of service end '${endDate}' is not a calendar date YYYY-MM-DD`);
    else if (endDate < line.dateOfService || endDate > LAST_SERVICE_DATE) problems.push(`date of service end ${endDate} is before the date of service ${line.dateOfService} or after ${LAST_SERVICE_DATE}`);
  }
  if (!parsed.ok || problems.length) {
    return { ok: false, outcome: { ...emptyOutcome(line, 'REJECTED'), flags: ['MALFORMED_INPUT'], messages: problems } };
  }
  const key: ClaimCodeKey = { vocabularyId: parsed.vocabularyId, conceptCode: parsed.conceptCode, date: line.dateOfService, siteOfService: line.siteOfService, payer: line.payer };
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

const CONCEPT_ID = /^[1-9]\d{0,18}$/;

// Claim files repeat a few hundred codes and a few thousand dates: remember what they parse to.
const parsedCodes = new Map<string, ParsedClaimCode>();
const checkedDates = new Map<string, boolean>();
const MEMO_SIZE = 20_000;

function parseMemo(code: string, modifiers: readonly string[]): ParsedClaimCode {
  const id = modifiers.length ? `${code}\u0000${modifiers.join('\u0000')}` : code;
  let parsed = parsedCodes.get(id);
  if (!parsed) {
    if (parsedCodes.size >= MEMO_SIZE) parsedCodes.clear();
    parsed = parseClaimCode(code, modifiers);
    parsedCodes.set(id, parsed);
  }
  return parsed;
}

function isoDateMemo(date: string): boolean {
  let ok = checkedDates.get(date);
  if (ok === undefined) {
    if (checkedDates.size >= MEMO_SIZE) checkedDates.clear();
    ok = isIsoDate(date);
    checkedDates.set(date, ok);
  }
  return ok;
}

/** A line refused for what its input says (a problem found once the graph was read, e.g. a Type Concept of the wrong domain). */
export function rejectedOutcome(line: ClaimLine, problems: readonly string[]): ClaimLineOutcome {
  return { ...emptyOutcome(line, 'REJECTED'), flags: ['MALFORMED_INPUT'], messages: [...problems] };
}

function emptyOutcome(line: ClaimLine, status: LineStatus): ClaimLineOutcome {
  return { lineNumber: line.lineNumber, lineId: line.lineId, status, rows: [], flags: [], messages: [], family: null, successors: [] };
}

/** Modifier concepts by code, as the graph has them. */
export type ModifierLookup = Pick<ReadonlyMap<string, ModifierConcept>, 'get'>;

/** What the cross-line rules need to know about a mapped (or unmapped) line. */
export interface LineFacts {
  prepared: PreparedLine;
  outcome: ClaimLineOutcome;
  /** Primary codes (same vocabulary) when the code is an add-on. */
  addOnPrimaries: string[] | null;
  /** True when the code is billed once per course. */
  perCourse: boolean;
  component: Component | null;
}

/**
 * One line with its resolution: rows, flags and messages that need no other line. `modifierConcepts`
 * holds the modifier concepts the graph has (by code).
 */
export function mapLine(
  prepared: PreparedLine,
  resolution: ClaimCodeResolution,
  modifierConcepts: ModifierLookup,
  rules: BillingRules,
  typeConceptId = 0,
): LineFacts {
  return applyTemplate(prepared, lineTemplate(prepared, resolution, modifierConcepts, rules), typeConceptId);
}

/**
 * What a line's outcome owes to its code, date, site, modifiers and units alone (not to its
 * ids, person or source text): the same for every line that shares them, so a LineMapper
 * computes it once. Its arrays are shared and never mutated (addFlag replaces them).
 */
export interface LineTemplate {
  status: LineStatus;
  targets: number[];
  /** Per target: its CDM table and the domain that chose it. */
  tables: { table: CdmTable; domainId: string | null }[];
  procedureSourceConceptId: number;
  modifierConceptId: number;
  modifierSourceValue: string | null;
  flags: ClaimFlag[];
  messages: string[];
  family: string | null;
  successors: ClaimSuccessor[];
  addOnPrimaries: string[] | null;
  perCourse: boolean;
  component: Component | null;
}

export function lineTemplate(prepared: PreparedLine, resolution: ClaimCodeResolution, modifierConcepts: ModifierLookup, rules: BillingRules): LineTemplate {
  const { key } = prepared;
  const code = `${key.vocabularyId} ${key.conceptCode}`;
  const flags = new Set<ClaimFlag>();
  const messages: string[] = [];
  const billing = rules.of(key.vocabularyId, key.conceptCode);
  const profile = billing.profile;
  let unmapped = false;

  // Modifiers: the one about the procedure is a component modifier (26/TC) first, then the others in order.
  const known = prepared.modifiers.map((m) => ({ ...m, info: rules.modifier(m.code), concept: modifierConcepts.get(m.code) }));
  const unknown = known.filter((m) => !m.info && !m.concept);
  for (const m of unknown) {
    flags.add('UNKNOWN_CODE');
    messages.push(`modifier '${m.text}' is unknown: the line is left unmapped, since a modifier can change what the code reports`);
    unmapped = true;
  }
  const chosen = known.find((m) => m.info?.kind === 'component') ?? known[0];
  const component = chosen?.info?.component ?? null;

  // Family and billing frequency.
  if (billing.frequency === 'per_5_fractions') {
    flags.add('WEEKLY_MANAGEMENT');
    messages.push(
      `${key.conceptCode} is treatment management reported once per five fractions: this row covers five fractions and is not a daily treatment event` +
        (prepared.endDate ? '' : '; procedureEndDate (the last of the five) is filled from the line\'s dateOfServiceEnd, which this line does not give'),
    );
  }
  const perCourse = billing.frequency === 'per_course';
  if (perCourse) {
    flags.add('ONCE_PER_COURSE');
    messages.push(`${key.conceptCode} is billed once per course of treatment, not per fraction`);
    if (prepared.quantity > 1) {
      flags.add('REPEATED_PLANNING');
      messages.push(`${prepared.quantity} units of ${key.conceptCode}, which is billed once per course`);
    }
  }
  const addOnPrimaries = profile?.addOn ? (profile.primaryCodes ?? []) : null;
  if (addOnPrimaries) {
    flags.add('ADD_ON');
    messages.push(
      `${key.conceptCode} is an add-on: it accompanies a primary code${addOnPrimaries.length ? ` (${addOnPrimaries.join(', ')})` : ''} and is never the primary treatment event`,
    );
  }

  // Components: -26 and -TC stay apart; a component bundled by the date is not separately payable.
  if (component === 'professional') {
    flags.add('PROFESSIONAL_COMPONENT');
    messages.push(`modifier ${chosen?.code} reports the professional component only: keep it apart from the technical component`);
  } else if (component === 'technical') {
    flags.add('TECHNICAL_COMPONENT');
    messages.push(`modifier ${chosen?.code} reports the technical component only: keep it apart from the professional component`);
  }
  if (profile && component) {
    const state = rules.componentOn(profile, component, key.date, key.siteOfService, key.payer);
    if (state.state === 'bundled') {
      flags.add('BUNDLED_COMPONENT');
      const where = state.setting === 'HOPPS' ? ` in hospital outpatient departments (Medicare's HOPPS${key.payer === null ? ', assumed: the payer is not given' : ''})` : '';
      messages.push(
        `the ${component} component of ${key.conceptCode} is bundled into ${state.into.join(', ')}${where} from ${state.since}` +
          `${state.statusIndicator ? ` (status ${state.statusIndicator})` : ''}: not separately payable`,
      );
    } else if (state.state === 'absent') {
      messages.push(`${key.conceptCode} has no separately reported ${component} component on ${key.date}`);
    }
  }
  if (profile && !component) {
    const removed = rules.componentRemovedOn(profile, 'global', key.date);
    if (removed) messages.push(`${key.conceptCode} is no longer reported globally from ${removed}: report its components with their modifiers`);
  }

  // The graph: the source concept, validity on the date, 'Maps to'.
  let successors: ClaimSuccessor[] = [];
  const source = resolution.source;
  if (!source) {
    flags.add('UNKNOWN_CODE');
    messages.push(`no concept carries ${code}`);
    unmapped = true;
  } else {
    if (!resolution.validOnDate) {
      flags.add('NOT_VALID_ON_DATE');
      successors = resolution.successors;
      const period = resolution.validFrom || resolution.validUntil ? ` (valid ${resolution.validFrom ?? '…'} to ${resolution.validUntil ?? '…'})` : '';
      const next = successors.length
        ? `; successors: ${successors.map((s) => `${s.code.conceptCode}${s.condition ? ` (${s.condition})` : ''} from ${s.effectiveDate}`).join(', ')}`
        : '; no successor is recorded for that date';
      messages.push(`${key.conceptCode} is not valid on ${key.date}${period}${next}`);
    }
    if (resolution.useReplaced) flags.add('USE_REPLACED');
    messages.push(...resolution.warnings);
    const deprecated =
      resolution.status === 'DEPRECATED_STANDARD' || resolution.viaReplacement || source.invalidReason !== null || resolution.validUntil !== null;
    if (deprecated && (resolution.status === 'STANDARD' || resolution.status === 'DEPRECATED_STANDARD')) {
      flags.add('DEPRECATED_SOURCE');
      const until = resolution.validUntil ? ` (valid until ${resolution.validUntil})` : source.invalidReason ? ` (invalid_reason ${source.invalidReason})` : '';
      const how = resolution.viaReplacement
        ? `followed through 'Concept replaced by' to ${resolution.targets.map((t) => `${t.vocabularyId} ${t.conceptCode}`).join(', ')}`
        : resolution.targets.some((t) => t.conceptId === source.conceptId)
          ? 'it is still a standard concept and maps to itself'
          : `mapped to ${resolution.targets.map((t) => `${t.vocabularyId} ${t.conceptCode}`).join(', ')}`;
      messages.push(`${key.conceptCode} is a deprecated code${until}: ${how}; the source value keeps the original code`);
    }
    if (resolution.status === 'NO_STANDARD_TARGET') {
      messages.push(`no standard concept is reached from ${code} through 'Maps to' or replacements: procedureConceptId is 0`);
      unmapped = true;
    } else if (resolution.status === 'CYCLE') {
      messages.push(`the replacement chain of ${code} loops back on itself: procedureConceptId is 0`);
      unmapped = true;
    }
    if (resolution.targets.length > 1) {
      flags.add('ONE_TO_MANY');
      messages.push(`${code} maps to ${resolution.targets.length} standard concepts: one row per target, as all of them happened`);
    }
  }

  const mappedTo = unmapped || resolution.targets.length === 0 ? [] : resolution.targets;
  const targets = mappedTo.length ? mappedTo.map((t) => t.conceptId) : [0];
  // The table: by the standard concept's domain; an unmapped row by its source concept's.
  const tables = (mappedTo.length ? mappedTo.map((t) => t.domainId) : [source?.domainId ?? null]).map((domainId) => ({ domainId, ...cdmTableOf(domainId) }));
  for (const { domainId, fallback } of tables) {
    if (fallback) messages.push(`domain ${domainId} has no CDM event table of its own here: the row goes to OBSERVATION`);
  }
  return {
    status: targets[0] === 0 ? 'UNMAPPED' : 'MAPPED',
    targets,
    tables: tables.map(({ table, domainId }) => ({ table, domainId })),
    procedureSourceConceptId: source?.conceptId ?? 0,
    modifierConceptId: chosen?.concept?.conceptId ?? 0,
    modifierSourceValue: known.length ? known.map((m) => m.text).join(',') : null,
    flags: sortFlags(flags),
    messages,
    family: billing.family?.id ?? null,
    successors,
    addOnPrimaries,
    perCourse,
    component,
  };
}

/** The outcome of one line from its template: the rows carry the line's own values and its Type Concept. */
export function applyTemplate(prepared: PreparedLine, template: LineTemplate, typeConceptId: number): LineFacts {
  const { line, key, quantity } = prepared;
  const rows: OccurrenceRow[] = template.targets.map((procedureConceptId, i) => ({
    cdmTable: template.tables[i]!.table,
    domainId: template.tables[i]!.domainId,
    procedureConceptId,
    procedureSourceValue: line.code,
    procedureSourceConceptId: template.procedureSourceConceptId,
    modifierConceptId: template.modifierConceptId,
    modifierSourceValue: template.modifierSourceValue,
    quantity,
    procedureDate: key.date,
    procedureEndDate: prepared.endDate,
    procedureTypeConceptId: typeConceptId,
    personId: line.personId,
    visitOccurrenceId: line.visitOccurrenceId ?? null,
    providerId: line.providerId ?? null,
  }));
  const outcome: ClaimLineOutcome = {
    lineNumber: line.lineNumber,
    lineId: line.lineId,
    status: template.status,
    rows,
    flags: template.flags,
    messages: template.messages,
    family: template.family,
    successors: template.successors,
  };
  return { prepared, outcome, addOnPrimaries: template.addOnPrimaries, perCourse: template.perCourse, component: template.component };
}

/**
 * Maps lines through templates memoised by (code, date, site, modifiers, units above 1): in a
 * claim file most lines repeat a few hundred such combinations. The templates live as long as
 * the resolutions they come from (a bounded cache), so they are bounded too.
 */
export class LineMapper {
  // Per resolution (one per code, date and site in the caller's cache), then per modifiers and units.
  private readonly templates = new WeakMap<ClaimCodeResolution, Map<string, LineTemplate>>();

  constructor(private readonly rules: BillingRules) {}

  map(prepared: PreparedLine, resolution: ClaimCodeResolution, modifierConcepts: ModifierLookup, typeConceptId: number): LineFacts {
    let byLine = this.templates.get(resolution);
    if (!byLine) this.templates.set(resolution, (byLine = new Map<string, LineTemplate>()));
    let id = prepared.quantity > 1 ? String(prepared.quantity) : '';
    if (prepared.endDate) id += '>';
    for (const m of prepared.modifiers) id += `|${m.text}`;
    let template = byLine.get(id);
    if (!template) {
      template = lineTemplate(prepared, resolution, modifierConcepts, this.rules);
      byLine.set(id, template);
    }
    return applyTemplate(prepared, template, typeConceptId);
  }
}

function sortFlags(flags: Iterable<ClaimFlag>): ClaimFlag[] {
  const set = new Set(flags);
  return FLAG_ORDER.filter((flag) => set.has(flag));
}

function addFlag(outcome: ClaimLineOutcome, flag: ClaimFlag, message: string): void {
  outcome.flags = sortFlags([...outcome.flags, flag]);
  outcome.messages = [...outcome.messages, message];
}

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
    const hasPrimary = lines.some((other) => other !== facts && other.prepared.key.vocabularyId === vocabularyId && primaries.has(other.prepared.key.conceptCode));
    if (!hasPrimary) {
      const where = facts.prepared.line.encounterId !== null ? `encounter ${facts.prepared.line.encounterId}` : `the person's lines on ${facts.prepared.line.dateOfService}`;
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
      addFlag(facts.outcome, 'REPEATED_PLANNING', `${key.conceptCode} was already reported in course ${courseId} on line ${first.lineNumber} (${first.date}); it is billed once per course`);
    } else course.set(id, { lineNumber: facts.prepared.line.lineNumber, date: key.date });
  }
}

/** Counts of a run: lines by status, rows, and lines per flag. */
export class SummaryCounter {
  lines = 0;
  mapped = 0;
  unmapped = 0;
  rejected = 0;
  rows = 0;
  private readonly flagCounts = new Map<ClaimFlag, number>();
  private readonly tableCounts = new Map<CdmTable, number>();

  add(outcome: ClaimLineOutcome): void {
    this.lines += 1;
    if (outcome.status === 'MAPPED') this.mapped += 1;
    else if (outcome.status === 'UNMAPPED') this.unmapped += 1;
    else this.rejected += 1;
    this.rows += outcome.rows.length;
    for (const row of outcome.rows) this.tableCounts.set(row.cdmTable, (this.tableCounts.get(row.cdmTable) ?? 0) + 1);
    for (const flag of outcome.flags) this.flagCounts.set(flag, (this.flagCounts.get(flag) ?? 0) + 1);
  }

  summary(): ClaimSummary {
    return {
      lines: this.lines,
      mapped: this.mapped,
      unmapped: this.unmapped,
      rejected: this.rejected,
      rows: this.rows,
      flags: FLAG_ORDER.filter((flag) => this.flagCounts.has(flag)).map((flag) => ({ flag, count: this.flagCounts.get(flag)! })),
      tables: CDM_TABLES.filter((table) => this.tableCounts.has(table)).map((table) => ({ table, rows: this.tableCounts.get(table)! })),
    };
  }
}

export interface ClaimSummary {
  lines: number;
  mapped: number;
  unmapped: number;
  rejected: number;
  rows: number;
  flags: { flag: ClaimFlag; count: number }[];
  /** Rows per CDM table, in CDM_TABLES order; tables without rows are left out. */
  tables: { table: CdmTable; rows: number }[];
}
