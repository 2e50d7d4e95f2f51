/**
 * The delivery-code rules engine: pure TypeScript, no database. It evaluates the rule set read
 * from the graph (rule-set.ts) on the facts of one treatment fraction and returns the codes with
 * the decision path that explains them.
 *
 * Predicates are evaluated in three-valued logic: a condition on a fact the description leaves
 * unknown (null) is `unknown`, and an unknown that could change the answer makes the answer
 * NEEDS_MORE_INFORMATION naming the fact, instead of a guess.
 */
import type { TreatmentFacts, When } from '../../seed-pack/criteria.js';
import type { RecommendationStatus, SiteOfService } from '../../generated/enums.js';
import { codeKey } from '../../graph/code.js';
import {
  type CodeKeyRecord,
  type CriterionRecord,
  type DeliveryLevelRecord,
  type ExcludedModalityRecord,
  type ExclusionRecord,
  type PriorCodingRecord,
  type RuleSet,
  type TechniqueRecord,
} from './rule-set.js';

export type { RecommendationStatus, SiteOfService };

export interface EvaluationRequest {
  dateOfService: string;
  siteOfService: SiteOfService;
  facts: TreatmentFacts;
  /** Facts the description lacks that the mapping already knows are needed (e.g. surface-motion correlation). */
  missing: readonly string[];
  /** Facts of the description that contradict each other. */
  contradictions: readonly string[];
  /** Who pays (it decides the coding before 2026); unknown when omitted. */
  payer?: 'MEDICARE' | 'OTHER' | null;
  /**
   * How the answer names a fact and its values to the caller (treatment-input.ts names them as
   * TreatmentInput's fields and enum values); the facts' own names when omitted.
   */
  names?: FactNames;
}

/** Names of facts and of their values, as the caller describes a treatment. */
export interface FactNames {
  fact(fact: keyof TreatmentFacts): string;
  value(fact: keyof TreatmentFacts, value: unknown): string;
}

const OWN_NAMES: FactNames = { fact: (fact) => fact, value: (_fact, value) => JSON.stringify(value) };
const names = (request: EvaluationRequest): FactNames => request.names ?? OWN_NAMES;

export interface RecommendedCodeResult extends CodeKeyRecord {
  role: 'PRIMARY' | 'ADD_ON';
  reason: string;
}

export interface DecisionStepResult {
  question: string;
  answer: string;
  /** The criterion this step decided on, if any. */
  criterionId: string | null;
  /** The level, exclusion, add-on rule, prior-coding rule or routed modality the step applied. */
  ruleId: string | null;
  outcome: string | null;
}

export interface Routing {
  modality: ExcludedModalityRecord;
  /** The modality's codes valid on the date of service. */
  codes: CodeKeyRecord[];
}

export interface Recommendation {
  status: RecommendationStatus;
  ruleSet: string;
  level: number | null;
  levelId: string | null;
  codes: RecommendedCodeResult[];
  criteriaMet: string[];
  decisionPath: DecisionStepResult[];
  warnings: string[];
  /** What the description must add before the engine can answer (NEEDS_MORE_INFORMATION). */
  missing: string[];
  routing: Routing | null;
}

type Truth = true | false | 'unknown';

interface Verdict {
  value: Truth;
  /** Facts whose unknown value made the verdict unknown. */
  unknownFacts: Set<keyof TreatmentFacts>;
  /** How the verdict came about, for the decision path. */
  because: string;
}

const SITE_SETTING: Record<SiteOfService, 'MPFS' | 'HOPPS'> = { PHYSICIAN_OFFICE: 'MPFS', HOSPITAL_OUTPATIENT: 'HOPPS' };
const SITE_NAME: Record<SiteOfService, string> = {
  PHYSICIAN_OFFICE: 'physician offices (MPFS)',
  HOSPITAL_OUTPATIENT: 'hospital outpatient departments (HOPPS)',
};

/** Is the code valid on the date by its versions in the graph? Codes without versions are taken as valid. */
export function validOn(ruleSet: RuleSet, code: CodeKeyRecord, date: string): boolean {
  const versions = ruleSet.codeVersions.get(codeKey(code));
  if (!versions || versions.length === 0) return true;
  return versions.some((version) => version.validFrom <= date && (version.validTo === null || date <= version.validTo));
}

