/**
 * The pack as a whole: its files, the family of a code, and the cross-file checks that a file's
 * schema alone cannot express (unknown source ids, dangling criterion ids, duplicate ids, missing labels).
 */
import { ID_PATTERN, LOCAL_CONCEPT_ID_MIN } from './common.js';
import type { Source } from './sources.js';
import type { Cpt4LabelRow, LocalConceptRow, OmopConceptRow } from './concepts.js';
import type { ChangeEvent, CodeVersion } from './history.js';
import type { CodeRange, Family, Modifier, Payment, Profile } from './billing.js';
import { FACT_KEYS, TREATMENT_TYPES, TreatmentFactsSchema, type CriteriaFile, type When } from './criteria.js';
import { codeKey } from '../graph/code.js';
import { codeRangeLabel, familyOf, rangeContains, rangeWithin } from '../graph/code-family.js';

export interface SeedPack {
  sources: Source[];
  omopConcepts: OmopConceptRow[];
  cpt4Labels: Cpt4LabelRow[];
  localConcepts: LocalConceptRow[];
  changeEvents: ChangeEvent[];
  codeVersions: CodeVersion[];
  families: Family[];
  profiles: Profile[];
  modifiers: Modifier[];
  payments: Payment[];
  criteria: CriteriaFile;
}

/** The files of the pack, relative to the seed directory. */
export const SEED_FILES = {
  sources: 'sources.json',
  omopConcepts: 'concepts/omop-radiation-oncology-concepts.csv',
  cpt4Labels: 'concepts/cpt4-labels.csv',
  localConcepts: 'concepts/local-concepts.csv',
  changeEvents: 'history/change-events.json',
  codeVersions: 'history/code-versions.json',
  families: 'billing/families.json',
  profiles: 'billing/profiles.json',
  modifiers: 'billing/modifiers.json',
  payments: 'billing/payments.json',
  criteria: 'criteria/criteria.json',
} as const satisfies Record<keyof SeedPack, string>;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** The key by which concepts reconcile across loads: (vocabulary_id, concept_code), as the graph keys codes. */
export function conceptKey(vocabularyId: string, conceptCode: string): string {
  return codeKey({ vocabularyId, conceptCode });
}

function rangesOverlap(a: CodeRange, b: CodeRange): boolean {
  return a.vocabularyId === b.vocabularyId && a.from.length === b.from.length && a.from <= b.to && b.from <= a.to;
}

/** Adds one day to a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Cross-file checks
// ---------------------------------------------------------------------------------------------

/**
 * Checks a parsed pack as a whole. Returns one message per problem, each naming the file and the
 * entry ("billing/profiles.json[3] (CPT4 77387): unknown source id 'FOO'"). Empty when sound.
 */
