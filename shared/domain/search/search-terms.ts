/** Longest word kept from a query, and most words: longer queries add nothing but cost. */
export const MAX_TERM_LENGTH = 64;
export const MAX_TERMS = 8;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words a search looks for: runs of letters and digits, lower-cased, each once, in order. Punctuation
 * and operators are dropped, so no query can be read as search syntax. Empty when nothing is left.
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.toLowerCase().matchAll(WORD)) {
    const term = match[0].slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** Whether a word of a text matches one of the terms: the word begins with it ("inv" matches "Invoice"). */
export function wordMatches(word: string, terms: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return terms.some((term) => lower.startsWith(term));
}

/** Every word of a text with its `[start, end)` offsets (UTF-16 code units). */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
