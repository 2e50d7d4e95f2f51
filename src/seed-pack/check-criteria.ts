import { criterionRefs, FACT_KEYS, TREATMENT_TYPES, TreatmentFactsSchema, type CriteriaFile, type When } from './criteria.js';
import { SEED_FILES, type SeedPack } from './pack.js';
import type { PackCheck } from './pack-check.js';

/** criteria/criteria.json: ids unique and known, predicates on possible values, no cycle, prior coding covered by the code history. */
export function checkCriteria(pack: SeedPack, check: PackCheck): void {
  // criteria (collected first: change events refer to them)
  const criteriaFile = SEED_FILES.criteria;
  const { criteria } = pack;
  const criterionIds = new Set(criteria.criteria.map((criterion) => criterion.id));
  const levelIds = new Set(criteria.levels.map((level) => level.id));
  const techniqueIds = new Set(criteria.techniques.map((technique) => technique.id));
  const seenCriteriaIds = new Map<string, string>();
  const registerId = (where: string, id: string): void => {
    const previous = seenCriteriaIds.get(id);
    if (previous !== undefined) check.report(where, `duplicate id '${id}' (also ${previous})`);
    else seenCriteriaIds.set(id, where);
  };
  const checkCriterionIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!criterionIds.has(id)) check.report(where, `unknown criterion id '${id}'`);
    }
  };
  const checkLevelIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!levelIds.has(id)) check.report(where, `unknown level id '${id}'`);
    }
  };
  const checkTechniqueIds = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      if (!techniqueIds.has(id)) check.report(where, `unknown technique id '${id}'`);
    }
  };

  const whenContext: WhenContext = { criterionIds, techniqueIds, report: check.report };
  criteria.facts.forEach((fact, index) => {
    if (criteria.facts.findIndex((other) => other.id === fact.id) !== index)
      check.report(`${criteriaFile} facts[${index}]`, `fact '${fact.id}' is defined twice`);
    check.sources(`${criteriaFile} facts[${index}] (${fact.id})`, fact.sources);
  });
  for (const key of FACT_KEYS) {
    if (!criteria.facts.some((fact) => fact.id === key)) check.report(`${criteriaFile} facts`, `fact '${key}' has no meaning`);
  }
  check.sources(`${criteriaFile} scope`, criteria.scope.sources);
  const familyIdSet = new Set(pack.families.map((family) => family.id));
  criteria.scope.excludedModalities.forEach((modality, index) => {
    const where = `${criteriaFile} scope.excludedModalities[${index}] (${modality.id})`;
    registerId(where, modality.id);
    for (const code of modality.codes) check.known(where, code.vocabularyId, code.conceptCode);
    if (modality.family !== null && !familyIdSet.has(modality.family)) check.report(where, `unknown family '${modality.family}'`);
    check.sources(where, modality.sources);
  });
  for (const type of TREATMENT_TYPES) {
    const inScope = criteria.scope.treatmentTypes.includes(type) ? 1 : 0;
    const routed = criteria.scope.excludedModalities.filter((modality) => modality.treatmentTypes.includes(type)).length;
    if (inScope + routed !== 1)
      check.report(`${criteriaFile} scope`, `treatment type '${type}' must be either in scope or routed to exactly one excluded modality`);
  }
  criteria.levels.forEach((level, index) => {
    const where = `${criteriaFile} levels[${index}] (${level.id})`;
    registerId(where, level.id);
    checkCriterionIds(where, [...level.requiresAll, ...level.requiresAny, ...level.excludedBy]);
    check.known(where, level.vocabularyId, level.conceptCode);
    check.sources(where, level.sources);
    if (level.requiresAll.length + level.requiresAny.length === 0) check.report(where, 'a level requires at least one criterion');
  });
  for (const levelId of levelIds) {
    const count = criteria.evaluationOrder.filter((id) => id === levelId).length;
    if (count !== 1) check.report(`${criteriaFile} evaluationOrder`, `level '${levelId}' must appear exactly once (found ${count})`);
  }
  checkLevelIds(`${criteriaFile} evaluationOrder`, criteria.evaluationOrder);

  criteria.criteria.forEach((criterion, index) => {
    const where = `${criteriaFile} criteria[${index}] (${criterion.id})`;
    registerId(where, criterion.id);
    check.sources(where, criterion.sources);
    for (const code of criterion.relatedCodes) check.known(where, code.vocabularyId, code.conceptCode);
    if (criterion.when !== null) checkWhen(where, criterion.when, whenContext);
  });
  const satisfiesByTechnique = new Map<string, readonly string[]>();
  criteria.techniques.forEach((technique, index) => {
    const where = `${criteriaFile} techniques[${index}] (${technique.id})`;
    registerId(where, technique.id);
    checkCriterionIds(where, technique.satisfies);
    check.sources(where, technique.sources);
    satisfiesByTechnique.set(technique.id, technique.satisfies);
  });
  criteria.exclusions.forEach((exclusion, index) => {
    const where = `${criteriaFile} exclusions[${index}] (${exclusion.id})`;
    registerId(where, exclusion.id);
    checkCriterionIds(where, exclusion.doesNotSatisfy);
    checkLevelIds(where, exclusion.excludesLevels);
    checkTechniqueIds(where, exclusion.techniques);
    check.sources(where, exclusion.sources);
    for (const techniqueId of exclusion.techniques) {
      for (const criterionId of exclusion.doesNotSatisfy) {
        if (satisfiesByTechnique.get(techniqueId)?.includes(criterionId)) {
          check.report(where, `technique '${techniqueId}' is said to satisfy '${criterionId}', which this exclusion denies`);
        }
      }
    }
  });
  const cycle = criterionCycle(criteria.criteria);
  if (cycle) check.report(`${criteriaFile} criteria`, `criteria refer to each other in a cycle: ${cycle.join(' -> ')}`);
  criteria.exclusions.forEach((exclusion, index) => {
    if (exclusion.when) checkWhen(`${criteriaFile} exclusions[${index}] (${exclusion.id})`, exclusion.when, whenContext);
  });
  criteria.addOnRules.forEach((rule, index) => {
    const where = `${criteriaFile} addOnRules[${index}] (${rule.id})`;
    registerId(where, rule.id);
    check.known(where, rule.vocabularyId, rule.conceptCode);
    checkWhen(where, rule.when, whenContext);
    check.sources(where, rule.sources);
  });
  const versionsOf = (vocabularyId: string, code: string) =>
    pack.codeVersions.filter((version) => version.vocabularyId === vocabularyId && version.conceptCode === code);
  criteria.priorCoding.forEach((rule, index) => {
    const where = `${criteriaFile} priorCoding[${index}] (${rule.id})`;
    registerId(where, rule.id);
    check.sources(where, rule.sources);
    checkWhen(where, rule.when, whenContext);
    if (rule.validTo < rule.validFrom) check.report(where, 'validTo is before validFrom');
    if (rule.validTo >= criteria.effectiveFrom) check.report(where, `prior coding must end before the levels take effect (${criteria.effectiveFrom})`);
    rule.choices.forEach((choice, choiceIndex) => {
      const choiceWhere = `${where} choices[${choiceIndex}] (${choice.vocabularyId} ${choice.conceptCode})`;
      check.known(choiceWhere, choice.vocabularyId, choice.conceptCode);
      if (choice.when !== null) checkWhen(choiceWhere, choice.when, whenContext);
      // The code history is the authority on validity: a code with versions must be valid throughout the rule's period.
      const versions = versionsOf(choice.vocabularyId, choice.conceptCode);
      const covered = versions.some((version) => version.validFrom <= rule.validFrom && (version.validTo === null || version.validTo >= rule.validTo));
      if (versions.length > 0 && !covered) check.report(choiceWhere, `the code's versions do not cover ${rule.validFrom} to ${rule.validTo}`);
    });
  });
  criteria.examples.forEach((example, index) => {
    const where = `${criteriaFile} examples[${index}] (${example.id})`;
    registerId(where, example.id);
    checkTechniqueIds(where, example.facts.techniques);
    if (example.expectedCriterion !== null) checkCriterionIds(where, [example.expectedCriterion]);
    if (example.expectedLevel !== null) checkLevelIds(where, [example.expectedLevel]);
    for (const code of example.expectedCodes) check.known(where, 'CPT4', code);
    check.sources(where, example.sources);
  });
}

interface WhenContext {
  criterionIds: ReadonlySet<string>;
  techniqueIds: ReadonlySet<string>;
  report: (where: string, message: string) => void;
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
