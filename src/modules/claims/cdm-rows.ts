/**
 * Which OMOP CDM v5.4 table a mapped claim line goes to, and the row in that table's own
 * columns. Pure.
 *
 * OMOP ETL conventions route a record by the domain of its standard concept, not by the
 * vocabulary of its source code: a HCPCS brachytherapy source (Device) goes to DEVICE_EXPOSURE,
 * a CPT Category II code (Observation) to OBSERVATION. A row with no standard concept (0) goes by
 * the domain of its source concept, and to PROCEDURE_OCCURRENCE when no concept carries the code
 * (a claim line reports a procedure). A domain with no event table here (Condition, Visit, ...)
 * goes to OBSERVATION, the CDM's table for facts no other table holds, and the line says so.
 */
import type { CdmTable } from '../../generated/enums.js';
import type { OccurrenceRow } from './claim-line.js';

/** The tables rows go to, in the order summaries and files list them. */
export const CDM_TABLES: readonly CdmTable[] = ['PROCEDURE_OCCURRENCE', 'DEVICE_EXPOSURE', 'OBSERVATION', 'MEASUREMENT', 'DRUG_EXPOSURE'];

const TABLE_OF_DOMAIN: Readonly<Record<string, CdmTable>> = {
  Procedure: 'PROCEDURE_OCCURRENCE',
  Device: 'DEVICE_EXPOSURE',
  Observation: 'OBSERVATION',
  Measurement: 'MEASUREMENT',
  Drug: 'DRUG_EXPOSURE',
};

/** The table of a domain; `fallback` is true when the domain has no table of its own here. */
export function cdmTableOf(domainId: string | null): { table: CdmTable; fallback: boolean } {
  if (domainId === null) return { table: 'PROCEDURE_OCCURRENCE', fallback: false };
  const table = TABLE_OF_DOMAIN[domainId];
  return table ? { table, fallback: false } : { table: 'OBSERVATION', fallback: true };
}

type Cell = string | number | null;

/**
 * Each table's columns as CDM v5.4 names them, in its order, and how a claim row fills them.
 * Columns a claim line cannot fill (ids the CDM's loader assigns, datetimes, values, units,
 * visit details) are written empty. `quantity` has no column in OBSERVATION or MEASUREMENT.
 */
