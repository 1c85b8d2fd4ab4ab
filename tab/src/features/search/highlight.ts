import type { MarkedText } from '../../../../shared/contract/search.js';

export interface TextPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * The text cut at the highlight offsets, for rendering as text nodes and `<mark>`s. Ranges are sorted,
 * clamped to the text and merged where they overlap or touch, so a bad range never drops or repeats a character.
 */
export function splitHighlights(marked: MarkedText): TextPart[] {
  const { text } = marked;
  const ranges = marked.highlights
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.min(r.end, text.length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    const last = parts.at(-1);
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    else if (last?.marked) parts.pop();
    const from = start > at || !last?.marked ? start : at - last.text.length;
    parts.push({ text: text.slice(from, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
