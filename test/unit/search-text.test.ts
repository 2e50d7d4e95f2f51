import { describe, expect, it } from 'vitest';
import { escapeLucene, filterParameters, MAX_QUERY_LENGTH, prepareSearchText } from '../../src/modules/search/search-text.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  throw new Error('expected a refusal');
};

describe('escapeLucene', () => {
  it('escapes every character of the classic query syntax', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
    expect(escapeLucene('K92.2')).toBe('K92.2');
    expect(escapeLucene('hémorragie')).toBe('hémorragie');
  });
});

describe('prepareSearchText', () => {
  it('requires every word, whole or as a prefix, lower-cased so operator words are plain words', () => {
    expect(prepareSearchText('  GI   Bleed ')).toEqual({ text: 'GI Bleed', lucene: '+(gi OR gi*) +(bleed OR bleed*)' });
    expect(prepareSearchText('hemorrhage AND colon').lucene).toBe('+(hemorrhage OR hemorrhage*) +(and OR and*) +(colon OR colon*)');
    expect(prepareSearchText('title:x*').lucene).toBe('+(title\\:x\\* OR title\\:x\\**)');
  });

  it('drops words without a letter or digit, and gives no Lucene query when none is left', () => {
    expect(prepareSearchText('!!! colon ()').lucene).toBe('+(colon OR colon*)');
    expect(prepareSearchText('"').lucene).toBeNull();
    expect(prepareSearchText('&& ||')).toEqual({ text: '&& ||', lucene: null });
  });

  it('normalizes compatibility forms (NFKC) and keeps the whole text for the code match', () => {
    expect(prepareSearchText('ｋ９２．２')).toEqual({ text: 'k92.2', lucene: '+(k92.2 OR k92.2*)' });
  });

  it('refuses empty text, control characters and lone surrogates', () => {
    for (const bad of ['', '  \t ', 'a\u0000b', 'a\u001bb', 'a\u0085b', '\ud83dx', 'x\ude00']) {
      expect(
        code(() => prepareSearchText(bad)),
        JSON.stringify(bad),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    }
    expect(prepareSearchText('🩸 bleed').lucene).toBe('+(bleed OR bleed*)');
  });

  it('refuses text longer than the limit, counting characters not UTF-16 units', () => {
    expect(code(() => prepareSearchText('x'.repeat(MAX_QUERY_LENGTH + 1)))).toMatchObject({
      code: 'TEXT_LENGTH_LIMIT_EXCEEDED',
      limit: 200,
      requested: 201,
    });
    expect(prepareSearchText('🩸'.repeat(MAX_QUERY_LENGTH)).text).toHaveLength(400);
  });
});

describe('filterParameters', () => {
  const noCheck = () => undefined;
  it('treats omitted and empty lists as no restriction', () => {
    expect(filterParameters(undefined, noCheck)).toEqual({
      vocabularyIds: null,
      domainIds: null,
      conceptClassIds: null,
      standardConcepts: null,
      nonStandard: true,
      validOn: null,
    });
    expect(filterParameters({ vocabularyIds: [], standardConcept: [] }, noCheck)).toMatchObject({
      vocabularyIds: null,
      standardConcepts: null,
      nonStandard: true,
    });
  });

  it("maps 'N' to OMOP's null standard_concept", () => {
    expect(filterParameters({ standardConcept: ['N'] }, noCheck)).toMatchObject({ standardConcepts: [], nonStandard: true });
    expect(filterParameters({ standardConcept: ['S', 'C'] }, noCheck)).toMatchObject({ standardConcepts: ['S', 'C'], nonStandard: false });
    expect(code(() => filterParameters({ standardConcept: ['s'] }, noCheck))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.standardConcept' });
  });

  it('checks each list against the size check it is given', () => {
    const checked: [string, number][] = [];
    filterParameters({ vocabularyIds: ['CPT4', 'HCPCS'], domainIds: ['Procedure'] }, (argument, length) => checked.push([argument, length]));
    expect(checked).toEqual([
      ['filter.vocabularyIds', 2],
      ['filter.domainIds', 1],
    ]);
  });
});
