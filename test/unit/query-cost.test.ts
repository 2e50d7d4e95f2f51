import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/api/query-cost.js';
import { loadTypeDefs } from '../../src/schema.js';

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
