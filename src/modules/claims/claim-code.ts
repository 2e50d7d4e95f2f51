/**
 * Reading the code of a claim line: the procedure code, its vocabulary and the modifiers it
 * carries ("77387-26", "77427 TC", "g6015", " 77412 "), plus those listed beside it. Pure.
 */

export type ClaimVocabulary = 'CPT4' | 'HCPCS';

export interface ParsedModifier {
  /** Upper-case modifier, e.g. 26 or TC. */
  code: string;
  /** The text as the claim gave it. */
  text: string;
}

export type ParsedClaimCode = { ok: true; vocabularyId: ClaimVocabulary; conceptCode: string; modifiers: ParsedModifier[] } | { ok: false; problems: string[] };

const CPT4_CODE = /^\d{4}[0-9FT]$/; // five digits; Category II ends in F, Category III in T
const HCPCS_CODE = /^[A-Z]\d{4}$/; // Level II: a letter and four digits
const MODIFIER = /^[0-9A-Z]{2}$/;
const SEPARATORS = /[\s,;-]+/;

/** CPT4 for five characters (Category III ending in T), HCPCS for a letter and four digits. */
export function vocabularyOf(code: string): ClaimVocabulary | null {
  if (CPT4_CODE.test(code)) return 'CPT4';
  if (HCPCS_CODE.test(code)) return 'HCPCS';
  return null;
}

/**
 * Splits a claim code into the procedure code and the modifiers written into it, adds the listed
 * modifiers, and checks every part. A modifier given both ways counts once; order is kept (the
 * code's own modifiers first).
 */
export function parseClaimCode(code: string, listed: readonly string[] = []): ParsedClaimCode {
  const problems: string[] = [];
  const [head = '', ...tail] = code.trim().split(SEPARATORS);
  const conceptCode = head.toUpperCase();
  const vocabularyId = vocabularyOf(conceptCode);
  if (head === '') problems.push('the code is empty');
  else if (!vocabularyId) {
    problems.push(`'${head}' is not a CPT4 code (five characters, Category II/III ending in F/T) or a HCPCS code (a letter and four digits)`);
  }
  const modifiers: ParsedModifier[] = [];
  const add = (text: string): void => {
    const modifier = text.trim().toUpperCase();
    if (!MODIFIER.test(modifier)) {
      problems.push(`modifier '${text}' is not two letters or digits`);
      return;
    }
    if (!modifiers.some((m) => m.code === modifier)) modifiers.push({ code: modifier, text: text.trim() });
  };
  for (const part of tail) add(part);
  for (const text of listed) add(text);
  if (problems.length || !vocabularyId) return { ok: false, problems };
  return { ok: true, vocabularyId, conceptCode, modifiers };
}
