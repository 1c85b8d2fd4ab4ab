import { catalogFor, type LocaleCatalog } from './catalogs/index.js';
import { COUNT_PARAMS, DATE_PARAMS, type NoticeCode, USER_PARAMS } from './codes.js';
import { failureReasonText } from './failure-reason-texts.js';
import type { Locale } from './locales.js';
import { formatDateTime, formatNumber, type Params, type RenderOptions, renderText } from './render.js';

/** Display name of a Teams user; may return '' when unknown. */
export type UserNames = (userId: string) => string;
export type NoticeTextOptions = RenderOptions;

/**
 * The text Teams users read for a system notice of a thread. User ids among the params are shown
 * through `names` (the id itself when it has no name), dates in the locale, counts with plural forms.
 */
export function noticeText(
  locale: Locale,
  code: NoticeCode,
  params: Params,
  names?: UserNames,
  options: NoticeTextOptions = {},
): string {
  const catalog = catalogFor(locale);
  const text = catalog.notices[code];
  if (text === undefined) return String(code); // a code newer than this catalog
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    values[key] = noticeParam(locale, catalog, key, value, names, options);
  }
  if (code === 'message_failed') values.reason = reasonOf(locale, params.code);
  return renderText(locale, text, values, params).trim();
}

function noticeParam(
  locale: Locale,
  catalog: LocaleCatalog,
  key: string,
  value: string | number,
  names: UserNames | undefined,
  options: RenderOptions,
): string {
  if (USER_PARAMS.has(key)) {
    const id = String(value);
    if (id === '') return catalog.someone;
    return names?.(id) || id;
  }
  if (DATE_PARAMS.has(key)) return formatDateTime(locale, value, options) ?? String(value);
  if (COUNT_PARAMS.has(key) && typeof value === 'number') return formatNumber(locale, value);
  return String(value);
}

function reasonOf(locale: Locale, code: string | number | undefined): string {
  const numeric = typeof code === 'string' && code.trim() !== '' ? Number(code) : code;
  return typeof numeric === 'number' && Number.isInteger(numeric) ? failureReasonText(locale, numeric) : '';
}
