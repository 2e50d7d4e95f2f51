import { connection, pageWindow } from '../../api/pagination.js';
import { badInput, checkListSize, limitExceeded, LimitCode } from '../../errors.js';
import type {
  BillingComponentsResolvers,
  BillingProfileResolvers,
  CodeChangeResolvers,
  CodeInput,
  CodeOnDateResolvers,
  ComponentChangeResolvers,
  LineageStepResolvers,
  QueryResolvers,
  SuccessorResolvers,
} from '../../generated/graphql.js';
import type { CodeKey } from '../../graph/code.js';
import type { CriterionRecord } from '../criteria/rule-set.js';
import { sourcesOf } from '../sources/source-repository.js';
import { siteOfSetting, type ChangeKindValue, type WalkDirection } from './lineage-records.js';
import { DEFAULT_MAX_GENERATIONS, lineageTexts, MAX_GENERATIONS, walkLineage } from './lineage-walk.js';

/** Most codes one codesOnDate call answers. */
export const MAX_CODES_PER_CALL = 1_000;
const MAX_VOCABULARY_IDS = 50;

/** A code as the client gave it: both parts required, surrounding spaces dropped. */
export function codeOf(input: CodeInput, field = 'code'): CodeKey {
  const vocabularyId = input.vocabularyId.trim();
  const conceptCode = input.conceptCode.trim();
  if (!vocabularyId) throw badInput(`${field}.vocabularyId must not be empty`, `${field}.vocabularyId`);
  if (!conceptCode) throw badInput(`${field}.conceptCode must not be empty`, `${field}.conceptCode`);
  return { vocabularyId, conceptCode };
}

/** The generations a lineage walk may take: 1 to MAX_GENERATIONS, refused (never clamped) above. */
export function generationsOf(maxGenerations: number | null | undefined): number {
  const value = maxGenerations ?? DEFAULT_MAX_GENERATIONS;
  if (!Number.isInteger(value) || value < 1) throw badInput(`maxGenerations must be 1 or more, got ${value}`, 'maxGenerations');
  if (value > MAX_GENERATIONS) {
    throw limitExceeded(
      LimitCode.TRAVERSAL_DEPTH_LIMIT_EXCEEDED,
      `maxGenerations may be at most ${MAX_GENERATIONS}, got ${value}`,
      MAX_GENERATIONS,
      value,
      'maxGenerations',
    );
  }
  return value;
}

const upper = (kind: ChangeKindValue) => kind.toUpperCase() as Uppercase<ChangeKindValue>;
const plainCode = (code: CodeKey): CodeKey => ({ vocabularyId: code.vocabularyId, conceptCode: code.conceptCode });

const lineage: QueryResolvers['lineage'] = async (_parent, args, { loaders }) => {
  const code = codeOf(args.code);
  const generations = generationsOf(args.maxGenerations);
  const direction = args.direction ?? 'BOTH';
  const directions: WalkDirection[] = direction === 'BOTH' ? ['PREDECESSORS', 'SUCCESSORS'] : [direction];
  const history = await loaders.lineage.history();
  const steps = walkLineage(history.events, code, directions, generations);
  return { code, steps, ...lineageTexts(code, steps) };
};

const codeOnDate: QueryResolvers['codeOnDate'] = (_parent, args, { loaders }) =>
  loaders.lineage.codesOnDate.load({ code: codeOf(args.code), date: args.date, siteOfService: args.siteOfService ?? null, payer: args.payer ?? null });

const codesOnDate: QueryResolvers['codesOnDate'] = (_parent, args, { loaders }) => {
  checkListSize('codes', args.codes.length, MAX_CODES_PER_CALL);
  const keys = args.codes.map((code, index) => ({
    code: codeOf(code, `codes[${index}]`),
    date: args.date,
    siteOfService: args.siteOfService ?? null,
    payer: args.payer ?? null,
  }));
  return loaders.lineage.codesOnDate.loadMany(keys).then((answers) =>
    answers.map((answer) => {
      if (answer instanceof Error) throw answer;
      return answer;
    }),
  );
};

const codeChanges: QueryResolvers['codeChanges'] = async (_parent, args, { repositories }) => {
  if (args.from > args.to) throw badInput(`from (${args.from}) is after to (${args.to})`, 'from');
  const vocabularyIds = args.vocabularyIds ?? null;
  if (vocabularyIds) checkListSize('vocabularyIds', vocabularyIds.length, MAX_VOCABULARY_IDS);
  const window = pageWindow(args);
  const { total, events } = await repositories.lineage.changesBetween(args.from, args.to, vocabularyIds, window);
  return connection(events, window, total);
};

const criteriaOf = async (ids: readonly string[], ruleSet: Promise<{ criteria: ReadonlyMap<string, CriterionRecord> }>): Promise<CriterionRecord[]> => {
  const { criteria } = await ruleSet;
  return ids.map((id) => criteria.get(id)).filter((criterion): criterion is CriterionRecord => criterion !== undefined);
};

export const lineageResolvers: {
  Query: QueryResolvers;
  LineageStep: LineageStepResolvers;
  CodeOnDate: CodeOnDateResolvers;
  Successor: SuccessorResolvers;
  BillingProfile: BillingProfileResolvers;
  BillingComponents: BillingComponentsResolvers;
  ComponentChange: ComponentChangeResolvers;
  CodeChange: CodeChangeResolvers;
} = {
  Query: { lineage, codeOnDate, codesOnDate, codeChanges },
  LineageStep: {
    kind: (step) => upper(step.kind),
    siteOfService: (step) => siteOfSetting(step.setting),
    sources: (step, _args, { loaders }) => sourcesOf(loaders.sources, step.sources),
  },
  CodeOnDate: {
    sources: (answer, _args, { loaders }) => sourcesOf(loaders.sources, answer.sources),
  },
  Successor: {
    criteria: (successor, _args, context) => criteriaOf(successor.criterionIds, context.ruleSet()),
    siteOfService: (successor) => siteOfSetting(successor.setting),
  },
  BillingProfile: {
    primaryCodes: (profile) => profile.primaryCodes.map(plainCode),
    sources: (profile, _args, { loaders }) => sourcesOf(loaders.sources, profile.sources),
  },
  BillingComponents: {
    sources: (components, _args, { loaders }) => sourcesOf(loaders.sources, components.sources),
  },
  ComponentChange: {
    into: (change) => change.into.map(plainCode),
    sources: (change, _args, { loaders }) => sourcesOf(loaders.sources, change.sources),
  },
  CodeChange: {
    kind: (change) => upper(change.kind),
    from: (change) => change.from.map(plainCode),
    to: (change) => change.to.map(plainCode),
    sources: (change, _args, { loaders }) => sourcesOf(loaders.sources, change.sources),
  },
};
