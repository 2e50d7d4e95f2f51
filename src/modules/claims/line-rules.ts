/**
 * One claim line with what the graph says about its code (a ClaimCodeResolution): its OMOP rows,
 * flags and messages. Pure: the billing facts come from BillingRules, the graph facts from the
 * resolution.
 */
import type { CdmTable, ClaimFlag, LineStatus } from '../../generated/enums.js';
import { cdmTableOf } from './cdm-rows.js';
import type { BillingRules, Component } from './billing-rules.js';
import type { ClaimCodeResolution, ClaimSuccessor, ModifierConcept } from './claim-code-source.js';
import { sortFlags, type ClaimLineOutcome, type OccurrenceRow } from './claim-line.js';
import type { PreparedLine } from './line-input.js';

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
        (prepared.endDate ? '' : "; procedureEndDate (the last of the five) is filled from the line's dateOfServiceEnd, which this line does not give"),
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
      const where =
        state.setting === 'HOPPS'
          ? ` in hospital outpatient departments (Medicare's HOPPS${key.payer === null ? ', assumed: the payer is not given' : ''})`
          : '';
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