export function checkPack(pack: SeedPack): string[] {
  const problems: string[] = [];
  const report = (where: string, message: string): void => {
    problems.push(`${where}: ${message}`);
  };
  /** Anything below high confidence says why. */
  const checkUncertainty = (where: string, confidence: string, note: string | null | undefined): void => {
    if (confidence !== 'high' && !note) report(where, `confidence '${confidence}' without a note saying why`);
  };
  /** Curated text is the project's own: never the descriptors' "when performed" phrasing. */
  const checkDescriptorPhrases = (where: string, texts: readonly (string | null | undefined)[]): void => {
    if (texts.some((text) => text && /when performed/i.test(text))) report(where, "uses a descriptor's 'when performed' phrasing");
  };

  // --- sources --------------------------------------------------------------------------------
  const sourceIds = new Set<string>();
  pack.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) report(`${SEED_FILES.sources}[${index}]`, `duplicate id '${source.id}'`);
    sourceIds.add(source.id);
  });
  const checkSources = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!sourceIds.has(id)) report(where, `unknown source id '${id}'`);
    }
    if (new Set(ids).size !== ids.length) report(where, 'a source id is listed twice');
  };

  // --- concepts -------------------------------------------------------------------------------
  const knownConcepts = new Map<string, number>();
  const omopIds = new Set<number>();
  pack.omopConcepts.forEach((row, index) => {
    const where = `${SEED_FILES.omopConcepts} row ${index + 1}`;
    const key = conceptKey(row.vocabulary_id, row.concept_code);
    if (omopIds.has(row.concept_id)) report(where, `duplicate concept_id ${row.concept_id}`);
    if (knownConcepts.has(key)) report(where, `duplicate concept ${row.vocabulary_id} ${row.concept_code}`);
    omopIds.add(row.concept_id);
    knownConcepts.set(key, row.concept_id);
  });

  const cpt4Codes = new Set(pack.omopConcepts.filter((row) => row.vocabulary_id === 'CPT4').map((row) => row.concept_code));
  const labelled = new Set<string>();
  pack.cpt4Labels.forEach((row, index) => {
    const where = `${SEED_FILES.cpt4Labels} row ${index + 1} (${row.concept_code})`;
    if (labelled.has(row.concept_code)) report(where, `duplicate label for concept_code ${row.concept_code}`);
    labelled.add(row.concept_code);
    if (!cpt4Codes.has(row.concept_code)) report(where, 'label for a code that is not a CPT4 concept of the concepts file');
    if (row.label.includes(';')) report(where, "a label never has the descriptor's 'stem; qualifier' form");
    checkDescriptorPhrases(where, [row.label, row.note]);
    checkUncertainty(where, row.confidence, row.note);
    checkSources(where, row.sources);
  });
  for (const code of cpt4Codes) {
    if (!labelled.has(code)) report(SEED_FILES.cpt4Labels, `no label for CPT4 concept ${code}`);
  }

  const localIds = new Set<number>();
  pack.localConcepts.forEach((row, index) => {
    const where = `${SEED_FILES.localConcepts} row ${index + 1} (${row.vocabulary_id} ${row.concept_code})`;
    const key = conceptKey(row.vocabulary_id, row.concept_code);
    if (row.concept_id < LOCAL_CONCEPT_ID_MIN) report(where, `concept_id ${row.concept_id} is outside the local range`);
    if (localIds.has(row.concept_id) || omopIds.has(row.concept_id)) report(where, `duplicate concept_id ${row.concept_id}`);
    if (knownConcepts.has(key)) {
      report(where, `duplicate concept ${row.vocabulary_id} ${row.concept_code} (a public or local concept already has this code)`);
    }
    localIds.add(row.concept_id);
    knownConcepts.set(key, row.concept_id);
    checkSources(where, row.sources);
  });
  const checkKnown = (where: string, vocabularyId: string, code: string): void => {
    if (!knownConcepts.has(conceptKey(vocabularyId, code))) {
      report(where, `unknown concept ${vocabularyId} ${code} (neither in the concepts file nor local)`);
    }
  };

  // --- criteria (collected first: change events refer to them) --------------------------------
  const criteriaFile = SEED_FILES.criteria;
  const { criteria } = pack;
  const criterionIds = new Set(criteria.criteria.map((criterion) => criterion.id));
  const levelIds = new Set(criteria.levels.map((level) => level.id));
  const techniqueIds = new Set(criteria.techniques.map((technique) => technique.id));
  const seenCriteriaIds = new Map<string, string>();
  const registerId = (where: string, id: string): void => {
    const previous = seenCriteriaIds.get(id);
    if (previous !== undefined) report(where, `duplicate id '${id}' (also ${previous})`);
    else seenCriteriaIds.set(id, where);
  };
  const checkCriterionIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!criterionIds.has(id)) report(where, `unknown criterion id '${id}'`);
    }
  };
  const checkLevelIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!levelIds.has(id)) report(where, `unknown level id '${id}'`);
    }
  };
  const checkTechniqueIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!techniqueIds.has(id)) report(where, `unknown technique id '${id}'`);
    }
  };

  const whenContext: WhenContext = { criterionIds, techniqueIds, report };
  criteria.facts.forEach((fact, index) => {
    if (criteria.facts.findIndex((other) => other.id === fact.id) !== index) report(`${criteriaFile} facts[${index}]`, `fact '${fact.id}' is defined twice`);
    checkSources(`${criteriaFile} facts[${index}] (${fact.id})`, fact.sources);
  });
  for (const key of FACT_KEYS) {
    if (!criteria.facts.some((fact) => fact.id === key)) report(`${criteriaFile} facts`, `fact '${key}' has no meaning`);
  }
  checkSources(`${criteriaFile} scope`, criteria.scope.sources);
  const familyIdSet = new Set(pack.families.map((family) => family.id));
  criteria.scope.excludedModalities.forEach((modality, index) => {
    const where = `${criteriaFile} scope.excludedModalities[${index}] (${modality.id})`;
    registerId(where, modality.id);
    for (const code of modality.codes) checkKnown(where, code.vocabularyId, code.conceptCode);
    if (modality.family !== null && !familyIdSet.has(modality.family)) report(where, `unknown family '${modality.family}'`);
    checkSources(where, modality.sources);
  });
  for (const type of TREATMENT_TYPES) {
    const inScope = criteria.scope.treatmentTypes.includes(type) ? 1 : 0;
    const routed = criteria.scope.excludedModalities.filter((modality) => modality.treatmentTypes.includes(type)).length;
    if (inScope + routed !== 1) report(`${criteriaFile} scope`, `treatment type '${type}' must be either in scope or routed to exactly one excluded modality`);
  }
  criteria.levels.forEach((level, index) => {
    const where = `${criteriaFile} levels[${index}] (${level.id})`;
    registerId(where, level.id);
    checkCriterionIds(where, [...level.requiresAll, ...level.requiresAny, ...level.excludedBy]);
    checkKnown(where, level.vocabularyId, level.conceptCode);
    checkSources(where, level.sources);
    if (level.requiresAll.length + level.requiresAny.length === 0) report(where, 'a level requires at least one criterion');
  });
  for (const levelId of levelIds) {
    const count = criteria.evaluationOrder.filter((id) => id === levelId).length;
    if (count !== 1) report(`${criteriaFile} evaluationOrder`, `level '${levelId}' must appear exactly once (found ${count})`);
  }
  checkLevelIds(`${criteriaFile} evaluationOrder`, criteria.evaluationOrder);

  criteria.criteria.forEach((criterion, index) => {
    const where = `${criteriaFile} criteria[${index}] (${criterion.id})`;
    registerId(where, criterion.id);
    checkSources(where, criterion.sources);
    for (const code of criterion.relatedCodes) checkKnown(where, code.vocabularyId, code.conceptCode);
    if (criterion.when !== null) checkWhen(where, criterion.when, whenContext);
  });
  const satisfiesByTechnique = new Map<string, readonly string[]>();
  criteria.techniques.forEach((technique, index) => {
    const where = `${criteriaFile} techniques[${index}] (${technique.id})`;
    registerId(where, technique.id);
    checkCriterionIds(where, technique.satisfies);
    checkSources(where, technique.sources);
    satisfiesByTechnique.set(technique.id, technique.satisfies);
  });
  criteria.exclusions.forEach((exclusion, index) => {
    const where = `${criteriaFile} exclusions[${index}] (${exclusion.id})`;
    registerId(where, exclusion.id);
    checkCriterionIds(where, exclusion.doesNotSatisfy);
    checkLevelIds(where, exclusion.excludesLevels);
    checkTechniqueIds(where, exclusion.techniques);
    checkSources(where, exclusion.sources);
    for (const techniqueId of exclusion.techniques) {
      for (const criterionId of exclusion.doesNotSatisfy) {
        if (satisfiesByTechnique.get(techniqueId)?.includes(criterionId)) {
          report(where, `technique '${techniqueId}' is said to satisfy '${criterionId}', which this exclusion denies`);
        }
      }
    }
  });
  const cycle = criterionCycle(criteria.criteria);
  if (cycle) report(`${criteriaFile} criteria`, `criteria refer to each other in a cycle: ${cycle.join(' -> ')}`);
  criteria.exclusions.forEach((exclusion, index) => {
    if (exclusion.when) checkWhen(`${criteriaFile} exclusions[${index}] (${exclusion.id})`, exclusion.when, whenContext);
  });
  criteria.addOnRules.forEach((rule, index) => {
    const where = `${criteriaFile} addOnRules[${index}] (${rule.id})`;
    registerId(where, rule.id);
    checkKnown(where, rule.vocabularyId, rule.conceptCode);
    checkWhen(where, rule.when, whenContext);
    checkSources(where, rule.sources);
  });
  const versionsOf = (vocabularyId: string, code: string) =>
    pack.codeVersions.filter((version) => version.vocabularyId === vocabularyId && version.conceptCode === code);
  criteria.priorCoding.forEach((rule, index) => {
    const where = `${criteriaFile} priorCoding[${index}] (${rule.id})`;
    registerId(where, rule.id);
    checkSources(where, rule.sources);
    checkWhen(where, rule.when, whenContext);
    if (rule.validTo < rule.validFrom) report(where, 'validTo is before validFrom');
    if (rule.validTo >= criteria.effectiveFrom) report(where, `prior coding must end before the levels take effect (${criteria.effectiveFrom})`);
    rule.choices.forEach((choice, choiceIndex) => {
      const choiceWhere = `${where} choices[${choiceIndex}] (${choice.vocabularyId} ${choice.conceptCode})`;
      checkKnown(choiceWhere, choice.vocabularyId, choice.conceptCode);
      if (choice.when !== null) checkWhen(choiceWhere, choice.when, whenContext);
      // The code history is the authority on validity: a code with versions must be valid throughout the rule's period.
      const versions = versionsOf(choice.vocabularyId, choice.conceptCode);
      const covered = versions.some((version) => version.validFrom <= rule.validFrom && (version.validTo === null || version.validTo >= rule.validTo));
      if (versions.length > 0 && !covered) report(choiceWhere, `the code's versions do not cover ${rule.validFrom} to ${rule.validTo}`);
    });
  });
  criteria.examples.forEach((example, index) => {
    const where = `${criteriaFile} examples[${index}] (${example.id})`;
    registerId(where, example.id);
    checkTechniqueIds(where, example.facts.techniques);
    if (example.expectedCriterion !== null) checkCriterionIds(where, [example.expectedCriterion]);
    if (example.expectedLevel !== null) checkLevelIds(where, [example.expectedLevel]);
    for (const code of example.expectedCodes) checkKnown(where, 'CPT4', code);
    checkSources(where, example.sources);
  });

  // --- change events ----------------------------------------------------------------------------
  const eventIds = new Set<string>();
  pack.changeEvents.forEach((event, index) => {
    const where = `${SEED_FILES.changeEvents}[${index}] (${event.id})`;
    if (eventIds.has(event.id)) report(where, `duplicate id '${event.id}'`);
    eventIds.add(event.id);
    checkSources(where, event.sources);
    checkUncertainty(where, event.confidence, event.note);
    checkDescriptorPhrases(where, [event.summary, event.note]);
    event.to.forEach((target, targetIndex) => {
      const condition = target.condition;
      if (condition !== null && ID_PATTERN.test(condition) && !criterionIds.has(condition) && !levelIds.has(condition)) {
        report(`${where} to[${targetIndex}]`, `unknown criterion id '${condition}' in condition`);
      }
    });
  });

  // --- code versions --------------------------------------------------------------------------
  const versionsByCode = new Map<string, { version: CodeVersion; index: number }[]>();
  pack.codeVersions.forEach((version, index) => {
    const where = `${SEED_FILES.codeVersions}[${index}] (${version.vocabularyId} ${version.conceptCode})`;
    checkSources(where, version.sources);
    checkUncertainty(where, version.confidence, version.note);
    checkDescriptorPhrases(where, [version.meaning, version.note]);
    checkKnown(where, version.vocabularyId, version.conceptCode);
    const key = conceptKey(version.vocabularyId, version.conceptCode);
    const list = versionsByCode.get(key) ?? [];
    list.push({ version, index });
    versionsByCode.set(key, list);
  });
  for (const list of versionsByCode.values()) {
    const sorted = [...list].sort((a, b) => a.version.validFrom.localeCompare(b.version.validFrom));
    for (let i = 0; i < sorted.length - 1; i += 1) {
      const current = sorted[i];
      const next = sorted[i + 1];
      if (!current || !next) continue;
      const where = `${SEED_FILES.codeVersions}[${current.index}] (${current.version.vocabularyId} ${current.version.conceptCode})`;
      if (current.version.validTo === null) {
        report(where, `open-ended version is followed by a version from ${next.version.validFrom}`);
      } else if (current.version.validTo >= next.version.validFrom) {
        report(where, `overlaps the version from ${next.version.validFrom}`);
      } else if (nextDay(current.version.validTo) !== next.version.validFrom) {
        report(where, `gap: valid to ${current.version.validTo} but the next version starts ${next.version.validFrom}`);
      }
    }
  }

  // --- families -------------------------------------------------------------------------------
  const familyIds = new Map<string, Family>();
  pack.families.forEach((family, index) => {
    const where = `${SEED_FILES.families}[${index}] (${family.id})`;
    if (familyIds.has(family.id)) report(where, `duplicate id '${family.id}'`);
    familyIds.set(family.id, family);
    checkSources(where, family.sources);
  });
  pack.families.forEach((family, index) => {
    const where = `${SEED_FILES.families}[${index}] (${family.id})`;
    if (family.parent !== null) {
      const parent = familyIds.get(family.parent);
      if (!parent) report(where, `unknown parent family '${family.parent}'`);
      else {
        for (const range of family.ranges) {
          if (!parent.ranges.some((outer) => rangeWithin(range, outer))) {
            report(where, `range ${codeRangeLabel(range)} is not inside its parent '${parent.id}'`);
          }
        }
      }
    }
  });
  for (let i = 0; i < pack.families.length; i += 1) {
    for (let j = i + 1; j < pack.families.length; j += 1) {
      const a = pack.families[i];
      const b = pack.families[j];
      if (!a || !b) continue;
      for (const ra of a.ranges) {
        for (const rb of b.ranges) {
          if (!rangesOverlap(ra, rb)) continue;
          const nested = (rangeWithin(ra, rb) || rangeWithin(rb, ra)) && !(ra.from === rb.from && ra.to === rb.to);
          if (!nested) {
            report(
              SEED_FILES.families,
              `ranges ${codeRangeLabel(ra)} ('${a.id}') and ${codeRangeLabel(rb)} ('${b.id}') overlap without one containing the other`,
            );
          }
        }
      }
      for (const code of a.codes) {
        if (b.codes.some((other) => other.vocabularyId === code.vocabularyId && other.conceptCode === code.conceptCode)) {
          report(SEED_FILES.families, `code ${code.vocabularyId} ${code.conceptCode} is listed by '${a.id}' and '${b.id}'`);
        }
      }
    }
  }

  // --- profiles -------------------------------------------------------------------------------
  const profileKeys = new Set<string>();
  pack.profiles.forEach((profile, index) => {
    const where = `${SEED_FILES.profiles}[${index}] (${profile.vocabularyId} ${profile.conceptCode})`;
    const key = conceptKey(profile.vocabularyId, profile.conceptCode);
    if (profileKeys.has(key)) report(where, `duplicate profile for ${profile.vocabularyId} ${profile.conceptCode}`);
    profileKeys.add(key);
    checkKnown(where, profile.vocabularyId, profile.conceptCode);
    checkSources(where, profile.sources);
    checkSources(`${where} components`, profile.components.sources);
    if (!familyIds.has(profile.family)) report(where, `unknown family '${profile.family}'`);
    else {
      const resolved = familyOf(pack.families, profile.vocabularyId, profile.conceptCode);
      if (resolved?.id !== profile.family) {
        report(where, `family '${profile.family}' but the family ranges resolve the code to '${resolved?.id ?? 'none'}'`);
      }
    }
    for (const code of profile.primaryCodes ?? []) checkKnown(`${where} primaryCodes`, profile.vocabularyId, code);
    if (profile.primaryCodes && profile.primaryCodes.length > 0 && profile.addOn === false) {
      report(where, 'primaryCodes are given for a code that is not an add-on');
    }
    if (profile.addOn === true && profile.addOnKind === undefined) report(where, 'an add-on says whether it is a formal add-on code or an add-on in function (addOnKind)');
    if (profile.addOn !== true && profile.addOnKind !== undefined) report(where, 'addOnKind is given for a code that is not an add-on');
    checkUncertainty(where, profile.confidence, profile.note);
    checkUncertainty(`${where} components`, profile.components.confidence, profile.components.note);
    profile.componentChanges.forEach((change, changeIndex) => {
      const changeWhere = `${where} componentChanges[${changeIndex}]`;
      checkSources(changeWhere, change.sources);
      for (const code of change.into) checkKnown(changeWhere, profile.vocabularyId, code);
    });
  });

  // --- modifiers ------------------------------------------------------------------------------
  const modifierKeys = new Set<string>();
  pack.modifiers.forEach((modifier, index) => {
    const where = `${SEED_FILES.modifiers}[${index}] (${modifier.code})`;
    const key = conceptKey(modifier.vocabularyId, modifier.code);
    if (modifierKeys.has(key)) report(where, `duplicate modifier ${modifier.vocabularyId} ${modifier.code}`);
    modifierKeys.add(key);
    checkKnown(where, modifier.vocabularyId, modifier.code);
    checkSources(where, modifier.sources);
  });

  // --- payments -------------------------------------------------------------------------------
  const paymentKeys = new Set<string>();
  pack.payments.forEach((payment, index) => {
    const where = `${SEED_FILES.payments}[${index}] (${payment.vocabularyId} ${payment.conceptCode} ${payment.year})`;
    const key = [payment.vocabularyId, payment.conceptCode, payment.year, payment.setting, payment.component, payment.basis].join('|');
    if (paymentKeys.has(key)) report(where, 'duplicate payment entry (same code, year, setting, component and basis)');
    paymentKeys.add(key);
    checkKnown(where, payment.vocabularyId, payment.conceptCode);
    checkSources(where, payment.sources);
    checkUncertainty(where, payment.confidence, payment.note);
  });

  // --- every code has one most specific family ------------------------------------------------
  const codesOfPack = [
    ...pack.omopConcepts.map((row) => ({ vocabularyId: row.vocabulary_id, conceptCode: row.concept_code })),
    ...pack.localConcepts.map((row) => ({ vocabularyId: row.vocabulary_id, conceptCode: row.concept_code })),
  ];
  for (const { vocabularyId, conceptCode } of codesOfPack) {
    const matching = pack.families.filter(
      (family) =>
        family.ranges.some((range) => rangeContains(range, vocabularyId, conceptCode)) ||
        family.codes.some((code) => code.vocabularyId === vocabularyId && code.conceptCode === conceptCode),
    );
    if (matching.length > 0 && familyOf(pack.families, vocabularyId, conceptCode) === null) {
      report(SEED_FILES.families, `${vocabularyId} ${conceptCode} matches ${matching.map((f) => `'${f.id}'`).join(', ')} but no single most specific family`);
    }
  }

  return problems;
}

