import { badInput, limitExceeded, LimitCode } from '../../errors.js';

/** The longest search text accepted, in characters (after trimming). */
export const MAX_QUERY_LENGTH = 200;

/**
 * Lucene's classic query syntax: characters with a meaning, escaped with a backslash so the
 * user's text is only ever a term. `&&` and `||` are covered by escaping `&` and `|` one by one.
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/<>=]/g;

/** Escapes one word so the query parser reads it as a literal term. */
export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What a search asks for, checked: the trimmed text (for the code match) and the words. */
export interface SearchText {
  /** The whole text, trimmed and NFKC-normalized: compared with conceptCode ignoring case. */
  text: string;
  /** The Lucene query for the full-text index, or null when no word has a letter or digit. */
  lucene: string | null;
}

/**
 * Checks and prepares search text. Refuses (BAD_USER_INPUT, field `query`) empty or
 * white-space-only text, control characters and malformed unicode (lone surrogates); refuses
 * text longer than MAX_QUERY_LENGTH (TEXT_LENGTH_LIMIT_EXCEEDED).
 *
 * Every word must match (`+`), whole or as the start of an indexed word. Words are lower-cased
 * for the prefix form because prefix terms skip the analyzer. The operator words AND, OR, NOT
 * lose their meaning once lower-cased, and every special character is escaped.
 */
export function prepareSearchText(raw: string): SearchText {
  if (LONE_SURROGATE.test(raw)) throw badInput('query is not well-formed unicode (it holds a lone surrogate)', 'query');
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point of this test
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(raw)) {
    throw badInput('query must not contain control characters', 'query');
  }
  const text = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (text === '') throw badInput('query must not be empty or only white space', 'query');
  const length = [...text].length;
  if (length > MAX_QUERY_LENGTH) {
    throw limitExceeded(
      LimitCode.TEXT_LENGTH_LIMIT_EXCEEDED,
      `query may be at most ${MAX_QUERY_LENGTH} characters, got ${length}`,
      MAX_QUERY_LENGTH,
      length,
      'query',
    );
  }
  const words = [...new Set(text.toLocaleLowerCase('en-US').split(' '))].filter((word) => /[\p{L}\p{N}]/u.test(word));
  const lucene = words.length === 0 ? null : words.map((word) => `+(${escapeLucene(word)} OR ${escapeLucene(word)}*)`).join(' ');
  return { text, lucene };
}

/** Accepted values of ConceptFilter.standardConcept; 'N' stands for OMOP's null. */
const STANDARD_VALUES = new Set(['S', 'C', 'N']);

export interface ConceptFilterInput {
  vocabularyIds?: readonly string[] | null;
  domainIds?: readonly string[] | null;
  conceptClassIds?: readonly string[] | null;
  standardConcept?: readonly string[] | null;
  validOn?: string | null;
}

/** The filter as Cypher parameters: null means no restriction. */
export interface FilterParameters {
  vocabularyIds: string[] | null;
  domainIds: string[] | null;
  conceptClassIds: string[] | null;
  /** 'S' and 'C' as stored. */
  standardConcepts: string[] | null;
  /** True when non-standard (stored null) concepts pass the standardConcept filter. */
  nonStandard: boolean;
  validOn: string | null;
}

export const MAX_FILTER_VALUES = 100;

export function filterParameters(filter: ConceptFilterInput | null | undefined, check: (argument: string, length: number) => void): FilterParameters {
  const list = (name: keyof ConceptFilterInput, values: readonly string[] | null | undefined): string[] | null => {
    if (!values || values.length === 0) return null;
    check(`filter.${name}`, values.length);
    return [...new Set(values)];
  };
  const standard = list('standardConcept', filter?.standardConcept);
  for (const value of standard ?? []) {
    if (!STANDARD_VALUES.has(value)) {
      throw badInput(`filter.standardConcept: '${value.slice(0, 20)}' is not one of S, C, N (non-standard)`, 'filter.standardConcept');
    }
  }
  return {
    vocabularyIds: list('vocabularyIds', filter?.vocabularyIds),
    domainIds: list('domainIds', filter?.domainIds),
    conceptClassIds: list('conceptClassIds', filter?.conceptClassIds),
    standardConcepts: standard ? standard.filter((value) => value !== 'N') : null,
    nonStandard: standard ? standard.includes('N') : true,
    validOn: filter?.validOn ?? null,
  };
}
