/**
 * "What did this code mean on that day, and was it in force?" over the curated history held in
 * memory. Pure: unit-tested without a database; the repository feeds it.
 *
 * The rules, in order:
 * - A code with dated versions is in force on a date a version covers. Before its first version
 *   it is not yet in force when an ADDED event created it on that day; otherwise the sources only
 *   attest the meaning from that day, and earlier dates get that meaning with low confidence.
 *   After its last version it is no longer in force.
 * - A code without versions is in force unless a DELETED event on or before the date ended it,
 *   or an ADDED event after the date created it; a vocabulary's validity dates bound it too. One
 *   replaced in a single payment system only (76950 by G6001 under MPFS in 2015) has an unknown
 *   end after that: it answers in force with low confidence and says so.
 * - With a site of service or a payer, a version specific to one of Medicare's payment systems
 *   (2015-2025: G-codes under MPFS, the new CPT delivery codes under HOPPS) is in force as
 *   appliesTo() says: for Medicare at its own site only; for other payers the CPT codes at every
 *   site and the G-codes nowhere; for an unknown payer wherever some payer's coding used it, with
 *   a warning naming the payer whose coding the answer assumes.
 * - Successors of a code not in force follow REPLACED and BUNDLED events, and REVISED ones when a
 *   target's meaning has since changed, until codes in force on the date.
 */
import { nextDay } from '../../dates.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import {
  appliesTo,
  changeApplies,
  sameCode,
  siteOfSetting,
  type BillingProfileRecord,
  type ChangeEventRecord,
  type CodeFacts,
  type CodeHistory,
  type CodeOnDateRecord,
  type CodeVersionRecord,
  type ComponentsRecord,
  type Payer,
  type Setting,
  type Site,
  type StoredProfileRecord,
  type SuccessorRecord,
} from './lineage-records.js';

/** How many replacements are followed to reach codes in force (2014 -> 2015 -> 2026 needs 3). */
const MAX_SUCCESSOR_HOPS = 6;

type Validity =
  | { state: 'valid'; version: CodeVersionRecord | null; confidence: string | null; note: string | null }
  | { state: 'not-yet'; from: string }
  | { state: 'ended'; on: string }
  | { state: 'unknown' };

/** Indexes over the history, built once per batch. */
export class HistoryIndex {
  private readonly versionsByCode = new Map<string, CodeVersionRecord[]>();
  /** Events by the codes on each side, in history order (a batch of many questions asks often). */
  private readonly eventsBySide = { from: new Map<string, ChangeEventRecord[]>(), to: new Map<string, ChangeEventRecord[]>() };

  constructor(readonly history: CodeHistory) {
    for (const event of history.events) {
      for (const side of ['from', 'to'] as const) {
        for (const key of new Set(event[side].map(codeKey))) {
          const list = this.eventsBySide[side].get(key) ?? [];
          list.push(event);
          this.eventsBySide[side].set(key, list);
        }
      }
    }
    for (const version of history.versions) {
      const list = this.versionsByCode.get(codeKey(version)) ?? [];
      list.push(version);
      this.versionsByCode.set(codeKey(version), list);
    }
    for (const list of this.versionsByCode.values()) list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  }

  versions(code: CodeKey): CodeVersionRecord[] {
    return this.versionsByCode.get(codeKey(code)) ?? [];
  }

  eventsFrom(code: CodeKey): ChangeEventRecord[] {
    return this.eventsBySide.from.get(codeKey(code)) ?? [];
  }

  eventsTo(code: CodeKey): ChangeEventRecord[] {
    return this.eventsBySide.to.get(codeKey(code)) ?? [];
  }

  /** Does any history fact name this code? */
  names(code: CodeKey): boolean {
    return this.versions(code).length > 0 || this.eventsFrom(code).length > 0 || this.eventsTo(code).length > 0;
  }

  /** The criteria a change condition stands for: a level's criteria, one criterion, or none (free text). */
  criteriaOf(condition: string | null): string[] {
    if (condition === null) return [];
    const level = this.history.levelCriteria.get(condition);
    if (level) return [...level];
    return this.history.criterionIds.has(condition) ? [condition] : [];
  }

