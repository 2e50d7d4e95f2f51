import { buildSchema, getNullableType, isListType, isObjectType, parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/api/query-cost.js';
import { listLimits, loadTypeDefs } from '../../src/schema.js';

/**
 * The cost walk's variables: coerced as execution coerces them, except a list of input objects
 * given as a list, whose length is all the cost reads (its items are left to execution).
 */
const schema = buildSchema(loadTypeDefs().join('\n'));
const CODES_ON_DATE = parse(
  'query ($codes: [CodeInput!]!, $date: Date!) { codesOnDate(codes: $codes, date: $date) { code { conceptCode } successors { code { conceptCode } } } }',
);
const operation = CODES_ON_DATE.definitions[0] as OperationDefinitionNode;
const cost = (variables: Record<string, unknown>) => operationCost(schema, CODES_ON_DATE, operation, variables)?.cost;
const code = (conceptCode: string) => ({ vocabularyId: 'CPT4', conceptCode });

describe('operationCost with a list of input objects', () => {
  it('counts the list by its length: three codes cost three times one', () => {
    const one = cost({ codes: [code('77412')], date: '2025-01-01' });
    expect(one).toBeGreaterThan(0);
    expect(cost({ codes: [code('77412'), code('77407'), code('77402')], date: '2025-01-01' })).toBe(3 * one!);
  });

  it('reads only the length: an item that execution will refuse costs what a good one costs', () => {
    const good = cost({ codes: [code('77412'), code('77407')], date: '2025-01-01' });
    expect(cost({ codes: [code('77412'), { vocabularyId: 'CPT4' }], date: '2025-01-01' })).toBe(good);
  });

  it('coerces one object given for the list as a list of one, as execution does', () => {
    expect(cost({ codes: code('77412'), date: '2025-01-01' })).toBe(cost({ codes: [code('77412')], date: '2025-01-01' }));
  });

  it('still leaves the cost to execution when another variable does not coerce', () => {
    expect(cost({ codes: [code('77412')], date: null })).toBeUndefined();
    expect(cost({ codes: [code('77412')] })).toBeUndefined();
    expect(cost({ date: '2025-01-01' })).toBeUndefined();
  });
});

describe('operationCost with a list over its limit', () => {
  const limited = (codes: number) =>
    operationCost(
      schema,
      CODES_ON_DATE,
      operation,
      { codes: Array.from({ length: codes }, () => code('77412')), date: '2025-01-01' },
      new Map([['Query.codesOnDate(codes:)', 2]]),
    )?.cost;

  it('counts a list longer than its limit as the limit (execution refuses it by name)', () => {
    expect(limited(5)).toBe(limited(2));
    expect(limited(1)! * 2).toBe(limited(2));
    expect(cost({ codes: Array.from({ length: 5 }, () => code('77412')), date: '2025-01-01' })).toBe(5 * limited(1)!);
  });
});

describe("the modules' list limits", () => {
  /** Every list argument a `@listSize(slicingArguments:)` names, as a schema coordinate. */
  const slicingLists = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) => {
        const listSize = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
        const slicing = listSize?.arguments?.find((a) => a.name.value === 'slicingArguments');
        const names = slicing ? (valueFromASTUntyped(slicing.value) as string[]) : [];
        return field.args
          .filter((arg) => names.includes(arg.name) && isListType(getNullableType(arg.type)))
          .map((arg) => `${type.name}.${field.name}(${arg.name}:)`);
      }),
    );

  it('give a limit to every list argument that sizes its answer, and name only list arguments of the schema', () => {
    expect(slicingLists).toContain('Query.mapClaimLines(lines:)');
    const limits = listLimits();
    expect([...limits.keys()].sort()).toEqual([...slicingLists].sort());
    for (const [coordinate, limit] of limits) {
      const [, typeName, fieldName, argName] = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate)!;
      const type = schema.getType(typeName!);
      const arg = isObjectType(type) ? type.getFields()[fieldName!]?.args.find((a) => a.name === argName) : undefined;
      expect(arg && isListType(getNullableType(arg.type)), coordinate).toBe(true);
      expect(Number.isInteger(limit) && limit > 0, coordinate).toBe(true);
    }
  });
});