function meaningOn(ruleSet: RuleSet, code: CodeKeyRecord, date: string): string | null {
  const versions = ruleSet.codeVersions.get(codeKey(code)) ?? [];
  return versions.find((version) => version.validFrom <= date && (version.validTo === null || date <= version.validTo))?.meaning ?? null;
}

const codeText = (code: CodeKeyRecord): string => (code.vocabularyId === 'CPT4' ? code.conceptCode : `${code.vocabularyId} ${code.conceptCode}`);

/** Evaluates predicates and criteria on one set of facts, memoizing criteria. */
class Evaluator {
  private readonly memo = new Map<string, Verdict>();

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly facts: TreatmentFacts,
    private readonly names: FactNames = OWN_NAMES,
  ) {}

  when(predicate: When | null): Verdict {
    if (predicate === null) return { value: false, unknownFacts: new Set(), because: 'no fact condition' };
    if ('all' in predicate)
      return this.combine(
        predicate.all.map((part) => this.when(part)),
        'all',
      );
    if ('any' in predicate)
      return this.combine(
        predicate.any.map((part) => this.when(part)),
        'any',
      );
    if ('not' in predicate) {
      const inner = this.when(predicate.not);
      const value: Truth = inner.value === 'unknown' ? 'unknown' : !inner.value;
      return { value, unknownFacts: inner.unknownFacts, because: `not (${inner.because})` };
    }
    if ('criterion' in predicate) {
      const verdict = this.criterion(predicate.criterion);
      return { ...verdict, because: `${predicate.criterion}: ${verdict.because}` };
    }
    const actual = this.facts[predicate.fact];
    const name = this.names.fact(predicate.fact);
    const shown = `${name} ${predicate.op} ${this.names.value(predicate.fact, predicate.value)}`;
    if (actual === null || actual === undefined) return { value: 'unknown', unknownFacts: new Set([predicate.fact]), because: `${name} is not given` };
    const expected = predicate.value;
    let value: boolean;
    switch (predicate.op) {
      case 'eq':
        value = actual === expected;
        break;
      case 'in':
        value = Array.isArray(expected) && typeof actual === 'string' && expected.includes(actual);
        break;
      case 'includesAny':
        value = Array.isArray(expected) && Array.isArray(actual) && actual.some((item) => expected.includes(item));
        break;
      case 'gte':
        value = typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
        break;
      case 'lte':
        value = typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
        break;
    }
    return { value, unknownFacts: new Set(), because: `${shown} (${name} is ${this.names.value(predicate.fact, actual)})` };
  }

  private combine(parts: Verdict[], mode: 'all' | 'any'): Verdict {
    const decisive = parts.find((part) => part.value === (mode === 'any'));
    if (decisive) return decisive;
    const unknown = parts.filter((part) => part.value === 'unknown');
    if (unknown.length > 0) {
      return { value: 'unknown', unknownFacts: new Set(unknown.flatMap((part) => [...part.unknownFacts])), because: unknown.map((p) => p.because).join('; ') };
    }
    return { value: mode === 'all', unknownFacts: new Set(), because: parts.map((part) => part.because).join(mode === 'all' ? ' and ' : '; ') };
  }

  /**
   * What a criterion that holds rests on: itself, the techniques that satisfied it, and the
   * criteria its condition referred to that held, recursively (each at most once).
   */
  basis(criterionId: string, seen = new Set<string>()): (CriterionRecord | TechniqueRecord)[] {
    if (seen.has(criterionId) || this.memo.get(criterionId)?.value !== true) return [];
    seen.add(criterionId);
    const criterion = this.ruleSet.criteria.get(criterionId);
    if (!criterion) return [];
    const techniques = this.techniquesFor(criterionId).flatMap((id) => this.ruleSet.techniques.get(id) ?? []);
    const referred = criterion.when ? referencedCriteria(criterion.when) : [];
    return [criterion, ...techniques, ...referred.flatMap((id) => this.basis(id, seen))];
  }

  /** Techniques of the facts that satisfy the criterion and that no exclusion denies it. */
  techniquesFor(criterionId: string): string[] {
    return this.facts.techniques.filter((techniqueId) => {
      const technique = this.ruleSet.techniques.get(techniqueId);
      const denied = this.ruleSet.exclusions.some((x) => x.techniques.includes(techniqueId) && x.doesNotSatisfy.includes(criterionId));
      return !denied && (technique?.satisfies.includes(criterionId) ?? false);
    });
  }

  criterion(criterionId: string): Verdict {
    const cached = this.memo.get(criterionId);
    if (cached) return cached;
    const criterion: CriterionRecord | undefined = this.ruleSet.criteria.get(criterionId);
    if (!criterion) throw new Error(`the rule set names an unknown criterion '${criterionId}'`);
    // A placeholder breaks reference cycles (the pack check refuses them; this only guards the engine).
    this.memo.set(criterionId, { value: false, unknownFacts: new Set(), because: 'cyclic reference' });
    const byTechnique = this.techniquesFor(criterionId);
    let verdict: Verdict;
    if (byTechnique.length > 0) {
      verdict = { value: true, unknownFacts: new Set(), because: `technique ${byTechnique.join(', ')}` };
    } else {
      verdict = this.when(criterion.when);
    }
    this.memo.set(criterionId, verdict);
    return verdict;
  }
}