  /** The version whose dates cover `date`. */
  versionOn(code: CodeKey, date: string): CodeVersionRecord | null {
    return this.versions(code).find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo)) ?? null;
  }

  validity(code: CodeKey, date: string, facts: Pick<CodeFacts, 'validStartDate' | 'validEndDate'> | null): Validity {
    const versions = this.versions(code);
    const added = this.eventsTo(code).filter((event) => event.kind === 'added');
    if (versions.length > 0) {
      const version = this.versionOn(code, date);
      if (version) return { state: 'valid', version, confidence: version.confidence, note: version.note };
      const first = versions[0]!;
      if (date < first.validFrom) {
        if (added.some((event) => event.effectiveDate === first.validFrom)) return { state: 'not-yet', from: first.validFrom };
        return {
          state: 'valid',
          version: first,
          confidence: 'low',
          note: `the sources attest this meaning from ${first.validFrom}; the code is older and the same meaning is assumed for earlier dates`,
        };
      }
      const last = versions.at(-1)!;
      return { state: 'ended', on: nextDay(last.validTo ?? date) };
    }
    const deleted = this.eventsFrom(code).filter((event) => event.kind === 'deleted' && event.effectiveDate <= date);
    if (deleted.length > 0) return { state: 'ended', on: deleted.map((event) => event.effectiveDate).sort()[0]! };
    const later = added.filter((event) => event.effectiveDate > date);
    if (later.length > 0 && added.every((event) => event.effectiveDate > date)) return { state: 'not-yet', from: later.map((e) => e.effectiveDate).sort()[0]! };
    if (facts?.validStartDate && date < facts.validStartDate) return { state: 'not-yet', from: facts.validStartDate };
    if (facts?.validEndDate && date > facts.validEndDate) return { state: 'ended', on: nextDay(facts.validEndDate) };
    return { state: 'unknown' };
  }
}

/**
 * The codes that took the place of `start` by `date`, following replacements until codes in
 * force on the date. With a site, targets specific to the other site are left out.
 */
export function successorsOn(index: HistoryIndex, start: CodeKey, date: string, site: Site | null, payer: Payer | null = null): SuccessorRecord[] {
  const found = new Map<string, SuccessorRecord>();
  const visit = (code: CodeKey, since: string | null, hops: number, seen: Set<string>): void => {
    if (hops > MAX_SUCCESSOR_HOPS) return;
    const events = index
      .eventsFrom(code)
      .filter((event) => ['replaced', 'bundled', 'revised'].includes(event.kind))
      .filter((event) => event.effectiveDate <= date && (since === null || event.effectiveDate > since))
      // a component's bundling does not replace the whole code
      .filter((event) => event.from.some((ref) => sameCode(ref, code) && ref.component === null));
    for (const event of events) {
      for (const target of event.to) {
        if (!appliesTo(target.setting, site, payer)) continue;
        const self = sameCode(target, code);
        if (self && event.kind !== 'revised') continue;
        const meaningNow = index.versionOn(target, date);
        const meaningThen = target.meaningAsOf ? index.versionOn(target, target.meaningAsOf) : meaningNow;
        const inForce = index.validity(target, date, null).state !== 'ended' && index.validity(target, date, null).state !== 'not-yet';
        const sameMeaning = meaningThen === meaningNow || (event.kind === 'revised' && self);
        const key = codeKey(target);
        if (inForce && sameMeaning) {
          const id = `${key}|${target.condition ?? ''}`;
          if (!found.has(id)) {
            found.set(id, {
              code: { vocabularyId: target.vocabularyId, conceptCode: target.conceptCode },
              effectiveDate: event.effectiveDate,
              condition: target.condition,
              criterionIds: index.criteriaOf(target.condition),
              setting: target.setting,
              changeId: event.changeId,
            });
          }
        } else if (!seen.has(`${key}|${event.changeId}`)) {
          seen.add(`${key}|${event.changeId}`);
          visit(target, event.effectiveDate, hops + 1, seen);
        }
      }
    }
  };
  visit(start, null, 1, new Set());
  return [...found.values()].sort((a, b) => a.code.conceptCode.localeCompare(b.code.conceptCode) || (a.condition ?? '').localeCompare(b.condition ?? ''));
}

/**
 * The codes used at `site` for the service `code` stands for on `date`: the targets, at that
 * site, of the events that made `code` (or an earlier meaning of it) a successor.
 */
