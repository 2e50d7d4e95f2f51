/**
 * A code as OMOP names it: its vocabulary and its code there (CPT4 77412, HCPCS G6015). The
 * graph's nodes are unique on (vocabularyId, conceptCode) among concepts and curated codes alike.
 */
export interface CodeKey {
  vocabularyId: string;
  conceptCode: string;
}

/** One string per code, for maps and loader caches (no code holds the NUL character). */
export function codeKey(code: CodeKey): string {
  return `${code.vocabularyId}\u0000${code.conceptCode}`;
}

/** How a code is shown to people: `HCPCS G6015`. */
export function codeLabel(code: CodeKey): string {
  return `${code.vocabularyId} ${code.conceptCode}`;
}