/** The routed modality for a treatment type outside the levels' scope, or null when the type is in scope. */
function routingFor(ruleSet: RuleSet, treatmentType: string): ExcludedModalityRecord | null {
  return ruleSet.excludedModalities.find((modality) => modality.treatmentTypes.includes(treatmentType)) ?? null;
}

function empty(ruleSetName: string): Recommendation {
  return {
    status: 'NEEDS_MORE_INFORMATION',
    ruleSet: ruleSetName,
    level: null,
    levelId: null,
    codes: [],
    criteriaMet: [],
    decisionPath: [],
    warnings: [],
    missing: [],
    routing: null,
  };
}

/** Recommends the delivery code(s) for one fraction. */
export function recommend(ruleSet: RuleSet, request: EvaluationRequest): Recommendation {
  const { facts, dateOfService } = request;
  const levelsFrom = ruleSet.levels.reduce<string | null>((min, level) => (min === null || level.effectiveFrom < min ? level.effectiveFrom : min), null);

  const modality = routingFor(ruleSet, facts.treatmentType);
  if (modality) return outOfScope(ruleSet, request, modality, levelsFrom);

  const scopeStep: DecisionStepResult = {
    question: 'Is the treatment megavoltage photon or electron external-beam delivery, inside the scope of the delivery levels?',
    answer: `yes (${facts.treatmentType})`,
    criterionId: null,
    ruleId: null,
    outcome: null,
  };
  if (request.contradictions.length > 0 || request.missing.length > 0) {
    const result = empty('treatment description');
    result.decisionPath.push(scopeStep, {
      question: 'Is the treatment description complete and consistent?',
      answer: [...request.contradictions.map((c) => `contradiction: ${c}`), ...request.missing.map((m) => `missing: ${m}`)].join('; '),
      criterionId: null,
      ruleId: null,
      outcome: 'needs more information',
    });
    result.missing = [...request.contradictions.map((c) => `resolve the contradiction: ${c}`), ...request.missing];
    return result;
  }
  if (levelsFrom === null || dateOfService < levelsFrom) return priorCoding(ruleSet, request, scopeStep, levelsFrom);
  return levels(ruleSet, request, scopeStep, levelsFrom);
}

function outOfScope(ruleSet: RuleSet, request: EvaluationRequest, modality: ExcludedModalityRecord, levelsFrom: string | null): Recommendation {
  const codes = modality.codes.filter((code) => validOn(ruleSet, code, request.dateOfService));
  const family = modality.familyName ?? modality.family ?? 'its own codes';
  const result = empty(`scope of the delivery levels (from ${levelsFrom ?? 'their effective date'})`);
  result.status = 'OUT_OF_SCOPE';
  result.routing = { modality, codes };
  // One code the sources are sure of is the answer itself; several need a choice the description
  // cannot make, and a code of less than high confidence is a candidate: both stay in `routing`.
  const only = codes.length === 1 && modality.confidence === 'high' ? codes[0] : undefined;
  if (only) result.codes.push({ ...only, role: 'PRIMARY', reason: `${modality.name} keeps its own delivery code: ${modality.choice}` });
  result.decisionPath.push({
    question: 'Is the treatment megavoltage photon or electron external-beam delivery, inside the scope of the delivery levels?',
    answer: `no: ${modality.name} (${request.facts.treatmentType}) is outside the levels`,
    criterionId: null,
    ruleId: modality.modalityId,
    outcome: `routed to ${family}: ${codes.map(codeText).join(', ') || 'no code recorded for this date'}; ${modality.choice}`,
  });
  result.warnings.push(`${modality.name} is never given a delivery level; ${modality.choice}.`);
  if (modality.confidence !== 'high' && modality.note) result.warnings.push(`Confidence ${modality.confidence}: ${modality.note}.`);
  return result;
}

