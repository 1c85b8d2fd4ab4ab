import { describe, expect, it } from 'vitest';
import { markMatches, snippet } from '../../../../shared/domain/search/highlight.js';
import { MAX_TERMS, searchTerms } from '../../../../shared/domain/search/search-terms.js';

const words = (text: { text: string; highlights: { start: number; end: number }[] }) =>
  text.highlights.map((range) => text.text.slice(range.start, range.end));

describe('searchTerms', () => {
  it.each([
    ['Invoice 4471', ['invoice', '4471']],
    ['  "invoice" & (paid | !due):* ', ['invoice', 'paid', 'due']],
    ["o'Brien e-mail", ['o', 'brien', 'e', 'mail']],
    ['Crème BRÛLÉE crème', ['crème', 'brûlée']],
    ['東京 駅', ['東京', '駅']],
    ['!!! ???', []],
    ['', []],
  ])('%j gives %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it('keeps at most a few words, each of bounded length', () => {
    expect(searchTerms('a b c d e f g h i j k')).toHaveLength(MAX_TERMS);
    expect(searchTerms('x'.repeat(500))[0]).toHaveLength(64);
  });
});

describe('highlights', () => {
  it('marks every word that begins with a term, whatever its case (parts of hyphenated words too)', () => {
    const text = markMatches('Invoice sent; the INVOICING team re-invoiced it', ['invoic']);
    expect(words(text)).toEqual(['Invoice', 'INVOICING', 'invoiced']);
  });

  it('leaves markup as text: ranges point into the text as written', () => {
    const text = markMatches('<script>alert(1)</script> invoice', ['invoice', 'script']);
    expect(text.text).toBe('<script>alert(1)</script> invoice');
    expect(words(text)).toEqual(['script', 'script', 'invoice']);
  });

  it('cuts a long text around the first match, with ellipses and ranges moved to match', () => {
    const text = `${'lorem ipsum '.repeat(30)}the parcel arrived ${'dolor sit '.repeat(30)}`;
    const cut = snippet(text, ['parcel'], 80);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(82);
    expect(words(cut)).toEqual(['parcel']);
  });

  it('keeps a short text whole, and gives the beginning of a long one without a match', () => {
    expect(snippet('short parcel', ['parcel'])).toEqual({
      text: 'short parcel',
      highlights: [{ start: 6, end: 12 }],
    });
    const cut = snippet('word '.repeat(100), ['absent'], 50);
    expect(cut.text.startsWith('word')).toBe(true);
    expect(cut.highlights).toEqual([]);
  });

  it('never splits an emoji at the cut', () => {
    const text = `${'😀'.repeat(60)} parcel ${'😀'.repeat(60)}`;
    const cut = snippet(text, ['parcel'], 41);
    expect(cut.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(words(cut)).toEqual(['parcel']);
  });
});
