import { wordMatches, wordsOf } from './search-terms.js';

export interface HighlightRange {
  readonly start: number;
  readonly end: number;
}

/** Text with the ranges of the words that matched, `[start, end)` in UTF-16 code units. */
export interface MarkedText {
  readonly text: string;
  readonly highlights: HighlightRange[];
}

const ELLIPSIS = '…';

/** The whole text with every word that matches a term marked. */
export function markMatches(text: string, terms: readonly string[]): MarkedText {
  const highlights = wordsOf(text)
    .filter(({ word }) => wordMatches(word, terms))
    .map(({ start, end }) => ({ start, end }));
  return { text, highlights };
}

/** Does not split a surrogate pair: moves an offset off the second half of one. */
function safeOffset(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/**
 * At most `maxLength` characters of the text around its first match (a little context before it), with "…"
 * where it was cut and the ranges moved to match. A text without a match gives its beginning.
 */
export function snippet(text: string, terms: readonly string[], maxLength = 160, context = 40): MarkedText {
  const marked = markMatches(text, terms);
  if (text.length <= maxLength) return marked;
  const first = marked.highlights[0]?.start ?? 0;
  // Context before the match never pushes the match itself out of the window.
  const before = Math.min(context, Math.floor(maxLength / 4));
  let start = safeOffset(text, Math.max(0, Math.min(first - before, text.length - maxLength)));
  // Start at a word boundary when the cut would fall inside a word.
  if (start > 0) {
    const boundary = text.lastIndexOf(' ', start);
    if (boundary >= 0 && start - boundary < before / 2) start = boundary + 1;
  }
  const end = safeOffset(text, Math.min(text.length, start + maxLength));
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: marked.highlights
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start + shift, end: range.end + shift })),
  };
}
