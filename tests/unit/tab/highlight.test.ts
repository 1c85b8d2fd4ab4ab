import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../../tab/src/features/search/highlight.js';

describe('splitHighlights', () => {
  it('cuts the text at the ranges, in order', () => {
    expect(
      splitHighlights({
        text: 'the invoice is late',
        highlights: [
          { start: 15, end: 19 },
          { start: 4, end: 11 },
        ],
      }),
    ).toEqual([
      { text: 'the ', marked: false },
      { text: 'invoice', marked: true },
      { text: ' is ', marked: false },
      { text: 'late', marked: true },
    ]);
  });

  it('merges overlapping ranges and clamps ranges past the end, never repeating a character', () => {
    const parts = splitHighlights({
      text: 'abcdef',
      highlights: [
        { start: 1, end: 4 },
        { start: 2, end: 5 },
        { start: 5, end: 99 },
        { start: 3, end: 3 },
      ],
    });
    expect(parts.map((p) => p.text).join('')).toBe('abcdef');
    expect(parts).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
  });

  it('keeps text without highlights whole', () => {
    expect(splitHighlights({ text: 'plain', highlights: [] })).toEqual([{ text: 'plain', marked: false }]);
    expect(splitHighlights({ text: '', highlights: [] })).toEqual([]);
  });
});
