/**
 * Claim files in and PROCEDURE_OCCURRENCE files out, as streams: CSV (a header naming the
 * ClaimLineInput fields, camelCase or snake_case, any case) or JSON Lines in; CSV or JSON Lines
 * out. A line that cannot be read becomes a ClaimLine carrying its input problems, so the rules
 * reject it in its place.
 */
import type { Readable } from 'node:stream';
import type { Payer, SiteOfService } from '../../generated/enums.js';
import type { ClaimLine, ClaimLineOutcome } from './claim-line.js';

export type ClaimFileFormat = 'csv' | 'jsonl';

type Field =
  | 'lineId'
  | 'personId'
  | 'encounterId'
  | 'courseId'
  | 'code'
  | 'modifiers'
  | 'dateOfService'
  | 'dateOfServiceEnd'
  | 'units'
  | 'siteOfService'
  | 'payer'
  | 'procedureTypeConceptId'
  | 'visitOccurrenceId'
  | 'providerId';
const FIELDS: readonly Field[] = [
  'lineId',
  'personId',
  'encounterId',
  'courseId',
  'code',
  'modifiers',
  'dateOfService',
  'dateOfServiceEnd',
  'units',
  'siteOfService',
  'payer',
  'procedureTypeConceptId',
  'visitOccurrenceId',
  'providerId',
];
const BY_NAME = new Map(FIELDS.map((field) => [field.toLowerCase(), field]));
const SITES = new Set<string>(['PHYSICIAN_OFFICE', 'HOSPITAL_OUTPATIENT']);
const PAYERS = new Set<string>(['MEDICARE', 'OTHER']);

/** lineId, line_id, LINE_ID and Line Id all name the field lineId; unknown names give undefined. */
export function fieldOf(name: string): Field | undefined {
  return BY_NAME.get(name.replace(/[\s_-]/g, '').toLowerCase());
}

export function formatOf(path: string): ClaimFileFormat {
  return /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}

type RawValue = string | number | readonly unknown[] | null | undefined;

/** A raw value as text; empty and missing values are null. */
function text(value: RawValue): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

const WHOLE_NUMBER = /^\s*-?\d+\s*$/;
const MODIFIER_SEPARATORS = /[\s,;|]+/;

/**
 * A claim line from named raw values (CSV cells or JSON members). Run once per line of a file:
 * it declares no function of its own (each would be a new closure per line).
 */
export function toClaimLine(lineNumber: number, raw: Partial<Record<Field, RawValue>>, problems: string[] = []): ClaimLine {
  let units: number | null = null;
  const unitsText = text(raw.units);
  if (unitsText !== null && WHOLE_NUMBER.test(unitsText)) units = Number(unitsText);
  else if (unitsText !== null) problems.push(`units '${unitsText}' is not a whole number`);
  const site = text(raw.siteOfService);
  if (site !== null && !SITES.has(site.toUpperCase())) problems.push(`site of service '${site}' is not PHYSICIAN_OFFICE or HOSPITAL_OUTPATIENT`);
  const payer = text(raw.payer);
  if (payer !== null && !PAYERS.has(payer.toUpperCase())) problems.push(`payer '${payer}' is not MEDICARE or OTHER (leave it empty when unknown)`);
  const modifiers = Array.isArray(raw.modifiers) ? raw.modifiers.map(String) : modifierList(text(raw.modifiers));
  return {
    lineNumber,
    lineId: text(raw.lineId),
    personId: text(raw.personId),
    encounterId: text(raw.encounterId),
    courseId: text(raw.courseId),
    code: text(raw.code) ?? '',
    modifiers,
    dateOfService: (text(raw.dateOfService) ?? '').trim(),
    units,
    siteOfService: site !== null && SITES.has(site.toUpperCase()) ? (site.toUpperCase() as SiteOfService) : null,
    payer: payer !== null && PAYERS.has(payer.toUpperCase()) ? (payer.toUpperCase() as Payer) : null,
    procedureTypeConceptId: text(raw.procedureTypeConceptId)?.trim() ?? null,
    dateOfServiceEnd: text(raw.dateOfServiceEnd)?.trim() ?? null,
    visitOccurrenceId: text(raw.visitOccurrenceId),
    providerId: text(raw.providerId),
    ...(problems.length ? { inputProblems: problems } : {}),
  };
}

