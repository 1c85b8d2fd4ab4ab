import { useEffect, useState } from 'react';
import { resolveLocale, type Locale } from '../../../shared/i18n/locales.js';
import { loadTabTexts, TAB_TEXTS_EN } from '../../../shared/i18n/tab/index.js';
import { createI18n, type I18n } from '../i18n/I18nContext.js';

/** The catalog of the locale (Teams' or the browser's); English until another one has loaded. */
export function useTexts(requested: string | undefined): I18n {
  const locale: Locale = resolveLocale(requested ?? navigator.language);
  const [i18n, setI18n] = useState<I18n>(() => createI18n('en', TAB_TEXTS_EN));
  useEffect(() => {
    let cancelled = false;
    loadTabTexts(locale).then(
      (texts) => {
        if (!cancelled) setI18n(createI18n(locale, texts));
      },
      () => undefined, // a chunk that fails to load leaves English, never a blank screen
    );
    document.documentElement.lang = locale;
    return () => {
      cancelled = true;
    };
  }, [locale]);
  return i18n;
}