function levels(ruleSet: RuleSet, request: EvaluationRequest, scopeStep: DecisionStepResult, levelsFrom: string): Recommendation {
  const { facts, dateOfService } = request;
  const evaluator = new Evaluator(ruleSet, facts, request.names);
  const result = empty(`delivery levels 1-3 (CPT 77402/77407/77412), site-neutral, in force from ${levelsFrom}`);
  const path = result.decisionPath;
  path.push(scopeStep, {
    question: 'Which coding applies on the date of service?',
    answer: `${dateOfService} is on or after ${levelsFrom}: the delivery levels, the same in every site of service`,
    criterionId: null,
    ruleId: null,
    outcome: null,
  });

  // Exclusions that apply to these facts: by a technique they concern, or by their own condition.
  const excludedLevels = new Map<string, string>();
  const appliedExclusions: ExclusionRecord[] = [];
  for (const exclusion of ruleSet.exclusions) {
    const byTechnique = exclusion.techniques.filter((t) => facts.techniques.includes(t));
    const byFacts = exclusion.when ? evaluator.when(exclusion.when).value === true : false;
    if (byTechnique.length === 0 && !byFacts) continue;
    appliedExclusions.push(exclusion);
    for (const levelId of exclusion.excludesLevels) excludedLevels.set(levelId, exclusion.exclusionId);
    const effects = [...exclusion.doesNotSatisfy.map((id) => `does not satisfy ${id}`), ...exclusion.excludesLevels.map((id) => `rules out ${id}`)];
    path.push({
      question: `Does the exclusion '${exclusion.exclusionId}' apply? ${exclusion.statement}`,
      answer: `yes (${byTechnique.length > 0 ? `technique ${byTechnique.join(', ')}` : 'by the facts'})`,
      criterionId: exclusion.doesNotSatisfy[0] ?? null,
      ruleId: exclusion.exclusionId,
      outcome: effects.join('; ') || null,
    });
  }

  const applicable = ruleSet.levels.filter((level) => level.effectiveFrom <= dateOfService);
  let chosen: { level: DeliveryLevelRecord; met: string[] } | null = null;
  const unknownFacts = new Set<keyof TreatmentFacts>();
  for (const level of applicable) {
    const verdict = levelHolds(evaluator, level, excludedLevels.get(level.levelId) ?? null);
    path.push({
      question: `Does Level ${level.level} (${codeText(level.code)}) hold? ${level.summary}`,
      answer: verdict.value === 'unknown' ? `cannot tell: ${verdict.because}` : `${verdict.value ? 'yes' : 'no'}: ${verdict.because}`,
      criterionId: verdict.deciding,
      ruleId: level.levelId,
      outcome: verdict.value === true ? `Level ${level.level}: ${codeText(level.code)}` : null,
    });
    if (verdict.value === 'unknown') {
      for (const fact of verdict.unknownFacts) unknownFacts.add(fact);
      break;
    }
    if (verdict.value) {
      chosen = { level, met: verdict.met };
      break;
    }
  }

  if (!chosen) {
    if (unknownFacts.size > 0) {
      result.missing = [...unknownFacts].map((fact) => `${names(request).fact(fact)}: needed to decide the level`);
    } else {
      result.missing = [
        'the sources describe no level for this combination of facts (e.g. abutting electron fields); describe the plan further or code it by hand',
      ];
    }
    return result;
  }

  result.status = 'RECOMMENDED';
  result.level = chosen.level.level;
  result.levelId = chosen.level.levelId;
  result.criteriaMet = chosen.met;
  result.codes.push({
    ...chosen.level.code,
    role: 'PRIMARY',
    reason: `Level ${chosen.level.level}: ${chosen.met.map((id) => ruleSet.criteria.get(id)?.name ?? id).join('; ')}`,
  });

  for (const rule of ruleSet.addOnRules.filter((r) => r.effectiveFrom <= dateOfService)) {
    const verdict = evaluator.when(rule.when);
    path.push({
      question: `Does the add-on rule '${rule.ruleId}' apply? ${rule.statement}`,
      answer: verdict.value === 'unknown' ? `cannot tell: ${verdict.because}` : `${verdict.value ? 'yes' : 'no'}: ${verdict.because}`,
      criterionId: criterionOf(rule.when),
      ruleId: rule.ruleId,
      outcome: verdict.value === true ? `adds ${codeText(rule.code)} (${rule.component} component)` : null,
    });
    if (verdict.value === 'unknown') {
      return {
        ...result,
        status: 'NEEDS_MORE_INFORMATION',
        codes: [],
        missing: [...verdict.unknownFacts].map((f) => `${names(request).fact(f)}: decides whether ${codeText(rule.code)} is added`),
      };
    }
    if (verdict.value) {
      result.codes.push({ ...rule.code, role: 'ADD_ON', reason: rule.statement });
      const criterionId = criterionOf(rule.when);
      if (criterionId && !result.criteriaMet.includes(criterionId)) result.criteriaMet.push(criterionId);
    } else {
      const criterionId = criterionOf(rule.when);
      if (criterionId && evaluator.criterion(criterionId).value === true) {
        result.warnings.push(
          `${ruleSet.criteria.get(criterionId)?.name ?? criterionId} was performed but not reviewed by the physician: ${codeText(rule.code)} is not added.`,
        );
      }
    }
  }
  if (facts.deliveryTier !== null || facts.energyBand !== null) {
    result.warnings.push("deliveryTier and energyBand describe the coding before the levels; they play no part from the levels' effective date.");
  }
  const addOns = ruleSet.addOnRules.filter((rule) =>
    result.codes.some((code) => code.role === 'ADD_ON' && code.conceptCode === rule.code.conceptCode && code.vocabularyId === rule.code.vocabularyId),
  );
  const basis = [...result.criteriaMet.flatMap((id) => evaluator.basis(id)), ...addOns, ...appliedExclusions];
  result.warnings.push(...certaintyWarnings(basis));
  return result;
}

