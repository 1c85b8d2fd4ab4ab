import type { Locale } from '../../../shared/i18n/locales.js';
import { renderText, type Params } from '../../../shared/i18n/render.js';
import type { TabTextKey, TabTexts } from '../../../shared/i18n/tab/index.js';

// No React here: pure modules (and their unit tests, which run without the DOM's types) import this file.
export interface I18n {
  readonly locale: Locale;
  /** A text of the tab's catalog, its {placeholders} filled. */
  t(key: TabTextKey, params?: Params): string;
  /** A date and time for a message or an inbox line, in the user's locale and time zone. */
  formatTime(iso: string): string;
  formatDay(iso: string): string;
}

export function createI18n(locale: Locale, texts: TabTexts): I18n {
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short' });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
  const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
  const t = (key: TabTextKey, params: Params = {}) => renderText(locale, texts[key], params);
  return {
    locale,
    t,
    formatTime(iso) {
      const date = new Date(iso);
      return dayKey(date) === dayKey(new Date()) ? time.format(date) : shortDate.format(date);
    },
    formatDay(iso) {
      const date = new Date(iso);
      const now = new Date();
      const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
      if (dayKey(date) === dayKey(now)) return t('today');
      if (dayKey(date) === dayKey(yesterday)) return t('yesterday');
      return longDay.format(date);
    },
  };
}
