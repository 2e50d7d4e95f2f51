import { describe, expect, it } from 'vitest';
import { parseClaimCode, vocabularyOf } from '../../src/modules/claims/claim-code.js';

describe('claim codes', () => {
  it('tells CPT4 (five characters, Category II/III ending in F/T) from HCPCS (a letter and four digits)', () => {
    expect(vocabularyOf('77412')).toBe('CPT4');
    expect(vocabularyOf('0394T')).toBe('CPT4');
    expect(vocabularyOf('3008F')).toBe('CPT4');
    expect(vocabularyOf('G6015')).toBe('HCPCS');
    expect(vocabularyOf('7741')).toBeNull();
    expect(vocabularyOf('774122')).toBeNull();
    expect(vocabularyOf('GG015')).toBeNull();
  });

  it('reads modifiers written into the code and listed beside it, upper-cased, each once, in order', () => {
    expect(parseClaimCode('77387-26')).toEqual({ ok: true, vocabularyId: 'CPT4', conceptCode: '77387', modifiers: [{ code: '26', text: '26' }] });
    expect(parseClaimCode('77427 TC')).toMatchObject({ conceptCode: '77427', modifiers: [{ code: 'TC' }] });
    expect(parseClaimCode('g6015')).toMatchObject({ ok: true, vocabularyId: 'HCPCS', conceptCode: 'G6015', modifiers: [] });
    expect(parseClaimCode(' 77412 ')).toMatchObject({ ok: true, conceptCode: '77412' });
    expect(parseClaimCode('77387-26', ['59', '26', 'rt'])).toMatchObject({
      modifiers: [
        { code: '26', text: '26' },
        { code: '59', text: '59' },
        { code: 'RT', text: 'rt' },
      ],
    });
  });

  it('names every problem of a malformed code', () => {
    expect(parseClaimCode('')).toEqual({ ok: false, problems: ['the code is empty'] });
    const bad = parseClaimCode('7741X-2', ['ABC']);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems).toHaveLength(3);
      expect(bad.problems[0]).toMatch(/'7741X' is not a CPT4 code/);
      expect(bad.problems[1]).toMatch(/modifier '2' is not two letters or digits/);
      expect(bad.problems[2]).toMatch(/modifier 'ABC'/);
    }
  });
});