/** Every criterion a predicate refers to. */
function referencedCriteria(when: When): string[] {
  if ('criterion' in when) return [when.criterion];
  if ('all' in when) return when.all.flatMap(referencedCriteria);
  if ('any' in when) return when.any.flatMap(referencedCriteria);
  if ('not' in when) return referencedCriteria(when.not);
  return [];
}

/**
 * A warning for every criterion, technique, exclusion or add-on rule below high confidence that
 * an answer was built on, so that no code rests silently on a fact the sources leave open.
 */
function certaintyWarnings(records: readonly { name?: string; statement?: string; confidence: string; note: string | null }[]): string[] {
  const seen = new Set<string>();
  return records.flatMap((record) => {
    const name = record.name ?? record.statement ?? 'a rule';
    if (record.confidence === 'high' || seen.has(name)) return [];
    seen.add(name);
    return [`This answer rests on '${name}', of ${record.confidence} confidence${record.note ? `: ${record.note}` : ''}.`];
  });
}

/** The first criterion a predicate refers to, to name it in the decision path. */
function criterionOf(when: When): string | null {
  if ('criterion' in when) return when.criterion;
  if ('all' in when) return when.all.map(criterionOf).find((id) => id !== null) ?? null;
  if ('any' in when) return when.any.map(criterionOf).find((id) => id !== null) ?? null;
  return null;
}

interface LevelVerdict {
  value: Truth;
  unknownFacts: Set<keyof TreatmentFacts>;
  because: string;
  /** The criteria that made the level hold (any-of first, then the required ones). */
  met: string[];
  deciding: string | null;
}

