/**
 * Claim files in and PROCEDURE_OCCURRENCE files out, as streams: CSV (a header naming the
 * ClaimLineInput fields, camelCase or snake_case, any case) or JSON Lines in; CSV or JSON Lines
 * out. A line that cannot be read becomes a ClaimLine carrying its input problems, so the rules
 * reject it in its place.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { SiteOfService } from '../../generated/graphql.js';
import type { ClaimLine, ClaimLineOutcome } from './claim-rules.js';

export type ClaimFileFormat = 'csv' | 'jsonl';

type Field = 'lineId' | 'personId' | 'encounterId' | 'courseId' | 'code' | 'modifiers' | 'dateOfService' | 'units' | 'siteOfService';
const FIELDS: readonly Field[] = ['lineId', 'personId', 'encounterId', 'courseId', 'code', 'modifiers', 'dateOfService', 'units', 'siteOfService'];
const BY_NAME = new Map(FIELDS.map((field) => [field.toLowerCase(), field]));
const SITES = new Set<string>(['PHYSICIAN_OFFICE', 'HOSPITAL_OUTPATIENT']);

/** lineId, line_id, LINE_ID and Line Id all name the field lineId; unknown names give undefined. */
export function fieldOf(name: string): Field | undefined {
  return BY_NAME.get(name.replace(/[\s_-]/g, '').toLowerCase());
}

export function formatOf(path: string): ClaimFileFormat {
  return /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv';
}

type RawValue = string | number | readonly unknown[] | null | undefined;

/** A claim line from named raw values (CSV cells or JSON members). */
export function toClaimLine(lineNumber: number, raw: Partial<Record<Field, RawValue>>, problems: string[] = []): ClaimLine {
  const text = (value: RawValue): string | null => (value === null || value === undefined || value === '' ? null : String(value));
  let units: number | null = null;
  const unitsText = text(raw.units as RawValue);
  if (unitsText !== null) {
    units = Number(unitsText);
    if (!/^\s*-?\d+\s*$/.test(unitsText)) problems.push(`units '${unitsText}' is not a whole number`);
  }
  const site = text(raw.siteOfService as RawValue);
  if (site !== null && !SITES.has(site.toUpperCase())) problems.push(`site of service '${site}' is not PHYSICIAN_OFFICE or HOSPITAL_OUTPATIENT`);
  const modifiers = Array.isArray(raw.modifiers)
    ? raw.modifiers.map(String)
    : (text(raw.modifiers as RawValue) ?? '').split(/[\s,;|]+/).filter((m) => m !== '');
  return {
    lineNumber,
    lineId: text(raw.lineId as RawValue),
    personId: text(raw.personId as RawValue),
    encounterId: text(raw.encounterId as RawValue),
    courseId: text(raw.courseId as RawValue),
    code: text(raw.code as RawValue) ?? '',
    modifiers,
    dateOfService: (text(raw.dateOfService as RawValue) ?? '').trim(),
    units: problems.some((p) => p.startsWith('units')) ? null : units,
    siteOfService: site !== null && SITES.has(site.toUpperCase()) ? (site.toUpperCase() as SiteOfService) : null,
    ...(problems.length ? { inputProblems: problems } : {}),
  };
}

export class ClaimFileError extends Error {}

/** Claim lines of a CSV file; `lineNumber` is the line in the file (the header is line 1). */
export async function* readCsvClaims(input: Readable): AsyncGenerator<ClaimLine> {
  const parser = input.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true, info: true }));
  const skipped: { line: number; message: string }[] = [];
  parser.on('skip', (error: Error & { lines?: number }) => skipped.push({ line: error.lines ?? 0, message: error.message }));
  let header: (Field | undefined)[] | undefined;
  for await (const { record: row, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length) {
      const skip = skipped.shift()!;
      yield toClaimLine(skip.line, {}, [`cannot read the line: ${skip.message}`]);
    }
    if (!header) {
      header = row.map(fieldOf);
      const unknown = row.filter((name, i) => !header![i]);
      if (!header.includes('code') || !header.includes('dateOfService')) {
        throw new ClaimFileError(`the header must name the columns code and date_of_service (found: ${row.join(', ')})`);
      }
      if (unknown.length) throw new ClaimFileError(`unknown columns ${unknown.join(', ')}; known: ${FIELDS.join(', ')} (or snake_case)`);
      continue;
    }
    const raw: Partial<Record<Field, string>> = {};
    for (let i = 0; i < header.length; i++) raw[header[i]!] = row[i];
    const problems = row.length !== header.length ? [`expected ${header.length} columns, got ${row.length}`] : [];
    yield toClaimLine(info.lines, raw, problems);
  }
  while (skipped.length) {
    const skip = skipped.shift()!;
    yield toClaimLine(skip.line, {}, [`cannot read the line: ${skip.message}`]);
  }
}

/** Claim lines of a JSON Lines file (one object per line; blank lines skipped). */
export async function* readJsonlClaims(input: Readable): AsyncGenerator<ClaimLine> {
  let lineNumber = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield toClaimLine(lineNumber, {}, [`not JSON: ${(error as Error).message}`]);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield toClaimLine(lineNumber, {}, ['not a JSON object']);
      continue;
    }
    const raw: Partial<Record<Field, RawValue>> = {};
    const problems: string[] = [];
    for (const [name, member] of Object.entries(value)) {
      const field = fieldOf(name);
      if (field) raw[field] = member as RawValue;
      else problems.push(`unknown member '${name}'`);
    }
    yield toClaimLine(lineNumber, raw, problems);
  }
}

export const OUTPUT_COLUMNS = [
  'person_id',
  'procedure_concept_id',
  'procedure_date',
  'quantity',
  'modifier_concept_id',
  'procedure_source_value',
  'procedure_source_concept_id',
  'modifier_source_value',
  'line_number',
  'line_id',
  'status',
  'flags',
] as const;

function csvCell(value: string | number | null): string {
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
          `${csvCell(r.personId)},${r.procedureConceptId},${r.procedureDate},${r.quantity},${r.modifierConceptId},${csvCell(r.procedureSourceValue)},` +
          `${r.procedureSourceConceptId},${csvCell(r.modifierSourceValue)},${o.lineNumber},${csvCell(o.lineId)},${o.status},${o.flags.join('|')}\n`;
      } else {
        out += `${JSON.stringify({
          person_id: r.personId,
          procedure_concept_id: r.procedureConceptId,
          procedure_date: r.procedureDate,
          quantity: r.quantity,
          modifier_concept_id: r.modifierConceptId,
          procedure_source_value: r.procedureSourceValue,
          procedure_source_concept_id: r.procedureSourceConceptId,
          modifier_source_value: r.modifierSourceValue,
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
