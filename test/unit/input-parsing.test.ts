import { describe, expect, it } from 'vitest';
import { parseConceptId } from '../../src/api/concept-id.js';
import { parseIsoDate } from '../../src/resolvers.js';
import { ServiceError } from '../../src/errors.js';

describe('parseConceptId', () => {
  it('accepts ids given as strings or numbers', () => {
    expect(parseConceptId('2211867')).toBe(2211867);
    expect(parseConceptId(2211867)).toBe(2211867);
    expect(parseConceptId(' 45890647 ')).toBe(45890647);
    expect(parseConceptId('2147483647')).toBe(2147483647);
  });

  it("accepts 0, OMOP's 'No matching concept'", () => {
    expect(parseConceptId('0')).toBe(0);
    expect(parseConceptId(0)).toBe(0);
  });

  it.each(['abc', '-5', '-0', '1.5', '', '99999999999', '2147483648'])('rejects %j with BAD_USER_INPUT', (value) => {
    let error: unknown;
    try {
      parseConceptId(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('BAD_USER_INPUT');
  });
});

describe('parseIsoDate', () => {
  it('accepts real calendar days', () => {
    expect(parseIsoDate('2026-01-01')).toBe('2026-01-01');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2026-13-01', '20260101', '2026-1-1', 20260101, null])('rejects %j', (value) => {
    expect(() => parseIsoDate(value)).toThrow(/YYYY-MM-DD/);
  });
});
