import type {
  CodeCriteriaResolvers,
  CriterionResolvers,
  DecisionStepResolvers,
  DeliveryLevelResolvers,
  DeliveryRecommendationResolvers,
  DeliveryRoutingResolvers,
  ExclusionResolvers,
  QueryResolvers,
  RecommendedCodeResolvers,
  TechniqueResolvers,
  WorkedExampleResolvers,
} from '../../generated/graphql.js';
import { criterionRefs } from '../../seed-pack/criteria.js';
import { sourcesOf } from '../sources/source-repository.js';
import { recommend } from './engine.js';
import {
  examplesIllustrating,
  exclusionsOfLevel,
  levelCriterionIds,
  techniquesSatisfying,
  type CodeCriteriaRecord,
  type CriterionRecord,
  type RuleSet,
} from './rule-set.js';
import { evaluationRequestOf } from './treatment-input.js';

const criteriaOf = (ruleSet: RuleSet, ids: readonly string[]): CriterionRecord[] =>
  ids.flatMap((id) => {
    const criterion = ruleSet.criteria.get(id);
    return criterion ? [criterion] : [];
  });

const recommendDeliveryCode: QueryResolvers['recommendDeliveryCode'] = async (_parent, { treatment }, context) => {
  const { request, warnings } = evaluationRequestOf(treatment);
  const result = recommend(await context.ruleSet(), request);
  return { ...result, warnings: [...warnings, ...result.warnings] };
};

const deliveryLevels: QueryResolvers['deliveryLevels'] = async (_parent, { asOf }, context) => {
  const { levels } = await context.ruleSet();
  // Lowest level first for reading; the engine tries them the other way round.
  return [...levels].filter((level) => !asOf || level.effectiveFrom <= asOf).sort((a, b) => a.level - b.level);
};

const criteriaForCode: QueryResolvers['criteriaForCode'] = async (_parent, { code }, context) => {
  const ruleSet = await context.ruleSet();
  const key = { vocabularyId: code.vocabularyId.trim(), conceptCode: code.conceptCode.trim() };
  const same = (other: { vocabularyId: string; conceptCode: string }) => other.vocabularyId === key.vocabularyId && other.conceptCode === key.conceptCode;
  const level = ruleSet.levels.find((candidate) => same(candidate.code)) ?? null;
  const criteria: CodeCriteriaRecord['criteria'] = [];
  const add = (ids: readonly string[], requirement: CodeCriteriaRecord['criteria'][number]['requirement']) => {
    for (const criterion of criteriaOf(ruleSet, ids)) {
      if (!criteria.some((entry) => entry.criterion.criterionId === criterion.criterionId)) criteria.push({ criterion, requirement });
    }
  };
  if (level) {
    add(level.requiresAll, 'REQUIRED');
    add(level.requiresAny, 'ANY_OF');
    add(level.excludedBy, 'EXCLUDES');
  }
  for (const rule of ruleSet.addOnRules.filter((r) => same(r.code))) add(criterionRefs(rule.when), 'ADDS_CODE');
  const related = await context.repositories.criteria.criteriaRelatedTo(key);
  add(related, 'RELATED');
  return { code: key, level, criteria };
};

export const criteriaResolvers: {
  Query: QueryResolvers;
  Criterion: CriterionResolvers;
  Technique: TechniqueResolvers;
  WorkedExample: WorkedExampleResolvers;
  DeliveryLevel: DeliveryLevelResolvers;
  Exclusion: ExclusionResolvers;
  CodeCriteria: CodeCriteriaResolvers;
  DeliveryRecommendation: DeliveryRecommendationResolvers;
  RecommendedCode: RecommendedCodeResolvers;
  DecisionStep: DecisionStepResolvers;
  DeliveryRouting: DeliveryRoutingResolvers;
} = {
  Query: { recommendDeliveryCode, deliveryLevels, criteriaForCode },
  Criterion: {
    techniques: async (criterion, _args, context) => techniquesSatisfying(await context.ruleSet(), criterion.criterionId),
    examples: async (criterion, _args, context) => examplesIllustrating(await context.ruleSet(), criterion.criterionId),
    sources: (criterion, _args, { loaders }) => sourcesOf(loaders.sources, criterion.sources),
  },
  Technique: {
    satisfies: async (technique, _args, context) => criteriaOf(await context.ruleSet(), technique.satisfies),
    sources: (technique, _args, { loaders }) => sourcesOf(loaders.sources, technique.sources),
  },
  WorkedExample: {
    expectedLevel: async (example, _args, context) => (await context.ruleSet()).levels.find((level) => level.levelId === example.expectedLevel)?.level ?? null,
    expectedCriterion: async (example, _args, context) =>
      example.expectedCriterion ? ((await context.ruleSet()).criteria.get(example.expectedCriterion) ?? null) : null,
    sources: (example, _args, { loaders }) => sourcesOf(loaders.sources, example.sources),
  },
  DeliveryLevel: {
    requiresAll: async (level, _args, context) => criteriaOf(await context.ruleSet(), level.requiresAll),
    requiresAny: async (level, _args, context) => criteriaOf(await context.ruleSet(), level.requiresAny),
    excludedBy: async (level, _args, context) => criteriaOf(await context.ruleSet(), level.excludedBy),
    techniques: async (level, _args, context) => {
      const ruleSet = await context.ruleSet();
      const ids = new Set(levelCriterionIds(level));
      return [...ruleSet.techniques.values()].filter((technique) => technique.satisfies.some((id) => ids.has(id)));
    },
    exclusions: async (level, _args, context) => exclusionsOfLevel(await context.ruleSet(), level),
    examples: async (level, _args, context) => (await context.ruleSet()).examples.filter((example) => example.expectedLevel === level.levelId),
    sources: (level, _args, { loaders }) => sourcesOf(loaders.sources, level.sources),
  },
  Exclusion: {
    doesNotSatisfy: async (exclusion, _args, context) => criteriaOf(await context.ruleSet(), exclusion.doesNotSatisfy),
    techniques: async (exclusion, _args, context) => {
      const ruleSet = await context.ruleSet();
      return exclusion.techniques.flatMap((id) => ruleSet.techniques.get(id) ?? []);
    },
    sources: (exclusion, _args, { loaders }) => sourcesOf(loaders.sources, exclusion.sources),
  },
  CodeCriteria: {},
  DeliveryRecommendation: {
    criteriaMet: async (recommendation, _args, context) => criteriaOf(await context.ruleSet(), recommendation.criteriaMet),
    missingFacts: (recommendation) => recommendation.missing,
  },
  RecommendedCode: {
    code: (code) => ({ vocabularyId: code.vocabularyId, conceptCode: code.conceptCode }),
  },
  DecisionStep: {
    criterion: async (step, _args, context) => (step.criterionId ? ((await context.ruleSet()).criteria.get(step.criterionId) ?? null) : null),
  },
  DeliveryRouting: {
    modalityId: (routing) => routing.modality.modalityId,
    name: (routing) => routing.modality.name,
    family: (routing) => routing.modality.familyName ?? routing.modality.family,
    codes: (routing) => routing.codes,
    choice: (routing) => routing.modality.choice,
    billed: (routing) => routing.modality.billed,
    sources: (routing, _args, { loaders }) => sourcesOf(loaders.sources, routing.modality.sources),
    confidence: (routing) => routing.modality.confidence,
    note: (routing) => routing.modality.note,
  },
};