function levelHolds(evaluator: Evaluator, level: DeliveryLevelRecord, excludedBy: string | null): LevelVerdict {
  const unknownFacts = new Set<keyof TreatmentFacts>();
  const none = (because: string, deciding: string | null = null): LevelVerdict => ({ value: false, unknownFacts, because, met: [], deciding });
  if (excludedBy) return none(`ruled out by the exclusion '${excludedBy}'`);
  let unknown = false;
  const reasons: string[] = [];
  for (const id of level.excludedBy) {
    const verdict = evaluator.criterion(id);
    if (verdict.value === true) return none(`${id} is met (${verdict.because}), which excludes this level`, id);
    if (verdict.value === 'unknown') {
      unknown = true;
      verdict.unknownFacts.forEach((f) => unknownFacts.add(f));
      reasons.push(`${id} unknown (${verdict.because})`);
    }
  }
  const required: string[] = [];
  for (const id of level.requiresAll) {
    const verdict = evaluator.criterion(id);
    if (verdict.value === false) return none(`${id} is not met (${verdict.because})`, id);
    if (verdict.value === 'unknown') {
      unknown = true;
      verdict.unknownFacts.forEach((f) => unknownFacts.add(f));
      reasons.push(`${id} unknown (${verdict.because})`);
    } else {
      required.push(id);
      reasons.push(`${id} (${verdict.because})`);
    }
  }
  const anyMet: string[] = [];
  if (level.requiresAny.length > 0) {
    let anyUnknown = false;
    for (const id of level.requiresAny) {
      const verdict = evaluator.criterion(id);
      if (verdict.value === true) {
        anyMet.push(id);
        reasons.unshift(`${id} (${verdict.because})`);
      } else if (verdict.value === 'unknown') {
        anyUnknown = true;
        verdict.unknownFacts.forEach((f) => unknownFacts.add(f));
      }
    }
    // Any one criterion is enough: a met one decides even when others are unknown.
    if (anyMet.length === 0 && !anyUnknown) return none(`none of ${level.requiresAny.join(', ')} is met`);
    if (anyMet.length === 0) unknown = true;
  }
  if (unknown) return { value: 'unknown', unknownFacts, because: reasons.join('; '), met: [], deciding: null };
  const met = [...anyMet, ...required];
  return { value: true, unknownFacts, because: reasons.join('; '), met, deciding: met[0] ?? null };
}

/**
 * Whose rules code a fraction before 2026: Medicare's by site of service (the G-codes of its
 * physician fee schedule in offices, the CPT codes in hospitals); other payers took the CPT codes
 * at every site, which are the rules of Medicare's hospitals. With the payer unknown the answer
 * follows Medicare's coding of the site and, in an office, says so.
 */
function codingOf(site: SiteOfService, payer: EvaluationRequest['payer']): { setting: 'MPFS' | 'HOPPS'; where: string; warning: string | null } {
  if (payer === 'OTHER')
    return { setting: 'HOPPS', where: `${SITE_NAME[site].replace(/ \(.*\)$/, '')}, paid by a payer other than Medicare (the CPT codes)`, warning: null };
  if (payer === 'MEDICARE' || site === 'HOSPITAL_OUTPATIENT') return { setting: SITE_SETTING[site], where: SITE_NAME[site], warning: null };
  return {
    setting: SITE_SETTING[site],
    where: SITE_NAME[site],
    warning:
      "The payer is not given: this answer follows Medicare's physician-fee-schedule coding (the G-codes) of 2015-2025; payers other than Medicare took the CPT codes in offices too. Give payer OTHER for their coding.",
  };
}