/** Modifiers written in one cell: separated by spaces, commas, semicolons or bars. */
function modifierList(cell: string | null): string[] {
  if (cell === null) return [];
  const modifiers: string[] = [];
  for (const modifier of cell.split(MODIFIER_SEPARATORS)) if (modifier !== '') modifiers.push(modifier);
  return modifiers;
}

export class ClaimFileError extends Error {}

/**
 * Splits CSV text into records (RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF,
 * newlines inside quoted fields). Hand-written rather than csv-parse, which read about 50,000
 * rows/s on the two-core machine of the benchmarks, half the command's target: this one
 * splits unquoted lines directly and only walks quoted ones character by character.
 */
export class CsvSplitter {
  private rest = '';
  private line = 0;

  /** Complete records in `text` (after what came before), each with the file line it starts on. */
  push(text: string, final = false): { record: string[]; line: number }[] {
    const data = this.rest + text;
    const records: { record: string[]; line: number }[] = [];
    let start = 0;
    while (start < data.length) {
      let end = data.indexOf('\n', start);
      if (end === -1) {
        if (!final) break;
        end = data.length;
      }
      let raw = data.slice(start, end);
      let next = end + 1;
      // A quoted field may hold newlines: take lines until the quotes balance.
      let lines = 1;
      while (countQuotes(raw) % 2 === 1) {
        const more = data.indexOf('\n', next);
        if (more === -1 && !final) {
          this.rest = data.slice(start);
          return records;
        }
        const stop = more === -1 ? data.length : more;
        raw += `\n${data.slice(next, stop)}`;
        next = stop + 1;
        lines += 1;
        if (more === -1) break;
      }
      const startLine = this.line + 1;
      this.line += lines;
      start = next;
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      if (raw === '') continue;
      records.push({ record: raw.includes('"') ? splitQuoted(raw) : raw.split(','), line: startLine });
    }
    this.rest = start < data.length ? data.slice(start) : '';
    return records;
  }
}

function countQuotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count += 1;
  return count;
}

function splitQuoted(line: string): string[] {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let field = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote === -1) {
          field += line.slice(from);
          at = line.length;
          break;
        }
        field += line.slice(from, quote);
        if (line[quote + 1] === '"') {
          field += '"';
          from = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the comma is kept, as lenient readers do.
      const comma = line.indexOf(',', at);
      field += line.slice(at, comma === -1 ? line.length : comma);
      fields.push(field);
      if (comma === -1) return fields;
      at = comma + 1;
    } else {
      const comma = line.indexOf(',', at);
      fields.push(line.slice(at, comma === -1 ? line.length : comma));
      if (comma === -1) return fields;
      at = comma + 1;
    }
  }
}

/** Claim lines of a CSV file, a batch per chunk read; `lineNumber` is the line in the file (the header is line 1). */
export async function* readCsvClaims(input: Readable): AsyncGenerator<ClaimLine[]> {
  input.setEncoding('utf8');
  const splitter = new CsvSplitter();
  let header: (Field | undefined)[] | undefined;
  const toLines = (records: { record: string[]; line: number }[]): ClaimLine[] => {
    const lines: ClaimLine[] = [];
    for (const { record, line } of records) {
      if (!header) {
        const names = record.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
        header = names.map(fieldOf);
        const unknown = names.filter((_name, i) => !header![i]);
        if (!header.includes('code') || !header.includes('dateOfService')) {
          throw new ClaimFileError(`the header must name the columns code and date_of_service (found: ${names.join(', ')})`);
        }
        if (unknown.length) throw new ClaimFileError(`unknown columns ${unknown.join(', ')}; known: ${FIELDS.join(', ')} (or snake_case)`);
        continue;
      }
      const raw: Partial<Record<Field, string>> = {};
      for (let i = 0; i < header.length; i++) raw[header[i]!] = record[i];
      const problems = record.length !== header.length ? [`expected ${header.length} columns, got ${record.length}`] : [];
      lines.push(toClaimLine(line, raw, problems));
    }
    return lines;
  };
  for await (const text of input as AsyncIterable<string>) {
    const lines = toLines(splitter.push(text));
    if (lines.length) yield lines;
  }
  const last = toLines(splitter.push('', true));
  if (last.length) yield last;
}