export function equivalentsAtSite(index: HistoryIndex, code: CodeKey, date: string, site: Site): SuccessorRecord[] {
  const found = new Map<string, SuccessorRecord>();
  const introducing = index.eventsTo(code).filter((event) => (event.kind === 'replaced' || event.kind === 'revised') && event.effectiveDate <= date);
  for (const event of introducing) {
    for (const predecessor of event.from) {
      for (const sibling of index.eventsFrom(predecessor)) {
        if ((sibling.kind !== 'replaced' && sibling.kind !== 'revised') || sibling.effectiveDate !== event.effectiveDate) continue;
        for (const target of sibling.to) {
          // a target not specific to a setting is used where its meaning on the date is in force
          const setting = target.setting ?? index.versionOn(target, date)?.setting ?? null;
          if (sameCode(target, code) || siteOfSetting(setting) !== site) continue;
          const id = `${codeKey(target)}|${target.condition ?? ''}`;
          if (!found.has(id)) {
            found.set(id, {
              code: { vocabularyId: target.vocabularyId, conceptCode: target.conceptCode },
              effectiveDate: sibling.effectiveDate,
              condition: target.condition,
              criterionIds: index.criteriaOf(target.condition),
              setting,
              changeId: sibling.changeId,
            });
          }
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.code.conceptCode.localeCompare(b.code.conceptCode));
}

/**
 * The profile as in force on `date`: component changes dated on or before it applied in date
 * order, and only the primary codes `inForce` accepts on that date (77385/77386 stop being
 * primary codes of 77387 when they are deleted).
 */
export function profileOn(
  profile: StoredProfileRecord,
  date: string,
  inForce: (code: CodeKey) => boolean = () => true,
  site: Site | null = null,
  payer: Payer | null = null,
): BillingProfileRecord {
  const changes = profile.componentChanges
    .filter((change) => change.effectiveDate <= date && changeApplies(change.setting as Setting, site, payer))
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const components: ComponentsRecord = { ...profile.components };
  for (const change of changes) {
    const part = change.component as 'professional' | 'technical' | 'global';
    if (!(part in components)) continue;
    components[part] = change.change === 'added';
  }
  if (changes.length > 0) {
    components.sources = [...new Set([...components.sources, ...changes.flatMap((change) => change.sources)])];
  }
  return { ...profile, primaryCodes: profile.primaryCodes.filter(inForce), components, componentChanges: changes };
}

const SITE_SYSTEM = {
  PHYSICIAN_OFFICE: 'the Medicare physician fee schedule (physician offices)',
  HOSPITAL_OUTPATIENT: 'the hospital outpatient system (HOPPS)',
} as const;

const codesText = (records: readonly SuccessorRecord[]) => records.map((r) => r.code.conceptCode).join(', ');

/** The answer for one code on one date (and site of service, and payer). */
export function codeOnDate(index: HistoryIndex, facts: CodeFacts, date: string, site: Site | null, payer: Payer | null = null): CodeOnDateRecord {
  const { code } = facts;
  const known = facts.hasConcept || facts.hasStandIn || index.names(code);
  const base: CodeOnDateRecord = {
    code,
    date,
    known,
    valid: false,
    meaning: null,
    validFrom: null,
    validTo: null,
    family: facts.familyId,
    familyName: facts.familyName,
    billingProfile: facts.profile
      ? profileOn(facts.profile, date, (primary) => !['ended', 'not-yet'].includes(index.validity(primary, date, null).state), site, payer)
      : null,
    successors: [],
    equivalentsAtSite: [],
    confidence: null,
    note: null,
    sources: [],
    payer,
    warnings: [],
    replacedUses: [],
  };
  if (!known) return { ...base, note: `no concept or curated fact knows ${code.vocabularyId} ${code.conceptCode}` };

  const validity = index.validity(code, date, facts);
  if (validity.state === 'not-yet') return { ...base, confidence: 'high', note: `not yet in force on ${date}: in force from ${validity.from}` };
  if (validity.state === 'ended') {
    const successors = successorsOn(index, code, date, site, payer);
    return {
      ...base,
      successors,
      confidence: 'high',
      note: `no longer in force on ${date}: ended ${validity.on}${successors.length ? '; see successors' : ''}`,
    };
  }
  if (validity.state === 'unknown') {
    // No dated version and no event bounds it: the concept's name is its meaning, undated.
    const undated = {
      ...base,
      valid: true,
      meaning: facts.conceptName,
      validFrom: facts.validStartDate,
      validTo: facts.validEndDate,
    };
    // Replaced by then in one payment system only: whether it ended elsewhere is not recorded.
    const partly = index
      .eventsFrom(code)
      .filter(
        (event) =>
          event.kind === 'replaced' && event.effectiveDate <= date && event.to.length > 0 && event.to.every((target) => siteOfSetting(target.setting) !== null),
      );
    if (partly.length > 0) {
      const last = partly.at(-1)!;
      const where = [...new Set(last.to.map((target) => SITE_SYSTEM[siteOfSetting(target.setting)!]))].join(' and ');
      return {
        ...undated,
        confidence: 'low',
        note: `its end is unknown: from ${last.effectiveDate} ${last.to.map((t) => t.conceptCode).join(', ')} took its place under ${where} (${last.changeId}), and no source curated here says whether it stayed in force elsewhere`,
      };
    }
    return withReplacedUses(
      index,
      {
        ...undated,
        confidence: 'medium',
        note: 'no dated meaning is curated for this code: the meaning given is its current name, and no curated change ends it by this date',
      },
      date,
    );
  }
  const { version } = validity;
  const answer: CodeOnDateRecord = {
    ...base,
    valid: true,
    meaning: version?.meaning ?? facts.conceptName,
    validFrom: version?.validFrom ?? null,
    validTo: version?.validTo ?? null,
    confidence: validity.confidence,
    note: validity.note,
    sources: version?.sources ?? [],
  };
  return withReplacedUses(index, sitePayer(index, answer, version, date, site, payer), date);
}

/**
 * A valid code one of whose uses had been replaced by the date (a REPLACED event whose source
 * names a qualifier: 77014 "for radiation-therapy localization only" in 2026) stays valid, with a
 * warning that names what is reported instead for that use and how certain that is.
 */
function withReplacedUses(index: HistoryIndex, answer: CodeOnDateRecord, date: string): CodeOnDateRecord {
  if (!answer.valid) return answer;
  const replaced = index
    .eventsFrom(answer.code)
    .filter(
      (event) => event.kind === 'replaced' && event.effectiveDate <= date && event.from.some((ref) => sameCode(ref, answer.code) && ref.qualifier !== null),
    );
  if (replaced.length === 0) return answer;
  const warnings = replaced.map((event) => {
    const use = event.from.find((ref) => sameCode(ref, answer.code))!.qualifier;
    const instead = event.to.map((t) => `${t.conceptCode}${t.component ? ` (${t.component})` : ''}`).join(', ');
    return `${answer.code.conceptCode} is still a code, but its ${use} was replaced on ${event.effectiveDate} by ${instead} (${event.changeId}, confidence ${event.confidence ?? 'unknown'}${event.note ? `: ${event.note}` : ''}).`;
  });
  return { ...answer, warnings: [...answer.warnings, ...warnings], replacedUses: replaced };
}

/** The answer at a site of service and for a payer (see appliesTo). */
function sitePayer(
  index: HistoryIndex,
  answer: CodeOnDateRecord,
  version: CodeVersionRecord | null,
  date: string,
  site: Site | null,
  payer: Payer | null,
): CodeOnDateRecord {
  const code = answer.code;
  const own = version ? siteOfSetting(version.setting) : null;
  if (!version || own === null) return answer;
  if (!appliesTo(version.setting, site, payer)) {
    if (payer === 'OTHER') {
      // A G-code: Medicare's; the claim's payer took the CPT codes (those of hospitals under Medicare).
      return {
        ...answer,
        valid: false,
        equivalentsAtSite: equivalentsAtSite(index, code, date, 'HOSPITAL_OUTPATIENT'),
        note: `on ${date} this code was Medicare's coding only (${SITE_SYSTEM.PHYSICIAN_OFFICE}); other payers took the CPT codes: see equivalentsAtSite`,
      };
    }
    return {
      ...answer,
      valid: false,
      equivalentsAtSite: equivalentsAtSite(index, code, date, site!),
      note: `on ${date} this code was used only under ${SITE_SYSTEM[own]}, not under ${SITE_SYSTEM[site!]}; see equivalentsAtSite`,
    };
  }
  if (payer !== null) return answer;
  if (site !== null && own !== site) {
    // A CPT code in a physician office, payer unknown: valid for payers other than Medicare.
    const medicare = equivalentsAtSite(index, code, date, site);
    return {
      ...answer,
      equivalentsAtSite: medicare,
      warnings: [
        `The payer is not given: this answer assumes a payer other than Medicare. Medicare ${site === 'PHYSICIAN_OFFICE' ? 'physician offices' : 'hospitals'} reported ${codesText(medicare) || 'other codes'} on ${date} (see equivalentsAtSite); ask with payer MEDICARE for Medicare's coding.`,
      ],
    };
  }
  if (version.setting === 'MPFS') {
    const others = equivalentsAtSite(index, code, date, 'HOSPITAL_OUTPATIENT');
    return {
      ...answer,
      warnings: [
        `The payer is not given: this answer assumes Medicare, whose physician fee schedule this code belonged to; other payers took ${codesText(others) || 'the CPT codes'}. Ask with payer OTHER for their coding.`,
      ],
    };
  }
  return answer;
}
