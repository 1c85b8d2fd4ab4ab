import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import { loadTabTexts, TAB_TEXTS_EN } from '../../../shared/i18n/tab/index.js';
import { formsOf, isPlural, placeholdersOfText } from './helpers.js';

const keys = Object.keys(TAB_TEXTS_EN).sort();

describe.each(SUPPORTED_LOCALES)('the tab catalog %s', (locale) => {
  it('has every key of English, and only those, each with its placeholders', async () => {
    const texts = await loadTabTexts(locale);
    expect(Object.keys(texts).sort()).toEqual(keys);
    for (const key of keys) {
      const text = texts[key as keyof typeof texts];
      const english = TAB_TEXTS_EN[key as keyof typeof TAB_TEXTS_EN];
      expect(placeholdersOfText(text), key).toEqual(placeholdersOfText(english));
      expect(isPlural(text), key).toBe(isPlural(english));
      for (const form of formsOf(text)) expect(form.trim(), key).not.toBe('');
    }
  });

  it('has a plural form for every category the language uses', async () => {
    const texts = await loadTabTexts(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const text of Object.values(texts)) {
      if (!isPlural(text)) continue;
      for (const category of categories) {
        if (category === 'other' || category === 'many') continue;
        expect(text[category], `${locale} ${category}`).toBeDefined();
      }
    }
  });
});

describe('the tab in French', () => {
  it('puts a narrow no-break space before : ? ! » and after «', async () => {
    const texts = await loadTabTexts('fr');
    for (const [key, text] of Object.entries(texts)) {
      for (const form of formsOf(text)) {
        expect(form, key).not.toMatch(/[^\u00a0\u202f][:?!»]/u);
        expect(form, key).not.toMatch(/«[^\u00a0\u202f]/u);
      }
    }
  });
});