const COLUMNS: Readonly<Record<CdmTable, readonly (readonly [string, (row: OccurrenceRow) => Cell])[]>> = {
  PROCEDURE_OCCURRENCE: [
    ['procedure_occurrence_id', () => null],
    ['person_id', (r) => r.personId],
    ['procedure_concept_id', (r) => r.procedureConceptId],
    ['procedure_date', (r) => r.procedureDate],
    ['procedure_datetime', () => null],
    ['procedure_end_date', (r) => r.procedureEndDate],
    ['procedure_end_datetime', () => null],
    ['procedure_type_concept_id', (r) => r.procedureTypeConceptId],
    ['modifier_concept_id', (r) => r.modifierConceptId],
    ['quantity', (r) => r.quantity],
    ['provider_id', (r) => r.providerId],
    ['visit_occurrence_id', (r) => r.visitOccurrenceId],
    ['visit_detail_id', () => null],
    ['procedure_source_value', (r) => r.procedureSourceValue],
    ['procedure_source_concept_id', (r) => r.procedureSourceConceptId],
    ['modifier_source_value', (r) => r.modifierSourceValue],
  ],
  DEVICE_EXPOSURE: [
    ['device_exposure_id', () => null],
    ['person_id', (r) => r.personId],
    ['device_concept_id', (r) => r.procedureConceptId],
    ['device_exposure_start_date', (r) => r.procedureDate],
    ['device_exposure_start_datetime', () => null],
    ['device_exposure_end_date', (r) => r.procedureEndDate],
    ['device_exposure_end_datetime', () => null],
    ['device_type_concept_id', (r) => r.procedureTypeConceptId],
    ['unique_device_id', () => null],
    ['production_id', () => null],
    ['quantity', (r) => r.quantity],
    ['provider_id', (r) => r.providerId],
    ['visit_occurrence_id', (r) => r.visitOccurrenceId],
    ['visit_detail_id', () => null],
    ['device_source_value', (r) => r.procedureSourceValue],
    ['device_source_concept_id', (r) => r.procedureSourceConceptId],
    ['unit_concept_id', () => null],
    ['unit_source_value', () => null],
    ['unit_source_concept_id', () => null],
  ],
  OBSERVATION: [
    ['observation_id', () => null],
    ['person_id', (r) => r.personId],
    ['observation_concept_id', (r) => r.procedureConceptId],
    ['observation_date', (r) => r.procedureDate],
    ['observation_datetime', () => null],
    ['observation_type_concept_id', (r) => r.procedureTypeConceptId],
    ['value_as_number', () => null],
    ['value_as_string', () => null],
    ['value_as_concept_id', () => null],
    // The modifier qualifies the observation, as it does a procedure.
    ['qualifier_concept_id', (r) => r.modifierConceptId],
    ['unit_concept_id', () => null],
    ['provider_id', (r) => r.providerId],
    ['visit_occurrence_id', (r) => r.visitOccurrenceId],
    ['visit_detail_id', () => null],
    ['observation_source_value', (r) => r.procedureSourceValue],
    ['observation_source_concept_id', (r) => r.procedureSourceConceptId],
    ['unit_source_value', () => null],
    ['qualifier_source_value', (r) => r.modifierSourceValue],
    ['value_source_value', () => null],
    ['observation_event_id', () => null],
    ['obs_event_field_concept_id', () => null],
  ],
  MEASUREMENT: [
    ['measurement_id', () => null],
    ['person_id', (r) => r.personId],
    ['measurement_concept_id', (r) => r.procedureConceptId],
    ['measurement_date', (r) => r.procedureDate],
    ['measurement_datetime', () => null],
    ['measurement_time', () => null],
    ['measurement_type_concept_id', (r) => r.procedureTypeConceptId],
    ['operator_concept_id', () => null],
    ['value_as_number', () => null],
    ['value_as_concept_id', () => null],
    ['unit_concept_id', () => null],
    ['range_low', () => null],
    ['range_high', () => null],
    ['provider_id', (r) => r.providerId],
    ['visit_occurrence_id', (r) => r.visitOccurrenceId],
    ['visit_detail_id', () => null],
    ['measurement_source_value', (r) => r.procedureSourceValue],
    ['measurement_source_concept_id', (r) => r.procedureSourceConceptId],
    ['unit_source_value', () => null],
    ['unit_source_concept_id', () => null],
    ['value_source_value', () => null],
    ['measurement_event_id', () => null],
    ['meas_event_field_concept_id', () => null],
  ],
  DRUG_EXPOSURE: [
    ['drug_exposure_id', () => null],
    ['person_id', (r) => r.personId],
    ['drug_concept_id', (r) => r.procedureConceptId],
    ['drug_exposure_start_date', (r) => r.procedureDate],
    ['drug_exposure_start_datetime', () => null],
    // Required by the CDM: a single administration ends the day it starts.
    ['drug_exposure_end_date', (r) => r.procedureEndDate ?? r.procedureDate],
    ['drug_exposure_end_datetime', () => null],
    ['verbatim_end_date', (r) => r.procedureEndDate],
    ['drug_type_concept_id', (r) => r.procedureTypeConceptId],
    ['stop_reason', () => null],
    ['refills', () => null],
    ['quantity', (r) => r.quantity],
    ['days_supply', () => null],
    ['sig', () => null],
    ['route_concept_id', () => null],
    ['lot_number', () => null],
    ['provider_id', (r) => r.providerId],
    ['visit_occurrence_id', (r) => r.visitOccurrenceId],
    ['visit_detail_id', () => null],
    ['drug_source_value', (r) => r.procedureSourceValue],
    ['drug_source_concept_id', (r) => r.procedureSourceConceptId],
    ['route_source_value', () => null],
    ['dose_unit_source_value', () => null],
  ],
};

/** A table's column names, CDM v5.4 order. */
export function cdmColumnNames(table: CdmTable): string[] {
  return COLUMNS[table].map(([name]) => name);
}

/** The row in its table's columns, CDM v5.4 order; null where the claim line gives no value. */
export function cdmColumns(row: OccurrenceRow): { name: string; value: Cell }[] {
  return COLUMNS[row.cdmTable].map(([name, value]) => ({ name, value: value(row) }));
}

/** The columns of SOURCE_TO_CONCEPT_MAP (CDM v5.4), in order. */
export const SOURCE_TO_CONCEPT_MAP_COLUMNS = [
  'source_code',
  'source_concept_id',
  'source_vocabulary_id',
  'source_code_description',
  'target_concept_id',
  'target_vocabulary_id',
  'valid_start_date',
  'valid_end_date',
  'invalid_reason',
] as const;