/** Claim lines of a JSON Lines file (one object per line; blank lines skipped), a batch per chunk read. */
export async function* readJsonlClaims(input: Readable): AsyncGenerator<ClaimLine[]> {
  input.setEncoding('utf8');
  let rest = '';
  let lineNumber = 0;
  const toLines = (texts: string[]): ClaimLine[] => {
    const lines: ClaimLine[] = [];
    for (const text of texts) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        lines.push(toClaimLine(lineNumber, {}, [`not JSON: ${(error as Error).message}`]));
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        lines.push(toClaimLine(lineNumber, {}, ['not a JSON object']));
        continue;
      }
      const raw: Partial<Record<Field, RawValue>> = {};
      const problems: string[] = [];
      for (const [name, member] of Object.entries(value)) {
        const field = fieldOf(name);
        if (field) raw[field] = member as RawValue;
        else problems.push(`unknown member '${name}'`);
      }
      lines.push(toClaimLine(lineNumber, raw, problems));
    }
    return lines;
  };
  for await (const text of input as AsyncIterable<string>) {
    const parts = (rest + text).split('\n');
    rest = parts.pop() ?? '';
    const lines = toLines(parts);
    if (lines.length) yield lines;
  }
  const last = toLines(rest === '' ? [] : [rest]);
  if (last.length) yield last;
}

/** The columns of the rows file: every row of every table, in PROCEDURE_OCCURRENCE's names, with its table and the line's outcome. */
export const OUTPUT_COLUMNS = [
  'cdm_table',
  'person_id',
  'procedure_concept_id',
  'procedure_date',
  'procedure_end_date',
  'procedure_type_concept_id',
  'quantity',
  'modifier_concept_id',
  'procedure_source_value',
  'procedure_source_concept_id',
  'modifier_source_value',
  'visit_occurrence_id',
  'provider_id',
  'domain_id',
  'line_number',
  'line_id',
  'status',
  'flags',
] as const;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return `${OUTPUT_COLUMNS.join(',')}\n`;
}

/** The rows of mapped and unmapped lines (rejected lines have none), as CSV or JSON Lines text. */
export function formatRows(outcomes: readonly ClaimLineOutcome[], format: ClaimFileFormat): string {
  let out = '';
  for (const o of outcomes) {
    for (const r of o.rows) {
      if (format === 'csv') {
        out +=
          `${r.cdmTable},${csvCell(r.personId)},${r.procedureConceptId},${r.procedureDate},${r.procedureEndDate ?? ''},${r.procedureTypeConceptId},${r.quantity},` +
          `${r.modifierConceptId},${csvCell(r.procedureSourceValue)},${r.procedureSourceConceptId},${csvCell(r.modifierSourceValue)},` +
          `${csvCell(r.visitOccurrenceId)},${csvCell(r.providerId)},${csvCell(r.domainId)},${o.lineNumber},${csvCell(o.lineId)},${o.status},${o.flags.join('|')}\n`;
      } else {
        out += `${JSON.stringify({
          cdm_table: r.cdmTable,
          person_id: r.personId,
          procedure_concept_id: r.procedureConceptId,
          procedure_date: r.procedureDate,
          procedure_end_date: r.procedureEndDate,
          procedure_type_concept_id: r.procedureTypeConceptId,
          quantity: r.quantity,
          modifier_concept_id: r.modifierConceptId,
          procedure_source_value: r.procedureSourceValue,
          procedure_source_concept_id: r.procedureSourceConceptId,
          modifier_source_value: r.modifierSourceValue,
          visit_occurrence_id: r.visitOccurrenceId,
          provider_id: r.providerId,
          domain_id: r.domainId,
          line_number: o.lineNumber,
          line_id: o.lineId,
          status: o.status,
          flags: o.flags,
          messages: o.messages,
        })}\n`;
      }
    }
  }
  return out;
}

/** Rejected lines as tab-separated text: line number, line id, reasons. */
export function formatRejects(outcomes: readonly ClaimLineOutcome[]): string {
  let out = '';
  for (const o of outcomes) {
    if (o.status === 'REJECTED') out += `${o.lineNumber}\t${o.lineId ?? ''}\t${o.messages.join('; ').replace(/[\t\n]/g, ' ')}\n`;
  }
  return out;
}