interface WhenContext {
  criterionIds: ReadonlySet<string>;
  techniqueIds: ReadonlySet<string>;
  report: (where: string, message: string) => void;
}

/** The criteria a predicate refers to (`{ criterion }` nodes). */
export function criterionRefs(when: When | null | undefined): string[] {
  if (!when) return [];
  if ('all' in when) return when.all.flatMap(criterionRefs);
  if ('any' in when) return when.any.flatMap(criterionRefs);
  if ('not' in when) return criterionRefs(when.not);
  if ('criterion' in when) return [when.criterion];
  return [];
}

/** A cycle of criteria referring to each other, or null. */
function criterionCycle(criteria: CriteriaFile['criteria']): string[] | null {
  const refs = new Map(criteria.map((criterion) => [criterion.id, criterionRefs(criterion.when)]));
  const visit = (id: string, path: string[]): string[] | null => {
    if (path.includes(id)) return [...path.slice(path.indexOf(id)), id];
    for (const next of refs.get(id) ?? []) {
      const found = visit(next, [...path, id]);
      if (found) return found;
    }
    return null;
  };
  for (const criterion of criteria) {
    const found = visit(criterion.id, []);
    if (found) return found;
  }
  return null;
}

/** Checks that every condition of a predicate names a value its fact can take, and every criterion it refers to exists. */
function checkWhen(where: string, when: When, context: WhenContext): void {
  const { report } = context;
  if ('all' in when) {
    for (const part of when.all) checkWhen(where, part, context);
    return;
  }
  if ('any' in when) {
    for (const part of when.any) checkWhen(where, part, context);
    return;
  }
  if ('not' in when) {
    checkWhen(where, when.not, context);
    return;
  }
  if ('criterion' in when) {
    if (!context.criterionIds.has(when.criterion)) report(where, `unknown criterion id '${when.criterion}'`);
    return;
  }
  const listFact = when.fact === 'fieldShaping' || when.fact === 'techniques';
  if (listFact !== (when.op === 'includesAny')) {
    report(where, `op '${when.op}' does not fit fact '${when.fact}' (list facts take includesAny, others eq/in/gte/lte)`);
    return;
  }
  const values = when.op === 'in' || when.op === 'includesAny' ? (Array.isArray(when.value) ? when.value : null) : [when.value];
  if (values === null) {
    report(where, `condition on '${when.fact}' with op '${when.op}' needs a list of values`);
    return;
  }
  if ((when.op === 'gte' || when.op === 'lte') && typeof when.value !== 'number') {
    report(where, `condition on '${when.fact}' with op '${when.op}' needs a number`);
    return;
  }
  for (const value of values) {
    const possible =
      when.fact === 'techniques'
        ? typeof value === 'string' && context.techniqueIds.has(value)
        : when.fact === 'fieldShaping'
          ? TreatmentFactsSchema.shape.fieldShaping.element.safeParse(value).success
          : TreatmentFactsSchema.shape[when.fact].safeParse(value).success;
    if (!possible) report(where, `condition value ${JSON.stringify(value)} is not a possible value of fact '${when.fact}'`);
  }
}
