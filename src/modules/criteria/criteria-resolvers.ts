import type { CriterionResolvers, TechniqueResolvers, WorkedExampleResolvers } from '../../generated/graphql.js';
import { sourcesOf } from '../sources/source-repository.js';
import { examplesIllustrating, techniquesSatisfying } from './rule-set.js';

export const criteriaResolvers: { Criterion: CriterionResolvers; Technique: TechniqueResolvers; WorkedExample: WorkedExampleResolvers } = {
  Criterion: {
    techniques: async (criterion, _args, context) => techniquesSatisfying(await context.ruleSet(), criterion.criterionId),
    examples: async (criterion, _args, context) => examplesIllustrating(await context.ruleSet(), criterion.criterionId),
    sources: (criterion, _args, { loaders }) => sourcesOf(loaders.sources, criterion.sources),
  },
  Technique: {
    sources: (technique, _args, { loaders }) => sourcesOf(loaders.sources, technique.sources),
  },
  WorkedExample: {
    sources: (example, _args, { loaders }) => sourcesOf(loaders.sources, example.sources),
  },
};
