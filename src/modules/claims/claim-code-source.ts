/**
 * Everything the claim rules need from the graph, behind one interface: for a code on a date of
 * service (and a site), its own concept, where 'Maps to' leads, whether it was valid that day,
 * and its successors with the criteria that choose between them; and the concepts of modifiers.
 * The rules (line-rules.ts, cross-line-rules.ts) see only these plain records, never the database.
 */
import type { MappingStatus, Payer, SiteOfService } from '../../generated/enums.js';
import type { SuccessorRecord } from '../lineage/lineage-records.js';

export interface ClaimCodeKey {
  vocabularyId: string;
  conceptCode: string;
  /** Date of service, YYYY-MM-DD. */
  date: string;
  siteOfService: SiteOfService | null;
  /** Who paid: it decides the coding before 2026; null when unknown. */
  payer: Payer | null;
}

export interface ClaimConcept {
  conceptId: number;
  vocabularyId: string;
  conceptCode: string;
  conceptName: string;
  /** The OMOP domain: it decides the CDM table of a row (cdm-rows.ts). */
  domainId: string;
  standardConcept: string | null;
  invalidReason: string | null;
  validStartDate: string | null;
  validEndDate: string | null;
}

/** The terminal status of 'Maps to' resolution, as the mapping module names it. */
export type { MappingStatus };

/** A successor of a code not valid on the date, with the criteria that choose it (the lineage module's record). */
export type ClaimSuccessor = SuccessorRecord;

export interface ClaimCodeResolution {
  /** The source code's own concept, null when no concept carries the code. */
  source: ClaimConcept | null;
  /** null when the source is unknown. */
  status: MappingStatus | null;
  /** Standard concepts the code maps to (several for a one-to-many map); empty unless STANDARD or DEPRECATED_STANDARD. */
  targets: ClaimConcept[];
  /** True when the code was reached through 'Concept replaced by' before 'Maps to'. */
  viaReplacement: boolean;
  /** Valid on the date of service (code versions when the graph has them, else the concept's dates). */
  validOnDate: boolean;
  /** First and last day the code is known valid (null: open or unknown). */
  validFrom: string | null;
  validUntil: string | null;
  /** Successors in force on the date (replacement events effective by then, filtered by site), when not valid. */
  successors: ClaimSuccessor[];
  /** Which payer's coding the validity assumes, when the payer was not given and it matters; a replaced use. */
  warnings: string[];
  /** The code is valid, but its use in this field had been replaced by the date (77014 for localization, 2026). */
  useReplaced: boolean;
}

export interface ModifierConcept {
  conceptId: number;
  vocabularyId: string;
  conceptCode: string;
}

/** A concept a line names as its provenance (procedure_type_concept_id). */
export interface TypeConcept {
  conceptId: number;
  conceptName: string;
  domainId: string;
}

/** What a mapping was made with: every output names it. */
export interface MappingProvenance {
  /** vocabulary_version of the loaded release (VOCABULARY's 'None' row); null when no vocabulary folder was loaded. */
  vocabularyRelease: string | null;
  /** The knowledge pack loaded in the graph (a content hash); null when none was loaded. */
  knowledgePackVersion: string | null;
}

export interface ClaimCodeSource {
  /** One resolution per key, in key order. */
  resolve(keys: readonly ClaimCodeKey[]): Promise<ClaimCodeResolution[]>;
  /** Modifier concepts (classes 'CPT4 Modifier' and 'HCPCS Modifier') by code; absent codes are left out. */
  modifiers(codes: readonly string[]): Promise<Map<string, ModifierConcept>>;
  /** Concepts by id, whatever their domain (the caller checks it is a Type Concept); absent ids are left out. */
  typeConcepts(ids: readonly number[]): Promise<Map<number, TypeConcept>>;
  /** The loaded vocabulary's Type Concept for claims data ('Claim'), the default provenance; null when not loaded. */
  claimTypeConcept(): Promise<TypeConcept | null>;
  provenance(): Promise<MappingProvenance>;
}

export function claimCodeKeyString(key: ClaimCodeKey): string {
  return `${key.vocabularyId}|${key.conceptCode}|${key.date}|${key.siteOfService ?? ''}|${key.payer ?? ''}`;
}
