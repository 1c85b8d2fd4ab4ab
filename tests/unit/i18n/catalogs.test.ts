import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import {
  DETAILED_ERROR_PARAMS,
  ERROR_CODES,
  FAILURE_REASONS,
  NOTICE_CODES,
} from '../../../shared/i18n/codes.js';
import { SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import type { Text } from '../../../shared/i18n/render.js';
import { formsOf, isPlural, placeholdersOfText } from './helpers.js';

const sorted = (keys: Iterable<string>) => [...keys].sort();
const en = CATALOGS.en;
const sections = ['notices', 'errors', 'errorDetails', 'failureReasons'] as const;

function textsOf(locale: (typeof SUPPORTED_LOCALES)[number]): [string, Text][] {
  const catalog = CATALOGS[locale];
  return [
    ['someone', catalog.someone],
    ...sections.flatMap((section) =>
      Object.entries(catalog[section]).map(([key, text]): [string, Text] => [`${section}.${key}`, text]),
    ),
  ];
}

describe.each(SUPPORTED_LOCALES)('catalog %s', (locale) => {
  const catalog = CATALOGS[locale];

  it('has a text for every code', () => {
    expect(sorted(Object.keys(catalog.notices))).toEqual(sorted(NOTICE_CODES));
    expect(sorted(Object.keys(catalog.errors))).toEqual(sorted(ERROR_CODES));
    expect(sorted(Object.keys(catalog.errorDetails))).toEqual(sorted(Object.keys(DETAILED_ERROR_PARAMS)));
    expect(sorted(Object.keys(catalog.failureReasons))).toEqual(sorted(FAILURE_REASONS));
  });

  it('has no empty text', () => {
    for (const [key, text] of textsOf(locale)) {
      for (const form of formsOf(text)) expect(form.trim(), key).not.toBe('');
    }
  });

  it('uses exactly the placeholders of the English text', () => {
    const english = new Map(textsOf('en'));
    for (const [key, text] of textsOf(locale)) {
      expect(placeholdersOfText(text), key).toEqual(placeholdersOfText(english.get(key)!));
    }
  });

  it('gives every plural form the same placeholders and covers the locale’s plural categories', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, text] of textsOf(locale)) {
      if (!isPlural(text)) continue;
      const englishText = new Map(textsOf('en')).get(key)!;
      expect(isPlural(englishText) && englishText.count, key).toBe(text.count);
      expect(sorted(Object.keys(text).filter((k) => k !== 'count')), key).toEqual(sorted(categories));
      for (const form of formsOf(text)) expect(form, key).toContain(`{${text.count}}`);
    }
  });

  it('uses plural texts for the same keys as English', () => {
    const english = new Map(textsOf('en'));
    for (const [key, text] of textsOf(locale)) expect(isPlural(text), key).toBe(isPlural(english.get(key)!));
  });
});

describe('catalog structure', () => {
  it('detailed error texts use exactly their documented details', () => {
    for (const [code, params] of Object.entries(DETAILED_ERROR_PARAMS)) {
      expect(placeholdersOfText(en.errorDetails[code as keyof typeof DETAILED_ERROR_PARAMS]), code).toEqual(
        sorted(params),
      );
    }
  });

  it('plain error texts need no details', () => {
    for (const [code, text] of Object.entries(en.errors)) expect(placeholdersOfText(text), code).toEqual([]);
  });

  it('only the generic failure reason shows the WhatsApp code', () => {
    for (const [reason, text] of Object.entries(en.failureReasons)) {
      expect(placeholdersOfText(text), reason).toEqual(reason === 'unknown' ? ['code'] : []);
    }
  });
});
