import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import {
  DETAILED_ERROR_PARAMS,
  ERROR_CODES,
  FAILURE_REASONS,
  MEDIA_UNAVAILABLE_REASONS,
  NOTICE_CODES,
  TEMPLATE_CATEGORIES,
  TEMPLATE_PROBLEMS,
  TEMPLATE_PURPOSES,
} from '../../../shared/i18n/codes.js';
import { SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import type { Text } from '../../../shared/i18n/render.js';
import { formsOf, isPlural, placeholdersOfText } from './helpers.js';

const sorted = (keys: Iterable<string>) => [...keys].sort();
const en = CATALOGS.en;
const sections = [
  'notices',
  'errors',
  'errorDetails',
  'failureReasons',
  'templatePurposes',
  'templateCategories',
  'templateProblems',
  'adminAlerts',
  'mediaUnavailable',
] as const;

/** The texts of a section, nested groups (adminAlerts.consequences…) flattened into dotted keys. */
function flatten(prefix: string, entries: object): [string, Text][] {
  return Object.entries(entries).flatMap(([key, value]): [string, Text][] => {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') return [[path, value]];
    return 'count' in value ? [[path, value as Text]] : flatten(path, value as object);
  });
}

function textsOf(locale: (typeof SUPPORTED_LOCALES)[number]): [string, Text][] {
  const catalog = CATALOGS[locale];
  return [['someone', catalog.someone], ...sections.flatMap((section) => flatten(section, catalog[section]))];
}

describe.each(SUPPORTED_LOCALES)('catalog %s', (locale) => {
  const catalog = CATALOGS[locale];

  it('has a text for every code', () => {
    expect(sorted(Object.keys(catalog.notices))).toEqual(sorted(NOTICE_CODES));
    expect(sorted(Object.keys(catalog.errors))).toEqual(sorted(ERROR_CODES));
    expect(sorted(Object.keys(catalog.errorDetails))).toEqual(sorted(Object.keys(DETAILED_ERROR_PARAMS)));
    expect(sorted(Object.keys(catalog.failureReasons))).toEqual(sorted(FAILURE_REASONS));
    expect(sorted(Object.keys(catalog.templatePurposes))).toEqual(sorted(TEMPLATE_PURPOSES));
    expect(sorted(Object.keys(catalog.templateCategories))).toEqual(sorted(TEMPLATE_CATEGORIES));
    expect(sorted(Object.keys(catalog.adminAlerts.consequences))).toEqual(
      sorted([...TEMPLATE_PURPOSES, 'other']),
    );
    expect(sorted(Object.keys(catalog.adminAlerts.actions))).toEqual(sorted([...TEMPLATE_PROBLEMS, 'other']));
    expect(sorted(Object.keys(catalog.mediaUnavailable))).toEqual(
      sorted([...MEDIA_UNAVAILABLE_REASONS, 'other']),
    );
  });

  it('has every text English has, and no other', () => {
    expect(sorted(textsOf(locale).map(([key]) => key))).toEqual(sorted(textsOf('en').map(([key]) => key)));
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

describe('French typography', () => {
  it('puts a no-break space, never a plain one or none, before : ? ! and inside « »', () => {
    for (const [key, text] of textsOf('fr')) {
      for (const form of formsOf(text)) {
        expect(form, key).not.toMatch(/[^\u00a0\u202f][:?!»]/u);
        expect(form, key).not.toMatch(/«[^\u00a0\u202f]/u);
      }
    }
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

  it('admin alert and template texts use only the slots admin-alert-texts fills', () => {
    const slots: Record<string, string[]> = {
      'adminAlerts.unusable': ['action', 'consequence', 'problem', 'purpose'],
      'adminAlerts.unusableUnknownPurpose': ['action', 'consequence', 'problem'],
      'adminAlerts.restored': ['purpose'],
      'templateProblems.other_status': ['status', 'template'],
      'templateProblems.not_utility': ['category', 'template'],
    };
    for (const [key, text] of textsOf('en')) {
      if (!/^(adminAlerts|templateProblems|templatePurposes|templateCategories|mediaUnavailable)\./.test(key))
        continue;
      const named =
        /^templateProblems\.(paused|disabled|rejected|pending|deleted|not_approved|not_utility_no_category)$/;
      expect(placeholdersOfText(text), key).toEqual(slots[key] ?? (named.test(key) ? ['template'] : []));
    }
  });

  it('only the generic failure reason shows the WhatsApp code', () => {
    for (const [reason, text] of Object.entries(en.failureReasons)) {
      expect(placeholdersOfText(text), reason).toEqual(reason === 'unknown' ? ['code'] : []);
    }
  });
});
