/**
 * The curated code history as the lineage module holds it in memory (plain objects, dates as
 * YYYY-MM-DD strings), and the records its GraphQL types map to.
 */
import type { CodeKey } from '../../graph/code.js';
import type { Payer, SiteOfService } from '../../generated/enums.js';

export type ChangeKindValue = 'added' | 'revised' | 'deleted' | 'replaced' | 'bundled';
/** The Medicare payment system a fact is specific to: MPFS (physician offices), HOPPS (hospitals), all, or null. */
export type Setting = 'MPFS' | 'HOPPS' | 'all' | null;
/** The site of service as the SDL names it. */
export type Site = SiteOfService;
/** Who pays the claim: Medicare, or any other payer (commercial, Medicaid, ...). */
export type { Payer };

/** One code named by a change event, with the meaning or part of it that is meant. */
export interface ChangeEndRecord extends CodeKey {
  meaningAsOf: string | null;
  component: string | null;
  qualifier: string | null;
}

export interface ChangeTargetRecord extends ChangeEndRecord {
  condition: string | null;
  setting: Setting;
}

export interface ChangeEventRecord {
  changeId: string;
  effectiveDate: string;
  kind: ChangeKindValue;
  authority: string | null;
  summary: string;
  sources: string[];
  confidence: string | null;
  note: string | null;
  from: ChangeEndRecord[];
  to: ChangeTargetRecord[];
}

export interface CodeVersionRecord extends CodeKey {
  validFrom: string;
  validTo: string | null;
  meaning: string;
  setting: Setting;
  sources: string[];
  confidence: string;
  note: string | null;
}

/**
 * Every change event and code version of the graph (the curated history: tens of nodes, read
 * once per request), with the criteria each delivery level stands for.
 */
export interface CodeHistory {
  events: ChangeEventRecord[];
  versions: CodeVersionRecord[];
  /** Level id -> ids of the criteria it requires (all and any). */
  levelCriteria: ReadonlyMap<string, readonly string[]>;
  criterionIds: ReadonlySet<string>;
}

export interface ComponentsRecord {
  professional: boolean | null;
  technical: boolean | null;
  global: boolean | null;
  sources: string[];
  confidence: string;
  note: string | null;
}

export interface ComponentChangeRecord {
  effectiveDate: string;
  component: string;
  change: string;
  into: CodeKey[];
  statusIndicator: string | null;
  /** MPFS, HOPPS or all: where the change holds. */
  setting: string;
  sources: string[];
  note: string | null;
}

/** A code's curated billing profile as stored (components before any change). */
export interface StoredProfileRecord {
  family: string;
  frequency: string;
  addOn: boolean | null;
  addOnKind: string | null;
  primaryCodes: CodeKey[];
  components: ComponentsRecord;
  componentChanges: ComponentChangeRecord[];
  pitfalls: string[];
  sources: string[];
  confidence: string;
  note: string | null;
}

/** The BillingProfile GraphQL type: a profile as in force on a date. */
export type BillingProfileRecord = StoredProfileRecord;

/** What the graph knows of one code apart from its history. */
export interface CodeFacts {
  code: CodeKey;
  /** A concept carries the code. */
  hasConcept: boolean;
  /** The curated history names the code but no concept carries it (a (:Code) stand-in). */
  hasStandIn: boolean;
  conceptName: string | null;
  validStartDate: string | null;
  validEndDate: string | null;
  familyId: string | null;
  familyName: string | null;
  profile: StoredProfileRecord | null;
}

export interface SuccessorRecord {
  code: CodeKey;
  effectiveDate: string;
  condition: string | null;
  /** The criteria the condition stands for. */
  criterionIds: string[];
  setting: Setting;
  changeId: string;
}

export interface CodeOnDateRecord {
  code: CodeKey;
  date: string;
  known: boolean;
  valid: boolean;
  meaning: string | null;
  validFrom: string | null;
  validTo: string | null;
  family: string | null;
  familyName: string | null;
  billingProfile: BillingProfileRecord | null;
  successors: SuccessorRecord[];
  equivalentsAtSite: SuccessorRecord[];
  confidence: string | null;
  note: string | null;
  sources: string[];
  /** The payer asked about (null: unknown). */
  payer: Payer | null;
  /** Which payer's coding the answer assumes, when the payer is unknown and it matters; a replaced use. */
  warnings: string[];
  /** Uses of the code (a qualifier of a REPLACED event: 77014 for localization) replaced by the date. */
  replacedUses: ChangeEventRecord[];
}

export type WalkDirection = 'PREDECESSORS' | 'SUCCESSORS';

export interface LineageStepRecord {
  from: CodeKey;
  to: CodeKey;
  effectiveDate: string;
  kind: ChangeKindValue;
  condition: string | null;
  setting: Setting;
  authority: string | null;
  sources: string[];
  confidence: string | null;
  note: string | null;
  changeId: string;
  generation: number;
  direction: WalkDirection;
}

export interface LineageRecord {
  code: CodeKey;
  steps: LineageStepRecord[];
  mermaid: string;
  dot: string;
}

export function sameCode(a: CodeKey, b: CodeKey): boolean {
  return a.vocabularyId === b.vocabularyId && a.conceptCode === b.conceptCode;
}

/** The site of service a payment-system setting stands for; null for all or none. */
export function siteOfSetting(setting: Setting): Site | null {
  if (setting === 'MPFS') return 'PHYSICIAN_OFFICE';
  if (setting === 'HOPPS') return 'HOSPITAL_OUTPATIENT';
  return null;
}

/**
 * Does a fact specific to one of Medicare's payment systems (`setting`) apply to a claim at
 * `site` paid by `payer`? From 2015 to 2025 the G-codes (MPFS) were Medicare's coding for
 * physician offices and the CPT delivery codes (HOPPS) its coding for hospitals; other payers
 * took the CPT codes at every site (the pack's 2015 events say so in their notes). So:
 * - Medicare: a fact applies at its own site only;
 * - another payer: the CPT codes apply everywhere, the G-codes nowhere;
 * - payer unknown: what some payer's coding allows there (the CPT codes everywhere, the G-codes
 *   in offices only), so that no CPT code is called invalid for lack of a G-code;
 * - no site and no payer: everything applies.
 */
export function appliesTo(setting: Setting, site: Site | null, payer: Payer | null): boolean {
  const own = siteOfSetting(setting);
  if (own === null) return true;
  if (payer === 'OTHER') return setting !== 'MPFS';
  if (site === null) return true;
  if (payer === 'MEDICARE') return own === site;
  return own === site || setting === 'HOPPS';
}

/**
 * Does a component change hold for a line at `site` paid by `payer`? One for all settings always
 * does; one of a Medicare payment system (HOPPS packaging, say) only at its own site, and not
 * for another payer, whose rules the pack does not hold.
 */
export function changeApplies(setting: Setting, site: Site | null, payer: Payer | null): boolean {
  const own = siteOfSetting(setting);
  return own === null || (own === site && payer !== 'OTHER');
}

/** Does a fact specific to `setting` apply at `site`? (Everything applies when no site is given.) */
export function appliesAtSite(setting: Setting, site: Site | null): boolean {
  const own = siteOfSetting(setting);
  return site === null || own === null || own === site;
}