function priorCoding(ruleSet: RuleSet, request: EvaluationRequest, scopeStep: DecisionStepResult, levelsFrom: string | null): Recommendation {
  const { facts, dateOfService, siteOfService } = request;
  const coding = codingOf(siteOfService, request.payer ?? null);
  const setting = coding.setting;
  const evaluator = new Evaluator(ruleSet, facts, request.names);
  const rules = ruleSet.priorCoding.filter((rule) => rule.setting === setting && rule.validFrom <= dateOfService && dateOfService <= rule.validTo);
  const result = empty(`coding in force on ${dateOfService} in ${coding.where}, before the delivery levels`);
  if (coding.warning) result.warnings.push(coding.warning);
  const path = result.decisionPath;
  path.push(scopeStep, {
    question: 'Which coding applies on the date of service?',
    answer: `${dateOfService} is before ${levelsFrom ?? 'the delivery levels'}: the codes then in force in ${coding.where}`,
    criterionId: null,
    ruleId: null,
    outcome: rules.length > 0 ? `rules ${rules.map((r) => r.ruleId).join(', ')}` : null,
  });
  if (rules.length === 0) {
    result.missing = [`the knowledge pack records no delivery coding for ${dateOfService} in ${coding.where}`];
    return result;
  }
  const primaries = rules.filter((rule) => rule.role === 'primary');
  for (const rule of [...primaries, ...rules.filter((r) => r.role === 'add-on')]) {
    const applies = evaluator.when(rule.when);
    if (applies.value === 'unknown') {
      path.push(step(rule, `cannot tell: ${applies.because}`, null));
      result.missing.push(...[...applies.unknownFacts].map((fact) => `${names(request).fact(fact)}: decides whether ${rule.service} applies`));
      continue;
    }
    if (!applies.value) continue;
    const unknownDeciders = rule.decidedBy
      .filter((fact) => facts[fact as keyof TreatmentFacts] === null)
      .map((fact) => names(request).fact(fact as keyof TreatmentFacts));
    if (unknownDeciders.length > 0) {
      const candidates = rule.choices.map(codeText).join(', ');
      path.push(
        step(
          rule,
          `applies (${applies.because}), but ${unknownDeciders.join(' and ')} ${unknownDeciders.length > 1 ? 'are' : 'is'} not given`,
          `one of ${candidates}`,
        ),
      );
      result.missing.push(...unknownDeciders.map((fact) => `${fact}: chooses among ${candidates} (${rule.service})`));
      continue;
    }
    const chosen = rule.choices.filter((choice) => choice.when === null || evaluator.when(choice.when).value === true);
    const choice = chosen.length === 1 ? chosen[0] : undefined;
    if (!choice) {
      const problem = chosen.length === 0 ? 'no code of this rule fits the facts' : `several codes fit: ${chosen.map(codeText).join(', ')}`;
      path.push(step(rule, `applies (${applies.because}), but ${problem}`, null));
      if (rule.role === 'primary') result.missing.push(`${rule.service}: ${problem}`);
      else result.warnings.push(`${rule.service}: ${problem}; no add-on code recorded for ${facts.imageGuidance} guidance here.`);
      continue;
    }
    if (!validOn(ruleSet, choice, dateOfService)) {
      path.push(step(rule, `applies, but ${codeText(choice)} is not valid on ${dateOfService} by its code history`, null));
      result.missing.push(`${rule.service}: ${codeText(choice)} is not valid on ${dateOfService}`);
      continue;
    }
    const meaning = meaningOn(ruleSet, choice, dateOfService);
    path.push(step(rule, `applies (${applies.because})`, `${codeText(choice)}${meaning ? `: ${meaning}` : ''}`));
    result.codes.push({
      vocabularyId: choice.vocabularyId,
      conceptCode: choice.conceptCode,
      role: rule.role === 'primary' ? 'PRIMARY' : 'ADD_ON',
      reason: `${rule.service} (rule ${rule.ruleId})${meaning ? `; meaning then: ${meaning}` : ''}`,
    });
    if (rule.confidence !== 'high' && rule.note) result.warnings.push(`${codeText(choice)}: confidence ${rule.confidence}; ${rule.note}.`);
  }
  if (facts.imageGuidance !== 'none' && facts.imageGuidanceReviewed === false) {
    result.warnings.push('The image guidance was not reviewed by the physician: no guidance code is added.');
  }
  const primary = result.codes.find((code) => code.role === 'PRIMARY');
  if (result.missing.length > 0 || !primary) {
    if (!primary && result.missing.length === 0) result.missing.push('no delivery code of the coding then in force fits these facts');
    result.codes = [];
    return result;
  }
  result.status = 'RECOMMENDED';
  return result;
}

function step(rule: PriorCodingRecord, answer: string, outcome: string | null): DecisionStepResult {
  return { question: `Does '${rule.ruleId}' apply? ${rule.service}`, answer, criterionId: null, ruleId: rule.ruleId, outcome };
}
